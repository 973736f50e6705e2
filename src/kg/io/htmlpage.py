"""The main text and metadata of a saved web page, with the standard library's html.parser only.

The main text is the page's ``<article>`` (the one with the most paragraph text), or else
the element holding the most ``<p>`` text; ``script``, ``style``, ``nav``, ``header``,
``footer``, ``aside`` (and other non-content elements) and comments are left out. Block
elements become paragraphs joined by ``"\\n\\n"``; runs of ASCII white space inside a
paragraph become one space (non-breaking spaces are kept). Entities are decoded. Broken
markup never raises: unclosed and stray tags are tolerated as browsers do, roughly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["HtmlPage", "declared_charset", "iso_date", "parse_html"]


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
    "track", "wbr",
})
# Subtrees never part of the article text.
_DROP = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "math", "iframe",
    "object", "embed", "canvas", "head", "title", "button", "select", "textarea", "dialog",
})
_BLOCK = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html",
    "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
})
# Start tags that close an open <p> (HTML "p in button scope", simplified).
_CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
})
_SCOPE = frozenset({"html", "body", "table", "td", "th", "caption", "button", "template", "applet", "marquee",
                    "object"})
# Start tag -> (tags it closes, tags that stop the search).
_IMPLIED_END = {
    "li": ({"li"}, {"ul", "ol", "table"} | _SCOPE),
    "dt": ({"dt", "dd"}, {"dl", "table"} | _SCOPE),
    "dd": ({"dt", "dd"}, {"dl", "table"} | _SCOPE),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "option": ({"option"}, {"select", "datalist"}),
}
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "date",
)
_ASCII_WS = re.compile(r"[ \t\n\r\f]+")


class _Node:
    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None):
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Node | str] = []
        self.parent = parent


class _TreeBuilder(HTMLParser):
    """A forgiving HTML -> tree builder; records <meta>, <link> and JSON-LD on the way."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {}, None)
        self.stack = [self.root]
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.open: dict[str, int] = {}  # tag -> how many are on the stack (keeps deep broken pages linear)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: (value or "") for name, value in attrs}
        if tag in _CLOSES_P:
            self._close({"p"}, _SCOPE)
        if tag in _IMPLIED_END:
            self._close(*_IMPLIED_END[tag])
        parent = self.stack[-1]
        node = _Node(tag, attributes, parent)
        parent.children.append(node)
        if tag == "meta":
            content = attributes.get("content", "").strip()
            for key in ("property", "name", "itemprop"):
                name = attributes.get(key, "").strip().lower()
                if name and content:
                    self.meta.setdefault(name, content)
        elif tag == "link":
            href = attributes.get("href", "").strip()
            for rel in attributes.get("rel", "").lower().split():
                if href:
                    self.links.setdefault(rel, href)
        if tag not in _VOID:
            self.stack.append(node)
            self.open[tag] = self.open.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # '</br>' is read as '<br>' by browsers
            self.handle_starttag("br", [])
            return
        if not self.open.get(tag):
            return  # a stray end tag: ignored
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # html.parser raises AssertionError on '<![foo ...]>'; skip it like a bogus comment instead.
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def _close(self, tags: set[str] | frozenset[str], stop: set[str] | frozenset[str]) -> None:
        if not any(self.open.get(tag) for tag in tags):
            return
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in tags:
                self._pop_to(i)
                return
            if tag in stop:
                return

    def _pop_to(self, i: int) -> None:
        for node in self.stack[i:]:
            self.open[node.tag] -= 1
        del self.stack[i:]


def _walk(node: _Node, drop: bool = True):
    """Elements under ``node`` (itself included), document order, not entering dropped subtrees."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        for child in reversed(current.children):
            if isinstance(child, _Node) and not (drop and child.tag in _DROP):
                stack.append(child)


def _raw_text(node: _Node) -> str:
    parts: list[str] = []
    stack: list[_Node | str] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            parts.append(current)
        elif current is node or current.tag not in _DROP:
            stack.extend(reversed(current.children))
    return "".join(parts)


def _inline(text: str) -> str:
    return _ASCII_WS.sub(" ", text).strip()


def _paragraphs(node: _Node) -> list[str]:
    """The text of ``node`` as paragraphs: one per block element or <br>, empty ones dropped."""
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = _inline("".join(buffer))
        if text:
            paragraphs.append(text)
        buffer.clear()

    stack: list[tuple[_Node | str, bool]] = [(node, False)]
    while stack:
        current, leaving = stack.pop()
        if isinstance(current, str):
            buffer.append(current)
            continue
        if leaving:
            flush()
            continue
        if current is not node and current.tag in _DROP:
            continue
        if current.tag == "br":
            flush()
            continue
        if current.tag in _BLOCK:
            flush()
            stack.append((current, True))
        stack.extend((child, False) for child in reversed(current.children))
    flush()
    return paragraphs


def _main_node(root: _Node) -> _Node:
    """The element holding the article text."""
    p_length: dict[int, int] = {}  # id(p) -> length of its text
    block_score: dict[int, float] = {}
    nodes: dict[int, _Node] = {}
    articles: list[_Node] = []
    for node in _walk(root):
        if node.tag == "p":
            length = len(_inline(_raw_text(node)))
            p_length[id(node)] = length
            parent = node.parent
            if parent is not None and length:
                nodes[id(parent)] = parent
                block_score[id(parent)] = block_score.get(id(parent), 0) + length
                grand = parent.parent
                if grand is not None:
                    nodes[id(grand)] = grand
                    block_score[id(grand)] = block_score.get(id(grand), 0) + length / 2
        elif node.tag == "article" or node.attrs.get("itemprop", "").lower() == "articlebody":
            articles.append(node)
    best_block = max(block_score, key=block_score.__getitem__, default=None)
    block_value = block_score[best_block] if best_block is not None else 0

    best_article, article_value = None, 0
    for article in articles:
        value = sum(p_length.get(id(n), 0) for n in _walk(article) if n.tag == "p")
        if not value:
            value = len(_inline(_raw_text(article))) / 4  # no <p>: weigh the bare text less
        if value > article_value:
            best_article, article_value = article, value
    # <article> is preferred unless it is only a teaser next to the real content.
    if best_article is not None and article_value >= 0.5 * block_value:
        return best_article
    if best_block is not None:
        return nodes[best_block]
    for node in _walk(root):
        if node.tag == "body":
            return node
    return root


def iso_date(value: str | None) -> str | None:
    """An ISO 8601 date or date-time as given (a space before the time becomes 'T'); dd/mm/yyyy converted.

    >>> iso_date("2023-07-18T08:30:00+07:00"), iso_date("18/7/2023"), iso_date("hôm qua")
    ('2023-07-18T08:30:00+07:00', '2023-07-18', None)
    """
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        return value.replace(" ", "T", 1) if m.group(1) else value
    m = _DMY.search(value)
    if m:
        day, month, year = (int(g) for g in m.groups())
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:([T ])\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\Z"
)
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")


def _json_ld_published(root: _Node) -> str | None:
    for node in _walk(root, drop=False):
        if node.tag != "script" or "ld+json" not in node.attrs.get("type", "").lower():
            continue
        try:
            data = json.loads(_raw_text(node), strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                found = iso_date(item.get("datePublished") if isinstance(item.get("datePublished"), str) else None)
                if found:
                    return found
                stack.extend(reversed(list(item.values())))
            elif isinstance(item, list):
                stack.extend(reversed(item))
    return None


def _time_published(root: _Node, main: _Node) -> str | None:
    for scope in (main, root):
        for node in _walk(scope, drop=False):
            if node.tag == "time" and not _inside(node, {"nav", "aside", "footer"}, scope):
                found = iso_date(node.attrs.get("datetime"))
                if found:
                    return found
    return None


def _inside(node: _Node, tags: set[str], limit: _Node) -> bool:
    current = node.parent
    while current is not None and current is not limit:
        if current.tag in tags:
            return True
        current = current.parent
    return False


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>`` or http-equiv), lower case."""
    m = re.search(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", head, re.IGNORECASE)
    return m.group(1).decode("ascii").lower() if m else None


def parse_html(markup: str) -> HtmlPage:
    """Main text and metadata of a page.

    >>> page = parse_html('<title>T</title><nav>menu</nav><article><p>A &amp; B</p><p>C</article>')
    >>> page.text, page.title
    ('A & B\\n\\nC', 'T')
    """
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    root = builder.root
    main = _main_node(root)
    text = "\n\n".join(_paragraphs(main))

    title = _inline(builder.meta.get("og:title", ""))
    if not title:
        node = next((n for n in _walk(root, drop=False) if n.tag == "title"), None)
        title = _inline(_raw_text(node)) if node is not None else ""

    published = None
    for key in _PUBLISHED_META:
        published = iso_date(builder.meta.get(key))
        if published:
            break
    published = published or _json_ld_published(root) or _time_published(root, main)

    url = builder.links.get("canonical") or builder.meta.get("og:url") or None
    return HtmlPage(text=text, title=title or None, published=published, url=url)
