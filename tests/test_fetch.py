"""`actionplans sources` and `actionplans fetch` against a local website (tests/local_site.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import make_engine
from models.sources import FetchedFile
from pipeline.cli import main
from pipeline.fetch_links import document_links, file_name
from tests.conftest import RAW
from tests.local_site import Route, Site, local_site

PLAN = (RAW / "herefordshire-2011-02.pdf").read_bytes()
UPDATE = (RAW / "herefordshire-2011-06.pdf").read_bytes()
WORD = (RAW / "haringey-2011-05.docx").read_bytes()
PAGE = """<!doctype html><html><body><h1>Improvement plan</h1>
<a href="/docs/plan.pdf">Plan (PDF)</a> <a href="../docs/tracker.docx#top">Tracker</a>
<a href="/docs/missing.pdf">gone</a> <a href="/docs/broken.pdf">broken</a>
<a href="/docs/slow.pdf">slow</a> <a href="/docs/huge.pdf">huge</a>
<a href="/docs/loop.pdf">loop</a> <a href="/docs/fake.pdf">fake</a>
<a href="/private/secret.pdf">private</a> <a href="/about.html">about</a>
<a href="https://elsewhere.example/plan.pdf">another site</a>
</body></html>"""
# what each misbehaving link must come to, the rest of the run going on
PROBLEMS = {
    "/docs/missing.pdf": "not_found",
    "/docs/broken.pdf": "http_error",
    "/docs/slow.pdf": "timed_out",
    "/docs/huge.pdf": "too_large",
    "/docs/loop.pdf": "too_many_redirects",
    "/docs/fake.pdf": "not_a_document",
    "/private/secret.pdf": "blocked_by_robots",
}


def council_site(site: Site) -> None:
    site.routes.update({
        "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        "/council/improvement": Route(PAGE.encode(), "text/html; charset=utf-8"),
        "/docs/plan.pdf": Route(PLAN),
        "/docs/tracker.docx": Route(WORD, "application/octet-stream"),
        "/docs/broken.pdf": Route(b"oops", "text/plain", status=500),
        "/docs/slow.pdf": Route(PLAN, delay=3.0),
        "/docs/huge.pdf": Route(endless=True),
        "/docs/loop.pdf": Route(redirect="/docs/loop.pdf"),
        "/docs/fake.pdf": Route(b"<!DOCTYPE html><html><body>Sign in</body></html>", "application/pdf"),
        "/private/secret.pdf": Route(PLAN),
        "/about.html": Route(b"<html>about</html>", "text/html"),
    })


@pytest.fixture
def site() -> Iterator[Site]:
    with local_site() as running:
        council_site(running)
        yield running


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def fetch(db: str, raw: Path, *extra: str) -> Result:
    return run("fetch", "--db", db, "--raw-dir", str(raw), "--delay", "0", "--http-timeout", "1",
               "--max-bytes", "2000000", *extra)


def visits(db: str) -> dict[str, FetchedFile]:
    with Session(make_engine(db)) as session:
        rows = session.scalars(select(FetchedFile)).all()
        for row in rows:
            session.expunge(row)
    return {row.url: row for row in rows}


def test_sources_add_list_remove(sqlite_url: str) -> None:
    assert run("sources", "add", "https://council.example/plans", "--council", "Somerset",
               "--db", sqlite_url).exit_code == 0
    again = run("sources", "add", "https://council.example/plans", "--db", sqlite_url)
    assert "already a source" in again.output
    listed = json.loads(run("sources", "list", "--format", "json", "--db", sqlite_url).output)
    assert [(r["url"], r["council"], r["last_outcome"]) for r in listed] == [
        ("https://council.example/plans", "Somerset", "not fetched yet")]
    assert "council.example" in run("sources", "list", "--format", "csv", "--db", sqlite_url).output
    assert run("sources", "remove", "https://council.example/plans", "--db", sqlite_url).exit_code == 0
    assert json.loads(run("sources", "list", "--format", "json", "--db", sqlite_url).output) == []
    assert run("sources", "remove", "https://council.example/plans", "--db", sqlite_url).exit_code == 2


@pytest.mark.parametrize("url", ["ftp://council.example/plan.pdf", "file:///etc/passwd", "plans",
                                 "http:///nohost"])
def test_sources_add_refuses_what_is_not_a_web_url(sqlite_url: str, url: str) -> None:
    result = run("sources", "add", url, "--db", sqlite_url)
    assert result.exit_code == 2 and "not an http(s) URL" in result.output


def test_fetch_without_sources_is_a_usage_error(sqlite_url: str, tmp_path: Path) -> None:
    assert fetch(sqlite_url, tmp_path / "raw").exit_code == 2


def test_a_page_is_followed_one_hop_and_each_problem_has_its_outcome(
        site: Site, db_url: str, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    run("sources", "add", site.url("/council/improvement"), "--council", "Hereford & Worcs",
        "--db", db_url)
    result = fetch(db_url, raw)
    assert result.exit_code == 1, result.output  # some links had problems
    found = visits(db_url)
    outcomes = {url.removeprefix(site.url("")): row.outcome for url, row in found.items()}
    assert outcomes == {"/council/improvement": "page", "/docs/plan.pdf": "downloaded",
                        "/docs/tracker.docx": "downloaded", **PROBLEMS}
    assert site.requests_for("/about.html") == []  # a page link is not a document: not crawled
    plan = found[site.url("/docs/plan.pdf")]
    assert plan.path is not None and Path(plan.path).parent == raw / "hereford-worcs"
    assert Path(plan.path).read_bytes() == PLAN and plan.etag and plan.last_modified
    assert plan.fetched_at is not None and plan.sha256 and len(plan.sha256) == 64
    tracker = found[site.url("/docs/tracker.docx")]
    assert tracker.path is not None and tracker.path.endswith(".docx")  # sniffed, not from the header
    assert "the bytes are an HTML page" in found[site.url("/docs/fake.pdf")].message
    assert sorted(p.name for p in raw.rglob("*")) == sorted(
        [Path(plan.path).name, Path(tracker.path).name, "hereford-worcs"])  # nothing half-written


def test_unchanged_costs_one_304_and_a_changed_file_is_saved_beside_the_old(
        site: Site, sqlite_url: str, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    run("sources", "add", site.url("/docs/plan.pdf"), "--db", sqlite_url)
    assert fetch(sqlite_url, raw).exit_code == 0
    first = visits(sqlite_url)[site.url("/docs/plan.pdf")]
    again = fetch(sqlite_url, raw)
    assert again.exit_code == 0 and "0 downloaded, 1 unchanged" in again.output
    assert site.requests_for("/docs/plan.pdf") == [200, 304]
    site.routes["/docs/plan.pdf"] = Route(UPDATE)
    changed = fetch(sqlite_url, raw)
    assert "1 downloaded" in changed.output
    second = visits(sqlite_url)[site.url("/docs/plan.pdf")]
    assert second.sha256 != first.sha256 and second.path != first.path
    assert first.path and Path(first.path).read_bytes() == PLAN  # the old version stays
    assert second.path and Path(second.path).read_bytes() == UPDATE
    assert site.requests_for("/docs/plan.pdf") == [200, 304, 200]


def test_a_page_not_modified_still_checks_its_documents(site: Site, sqlite_url: str,
                                                        tmp_path: Path) -> None:
    site.routes["/council/improvement"] = Route(b'<a href="/docs/plan.pdf">plan</a>', "text/html")
    run("sources", "add", site.url("/council/improvement"), "--db", sqlite_url)
    fetch(sqlite_url, tmp_path)
    fetch(sqlite_url, tmp_path)
    assert site.requests_for("/council/improvement") == [200, 304]
    assert site.requests_for("/docs/plan.pdf") == [200, 304]


def test_robots_txt_and_user_agent(site: Site, sqlite_url: str, tmp_path: Path) -> None:
    site.routes["/robots.txt"] = Route(b"User-agent: actionplans\nDisallow: /\n", "text/plain")
    run("sources", "add", site.url("/docs/plan.pdf"), "--db", sqlite_url)
    result = fetch(sqlite_url, tmp_path)
    assert result.exit_code == 1 and "blocked_by_robots" in result.output
    assert site.requests_for("/docs/plan.pdf") == []


LINK_CASES = [
    ('<a href="/a/plan.PDF">x</a>', ["http://h.test/a/plan.PDF"]),
    ('<base href="/files/"><a href="p.docx">x</a>', ["http://h.test/files/p.docx"]),
    ('<a href="p.xlsx?v=2">x</a><a href="p.xlsx?v=2#s">y</a>', ["http://h.test/dir/p.xlsx?v=2"]),
    ('<a href="old.doc">x</a><a href="new.odt">y</a>',
     ["http://h.test/dir/old.doc", "http://h.test/dir/new.odt"]),
]
NOT_LINKS = [
    '<a href="https://other.test/plan.pdf">another site</a>',
    '<a href="/plans.html">a page</a>',
    '<a href="mailto:x@h.test">mail</a>',
    '<a href="javascript:void(0)">js</a>',
    '<a href="/plan.pdf.exe">not a document</a>',
    '<img src="/plan.pdf">',
]


@pytest.mark.parametrize(("html", "expected"), LINK_CASES)
def test_document_links(html: str, expected: list[str]) -> None:
    assert document_links(html, "http://h.test/dir/index.html") == expected


@pytest.mark.parametrize("html", NOT_LINKS)
def test_not_document_links(html: str) -> None:
    assert document_links(html, "http://h.test/dir/index.html") == []


@pytest.mark.parametrize("url", ["http://h.test/../../etc/passwd", "http://h.test/%2e%2e%2fx.pdf",
                                 "http://h.test/.hidden.pdf", "http://h.test/", "http://h.test/a b?.pdf",
                                 "http://h.test/" + "x" * 400 + ".pdf"])
def test_file_names_are_safe(url: str) -> None:
    name = file_name(url, "ab" * 32, ".pdf")
    assert "/" not in name and not name.startswith(".") and name.endswith(".pdf")
    assert len(name) < 120 and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name)
