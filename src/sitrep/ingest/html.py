"""HTML pages: the main text without boilerplate, and what the page's meta tags say.

Main text comes from trafilatura, after the page furniture that it sometimes
keeps (menus, footers, cookie banners) has been cut out of the tree; when
trafilatura finds nothing, a plain walk over the block elements is used.
Dates and other metadata are read from the page's own tags here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import lxml.etree
import lxml.html

from sitrep.ingest.dates import parse_date
from sitrep.ingest.meta import Meta, clean, language_code

# Meta tags naming the publication date, most specific first.
_DATE_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "pubdate",
    "datepublished",
)
_FURNITURE_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "template", "button", "select")
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "menu", "menubar", "dialog", "alertdialog"}
_FURNITURE_NAMES = re.compile(r"cookie|consent|gdpr|newsletter|breadcrumb|navbar|menu", re.I)
# Banners and menus are short; a long element with such a class is a page wrapper, kept.
_FURNITURE_MAX_CHARS = 1500
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "hr", "address",
}
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a meta tag near its top."""
    match = _DECLARED_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def parse(html: str) -> lxml.html.HtmlElement | None:
    """An lxml tree of `html`, or None when there is no markup to parse."""
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


def extract(html: str) -> tuple[str, Meta]:
    """(main text, metadata) of a page; the text is '' when the page has none.

    Paragraphs are separated by blank lines.
    """
    tree = parse(html)
    if tree is None:
        return "", Meta()
    meta = page_meta(tree)
    _drop_furniture(tree)
    return _main_text(tree), meta


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs kept."""
    if "<" not in html:
        return "\n\n".join(p for p in (" ".join(part.split()) for part in re.split(r"\n\s*\n", html)) if p)
    try:
        fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in fragment.iter("script", "style"):
        element.drop_tree()
    return _block_text(fragment)


# --- metadata -------------------------------------------------------------------------------


def page_meta(tree: lxml.html.HtmlElement) -> Meta:
    tags = _meta_tags(tree)
    linked_data = list(_json_ld_objects(tree))
    title = tags.get("og:title") or _first_text(tree, "//title")
    publisher = tags.get("og:site_name") or _first_found(_ld_publisher(obj) for obj in linked_data)
    canonical = tags.get("og:url") or _first_attribute(tree, "//link[@rel='canonical']/@href")
    language = tree.get("lang") or tree.get("xml:lang") or tags.get("content-language")
    return Meta(
        title=clean(title),
        publisher=clean(publisher),
        published=_published(tree, tags, linked_data),
        url=clean(canonical) if canonical and canonical.startswith(("http://", "https://")) else None,
        language=language_code(language),
    )


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """meta tags by lower-cased property, name, itemprop or http-equiv; the first of each wins."""
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = element.get(attribute)
            if key:
                tags.setdefault(key.strip().lower(), content.strip())
    return tags


def _published(tree: lxml.html.HtmlElement, tags: dict[str, str], linked_data: list[dict]):
    candidates: list[object] = [tags.get(key) for key in _DATE_META_KEYS]
    for element in tree.xpath("//*[@itemprop='datePublished']"):
        candidates.append(element.get("datetime") or element.get("content") or element.text_content())
    candidates.extend(obj.get("datePublished") for obj in linked_data)
    candidates.extend(tree.xpath("//time[@pubdate]/@datetime"))
    candidates.extend(tree.xpath("//time/@datetime"))
    return _first_found(parse_date(value) for value in candidates)


def _json_ld_objects(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _walk_json_ld(data)


def _walk_json_ld(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _walk_json_ld(item)
    elif isinstance(data, dict):
        yield data
        yield from _walk_json_ld(data.get("@graph"))


def _ld_publisher(obj: dict) -> str | None:
    publisher = obj.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, dict):
        publisher = publisher.get("name")
    return publisher if isinstance(publisher, str) else None


def _first_found(values):
    return next((value for value in values if value), None)


def _first_text(tree, xpath: str) -> str | None:
    found = tree.xpath(xpath)
    return found[0].text_content() if found else None


def _first_attribute(tree, xpath: str) -> str | None:
    found = tree.xpath(xpath)
    return str(found[0]) if found else None


# --- main text ------------------------------------------------------------------------------


def _drop_furniture(tree: lxml.html.HtmlElement) -> None:
    doomed = list(tree.iter(*_FURNITURE_TAGS))
    for element in tree.iter("header"):
        if not any(ancestor.tag in ("article", "main") for ancestor in element.iterancestors()):
            doomed.append(element)
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        role = (element.get("role") or "").lower()
        names = f"{element.get('id', '')} {element.get('class', '')}"
        if (role in _FURNITURE_ROLES or _FURNITURE_NAMES.search(names)) and _is_small_furniture(element):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _is_small_furniture(element) -> bool:
    if element.tag in ("article", "main") or element.find(".//article") is not None or element.find(".//main") is not None:
        return False
    return len(element.text_content()) <= _FURNITURE_MAX_CHARS


def _main_text(tree: lxml.html.HtmlElement) -> str:
    text = _trafilatura_text(tree)
    if not text:
        body = tree.find("body")
        text = _block_text(body if body is not None else tree)
    return text


def _trafilatura_text(tree: lxml.html.HtmlElement) -> str:
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    html = lxml.html.tostring(tree, encoding="unicode")
    try:
        extracted = trafilatura.extract(html, include_comments=False, include_tables=True, include_images=False)
    except Exception:  # noqa: BLE001 - any failure inside trafilatura means: use the fallback
        return ""
    if not extracted:
        return ""
    return "\n\n".join(line.strip() for line in extracted.split("\n") if line.strip())


def _block_text(root: lxml.html.HtmlElement) -> str:
    """Text of `root` with a paragraph break at every block element and a line break at <br>."""
    pieces: list[str] = []

    def walk(element) -> None:
        is_block = isinstance(element.tag, str) and element.tag in _BLOCK_TAGS
        if is_block:
            pieces.append("\n\n")
        if element.tag == "br":
            pieces.append("\n")
        if element.text and isinstance(element.tag, str):
            pieces.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if is_block:
            pieces.append("\n\n")

    walk(root)
    paragraphs = []
    for block in re.split(r"\n\s*\n", "".join(pieces)):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)
