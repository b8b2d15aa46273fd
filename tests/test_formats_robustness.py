"""Every format through the real `actionplans ingest`: corrupt, encrypted, bomb and empty.

Each case is a file the command is given on its own; it must end in a clear,
specific failure (exit 1, the reason in `actionplans status`, no traceback
on the terminal), whatever the format: Excel, OpenDocument, Word 97-2003,
RTF, or a scanned PDF read by OCR.  Formats that cannot be a bomb (.doc and
.rtf are not compressed) or cannot carry a password (.rtf) have no such case.
"""

from __future__ import annotations

import io
import random
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from models.errors import NOT_FAILURES
from pipeline.cli import main
from tests.conftest import ROOT

FORMATS = ROOT / "data" / "formats"
SCANNED = ROOT / "data" / "scanned"
OLE2_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
# large enough to pass the ratio floor (1 MB), compressing about 1000:1
BOMB_BYTES = 60 * 1024 * 1024


def ole2_with(stream: str) -> bytes:
    """A compound file whose directory names one stream (all the sniffers look at)."""
    name = stream.encode("utf-16-le")
    entry = name.ljust(64, b"\0") + (len(name) + 2).to_bytes(2, "little")
    return OLE2_MAGIC + bytes(512 - len(OLE2_MAGIC)) + entry.ljust(128, b"\0") + bytes(384)


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def truncated(path: Path) -> bytes:
    data = path.read_bytes()
    return data[: len(data) // 2]


def garbage(head: bytes, size: int = 20_000) -> bytes:
    rng = random.Random(14)
    return head + bytes(rng.randrange(256) for _ in range(size))


def xlsx_bomb() -> bytes:
    return zipped({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>",
                   "xl/worksheets/sheet1.xml": bytes(BOMB_BYTES)})


def xlsx_with_entities() -> bytes:
    """The tracker with a billion-laughs DOCTYPE put in front of its first sheet."""
    source = zipfile.ZipFile(FORMATS / "wigan-2014-01.xlsx")
    members = {i.filename: source.read(i) for i in source.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    doctype = (b'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>')
    if sheet.startswith(b"<?xml"):
        end = sheet.index(b"?>") + 2
        members["xl/worksheets/sheet1.xml"] = sheet[:end] + doctype + sheet[end:]
    else:
        members["xl/worksheets/sheet1.xml"] = doctype + sheet
    assert b"<!DOCTYPE" in members["xl/worksheets/sheet1.xml"]
    return zipped(members)


def sprawling_workbook() -> bytes:
    """Two texts at opposite corners of a sheet: a grid of 17 billion cells."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "Ref"
    wb.active["XFD1048576"] = "far away"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def odt_members(extra: dict[str, bytes]) -> bytes:
    return zipped({"mimetype": b"application/vnd.oasis.opendocument.text", **extra})


ENCRYPTED_MANIFEST = (b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                      b'manifest:1.0"><manifest:file-entry manifest:full-path="content.xml">'
                      b'<manifest:encryption-data manifest:checksum-type="SHA1"/>'
                      b'</manifest:file-entry></manifest:manifest>')


def poster_scan() -> bytes:
    """An image-only PDF whose one page is 200 inches square: rendered as asked at 300 dpi
    it would be 3.6 billion pixels."""
    out = io.BytesIO()
    Image.new("RGB", (200, 200), "white").save(out, "PDF", resolution=1.0)
    return out.getvalue()


# (case id, file name, bytes, reasons it may fail with)
CASES = [
    ("xlsx-empty", "tracker.xlsx", lambda: b"", {"empty"}),
    ("xlsx-corrupt", "tracker.xlsx", lambda: truncated(FORMATS / "wigan-2014-01.xlsx"), {"corrupt"}),
    ("xlsx-encrypted", "tracker.xlsx", lambda: ole2_with("EncryptedPackage"), {"encrypted"}),
    ("xlsx-bomb", "tracker.xlsx", xlsx_bomb, {"too_large"}),
    ("xlsx-entities", "tracker.xlsx", xlsx_with_entities, {"corrupt"}),
    ("xlsx-sprawl", "tracker.xlsx", sprawling_workbook, {"too_large"}),
    ("xlsm-encrypted", "tracker.xlsm", lambda: ole2_with("EncryptedPackage"), {"encrypted"}),
    ("odt-empty", "plan.odt", lambda: b"", {"empty"}),
    ("odt-corrupt", "plan.odt", lambda: truncated(FORMATS / "haringey-2011-05.odt"), {"corrupt"}),
    ("odt-encrypted", "plan.odt",
     lambda: odt_members({"META-INF/manifest.xml": ENCRYPTED_MANIFEST}), {"encrypted"}),
    ("odt-bomb", "plan.odt", lambda: odt_members({"content.xml": bytes(BOMB_BYTES)}),
     {"too_large"}),
    ("doc-empty", "plan.doc", lambda: b"", {"empty"}),
    ("doc-corrupt", "plan.doc", lambda: garbage(ole2_with("WordDocument")), {"conversion_failed"}),
    ("doc-encrypted", "plan.doc", lambda: ole2_with("EncryptedPackage"), {"encrypted"}),
    ("rtf-empty", "plan.rtf", lambda: b"", {"empty"}),
    ("rtf-corrupt", "plan.rtf", lambda: garbage(b"{\\rtf1\\ansi "),
     {"conversion_failed", "no_action_table", "empty"}),
    ("scan-empty", "scan.pdf", lambda: b"", {"empty"}),
    ("scan-corrupt", "scan.pdf", lambda: truncated(SCANNED / "somerset-2013-11-scan150.pdf"),
     {"corrupt", "no_action_table", "no_text_layer", "empty"}),
    ("scan-bomb", "scan.pdf", poster_scan, {"empty"}),
]


def failure_reason(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select document, reason from ingest_errors").fetchall())


@pytest.mark.parametrize(("name", "data", "reasons"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_bad_file_fails_with_a_specific_reason(tmp_path: Path, name: str, data: object,
                                              reasons: set[str]) -> None:
    path = tmp_path / name
    path.write_bytes(data())  # type: ignore[operator]
    db = tmp_path / "robust.db"
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", f"sqlite:///{db}",
                                       "--timeout", "600"])
    reason = failure_reason(db).get(name)
    # a lenient reader may make text of garbage: then it is read and is no plan (skipped, exit 0)
    assert result.exit_code == (0 if reason in NOT_FAILURES else 1), result.output
    assert "Traceback" not in result.output
    assert reason in reasons, result.output
    assert f"[{reason}]" in result.output


def tracker_with_bad_dxf() -> bytes:
    """The conditionally formatted tracker with every rule pointing past the workbook's
    list of differential styles (openpyxl refuses such a workbook outright)."""
    source = zipfile.ZipFile(FORMATS / "walsall-2013-01.xlsx")
    members = {i.filename: source.read(i) for i in source.infolist()}
    for name in [n for n in members if n.startswith("xl/worksheets/sheet")]:
        members[name] = re.sub(rb'dxfId="\d+"', b'dxfId="4000"', members[name])
    assert any(b'dxfId="4000"' in part for part in members.values())
    return zipped(members)


def test_bad_conditional_formats_still_load(tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    path.write_bytes(tracker_with_bad_dxf())
    db = tmp_path / "robust.db"
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 0, result.output
    assert "loaded" in result.output and "Traceback" not in result.output
    with sqlite3.connect(db) as conn:
        lines = conn.execute("select count(*), count(rag) from actions").fetchone()
    # every line read; the colours were only in the rules, so no RAG is claimed
    assert lines == (58, 0)
