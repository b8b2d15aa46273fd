"""extractors/pdf/find.py's ruled table finder finds pdfplumber's tables.

``RuledTableFinder`` is pdfplumber's TableFinder with its cell step
(``intersections_to_cells``) written for speed, so it is held to pdfplumber's own
output: on grids made by hand that reach every branch (a missing rule, a cell
spanning two columns, an edge that stops short, separate tables), and on every
page of every fixture PDF, as PDFium reads it, with the settings find.py passes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdfplumber.table import TableFinder, edges_to_intersections
from pdfplumber.table import intersections_to_cells as plumber_cells

from extractors.pdf.find import (
    RuledTableFinder,
    _has_both_orientations,
    intersections_to_cells,
    rule_edges,
    table_settings,
)
from extractors.pdf.pdfium_source import open_document, read_page
from extractors.settings import DEFAULT_SETTINGS
from tests.conftest import RAW


def edge(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "width": x1 - x0,
            "height": bottom - top, "orientation": "v" if x0 == x1 else "h"}


def grid(xs: list[float], ys: list[float]) -> list[dict[str, Any]]:
    return ([edge(x, ys[0], x, ys[-1]) for x in xs]
            + [edge(xs[0], y, xs[-1], y) for y in ys])


HAND_MADE = {
    "plain": grid([0, 50, 100, 150], [0, 20, 40]),
    "a rule missing inside (a spanning cell)": [
        e for e in grid([0, 50, 100, 150], [0, 20, 40, 60])
        if not (e["orientation"] == "v" and e["x0"] == 50)]
        + [edge(50, 0, 50, 20), edge(50, 40, 50, 60)],
    "an edge stopping short": grid([0, 50, 100], [0, 20, 40])[:-1] + [edge(0, 40, 60, 40)],
    "two tables": grid([0, 50, 100], [0, 20, 40]) + grid([200, 250], [100, 130, 160]),
    "uneven": grid([0, 10.5, 10.5000001, 80], [0, 0.3, 55, 55.2]),
}


@pytest.mark.parametrize("edges", HAND_MADE.values(), ids=HAND_MADE.keys())
def test_cells_are_pdfplumbers_on_hand_made_grids(edges: list[dict[str, Any]]) -> None:
    intersections = edges_to_intersections(edges, 3, 3)
    assert intersections_to_cells(intersections) == plumber_cells(intersections)


def tables_of(finder: Any) -> list[list[tuple[float, ...]]]:
    return [list(t.cells) for t in finder.tables]


def ruled_pages(path: Path) -> list[int]:
    """The pages (from 0) find.py gives a finder: ruled both ways."""
    with open_document(path) as document:
        return [i for i in range(len(document))
                if _has_both_orientations(rule_edges(read_page(document, i)))]


RULED = {path: pages for path in sorted(RAW.glob("*.pdf")) if (pages := ruled_pages(path))}


def test_most_fixture_pdfs_have_ruled_pages() -> None:
    """The comparison below means something: many pages give the finders a grid."""
    assert len(RULED) >= 30 and sum(map(len, RULED.values())) >= 100


@pytest.mark.parametrize("path", RULED, ids=[p.name for p in RULED])
def test_tables_are_pdfplumbers_on_fixture_pages(path: Path) -> None:
    with open_document(path) as document:
        for index in RULED[path]:
            page = read_page(document, index)
            settings = table_settings(DEFAULT_SETTINGS, rule_edges(page))
            want = TableFinder(page, settings)  # type: ignore[arg-type]
            got = RuledTableFinder(page, settings)
            assert got.cells == want.cells, f"{path.name} page {index + 1}"
            assert tables_of(got) == tables_of(want), f"{path.name} page {index + 1}"
