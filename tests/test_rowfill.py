"""Status from the fill of the ref cell, the action cell or the whole row, in a table
with no status column (normalise.rowfill): each positive table beside the shading that
must not read as status."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extractors.lines import assemble_lines
from models.records import Cell, NormalisedDocument, RawDocument, RawTable, TextBlock
from normalise.document import read_document
from normalise.rowfill import is_banding, signal_rag

HEADER = ["Ref", "Action", "Lead officer", "Timescale", "Progress update"]
BODY = [
    ["1.1", "Review the threshold guidance with partners", "Head of Service",
     "March 2024", "Guidance agreed at the board in February."],
    ["1.2", "Introduce weekly case audits in every team", "Service Manager",
     "April 2024", "Audit tool piloted in two teams."],
    ["1.3", "Train all team managers in reflective supervision", "Principal Social Worker",
     "June 2024", "Training dates set for May."],
    ["1.4", "Publish the new supervision policy", "Head of Service",
     "July 2024", "Draft consulted on with staff."],
    ["1.5", "Recruit six permanent social workers", "HR Business Partner",
     "September 2024", "Two posts filled."],
]
GREEN, AMBER, RED, BLUE = "#92d050", "#ffc000", "#ff0000", "#00b0f0"
KEY = TextBlock("Key: Green = completed; Amber = on track; Red = behind schedule", order=0)


def document(rows: Sequence[Sequence[str]], fills: dict[tuple[int, int], str],
             blocks: Sequence[TextBlock] = (), banners: Sequence[int] = ()) -> NormalisedDocument:
    """A one-table document; ``fills`` by (row, col) of the grid, row 0 the header;
    the rows in ``banners`` are one cell spanning the table."""
    cells = []
    for r, row in enumerate(rows):
        if r in banners:
            cells.append(Cell(row[0], r, 0, col_span=len(rows[0]), fill=fills.get((r, 0))))
            continue
        cells += [Cell(t, r, c, fill=fills.get((r, c))) for c, t in enumerate(row)]
    table = RawTable(index=0, order=1, n_rows=len(rows), n_cols=len(rows[0]), cells=tuple(cells),
                     page=1, header_rows=1)
    raw = RawDocument("plan.docx", "docx", "0" * 64, 1, tuple(blocks), (table,))
    return read_document(raw, {0: assemble_lines(table)})


def statuses(doc: NormalisedDocument) -> list[tuple[str | None, str | None, str]]:
    return [(a.rag_text, a.rag, a.status) for a in doc.actions]


def whole_rows(colours: dict[int, str], n_cols: int = len(HEADER)) -> dict[tuple[int, int], str]:
    return {(r, c): colour for r, colour in colours.items() for c in range(n_cols)}


RATED = {1: GREEN, 2: AMBER, 3: RED, 4: AMBER, 5: GREEN}
UNKNOWN = [(None, None, "unknown")] * len(BODY)


def test_ref_cell_fill_read_through_the_documents_key() -> None:
    doc = document([HEADER, *BODY], {(r, 0): c for r, c in RATED.items()}, [KEY])
    assert statuses(doc) == [("green", "green", "complete"), ("amber", "amber", "on_track"),
                             ("red", "red", "off_track"), ("amber", "amber", "on_track"),
                             ("green", "green", "complete")]
    assert "status from the fill of 'Ref'" in doc.tables[0].reason


def test_whole_row_fill_without_a_key_takes_the_defaults() -> None:
    doc = document([HEADER, *BODY], whole_rows(RATED))
    assert statuses(doc)[:3] == [("green", "green", "on_track"), ("amber", "amber", "at_risk"),
                                 ("red", "red", "off_track")]
    # read from colour with no key: less sure than a line whose status is printed
    assert doc.actions[0].confidence < 1.0


def test_action_cell_fill_and_a_line_left_white() -> None:
    fills = {(1, 1): BLUE, (2, 1): GREEN, (4, 1): AMBER, (5, 1): GREEN}
    doc = document([HEADER, *BODY], fills)
    assert statuses(doc) == [("blue", "blue", "complete"), ("green", "green", "on_track"),
                             (None, None, "unknown"), ("amber", "amber", "at_risk"),
                             ("green", "green", "on_track")]


def test_a_header_fill_is_no_status() -> None:
    doc = document([HEADER, *BODY], {(0, c): "#1f3864" for c in range(len(HEADER))}, [KEY])
    assert statuses(doc) == UNKNOWN


@pytest.mark.parametrize("colour", [GREEN, "#1f3864", "#d9d9d9"])
def test_uniform_shading_is_no_status(colour: str) -> None:
    """Every body row alike (a shaded table, a first column shaded as labels)."""
    assert statuses(document([HEADER, *BODY], whole_rows(dict.fromkeys(range(1, 6), colour)),
                             [KEY])) == UNKNOWN
    assert statuses(document([HEADER, *BODY], {(r, 0): colour for r in range(1, 6)})) == UNKNOWN


@pytest.mark.parametrize(("one", "other"), [
    ("#d9d9d9", None), ("#dbe5f1", "#d9d9d9"), ("#deeaf6", None), ("#fff2cc", "#e2efd9"),
    # strong colours strictly alternating down the table are banding too
    ("#8db4e2", "#b4c6e7"),
])
def test_zebra_striping_is_no_status(one: str, other: str | None) -> None:
    colours = {r: (one if r % 2 else other) for r in range(1, 6)}
    fills = whole_rows({r: c for r, c in colours.items() if c})
    assert statuses(document([HEADER, *BODY], fills, [KEY])) == UNKNOWN


def test_grey_shading_alone_is_no_status() -> None:
    fills = whole_rows({1: "#a6a6a6", 3: "#a6a6a6", 4: "#a6a6a6"})
    assert statuses(document([HEADER, *BODY], fills)) == UNKNOWN


def test_a_status_column_wins_over_fills() -> None:
    header = [*HEADER, "RAG"]
    words = ["Amber", "Red", "Green", "Green", "Amber"]
    rows = [header, *([*row, word] for row, word in zip(BODY, words, strict=True))]
    doc = document(rows, {(r, 0): c for r, c in RATED.items()})
    assert [a.rag for a in doc.actions] == ["amber", "red", "green", "green", "amber"]
    assert "status from the fill" not in doc.tables[0].reason


def test_a_work_stream_colour_per_theme_is_no_status() -> None:
    """Rows shaded by the banner they sit under: one colour per theme, changing only
    where the theme does."""
    rows = [HEADER, ["Theme 1: Front door"], *BODY[:3], ["Theme 2: Workforce"], *BODY[3:]]
    colours = {2: GREEN, 3: GREEN, 4: GREEN, 6: BLUE, 7: BLUE}
    doc = document(rows, whole_rows(colours), banners=(1, 5))
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert statuses(doc) == UNKNOWN


def test_fill_on_few_lines_is_no_status() -> None:
    """Two lines of twelve highlighted: not a rating of the table's lines."""
    body = [[f"2.{i}", f"Review the audit programme for team {i}", "Service Manager",
             "May 2024", "Started."] for i in range(1, 13)]
    doc = document([HEADER, *body], {(1, 0): RED, (7, 0): GREEN})
    assert len(doc.actions) == 12 and {a.rag for a in doc.actions} == {None}


@pytest.mark.parametrize(("colour", "rag"), [
    ("#92d050", "green"), ("#00b050", "green"), ("#ffc000", "amber"), ("#c00000", "red"),
    ("#00b0f0", "blue"), ("#a6a6a6", "grey"), ("#c6efce", "green"), ("#ffeb9c", "amber"),
])
def test_signal_colours(colour: str, rag: str) -> None:
    assert signal_rag(colour) == rag


@pytest.mark.parametrize("colour", ["#ffffff", "#f2f2f2", "#d9d9d9", "#dbe5f1", "#deeaf6",
                                    "#fff2cc", "#e2efd9", "#eaf1dd", None, "nonsense"])
def test_pale_tints_are_no_signal(colour: str | None) -> None:
    assert signal_rag(colour) is None


def test_banding() -> None:
    assert is_banding(["#a", None, "#a", None])
    assert not is_banding(["#a", None, "#a"])  # too short to tell
    assert not is_banding(["#a", "#a", None, "#a"])
    assert not is_banding(["#a", "#b", "#c", "#a"])


GROUPED_HEADER = ["Ref", "Recommendation", *HEADER[1:]]
FRONT_DOOR = "Strengthen the front door so that referrals are screened promptly."
WORKFORCE = "Build a stable and skilled workforce."


def grouped_rows() -> list[list[str]]:
    areas = [FRONT_DOOR] * 3 + [WORKFORCE] * 2
    return [GROUPED_HEADER, *([row[0], area, *row[1:]] for row, area in zip(BODY, areas, strict=True))]


def test_a_colour_per_recommendation_is_no_status() -> None:
    """Every line under one recommendation shaded alike, the colour changing only
    where the recommendation does: the recommendation's colour."""
    colours = {1: GREEN, 2: GREEN, 3: GREEN, 4: BLUE, 5: BLUE}
    doc = document(grouped_rows(), whole_rows(colours, len(GROUPED_HEADER)), [KEY])
    assert [a.area_for_improvement for a in doc.actions] == [FRONT_DOOR] * 3 + [WORKFORCE] * 2
    assert statuses(doc) == UNKNOWN


def test_colours_that_differ_under_one_recommendation_are_status() -> None:
    doc = document(grouped_rows(), whole_rows(RATED, len(GROUPED_HEADER)), [KEY])
    assert [a.status for a in doc.actions] == ["complete", "on_track", "off_track", "on_track",
                                               "complete"]


def test_a_line_of_rows_coloured_differently_takes_the_least_favourable() -> None:
    """Two actions under one ref, each row its own colour: the line is as far behind as
    its worst row (as status words in several rows are); rows coloured alike read once."""
    rows = [HEADER, BODY[0], ["", "Agree the escalation route with schools", "", "",
                              "Not yet agreed."], BODY[1], BODY[2], ["", "Audit supervision "
                              "records quarterly", "", "", "First audit done."], BODY[3]]
    colours = {1: GREEN, 2: RED, 3: AMBER, 4: GREEN, 5: GREEN, 6: RED}
    doc = document(rows, whole_rows(colours), [KEY])
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "1.3", "1.4"]
    assert statuses(doc) == [("green\nred", "red", "off_track"), ("amber", "amber", "on_track"),
                             ("green", "green", "complete"), ("red", "red", "off_track")]
