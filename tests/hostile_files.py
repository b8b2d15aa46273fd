"""Hostile inputs built by hand for the robustness tests: PDFs written byte by byte
(content bombs, a slow but honest document), a Word plan with its opening text
removed (a damaged copy), a Word file nested past 256 levels, and a runner for
the real ``actionplans`` command."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree

from tests.conftest import RAW, ROOT

CLI = Path(sys.executable).parent / "actionplans"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def run(args: list[str], log: Path, *, env: dict[str, str] | None = None,
        timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """The installed command, as a user runs it (stdout and stderr apart)."""
    full_env = {**os.environ, "ACTIONPLANS_LOG": str(log), **(env or {})}
    return subprocess.run([str(CLI), *args], env=full_env, capture_output=True, text=True,
                          errors="surrogateescape", timeout=timeout, cwd=ROOT)


def pdf_bytes(pages: list[bytes], *, compress: bool = True) -> bytes:
    """A minimal valid PDF, one content stream per page, Helvetica as F1."""
    import zlib

    n = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n)).encode()
    font = 3 + 2 * n
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(n).encode() + b" >>"]
    for i, content in enumerate(pages):
        body = zlib.compress(content, 9) if compress else content
        flate = b"/Filter /FlateDecode " if compress else b""
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
                       + str(4 + 2 * i).encode() + b" 0 R /Resources << /Font << /F1 "
                       + str(font).encode() + b" 0 R >> >> >>")
        objects.append(b"<< " + flate + b"/Length " + str(len(body)).encode()
                       + b" >>\nstream\n" + body + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def rectangles_page(count: int) -> bytes:
    return b"".join(b"%d %d 2 2 re f\n" % (i % 600, i // 600 % 790) for i in range(count))


def characters_page(count: int) -> bytes:
    return b"BT /F1 1 Tf 10 10 Td (" + b"x" * count + b") Tj ET\n"


def flate_bomb_page(size: int) -> bytes:
    return b"q " + b" " * size + b" Q\n"


def slow_pdf(pages: int = 30, lines: int = 400) -> bytes:
    """Pages of ordinary small text, each well within every limit: slow only as a whole."""
    def page(number: int) -> bytes:
        rows = (b"BT /F1 4 Tf 20 %d Td (Line %d of page %d: nothing here is an action) Tj ET\n"
                % (780 - (i % 190) * 4, i, number) for i in range(lines))
        return b"".join(rows)
    return pdf_bytes([page(n) for n in range(pages)])


def docx_rebuilt(source: Path, change: object) -> bytes:
    """``source`` with its main part changed in place by ``change(root)``."""
    archive = zipfile.ZipFile(source)
    root = etree.fromstring(archive.read("word/document.xml"))
    change(root)  # type: ignore[operator]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in archive.infolist():
            data = archive.read(item)
            if item.filename == "word/document.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
            new.writestr(item.filename, data)
    return out.getvalue()


def without_opening_text(root: etree._Element) -> None:
    """Drop the body's paragraphs (title, dates), keeping its tables: the lines survive."""
    body = root.find(W + "body")
    assert body is not None
    for paragraph in [child for child in body if child.tag == W + "p"]:
        body.remove(paragraph)


def damaged_copy(stem: str = "walsall-2013-01") -> bytes:
    return docx_rebuilt(RAW / f"{stem}.docx", without_opening_text)


def deeply_nested(levels: int = 300) -> bytes:
    """Well-formed Word XML, a paragraph wrapped in ``levels`` smart tags."""
    def change(root: etree._Element) -> None:
        body = root.find(W + "body")
        assert body is not None
        paragraph = etree.SubElement(body, W + "p")
        node = paragraph
        for _ in range(levels):
            node = etree.SubElement(node, W + "smartTag")
        run_ = etree.SubElement(node, W + "r")
        etree.SubElement(run_, W + "t").text = "deep"
    return docx_rebuilt(RAW / "walsall-2013-01.docx", change)
