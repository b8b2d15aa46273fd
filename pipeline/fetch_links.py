"""Links to plan documents on a web page, and safe file names for what is saved."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import PurePosixPath
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

# the formats a council publishes a plan in, as a link's path ends
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".xlsx", ".doc", ".odt")
MAX_LINKS = 500  # per page: a page linking to more is a listing, not a plan page
SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "base" and values.get("href") and self.base is None:
            self.base = values["href"]
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")


def same_site(url: str, page: str) -> bool:
    a, b = urlsplit(url), urlsplit(page)
    return a.scheme in ("http", "https") and a.hostname == b.hostname


def has_document_suffix(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(DOCUMENT_SUFFIXES)


def document_links(html: str, page_url: str) -> list[str]:
    """Absolute URLs of the page's links to documents on the page's own site, in page order."""
    parser = LinkParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    base = urljoin(page_url, parser.base) if parser.base else page_url
    found: dict[str, None] = {}
    for href in parser.hrefs:
        url = urldefrag(urljoin(base, href.strip())).url
        if same_site(url, page_url) and has_document_suffix(url):
            found.setdefault(url, None)
    return list(found)[:MAX_LINKS]


def safe_part(text: str, fallback: str, limit: int = 80) -> str:
    """Letters, digits, dot, dash and underscore only; never empty, hidden or a dot-name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = SAFE.sub("-", ascii_text).strip("-._")[:limit].strip("-._")
    return cleaned or fallback


def council_folder(council: str | None, url: str) -> str:
    """The folder below the raw root for a source: its council, else its site's host."""
    return safe_part(council.lower() if council else (urlsplit(url).hostname or ""), "unknown")


def file_name(url: str, sha256: str, suffix: str) -> str:
    """A safe, stable name for these bytes from this URL: the URL's own name, a digest
    of the bytes (so a changed file is a new file beside the old version) and the
    suffix of what the bytes really are."""
    stem = PurePosixPath(unquote(urlsplit(url).path)).stem
    tag = hashlib.sha256(url.encode()).hexdigest()[:6]
    return f"{safe_part(stem, 'document')}-{tag}{sha256[:10]}{suffix}"
