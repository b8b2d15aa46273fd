"""Text from outside, made safe once: stored alike on SQLite and PostgreSQL, shown
on a terminal without forging lines or driving it (models/textsafe.py)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from extractors.settings import ExtractionSettings
from models.db import make_engine
from models.records import NormalisedDocument
from models.textsafe import shown, stored_name, stored_text
from pipeline.ingest import IngestOptions, ingest_paths
from pipeline.process import process_file
from pipeline.worker import Limits
from tests.conftest import RAW

STORED_NAMES = [
    (os.fsdecode(b"caf\xe9.pdf"), "caf\\xe9.pdf"),
    (os.fsdecode(b"\xff\xfe.docx"), "\\xff\\xfe.docx"),
    ("new\nline.docx", "new\nline.docx"),  # a real newline is part of a real name
    ("naïve ünïcode — name.docx", "naïve ünïcode — name.docx"),
]
SHOWN = [
    ("new\nline.docx", "new\\nline.docx"),
    ("\x1b[31mred\x1b[0m.docx", "\\x1b[31mred\\x1b[0m.docx"),
    ("tab\there\r", "tab\\there\\r"),
    ("right\u202eto-left.pdf", "right\\u202eto-left.pdf"),  # a name shown backwards
    (os.fsdecode(b"caf\xe9.pdf"), "caf\\xe9.pdf"),
    ("\x9b31m", "\\x9b31m"),  # the one-byte CSI
]
UNCHANGED = ["plan 2013.pdf", "Haringey – “Action Plan”.docx", "naïve ünïcode.docx", ""]
STORED_TEXT = [
    ("Review\x00 the pathway", "Review the pathway"),
    ("bell\x07 and\x1b escape", "bell and escape"),
    ("keeps\ttabs\nand\r\nlines", "keeps\ttabs\nand\r\nlines"),
    ("lone \ud800 surrogate", "lone \ufffd surrogate"),
]


@pytest.mark.parametrize(("name", "expected"), STORED_NAMES)
def test_names_are_stored_losslessly(name: str, expected: str) -> None:
    assert stored_name(name) == expected
    stored_name(name).encode("utf-8")  # any database takes it


@pytest.mark.parametrize(("name", "expected"), SHOWN)
def test_names_are_shown_escaped(name: str, expected: str) -> None:
    assert shown(name) == expected
    assert "\n" not in shown(name) and "\x1b" not in shown(name)


@pytest.mark.parametrize("plain", UNCHANGED)
def test_ordinary_text_is_left_alone(plain: str) -> None:
    assert shown(plain) == plain == stored_name(plain) == stored_text(plain)


@pytest.mark.parametrize(("raw", "expected"), STORED_TEXT)
def test_control_characters_are_removed_from_stored_text(raw: str, expected: str) -> None:
    assert stored_text(raw) == expected


CONTROLLED = "Review\x00 the referral\x07 pathway\x1b"


def with_control_characters(path: Path, settings: ExtractionSettings,
                            authority: str | None) -> NormalisedDocument:
    """The real plan, its first line's text salted with control characters (in a worker)."""
    doc = process_file(path, settings, authority)
    first = dataclasses.replace(doc.actions[0], action=CONTROLLED, progress="done\x00")
    return dataclasses.replace(doc, actions=(first, *doc.actions[1:]))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_text_with_nul_loads_the_same_on_both_databases(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = (f"sqlite:///{tmp_path / 'nul.db'}" if backend == "sqlite"
           else request.getfixturevalue("pg_url"))
    options = IngestOptions(processor=with_control_characters, limits=Limits(timeout=300, jobs=1))
    outcomes = ingest_paths(make_engine(url), [RAW / "walsall-2013-01.docx"], options=options)
    assert [o.status for o in outcomes] == ["loaded"], outcomes[0].problem
    engine = create_engine(url)
    with engine.connect() as conn:
        stored = conn.execute(text("select action, progress from actions where seq = 0")).one()
    engine.dispose()
    assert tuple(stored) == ("Review the referral pathway", "done")
