"""Label-value plans (extractors/blocks.py, blocks_fields.py): one block per action -> one table.

Each case builds the RawDocument an extractor would return (text blocks and
small tables in reading order) and checks the table the blocks become, or that
a document written otherwise is left exactly as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extractors.blocks import with_block_tables
from extractors.blocks_fields import parse_title, scale_reading, split_label
from models.records import BBox, Cell, RawDocument, RawTable, Span, TextBlock


def block(text: str, order: int, kind: str = "paragraph", *, bold: bool = False,
          page: int = 1, x0: float = 72.0) -> TextBlock:
    top = 50.0 + 20 * order
    return TextBlock(text=text, order=order, kind=kind, page=page,  # type: ignore[arg-type]
                     bbox=BBox(x0, top, 500.0, top + 12), spans=(Span(text, bold=bold),))


def table(rows: Sequence[Sequence[str]], order: int, index: int,
          spans: dict[tuple[int, int], int] | None = None) -> RawTable:
    """A small ruled table; ``spans`` gives (row, col) -> col_span."""
    spans = spans or {}
    n_cols = max(len(r) + sum(spans.get((i, c), 1) - 1 for c in range(len(r)))
                 for i, r in enumerate(rows))
    cells = []
    for r, row in enumerate(rows):
        col = 0
        for text in row:
            width = spans.get((r, col), 1)
            cells.append(Cell(text=text, row=r, col=col, col_span=width, page=1,
                              bbox=BBox(100.0 * col, 20.0 * r, 100.0 * (col + width),
                                        20.0 * (r + 1))))
            col += width
    return RawTable(index=index, order=order, n_rows=len(rows), n_cols=n_cols,
                    cells=tuple(cells), page=1)


def document(*items: TextBlock | RawTable) -> RawDocument:
    return RawDocument(name="plan.pdf", file_type="pdf", sha256="0" * 64, page_count=1,
                       blocks=tuple(i for i in items if isinstance(i, TextBlock)),
                       tables=tuple(i for i in items if isinstance(i, RawTable)))


def rows_of(t: RawTable) -> list[list[str]]:
    return [[c.text for c in t.row(r)] for r in range(t.n_rows)]


# --- pieces ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Lead: Head of Service", ("Lead", "Head of Service")),
    ("Supported practice(s): Prioritize Data Governance", ("Supported practice(s)",
                                                          "Prioritize Data Governance")),
    ("Measure of success: Maps published (Y/N)", ("Measure of success", "Maps published (Y/N)")),
])
def test_labelled_paragraphs_split_into_label_and_value(text: str, expected: tuple) -> None:
    assert split_label(text) == expected


@pytest.mark.parametrize("text", [
    "By November 2019, the Office of Management and Budget will establish a council.",
    "Action 1: Create an OMB Data Council",        # a numbered title, not a label
    "The council agreed the following at its meeting in March: to publish the plan",
    "3.1: Review the protocol",
])
def test_text_that_is_no_labelled_field(text: str) -> None:
    assert split_label(text) is None


@pytest.mark.parametrize(("text", "word", "number", "title"), [
    ("Action 1: Create an OMB Data Council", "Action", "1", "Create an OMB Data Council"),
    ("1. Reconstitute USA.gov as the Front Door", None, "1", "Reconstitute USA.gov as the Front Door"),
    ("2.3 Review the use of remand", None, "2.3", "Review the use of remand"),
    ("Commitment 12 – Publish the register", "Commitment", "12", "Publish the register"),
])
def test_numbered_titles(text: str, word: str | None, number: str, title: str) -> None:
    parsed = parse_title(text)
    assert parsed is not None
    assert (parsed.word, parsed.number, parsed.text) == (word, number, title)


@pytest.mark.parametrize("text", [
    "ACTION 1: CREATE AN OMB DATA COUNCIL ........................ 6",  # a contents line
    "Shared Actions: Government-wide Data Services",
    "2024 was a year of progress",
])
def test_text_that_is_no_title(text: str) -> None:
    assert parse_title(text) is None


@pytest.mark.parametrize(("pairs", "reading"), [
    ([("Substantial", "\uf0fc")], "Substantial"),
    ([("Completed", "✓")], "Completed"),
    ([("Substantial", "a, b, c")], "Substantial"),
    ([("Limited", "c"), ("Substantial", "a, b")], "Limited: c; Substantial: a, b"),
])
def test_marks_under_a_scale_read_as_the_scale_words(pairs: list, reading: str) -> None:
    assert scale_reading(pairs) == reading


# --- whole documents -----------------------------------------------------------

def labelled_plan() -> RawDocument:
    return document(
        block("Climate plan", 0, "heading", bold=True),
        block("Note: agreed in January.", 1),
        block("Flood resilience", 2, "heading", bold=True),
        block("Action 1: Map flood risk", 3, "heading", bold=True),
        block("The council will commission modelling.", 4),
        block("Lead: Head of Flood Risk", 5),
        block("Timeline: By December 2025", 6),
        block("Measure: Maps published", 7),
        block("Wards covered", 8, x0=150.0),
        block("Action 2: Protect 200 homes", 9, "heading", bold=True),
        block("Lead: Project Manager", 10),
        block("Timeline: April 2025 to March 2027", 11),
        block("Measure: Homes protected", 12),
    )


def test_labelled_paragraphs_become_one_row_per_action() -> None:
    raw = with_block_tables(labelled_plan())
    assert len(raw.tables) == 1
    assert rows_of(raw.tables[0]) == [
        ["", "Action", "Description", "Lead", "Timeline", "Measure"],
        ["Flood resilience"],
        ["1", "Map flood risk", "The council will commission modelling.", "Head of Flood Risk",
         "By December 2025", "Maps published\nWards covered"],
        ["2", "Protect 200 homes", "", "Project Manager", "April 2025 to March 2027",
         "Homes protected"],
    ]
    assert raw.tables[0].header_rows == 1
    assert raw.tables[0].row(1)[0].col_span == 6  # the section heading is a banner


def sectioned_plan(*, first_title: str) -> RawDocument:
    return document(
        block(first_title, 0, "heading", bold=True),
        block("Action 1.1 – Map flood risk", 1, "heading", bold=True),
        block("Lead: Head of Flood Risk", 2),
        block("Timeline: By December 2025", 3),
        block("Action 1.2 – Protect 200 homes", 4, "heading", bold=True),
        block("Lead: Project Manager", 5),
        block("Timeline: March 2027", 6),
    )


def test_a_worded_title_straight_above_blocks_of_another_word_heads_their_section() -> None:
    raw = with_block_tables(sectioned_plan(first_title="Objective 1: Homes stay dry"))
    assert rows_of(raw.tables[0]) == [
        ["", "Action", "Lead", "Timeline"],
        ["Objective 1: Homes stay dry"],
        ["1.1", "Map flood risk", "Head of Flood Risk", "By December 2025"],
        ["1.2", "Protect 200 homes", "Project Manager", "March 2027"],
    ]


def test_a_title_numbered_as_a_child_of_the_worded_title_above_opens_a_block() -> None:
    # "1.1 …" straight under "Priority 1: …": the priority heads a section of blocks
    raw = with_block_tables(document(
        block("Priority 1: Identification of need", 0, "heading", bold=True),
        block("1.1 Publish a toolkit for schools", 1, bold=True),
        block("Lead: SEND Advisory Teacher", 2),
        block("By: December 2025", 3),
        block("Priority 2: Timeliness of plans", 4, "heading", bold=True),
        block("2.1 Recruit two psychologists", 5, bold=True),
        block("Lead: Principal Psychologist", 6),
        block("By: March 2026", 7),
    ))
    assert rows_of(raw.tables[0]) == [
        ["", "Title", "Lead", "By"],
        ["Priority 1: Identification of need"],
        ["1.1", "Publish a toolkit for schools", "SEND Advisory Teacher", "December 2025"],
        ["Priority 2: Timeliness of plans"],
        ["2.1", "Recruit two psychologists", "Principal Psychologist", "March 2026"],
    ]


def test_a_numbered_item_under_a_worded_title_stays_in_its_description() -> None:
    # "3." is a list item, no worded title: the block above keeps it as description
    raw = with_block_tables(document(
        block("Action 14: Map flood risk", 0, "heading", bold=True),
        block("3. Model the river catchments", 1, "list_item"),
        block("Lead: Head of Flood Risk", 2),
        block("Timeline: By December 2025", 3),
        block("Action 15: Protect 200 homes", 4, "heading", bold=True),
        block("Lead: Project Manager", 5),
        block("Timeline: March 2027", 6),
    ))
    assert rows_of(raw.tables[0])[1] == ["14", "Map flood risk", "3. Model the river catchments",
                                         "Head of Flood Risk", "By December 2025"]


def commitment_box(number: str, title: str, lead: str, end: str, mark_col: int,
                   order: int, index: int) -> RawTable:
    marks = ["", "", "", ""]
    marks[mark_col] = "\uf0fc"
    return table([[f"{number}. {title}"],
                  ["Lead government actors", lead],
                  ["End date", end],
                  ["Completion level", "Not started", "Limited", "Substantial", "Completed"],
                  ["", *marks]],
                 order, index, spans={(0, 0): 5, (1, 1): 4, (2, 1): 4})


def test_one_form_box_per_commitment_becomes_one_row_each_with_the_marked_scale_word() -> None:
    raw = with_block_tables(document(
        block("Open Government", 0, "heading", bold=True),
        commitment_box("1", "Reconstitute USA.gov", "GSA", "Ongoing.", 2, 1, 0),
        block("3", 2),
        commitment_box("2", "Increase accessibility", "GSA, OMB", "June 2017", 3, 3, 1),
    ))
    assert len(raw.tables) == 1
    assert rows_of(raw.tables[0]) == [
        ["", "Title", "Lead government actors", "End date", "Completion level"],
        ["Open Government"],
        ["1", "Reconstitute USA.gov", "GSA", "Ongoing.", "Substantial"],
        ["2", "Increase accessibility", "GSA, OMB", "June 2017", "Completed"],
    ]


def unlabelled_scale_box(number: str, title: str, mark_col: int, order: int, index: int) -> RawTable:
    """A box whose scale starts in the label column ("Not started" has no label)."""
    marks = ["", "", "", ""]
    marks[mark_col] = "✓"
    return table([[f"Commitment {number}: {title}"], ["Lead officer", "Head of Service", "", ""],
                  ["End date", "March 2025", "", ""],
                  ["Not started", "Limited", "Substantial", "Completed"], marks],
                 order, index, spans={(0, 0): 4})


@pytest.mark.parametrize(("mark_col", "reading"), [
    (0, "Not started"),  # a mark under the label column: its word is on the scale
    (2, "Substantial"),  # the mark elsewhere: the first word only names the field
])
def test_a_scale_word_in_the_label_column_is_read_when_marked(mark_col: int, reading: str) -> None:
    raw = with_block_tables(document(
        unlabelled_scale_box("1.1", "Publish spending", mark_col, 0, 0),
        unlabelled_scale_box("1.2", "Publish the land register", 3, 1, 1),
    ))
    assert rows_of(raw.tables[0]) == [
        ["", "Commitment", "Lead officer", "End date", "Not started"],
        ["1.1", "Publish spending", "Head of Service", "March 2025", reading],
        ["1.2", "Publish the land register", "Head of Service", "March 2025", "Completed"],
    ]


@pytest.mark.parametrize(("heading", "sections"), [
    # a worded title of another word above the boxes heads their section
    ("Section 1: Open data", ["Section 1: Open data"]),
    # a bold heading of no number does too (as before); the title line above it does not stay
    ("Open data", ["Open data"]),
])
def test_a_heading_above_titled_boxes_is_their_section(heading: str, sections: list[str]) -> None:
    raw = with_block_tables(document(
        block("Self-assessment at the end of the plan period, 31 March 2025", 0, "heading", bold=True),
        block(heading, 1, "heading", bold=True),
        unlabelled_scale_box("1.1", "Publish spending", 1, 2, 0),
        unlabelled_scale_box("1.2", "Publish the land register", 3, 3, 1),
    ))
    rows = rows_of(raw.tables[0])
    assert [r[0] for r in rows if len(r) == 1] == sections
    assert [r[0] for r in rows[1:] if len(r) > 1] == ["1.1", "1.2"]


def test_a_title_of_the_same_word_above_a_box_is_no_section() -> None:
    # "Commitment 1: …" with no fields, then a box titled "Commitment 2: …": two blocks
    # of one kind, not a section heading (the empty one has too few fields to be a row)
    raw = with_block_tables(document(
        block("Commitment 1: Publish spending", 0, "heading", bold=True),
        unlabelled_scale_box("2", "Publish the land register", 3, 1, 0),
        unlabelled_scale_box("3", "Stream meetings", 1, 2, 1),
    ))
    rows = rows_of(raw.tables[0])
    assert not [r for r in rows if len(r) == 1]
    assert [r[0] for r in rows[1:]] == ["2", "3"]


def test_a_box_split_by_a_page_break_is_joined() -> None:
    first = table([["1. Reconstitute USA.gov"], ["Lead government actors", "GSA"]], 1, 0,
                  spans={(0, 0): 2})
    rest = table([["End date", "Ongoing."], ["Next steps", "Keep testing."]], 4, 1)
    second = commitment_box("2", "Increase accessibility", "OMB", "2017", 1, 5, 2)
    # a page number and a running header repeated at the top of three pages lie between the parts
    furniture = [block("DRAFT", 10 + p, page=p) for p in (2, 3)]
    raw = with_block_tables(document(first, block("3", 2), block("DRAFT", 3, page=4), rest,
                                     second, *furniture))
    assert rows_of(raw.tables[0])[1] == ["1", "Reconstitute USA.gov", "GSA", "Ongoing.",
                                         "Keep testing.", ""]


def commitment_table(number: int, title: str, lead: str, order: int) -> RawTable:
    return table([[f"Commitment {number}", title], ["What we will do", f"Do {title.lower()}"],
                  ["Lead", lead], ["Timeline", "March 2026"]], order, number - 1)


def test_tables_titled_by_a_worded_number_in_the_label_column_are_one_block_each() -> None:
    # no paragraph between the tables, yet each opens with its own numbered title row;
    # a short bold paragraph between them (a heading typed in bold) heads a section
    raw = with_block_tables(document(
        block("Our workforce", 0, bold=True),
        commitment_table(1, "Close the pay gap", "Head of Reward", 1),
        commitment_table(2, "Support disabled staff", "Head of HR", 2),
        block("Our services", 3, bold=True),
        commitment_table(3, "Accessible buildings", "Head of Property", 4),
    ))
    assert rows_of(raw.tables[0]) == [
        ["", "Commitment", "What we will do", "Lead", "Timeline"],
        ["Our workforce"],
        ["1", "Close the pay gap", "Do close the pay gap", "Head of Reward", "March 2026"],
        ["2", "Support disabled staff", "Do support disabled staff", "Head of HR", "March 2026"],
        ["Our services"],
        ["3", "Accessible buildings", "Do accessible buildings", "Head of Property",
         "March 2026"],
    ]


def test_a_bold_paragraph_right_under_a_title_is_its_description_not_a_section() -> None:
    raw = with_block_tables(document(
        block("Action 1: Map flood risk", 0, "heading", bold=True),
        block("Whole county", 1, bold=True),
        block("Lead: Head of Flood Risk", 2),
        block("Timeline: By December 2025", 3),
        block("Action 2: Protect 200 homes", 4, "heading", bold=True),
        block("Lead: Project Manager", 5),
        block("Timeline: March 2027", 6),
    ))
    assert rows_of(raw.tables[0])[:2] == [
        ["", "Action", "Description", "Lead", "Timeline"],
        ["1", "Map flood risk", "Whole county", "Head of Flood Risk", "By December 2025"],
    ]


NOT_BLOCK_PLANS = {
    "a lone labelled paragraph": document(
        block("Note: the plan was agreed in January.", 0),
        block("Action 1: Map flood risk", 1, "heading", bold=True),
        block("The council will commission modelling.", 2)),
    "a numbered list without fields": document(
        block("1. Which actions should come first?", 0, "list_item"),
        block("2. Who else should be involved?", 1, "list_item"),
        block("Lead: Head of Service", 2)),
    "a legend table": document(
        table([["Red", "Not achieved"], ["Amber", "At risk"], ["Green", "On track"]], 0, 0)),
    "a document-information box": document(
        table([["Title", "Improvement plan"], ["Version", "2.1"], ["Owner", "Director"]], 0, 0),
        block("Introduction", 1, "heading", bold=True)),
    "a table of numbered phases, no fields": document(
        table([["Phase 1", "Design"], ["Phase 2", "Build"], ["Phase 3", "Test"]], 0, 0)),
    "a handbook whose sections repeat labelled passages of running text": document(*(
        b for n, topic in enumerate(["Conflicts of interest", "Exemptions", "Multiple filings"])
        for b in (
            block(f"{n + 1}. {topic.upper()}", 10 * n, "heading", bold=True),
            block(f"Related provisions: the sections of the code on {topic.lower()}, read "
                  "with the rules of procedure and the local rules of each district court", 10 * n + 1),
            block(f"Practice tips: the trustee should review every case for {topic.lower()} as "
                  "soon as possible after it is assigned and keep a note of the review", 10 * n + 2),
        ))),
    "an ordinary action table": document(
        table([["Ref", "Action", "Lead", "Due"], ["1.1", "Audit plans", "Head of QA", "May"],
               ["1.2", "Train staff", "Workforce Lead", "June"]], 0, 0)),
}


@pytest.mark.parametrize("name", list(NOT_BLOCK_PLANS))
def test_documents_not_written_in_blocks_are_left_as_they_are(name: str) -> None:
    raw = NOT_BLOCK_PLANS[name]
    assert with_block_tables(raw) == raw
