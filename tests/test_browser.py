"""The HTML graph in a real headless Chromium (Playwright driving Debian's chromium).

Needs: apt `chromium`, pip `playwright` (never `playwright install`: the system browser is
used). Skips when either is missing, unless KG_REQUIRE_BROWSER=1, then fails.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import pytest

from kg.viz.html import write_html
from kg.viz.network import build_network
from kg.viz.screenshot import CHROMIUM_FLAGS, find_chromium

pytestmark = pytest.mark.browser

P, O, ART = "urn:test:person/", "urn:test:org/", "xh-nld-0001"
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
SENTENCE = "Thiếu tướng Lê Tất Cường trình bày báo cáo. " + XSS


@dataclass
class R:
    vars: list[str]
    rows: list[tuple] = field(default_factory=list)


def graph():
    return build_network(
        {
            "persons": R(
                ["person", "name", "rank"],
                [
                    (P + "thien", "Đỗ Văn Thiện", "Trung tướng"),
                    (P + "cuong", "Lê Tất Cường", "Thiếu tướng"),
                ],
            ),
            "organizations": R(
                ["org", "name", "parent"],
                [
                    (O + "tchc", "Tổng cục Hậu cần", O + "bqp"),
                    (O + "bqp", "Bộ Quốc phòng", None),
                ],
            ),
            "posts": R(
                ["person", "name", "title", "org", "status", "article", "sentence"],
                [
                    (
                        P + "thien",
                        "Đỗ Văn Thiện",
                        "Chính ủy",
                        O + "tchc",
                        "current",
                        ART,
                        "Trung tướng Đỗ Văn Thiện.",
                    ),
                    (
                        P + "cuong",
                        "Lê Tất Cường",
                        "Chủ nhiệm Chính trị",
                        O + "tchc",
                        "current",
                        ART,
                        SENTENCE,
                    ),
                ],
            ),
            "event-roles": R(
                ["event", "kind", "person", "name", "role", "article", "sentence"],
                [
                    ("urn:test:event/hn", "Hội nghị", P + "thien", "Đỗ Văn Thiện", "chair", ART, None),
                    (
                        "urn:test:event/hn",
                        "Hội nghị",
                        P + "cuong",
                        "Lê Tất Cường",
                        "presenter",
                        ART,
                        SENTENCE,
                    ),
                ],
            ),
            "directives": R(
                ["directive", "issuer", "issuer_name", "addressee", "task", "article", "sentence"],
                [
                    ("urn:test:dir/1", P + "thien", "Đỗ Văn Thiện", "Tổng cục Hậu cần", XSS, ART, SENTENCE),
                ],
            ),
        }
    )


def wait_until(page, expr: str, seconds: float) -> None:
    """Poll ``expr`` from outside the page: Playwright's wait_for_function evaluates strings
    inside the page, which the page's Content-Security-Policy (no 'unsafe-eval') forbids."""
    deadline = time.monotonic() + seconds
    while not page.evaluate(f"!!({expr})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds} s waiting for {expr}")
        time.sleep(0.1)


def _unavailable(reason: str):
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser test required (KG_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


@pytest.fixture
def browser_page(tmp_path):
    chromium = find_chromium()
    if not chromium:
        _unavailable("Chromium not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright not installed (pip install playwright; do not run `playwright install`)")
    with sync_playwright() as pw:
        # Playwright passes --headless itself for headless=True and needs the profile as an
        # argument of its own (--user-data-dir may not be in args).
        args = [f for f in CHROMIUM_FLAGS if f != "--headless"]
        ctx = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=chromium,
            headless=True,
            args=args,
            viewport={"width": 1200, "height": 900},
        )
        try:
            page = ctx.new_page()
            seen = {"requests": [], "errors": []}
            page.on("request", lambda req: seen["requests"].append(req.url))
            page.on("pageerror", lambda err: seen["errors"].append(f"pageerror: {err}"))
            page.on(
                "console",
                lambda msg: (
                    msg.type in ("error", "warning")
                    and seen["errors"].append(f"console {msg.type}: {msg.text}")
                ),
            )
            # anything that is not file:// is answered with an error (and recorded above)
            ctx.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
            page.add_init_script("window.__xss = 0;")
            yield page, seen
        finally:
            ctx.close()


def test_graph_page_in_chromium(browser_page, tmp_path):
    page, seen = browser_page
    G = graph()
    out = tmp_path / "graph.html"
    write_html(G, out)
    page.goto(out.as_uri())
    wait_until(page, "window.kgGraph && kgGraph.ready && kgGraph.drawn", 30)

    # everything drawn, nothing fetched, no errors
    assert page.evaluate("kgGraph.network.body.data.nodes.length") == G.number_of_nodes()
    assert page.evaluate("kgGraph.network.body.nodeIndices.length") == G.number_of_nodes()
    assert page.evaluate("kgGraph.network.body.data.edges.length") == G.number_of_edges()
    assert page.evaluate("kgGraph.nodeCount") == G.number_of_nodes()
    assert page.locator("#kg-legend .kg-kind").count() == 5

    # hovering a node shows its source sentence as text; the payload never runs
    pos = page.evaluate(
        """id => { const n = kgGraph.network, p = n.canvasToDOM(n.getPositions([id])[id]);
                   const r = document.getElementById('kg-network').getBoundingClientRect();
                   return {x: r.left + p.x, y: r.top + p.y}; }""",
        P + "cuong",
    )
    page.mouse.move(pos["x"] + 40, pos["y"] + 40)
    page.mouse.move(pos["x"], pos["y"], steps=5)
    page.wait_for_selector("#kg-tooltip:not([hidden])", timeout=5000)
    tip = page.text_content("#kg-tooltip")
    assert "Lê Tất Cường" in tip and "<img src=x onerror=" in tip and "<script>" in tip
    assert page.locator("#kg-tooltip img, #kg-tooltip script").count() == 0

    # clicking shows the same in the details panel, as text
    page.mouse.click(pos["x"], pos["y"])
    assert "<img src=x onerror=" in page.text_content("#kg-details-body")
    page.evaluate("kgGraph.showTooltip('node', 'urn:test:dir/1')")
    assert "<img src=x" in page.text_content("#kg-tooltip")
    assert page.locator("img").count() == 0
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") == 0

    # search selects and focuses the node (diacritics and case optional)
    page.fill("#kg-search", "do van THIEN")
    page.click("#kg-search-button")
    assert page.evaluate("kgGraph.network.getSelectedNodes()") == [P + "thien"]
    assert "Đỗ Văn Thiện" in page.text_content("#kg-details-body")

    # type filters hide and show a kind
    page.uncheck("input.kg-filter[data-kind='person']")
    assert page.evaluate("kgGraph.network.body.nodeIndices.length") == G.number_of_nodes() - 2
    page.check("input.kg-filter[data-kind='person']")
    assert page.evaluate("kgGraph.network.body.nodeIndices.length") == G.number_of_nodes()

    assert page.evaluate("window.__xss") == 0
    assert [u for u in seen["requests"] if not u.startswith("file:")] == []
    assert seen["errors"] == []
