"""One-page action plans written byte by byte as PDF: a title and a ruled table.

Built by hand so that a test controls exactly what the content stream and the
font say, which no PDF writer lets one do:

- ``lost_to_pdfminer``: the table is drawn after an inline image whose
  binary data happens to hold ``EI`` and an unmatched ``(``, and whose
  dictionary spells its keys out (``/Width``, not ``/W``), as the PDF
  specification allows.  PDFium and poppler skip the image by its size and
  read the text after it; pdfminer stops the image at the first ``EI``,
  reads the rest as one unterminated string, and sees neither image nor text.
- ``with_control_codes``: the font's ToUnicode map gives three of its codes
  U+0000, U+0007 and U+001B (broken subset fonts do map glyphs to U+0000),
  so an action's text extracts with those control characters in it.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

PAGE = (842, 595)  # A4 landscape, in points
TITLE_Y = 540
TOP = 500
ROW_HEIGHT = 36
COLUMNS = (60, 330, 150, 90, 150)  # widths: Ref, Action, Lead officer, Due date, Progress
LEFT = 40
FONT_SIZE = 9
# codes the ToUnicode map of ``with_control_codes`` gives control characters
CONTROL_CODES = {"\x00": 0x80, "\x07": 0x81, "\x1b": 0x82}


def escaped(text: str) -> bytes:
    """A PDF literal string's bytes (Latin-1), its parentheses and backslashes escaped."""
    data = "".join(chr(CONTROL_CODES.get(c, ord(c))) for c in text).encode("latin-1")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_at(x: float, y: float, text: str, size: int = FONT_SIZE) -> bytes:
    return b"BT /F1 %d Tf %.1f %.1f Td (%s) Tj ET\n" % (size, x, y, escaped(text))


def table_stream(title: str, rows: Sequence[Sequence[str]]) -> bytes:
    """The title, then every row as ruled cells, each cell's text on one line."""
    out = [text_at(LEFT, TITLE_Y, title, 14), b"0.5 w 0 G\n"]
    for r, row in enumerate(rows):
        top = TOP - r * ROW_HEIGHT
        x = float(LEFT)
        for width, cell in zip(COLUMNS, row, strict=True):
            out.append(b"%.1f %.1f %d %d re S\n" % (x, top - ROW_HEIGHT, width, ROW_HEIGHT))
            out.append(text_at(x + 3, top - 14, cell))
            x += width
    return b"".join(out)


def inline_image_pdfminer_misreads() -> bytes:
    """A 24 x 1 grey inline image; its data holds " EI (" (pdfminer's end marker, then a
    string that never closes) and its dictionary uses the full key names."""
    data = b"\x80\x81 EI (\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92"
    assert len(data) == 24
    return (b"q 24 0 0 1 40 570 cm\nBI /Width 24 /Height 1 /BitsPerComponent 8 "
            b"/ColorSpace /DeviceGray ID " + data + b"\nEI Q\n")


def to_unicode_cmap() -> bytes:
    """Printable ASCII as itself; the control codes to their control characters."""
    chars = b"".join(b"<%02X> <%04X>\n" % (code, ord(char)) for char, code in CONTROL_CODES.items())
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfrange <20> <7E> <0020> endbfrange\n"
            b"%d beginbfchar\n" % len(CONTROL_CODES) + chars + b"endbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")


def pdf_file(content: bytes, *, to_unicode: bool = False) -> bytes:
    """A one-page PDF drawing ``content`` with Helvetica as F1 (and a ToUnicode map)."""
    body = zlib.compress(content, 9)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>" % PAGE,
               b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(body) + body
               + b"\nendstream",
               font + (b" /ToUnicode 6 0 R >>" if to_unicode else b" >>")]
    if to_unicode:
        cmap = to_unicode_cmap()
        objects.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


HEADER = ("Ref", "Action", "Lead officer", "Due date", "Progress")
TITLE = "Walsall Council - Improvement Action Plan, March 2014"
ROWS = (
    ("1.1", "Publish a single early help offer for families", "Head of Early Help",
     "March 2014", "Offer published"),
    ("1.2", "Audit 50 early help assessments each quarter", "Service Manager",
     "June 2014", "First audit done"),
    ("1.3", "Train all social workers in the new threshold guidance", "Principal Social Worker",
     "September 2014", "Not started"),
)


def lost_to_pdfminer() -> bytes:
    """The plan, its text readable by PDFium and poppler but not by pdfminer."""
    return pdf_file(inline_image_pdfminer_misreads() + table_stream(TITLE, (HEADER, *ROWS)))


def blank_page() -> bytes:
    """A page that draws nothing at all: no reader finds text in it."""
    return pdf_file(b"")


def with_control_codes(action: str) -> bytes:
    """The plan with its first action's text replaced by ``action`` (control characters
    drawn through the ToUnicode map)."""
    first = (ROWS[0][0], action, *ROWS[0][2:])
    return pdf_file(table_stream(TITLE, (HEADER, first, *ROWS[1:])), to_unicode=True)
