"""`actionplans fetch`: visit every source, download new or changed plan documents.

A source is a document URL or a page linking to plans.  A page's links to
documents on its own site are followed, one hop only.  Every URL is asked
for conditionally (its last ETag and Last-Modified), so an unchanged file
costs one 304.  What arrives is sniffed (extractors.dispatch), not trusted
from its Content-Type, and saved under ``<raw root>/<council>/`` with a
safe name that includes a digest of its bytes: a changed file is saved
beside the old version, which stays readable for reprocessing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from extractors.dispatch import sniff, zip_kind
from models.sources import Known, SourceRow, Visit, known_urls, list_sources, record_visit
from pipeline.fetch_http import Fetched, PoliteClient
from pipeline.fetch_limits import FetchLimits
from pipeline.fetch_links import council_folder, document_links, file_name, has_document_suffix

log = logging.getLogger("actionplans.fetch")

RAW_ENV = "ACTIONPLANS_RAW_DIR"
DEFAULT_RAW = "data/raw"
# outcomes that are a problem with a source, for the exit status and the summary
PROBLEMS = frozenset({"not_found", "http_error", "timed_out", "too_large", "too_many_redirects",
                      "blocked_by_robots", "network_error", "not_a_document"})
ZIP_SUFFIXES = {"xlsx": ".xlsx", "odt": ".odt", "docx": ".docx"}
MAX_PAGE_BYTES = 5 * 1024 * 1024


def raw_root(value: str | None = None) -> Path:
    return Path(value or os.environ.get(RAW_ENV) or DEFAULT_RAW)


@dataclass(frozen=True)
class FetchOutcome:
    """One URL's visit in this run; ``visit.outcome`` is ``downloaded``, ``unchanged``,
    ``page`` (a page read for its links) or one of PROBLEMS."""

    source: SourceRow
    visit: Visit

    @property
    def is_problem(self) -> bool:
        return self.visit.outcome in PROBLEMS

    def as_dict(self) -> dict[str, str | None]:
        return {"source": self.source.url, "council": self.source.council, "url": self.visit.url,
                "outcome": self.visit.outcome, "message": self.visit.message,
                "path": self.visit.path if self.visit.outcome == "downloaded" else None,
                "sha256": self.visit.sha256}


def document_suffix(path: Path, url: str) -> str | None:
    """The suffix for what the bytes really are; None when they are no document at all."""
    kind = sniff(path)
    if kind == "pdf":
        return ".pdf"
    if kind == "rtf":
        return ".rtf"
    if kind == "ole2":
        return ".doc"  # Word 97; an OLE2 file of another kind is refused at ingest
    if kind == "zip":
        inner = zip_kind(path)
        if inner is None:
            named = Path(url.split("?")[0]).suffix.lower()
            return named if named in (".docx", ".xlsx", ".odt") else ".docx"
        return ZIP_SUFFIXES[inner]
    return None


def looks_like_html(path: Path, content_type: str) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html", b"<"))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class SourceRun:
    """One source's visit: its own URL, then (for a page) each document it links to."""

    def __init__(self, engine: Engine, client: PoliteClient, source: SourceRow, root: Path,
                 on_done: Callable[[FetchOutcome], None] | None) -> None:
        self.engine, self.client, self.source = engine, client, source
        self.folder = root / council_folder(source.council, source.url)
        self.known = known_urls(engine, source.id)
        self.on_done = on_done
        self.outcomes: list[FetchOutcome] = []

    def done(self, visit: Visit) -> None:
        record_visit(self.engine, self.source.id, visit)
        log.info("%s %s %s", visit.outcome, visit.url, visit.message)
        outcome = FetchOutcome(self.source, visit)
        self.outcomes.append(outcome)
        if self.on_done:
            self.on_done(outcome)

    def run(self) -> list[FetchOutcome]:
        url = self.source.url
        before = self.known.get(url)
        answer = self.client.get(url, *validators(before))
        try:
            if answer.outcome == "not_modified" and before is not None and before.kind == "page":
                self.done(Visit(url, "page", "page", "not modified since the last visit"))
                self.follow([u for u, k in self.known.items() if k.kind == "document"])
            elif answer.outcome == "ok" and answer.body_path and not has_document_suffix(url) \
                    and document_suffix(answer.body_path, url) is None \
                    and looks_like_html(answer.body_path, answer.content_type):
                self.read_page(answer)
            else:
                self.settle(answer, before)
        finally:
            discard(answer)
        return self.outcomes

    def read_page(self, answer: Fetched) -> None:
        assert answer.body_path is not None
        with open(answer.body_path, "rb") as fh:
            html = fh.read(MAX_PAGE_BYTES).decode("utf-8", errors="replace")
        links = document_links(html, answer.final_url or answer.url)
        self.done(Visit(answer.url, "page", "page", f"{len(links)} document links",
                        answer.etag, answer.last_modified, sha256_of(answer.body_path),
                        new_bytes=True))
        self.follow(links)

    def follow(self, links: list[str]) -> None:
        for link in links:
            if link == self.source.url:
                continue
            before = self.known.get(link)
            answer = self.client.get(link, *validators(before))
            try:
                self.settle(answer, before)
            finally:
                discard(answer)

    def settle(self, answer: Fetched, before: Known | None) -> None:
        """A document URL's answer becomes a recorded visit (and a saved file when new)."""
        url = answer.url
        if answer.outcome == "not_modified":
            self.done(Visit(url, "document", "unchanged", "not modified (304)"))
            return
        if answer.outcome != "ok" or answer.body_path is None:
            self.done(Visit(url, "document", answer.outcome, answer.message))
            return
        suffix = document_suffix(answer.body_path, url)
        if suffix is None:
            served = answer.content_type.split(";")[0].strip() or "no content type"
            what = "an HTML page" if looks_like_html(answer.body_path, "") else "unknown bytes"
            self.done(Visit(url, "document", "not_a_document",
                            f"served as {served}, but the bytes are {what}"))
            return
        sha = sha256_of(answer.body_path)
        if before is not None and before.sha256 == sha and before.path and Path(before.path).exists():
            self.done(Visit(url, "document", "unchanged", "same bytes as last time",
                            answer.etag, answer.last_modified, sha, before.path, new_bytes=True))
            return
        target = self.folder / file_name(url, sha, suffix)
        self.folder.mkdir(parents=True, exist_ok=True)
        shutil.move(str(answer.body_path), target)
        answer.body_path = None
        self.done(Visit(url, "document", "downloaded", "new" if before is None else "changed",
                        answer.etag, answer.last_modified, sha, str(target), new_bytes=True))


def validators(before: Known | None) -> tuple[str | None, str | None]:
    if before is None or (before.kind == "document" and not (before.path and Path(before.path).exists())):
        return None, None  # nothing saved to compare with: ask for the whole file
    return before.etag, before.last_modified


def discard(answer: Fetched) -> None:
    if answer.body_path is not None:
        answer.body_path.unlink(missing_ok=True)
        answer.body_path = None


def fetch_all(engine: Engine, *, root: Path | None = None, limits: FetchLimits | None = None,
              on_done: Callable[[FetchOutcome], None] | None = None) -> list[FetchOutcome]:
    """Visit every source in the database; each URL gets exactly one outcome."""
    root = root or raw_root()
    root.mkdir(parents=True, exist_ok=True)
    outcomes: list[FetchOutcome] = []
    with PoliteClient(limits or FetchLimits(), workdir=root) as client:
        for source in list_sources(engine):
            outcomes.extend(SourceRun(engine, client, source, root, on_done).run())
    return outcomes
