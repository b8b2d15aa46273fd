"""Small reportlab helpers for fixture plans drawn straight to PDF.

LibreOffice-converted fixtures all share one producer's geometry; these
helpers draw plans the way other council tools do (reportlab-like report
generators): their own line widths, cell paddings and page splitting.

Plan modules describe content; this module owns the look:

- ``page_size`` gives A4 portrait or landscape;
- ``paragraph_styles`` gives the few text styles a plan needs;
- ``cell`` turns plain text (``\\n`` between items) into a wrapped Paragraph;
- ``full_grid`` / ``grid_with_merges`` / ``horizontal_rules`` / ``fill`` /
  ``banner_row`` build TableStyle commands;
- ``data_table`` builds a table whose header repeats on every page and whose
  long rows split over a page break, each page's part closed by a rule;
- ``body_fonts`` embeds Liberation Sans (Arial metrics) where installed;
- ``write_pdf`` lays out the story with a "Page X of Y" footer.

Output is deterministic: ``invariant=True`` fixes dates and ids, and
``corpus/build.py`` freezes what remains.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

MARGIN = 1.4 * cm
StyleCommand = tuple[Any, ...]
FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"),
             Path("/usr/share/fonts/truetype/liberation2")]


def body_fonts() -> tuple[str, str]:
    """(regular, bold) font names: Liberation Sans embedded where installed.

    An embedded TrueType font carries a ToUnicode map, so bullets and dashes
    extract as text; reportlab's built-in Helvetica writes "•" as an unmapped
    code that pdfminer reports as "(cid:127)".  Liberation Sans has Arial's
    metrics, the councils' usual font.
    """
    for folder in FONT_DIRS:
        regular, bold = folder / "LiberationSans-Regular.ttf", folder / "LiberationSans-Bold.ttf"
        if regular.exists() and bold.exists():
            if "LiberationSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("LiberationSans", str(regular)))
                pdfmetrics.registerFont(TTFont("LiberationSans-Bold", str(bold)))
                pdfmetrics.registerFontFamily("LiberationSans", normal="LiberationSans",
                                              bold="LiberationSans-Bold")
            return "LiberationSans", "LiberationSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def page_size(*, landscape_page: bool) -> tuple[float, float]:
    return landscape(A4) if landscape_page else A4


def usable_width(*, landscape_page: bool) -> float:
    return page_size(landscape_page=landscape_page)[0] - 2 * MARGIN


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    header: ParagraphStyle
    banner: ParagraphStyle


def paragraph_styles(*, font_size: float = 8, accent: str = "#1f3864") -> Styles:
    regular, bold = body_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=font_size,
                          leading=font_size * 1.2)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontName=bold, fontSize=15,
                             leading=19, textColor=colors.HexColor(accent), spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", parent=base, fontName=bold,
                                fontSize=11, leading=14, spaceAfter=6),
        body=ParagraphStyle("body", parent=base, fontSize=9, leading=12, spaceAfter=6),
        cell=base,
        header=ParagraphStyle("header", parent=base, fontName=bold,
                              textColor=colors.white),
        banner=ParagraphStyle("banner", parent=base, fontName=bold,
                              fontSize=font_size + 1, leading=(font_size + 1) * 1.25,
                              textColor=colors.HexColor(accent)),
    )


def cell(text: str, style: ParagraphStyle) -> Paragraph:
    """Wrapped cell text; ``\\n`` separates items (bullets, stacked names)."""
    return Paragraph("<br/>".join(escape(line) for line in text.split("\n")), style)


def full_grid(line_width: float = 0.5, colour: str = "#595959") -> list[StyleCommand]:
    """Every cell boxed: the fully ruled look of most council plans."""
    return [("GRID", (0, 0), (-1, -1), line_width, colors.HexColor(colour))]


def horizontal_rules(n_rows: int, *, colour: str = "#7f7f7f") -> list[StyleCommand]:
    """Rules between rows only, heavier under the header: no vertical lines."""
    commands: list[StyleCommand] = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#262626")),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#262626")),
    ]
    for row in range(1, n_rows):
        commands.append(("LINEBELOW", (0, row), (-1, row), 0.4, colors.HexColor(colour)))
    return commands


def fill(col: int, row: int, hex_colour: str, *, to_col: int | None = None) -> StyleCommand:
    end = col if to_col is None else to_col
    return ("BACKGROUND", (col, row), (end, row), colors.HexColor(hex_colour))


def banner_row(row: int) -> list[StyleCommand]:
    """A section heading spanning the whole table width."""
    return [("SPAN", (0, row), (-1, row)), ("TOPPADDING", (0, row), (-1, row), 7)]


def grid_with_merges(n_rows: int, n_cols: int, merges: Sequence[tuple[int, int, int]],
                     line_width: float = 0.5, colour: str = "#595959") -> list[StyleCommand]:
    """A full grid where each ``(col, first_row, last_row)`` looks like one merged cell.

    reportlab will not split a table inside a SPAN, so a merge is drawn instead:
    no rules inside the merged block, text in its first row only.  Long rows can
    then still break over pages, leaving the continued block blank on the next
    page as Word's merged cells do.
    """
    rule = colors.HexColor(colour)
    commands: list[StyleCommand] = [
        ("BOX", (0, 0), (-1, -1), line_width, rule),
        ("INNERGRID", (0, 0), (-1, 0), line_width, rule),
        ("LINEBELOW", (0, 0), (-1, 0), line_width, rule),
    ]
    for col in range(n_cols - 1):
        commands.append(("LINEAFTER", (col, 0), (col, -1), line_width, rule))
    inside = {(col, row) for col, first, last in merges for row in range(first, last)}
    for row in range(1, n_rows):
        for col in range(n_cols):
            if (col, row) not in inside:
                commands.append(("LINEBELOW", (col, row), (col, row), line_width, rule))
    return commands


class ClosedTable(Table):
    """A Table whose every page-part ends with a rule under its last row.

    reportlab drops the bottom border of a row it splits over a page break;
    Word and LibreOffice draw it, so a part without it would look unfinished.
    """

    closing_rule: StyleCommand | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, ClosedTable):
                part.closing_rule = self.closing_rule
                if self.closing_rule is not None:
                    part.setStyle(TableStyle([self.closing_rule]))
        return parts


def data_table(rows: Sequence[Sequence[Flowable | str]], col_widths: Sequence[float],
               commands: Sequence[StyleCommand], *, header_rows: int = 1,
               closing_rule: tuple[float, str] | None = (0.5, "#595959")) -> Table:
    """A table that repeats its header on each page.

    Rows split at the page foot, as Word's "allow row to break across pages"
    does, rather than moving whole to the next page; ``closing_rule`` (width,
    colour) is drawn under the last row on every page.
    """
    table = ClosedTable(list(map(list, rows)), colWidths=list(col_widths),
                        repeatRows=header_rows, splitByRow=0, splitInRow=1, hAlign="LEFT")
    if closing_rule is not None:
        width, colour = closing_rule
        table.closing_rule = ("LINEBELOW", (0, -1), (-1, -1), width, colors.HexColor(colour))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *commands,
    ]))
    return table


def footer_drawer(label: str) -> Callable[[Canvas, int, int], None]:
    """Draw ``label`` on the left and "Page X of Y" on the right of each page."""
    def draw(canvas: Canvas, page: int, total: int) -> None:
        width, _ = canvas._pagesize
        canvas.setFont(body_fonts()[0], 7.5)
        canvas.setFillColor(colors.HexColor("#595959"))
        canvas.drawString(MARGIN, MARGIN / 2, label)
        canvas.drawRightString(width - MARGIN, MARGIN / 2, f"Page {page} of {total}")
    return draw


def numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages back until the total page count is known."""
    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def write_pdf(path: Path, story: list[Flowable], *, landscape_page: bool, title: str,
              author: str, footer: str) -> None:
    doc = SimpleDocTemplate(
        str(path), pagesize=page_size(landscape_page=landscape_page),
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=title, author=author, creator="actionplans corpus builder (reportlab)",
        invariant=True,
    )
    doc.build(story, canvasmaker=numbered_canvas(footer_drawer(footer)))
