"""Render the sample graph to docs/graph.png with headless Chromium.

    .venv/bin/python docs/make_screenshot.py            # -> docs/graph.png
    .venv/bin/python docs/make_screenshot.py --html graph.html --out shot.png

Without --html it builds the graph of the sample article (data/articles/): through the whole
pipeline (kg.ingest into a temporary store, then kg.viz.write_graph_html) when that is
available, otherwise from the rows below, which are what the saved queries return for the
sample article. Needs Chromium (Debian: apt-get install chromium).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
ART = "tong-cuc-hau-can-so-ket-2023"
S1 = "Trung tướng Đỗ Văn Thiện, Bí thư Đảng ủy, Chính ủy Tổng cục Hậu cần chủ trì hội nghị."
S2 = (
    "Báo cáo tóm tắt sơ kết do Thiếu tướng Lê Tất Cường, Chủ nhiệm Chính trị Tổng cục Hậu cần "
    "trình bày tại hội nghị khẳng định: …"
)
S3 = (
    "Nhấn mạnh vai trò của công tác giáo dục chính trị, Trung tướng Đỗ Văn Thiện yêu cầu các cơ "
    "quan, đơn vị nâng cao chất lượng, hiệu quả công tác giáo dục chính trị, …"
)
P, O, E, D = "urn:kg:sample:person/", "urn:kg:sample:org/", "urn:kg:sample:event/", "urn:kg:sample:directive/"


def _result(vars_, rows):
    return SimpleNamespace(vars=list(vars_), rows=[tuple(r) for r in rows])


def sample_results() -> dict:
    """What the five saved queries return for the sample article."""
    return {
        "persons": _result(
            ["person", "name", "rank"],
            [
                (P + "thien", "Đỗ Văn Thiện", "Trung tướng"),
                (P + "cuong", "Lê Tất Cường", "Thiếu tướng"),
            ],
        ),
        "organizations": _result(
            ["org", "name", "parent"],
            [
                (O + "tchc", "Tổng cục Hậu cần", O + "bqp"),
                (O + "bqp", "Bộ Quốc phòng", None),
                (O + "qutw", "Quân ủy Trung ương", None),
            ],
        ),
        "posts": _result(
            ["person", "name", "title", "org", "status", "article", "sentence"],
            [
                (P + "thien", "Đỗ Văn Thiện", "Bí thư Đảng ủy", O + "tchc", "current", ART, S1),
                (P + "thien", "Đỗ Văn Thiện", "Chính ủy", O + "tchc", "current", ART, S1),
                (P + "cuong", "Lê Tất Cường", "Chủ nhiệm Chính trị", O + "tchc", "current", ART, S2),
            ],
        ),
        "event-roles": _result(
            ["event", "kind", "person", "name", "role", "article", "sentence"],
            [
                (E + "hn", "Hội nghị", P + "thien", "Đỗ Văn Thiện", "chair", ART, S1),
                (E + "hn", "Hội nghị", P + "cuong", "Lê Tất Cường", "presenter", ART, S2),
            ],
        ),
        "directives": _result(
            ["directive", "issuer", "issuer_name", "addressee", "task", "article", "sentence"],
            [
                (
                    D + "d1",
                    P + "thien",
                    "Đỗ Văn Thiện",
                    "các cơ quan, đơn vị",
                    "nâng cao chất lượng, hiệu quả công tác giáo dục chính trị",
                    ART,
                    S3,
                ),
                (
                    D + "d1",
                    P + "thien",
                    "Đỗ Văn Thiện",
                    "các cơ quan, đơn vị",
                    "đẩy mạnh cải cách hành chính và chuyển đổi số",
                    ART,
                    S3,
                ),
            ],
        ),
    }


def build_sample_html(out: Path) -> dict:
    """Write the sample graph page to ``out``: the real pipeline if present, else the rows above."""
    from kg.viz.html import lexicon_glosses, write_graph_html, write_html
    from kg.viz.network import build_network

    try:  # the whole pipeline, once it exists
        ingest = importlib.import_module("kg.ingest").ingest
        open_store = importlib.import_module("kg.store").open_store
    except (ImportError, AttributeError) as err:
        print(f"pipeline not available ({err}): drawing the built-in rows", file=sys.stderr)
        return write_html(build_network(sample_results(), glosses=lexicon_glosses()), out)
    print("drawing data/articles through kg.ingest and the saved queries", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="kg-sample-store-") as tmp:
        store = open_store(Path(tmp) / "store")
        ingest([ROOT / "data" / "articles"], store)
        stats = write_graph_html(store, out)
        close = getattr(store, "close", None)
        if callable(close):
            close()
        return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--html", type=Path, help="screenshot this page instead of the sample graph")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "graph.png")
    ap.add_argument("--keep-html", type=Path, help="also keep the sample page here")
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=900)
    args = ap.parse_args(argv)

    from kg.viz.screenshot import ChromiumNotFound, screenshot

    try:
        with tempfile.TemporaryDirectory(prefix="kg-shot-") as tmp:
            html = args.html
            if html is None:
                html = args.keep_html or Path(tmp) / "graph.html"
                stats = build_sample_html(html)
                print(f"sample graph: {stats['nodes']} nodes, {stats['edges']} edges", file=sys.stderr)
            png = screenshot(html, args.out, width=args.width, height=args.height)
    except ChromiumNotFound as err:
        print(f"make_screenshot: {err}", file=sys.stderr)
        return 1
    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
