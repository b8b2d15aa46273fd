"""extractors/lines.py: physical grids of the seed plans' layouts -> logical lines.

Each table is built by hand to mirror a real plan in ../shared/seeds/ (texts
shortened).  ``None`` in a row marks a position a merged cell covers.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.lines import assemble_lines, header_row_count, key_column
from extractors.lines_grid import build_grid, compact_text, starts_with_ref
from extractors.lines_header import header_span, header_texts
from models.records import Cell, LogicalLine, RawTable, Span

Row = Sequence[str | None]
Spans = dict[tuple[int, int], tuple[int, int]]


def make_table(rows: Sequence[Row], *, pages: Sequence[int | None] | None = None,
               spans: Spans | None = None, bold_rows: int = 0,
               header_rows: int = 0, index: int = 0) -> RawTable:
    """A RawTable from a list of rows of texts; spans maps (row, col) to
    (row_span, col_span); the first ``bold_rows`` rows are drawn in bold."""
    spans = spans or {}
    cells = tuple(
        _cell(text, r, c, spans.get((r, c), (1, 1)), pages[r] if pages else None, r < bold_rows)
        for r, row in enumerate(rows) for c, text in enumerate(row) if text is not None)
    return RawTable(index=index, order=index, n_rows=len(rows),
                    n_cols=max(len(r) for r in rows), cells=cells, header_rows=header_rows)


def _cell(text: str, row: int, col: int, span: tuple[int, int], page: int | None,
          bold: bool) -> Cell:
    runs = (Span(text, bold=bold),) if text and bold else ()
    return Cell(text, row, col, row_span=span[0], col_span=span[1], page=page, spans=runs)


def refs(lines: Sequence[LogicalLine], col: int) -> list[str]:
    return [ln.values[col].split()[0] if ln.values[col] else "" for ln in lines]


def blank(n: int) -> list[str]:
    return [""] * n


# --- Herefordshire 2011: 8 columns, key actions in rows with an empty Ref ---

HEREFORD_HEADER = ["Ref", "Area for improvement", "Outcomes to achieve", "Lead officer",
                   "Reporting to (accountable body)", "Key actions", "Timescales", "Progress"]


def herefordshire_2011() -> RawTable:
    return make_table([
        HEREFORD_HEADER,
        ["1.1", "Improve quality of assessments (para 42)", "All children receive a timely",
         "Lisa Green", "R&A Service Improvement Group", "Reconfigure R&A team",
         "25 October 2010 31 March 2011", "Completed"],
        ["", "", "protective factors for each child", "", "", "Develop key staff",
         "31 January 2011", "Completed"],
        ["", "", "", "", "", "Quality assure assessments weekly", "From 1 October 2010",
         "Underway"],
        ["1.2", "Ensure supervision (para 78)", "All staff receive supervision", "Lisa Green",
         "S&VC SMT", "Embed use of template", "End of November 2010", "Being used"],
        HEREFORD_HEADER,
        ["8.3", "Best interest decision making (para 38)", "Ensure all CAMHs practitioners",
         "Lynne Renton", "NHS Herefordshire Board", "Explore the current training",
         "31 March 2011", "Legislative lead appointed"],
        HEREFORD_HEADER,
        [*blank(7), "Training date for CAMHS staff set for 08.02.2011"],
        ["10.1", "Delays in sharing decisions (para 46)", "Ensure that minutes are shared",
         "Lisa Green", "R&A SIG", "Devise improved system", "January 2011", "Completed"],
    ], pages=[1, 1, 1, 1, 1, 2, 2, 3, 3, 3], bold_rows=1)


def test_herefordshire_2011_lines_with_stacked_key_actions() -> None:
    lines = assemble_lines(herefordshire_2011())
    assert refs(lines, 0) == ["1.1", "1.2", "8.3", "10.1"]
    first = lines[0]
    assert first.physical_rows == 3
    assert first.values[5] == ("Reconfigure R&A team\nDevelop key staff\n"
                               "Quality assure assessments weekly")
    assert first.values[6] == "25 October 2010 31 March 2011\n31 January 2011\nFrom 1 October 2010"
    assert first.values[2] == "All children receive a timely\nprotective factors for each child"
    assert first.values[1] == "Improve quality of assessments (para 42)"
    assert len(first.cells[5]) == 3


def test_herefordshire_2011_repeated_header_and_page_break() -> None:
    lines = assemble_lines(herefordshire_2011())
    assert all(ln.header == tuple(HEREFORD_HEADER) for ln in lines)
    best_interest = lines[2]
    assert best_interest.physical_rows == 2
    assert best_interest.page == 2
    assert best_interest.values[7] == ("Legislative lead appointed\n"
                                       "Training date for CAMHS staff set for 08.02.2011")
    assert [ln.row_index for ln in lines] == [1, 4, 6, 9]
    assert [ln.page for ln in lines] == [1, 1, 2, 3]


def test_herefordshire_2011_docx_with_vertically_merged_ref() -> None:
    # Word merges the Ref and Area cells down over the line's rows
    rows: list[Row] = [
        HEREFORD_HEADER,
        ["1.1", "Improve quality", "All children", "Lisa Green", "R&A SIG",
         "Reconfigure R&A team", "25 October 2010", "Completed"],
        [None, None, None, None, None, "Develop key staff", "31 January 2011", "Completed"],
        ["1.2", "Ensure supervision", "All staff", "Lisa Green", "SMT", "Embed", "Nov 2010",
         "Used"],
    ]
    spans = {(1, c): (2, 1) for c in range(5)}
    table = make_table(rows, spans=spans, header_rows=1)
    lines = assemble_lines(table)
    assert refs(lines, 0) == ["1.1", "1.2"]
    assert lines[0].values[0] == "1.1"  # the merged cell once, not per row
    assert lines[0].values[5] == "Reconfigure R&A team\nDevelop key staff"
    assert lines[0].page is None


# --- Haringey 2011: banners, Action merged over milestones, refs in text ----

HARINGEY_HEADER = ["Action", "Milestone", "Start Date", "Due Date", "Status", "Progress Note",
                   "Milestone Lead", "Outcome"]


def haringey() -> RawTable:
    def milestone(action: str | None, text: str, lead: str = "Marion Wheeler") -> Row:
        return [action, text, "01-Mar- 2011", "31-May- 2011", "•", "May 2011 - On track.",
                lead, None if action is None else "Outcome"]
    rows: list[Row] = [
        ["Theme: Best practice", *[None] * 7],
        HARINGEY_HEADER,
        milestone("1. Ensure that the quality of all case recording matches best practice",
                  "1.1 All areas where non qualified social workers operate reviewed"),
        milestone(None, "1.2 System for attendance at child protection medicals"),
        milestone(None, "1.3 Best Practice standards for attendance at strategy meetings"),
        ["Theme: Participation", *[None] * 7],
        milestone("14. Ensure that children and young people are consistently involved",
                  "14.4 NHS Haringey have ensured that all views are captured"),
        milestone("16. Review and amend quality assurance framework",
                  "Quality assurance framework developed to include audits"),
        milestone("J. 5. 5. 5.", "20.1 System developed to monitor the quality of healthcare "
                  "provided to all looked after children and care"),
        HARINGEY_HEADER,
        ["", "leavers in all settings (Ofsted Feb 2011)", "", "", "",
         "Haringey LAC Nursing Team.", "", ""],
        milestone("21. Ensure performance management functions are realigned",
                  "20.2 Care pathway reviewed with compliance audits", "Sarah Parker"),
    ]
    spans: Spans = {(0, 0): (1, 8), (5, 0): (1, 8), (2, 0): (3, 1), (2, 7): (3, 1)}
    return make_table(rows, spans=spans, pages=[1] * 9 + [2] * 3)


def test_haringey_key_column_is_the_milestone() -> None:
    table = haringey()
    assert header_row_count(table) == 2
    assert key_column(table, 2) == 1


def test_haringey_action_spanning_milestones_and_banners() -> None:
    lines = assemble_lines(haringey())
    assert [ln.values[1][:4] for ln in lines] == ["1.1 ", "1.2 ", "1.3 ", "14.4", "Qual",
                                                  "20.1", "20.2"]
    action = "1. Ensure that the quality of all case recording matches best practice"
    assert [ln.values[0] for ln in lines[:3]] == [action] * 3
    assert [ln.values[7] for ln in lines[:3]] == ["Outcome"] * 3
    assert [ln.banner for ln in lines] == ["Theme: Best practice"] * 3 + \
        ["Theme: Participation"] * 4
    assert lines[0].header == tuple(HARINGEY_HEADER)
    assert all(ln.physical_rows == 1 for ln in lines[:5])


def test_haringey_row_split_by_page_break_after_repeated_header() -> None:
    lines = assemble_lines(haringey())
    split = lines[5]
    assert split.physical_rows == 2
    assert split.values[1].endswith("and care\nleavers in all settings (Ofsted Feb 2011)")
    assert split.values[5] == "May 2011 - On track.\nHaringey LAC Nursing Team."
    assert split.page == 1
    assert lines[6].page == 2


def test_haringey_docx_joins_the_unnumbered_fragment_without_pages() -> None:
    table = haringey()
    docx = RawTable(0, 0, table.n_rows, table.n_cols,
                    tuple(Cell(c.text, c.row, c.col, c.row_span, c.col_span)
                          for c in table.cells), header_rows=2)
    lines = assemble_lines(docx)
    assert len(lines) == 7  # no number anywhere in the row: still a fragment
    assert lines[5].values[1].endswith("\nleavers in all settings (Ofsted Feb 2011)")


def test_page_break_joins_only_rows_of_a_pdf() -> None:
    # the first row of page 2 has a number, but not in its key cell
    rows: list[Row] = [["Ref", "Action", "Source"],
                       ["1.1", "Review the deployment of", "para 42"],
                       ["", "", ""],
                       ["social work assistants", "", "3.1 of the report"],
                       ["1.2", "Ensure attendance", "para 44"]]
    pdf = make_table(rows, pages=[1, 1, 1, 2, 2])
    assert [ln.physical_rows for ln in assemble_lines(pdf)] == [2, 1]
    docx = make_table(rows)
    assert [ln.values[0] for ln in assemble_lines(docx)] == ["1.1", "social work assistants",
                                                             "1.2"]


def test_merged_action_cut_by_a_page_break_keeps_its_first_part() -> None:
    # the PDF draws Action and Outcome once per page: the page-3 parts
    # (blank, and "across the partnership") continue the page-2 cells
    rows: list[Row] = [
        HARINGEY_HEADER[:4],
        ["5. Develop improved corporate parenting", "5.1 Membership and remit of",
         "Debbie Haith", "Increased ownership of"],
        HARINGEY_HEADER[:4],
        ["", "redefined and methods", "", "across the partnership"],
        [None, "5.2 Communications plan", "Chris Chalmers", None],
        ["7. Improve the standard of refuges", "7.1 Actions put in place", "", "Mothers"],
    ]
    table = make_table(rows, spans={(3, 0): (2, 1), (3, 3): (2, 1)}, pages=[2, 2, 3, 3, 3, 3])
    lines = assemble_lines(table)
    assert [ln.values[1].split()[0] for ln in lines] == ["5.1", "5.2", "7.1"]
    assert lines[0].physical_rows == 2
    for line in lines[:2]:
        assert line.values[0] == "5. Develop improved corporate parenting"
        assert line.values[3] == "Increased ownership of\nacross the partnership"
    assert [c.row for c in lines[1].cells[0]] == [1, 3]


# --- Walsall 2013: two-row header, objective and section banners -----------

def walsall() -> RawTable:
    def line(no: str, ref: str, action: str) -> Row:
        return [no, ref, action, "30 Apr 2013", "WSCB Chair", "Measures", "Review note", "G"]
    rows: list[Row] = [
        ["References", None, "Action", "Timescale", "Lead Person(s)", "Measures",
         "Review note for this period", "RAG"],
        ["Action No.", "Reference to:", None, None, None, None, None, None],
        ["Strengthen the role and leadership of Walsall Safeguarding Board (WSCB)",
         *[None] * 7],
        ["- Establish clear multi agency thresholds;", *[None] * 7],
        line("1.1", "IN 3.1", "WSCB Board to be asked to review thresholds"),
        line("1.2", "IN 3.1", "WSCB to review its governance and structure"),
        ["Looked After Children", *blank(7)],
        line("3.24", "OIS 2012 IN 1.5, 2.1", "Ensure that Pathway Plans are of a"),
        ["", "IN 1.3, 3.1", "they are completed by suitably qualified workers.", "", "", "",
         "restructure of Transition", ""],
    ]
    spans: Spans = {(0, 0): (1, 2), (2, 0): (1, 8), (3, 0): (1, 8),
                    **{(0, c): (2, 1) for c in range(2, 8)}}
    return make_table(rows, spans=spans, pages=[5] * len(rows))


def test_walsall_two_row_header_with_spanning_references() -> None:
    table = walsall()
    assert header_row_count(table) == 2
    assert key_column(table, 2) == 0
    header = assemble_lines(table)[0].header
    assert header[:3] == ("References Action No.", "References Reference to:", "Action")
    assert header[7] == "RAG"


def test_walsall_objective_and_section_banners() -> None:
    lines = assemble_lines(walsall())
    assert refs(lines, 0) == ["1.1", "1.2", "3.24"]
    objective = ("Strengthen the role and leadership of Walsall Safeguarding Board (WSCB)\n"
                 "- Establish clear multi agency thresholds;")
    assert [ln.banner for ln in lines] == [objective, objective, "Looked After Children"]
    last = lines[2]
    assert last.physical_rows == 2
    assert last.values[1] == "OIS 2012 IN 1.5, 2.1\nIN 1.3, 3.1"
    assert last.values[0] == "3.24"


def test_walsall_header_found_by_shading_alone() -> None:
    # no spans: the PDF splits heading words over rows, all shaded alike
    grey = "#d9d9d9"
    rows = [["References", "", "Action", "Lead", "R"],
            ["Action", "Reference", "", "Person(s)", "A"],
            ["No.", "to:", "", "", "G"],
            ["1.1", "IN 3.1", "Review", "Chair", "G"]]
    cells = tuple(Cell(t, r, c, fill=grey if r < 3 else None)
                  for r, row in enumerate(rows) for c, t in enumerate(row))
    table = RawTable(0, 0, 4, 5, cells)
    assert header_row_count(table) == 3
    (line,) = assemble_lines(table)
    assert line.header[:2] == ("References Action No.", "Reference to:")


# --- Herefordshire 2012-13: unnamed key column, "2.1 (a)", repeated chunks --

H13_HEADER = ["", "Reference", "Action/ Objective", "Outcome/ Measurable target", "Evidence",
              "Lead person/ Lead task group", "By when", "RAG process", "Ofsted grade descriptor"]


def herefordshire_2013() -> RawTable:
    def line(ref: str, action: str) -> Row:
        return [ref, "AA1", action, "Children's needs are met", "Audit", "DM QA", "Dec 12",
                "Amber", "EHP2.6 2.4"]
    rows: list[Row] = [
        H13_HEADER,
        line("2.1 (a)", "Catch-up audit activity"),
        line("2.1 (b)", "Audit LAC cases"),
        ["Theme 2: I feel I am getting the help I need", *[None] * 8],
        H13_HEADER,
        line("2.1 (e)", "Analysis of CAs not leading to a service"),
        line("2.8", "ensure that there is a robust auditing programme that leads to the"),
        ["Link to 1.2 and 1.3", *blank(8)],
        ["", "", "identification of themes and clear action plans", *blank(6)],
        line("2.9 Link to 1.1 and 1.4", "ensure that inter-agency thresholds are understood"),
    ]
    return make_table(rows, spans={(3, 0): (1, 9)}, pages=[7, 7, 7, 8, 8, 8, 8, 8, 9, 9])


def test_herefordshire_2013_unnamed_first_column_is_the_key() -> None:
    table = herefordshire_2013()
    assert header_row_count(table) == 1
    assert key_column(table, 1) == 0
    lines = assemble_lines(table)
    assert [ln.values[0].split("\n")[0] for ln in lines] == [
        "2.1 (a)", "2.1 (b)", "2.1 (e)", "2.8", "2.9 Link to 1.1 and 1.4"]
    assert lines[0].header[0] == ""
    assert lines[0].header[1] == "Reference"


def test_herefordshire_2013_repeated_chunk_banner_and_wrapped_ref_cell() -> None:
    lines = assemble_lines(herefordshire_2013())
    theme = "Theme 2: I feel I am getting the help I need"
    assert [ln.banner for ln in lines] == [None, None, theme, theme, theme]
    wrapped = lines[3]
    assert wrapped.physical_rows == 3
    assert wrapped.values[0] == "2.8\nLink to 1.2 and 1.3"
    assert wrapped.values[2].endswith(
        "leads to the\nidentification of themes and clear action plans")


def test_theme_row_repeated_with_the_header_does_not_cut_the_line() -> None:
    # Herefordshire 2012-13 prints "Theme 1" above the header on every page
    theme = ["Theme 1: I know who to talk to", *[None] * 8]
    rows: list[Row] = [
        theme, H13_HEADER,
        ["1.4", "AA1", "Refresher guidance on CAF", "Children's needs are met at an",
         "Consultation", "KOM", "Nov 12", "Green", "2.4"],
        theme, H13_HEADER,
        ["", "", "", "appropriate stage", *blank(5)],
        ["1.5", "AA1", "Specifically target schools", *blank(6)],
    ]
    spans = {(0, 0): (1, 9), (3, 0): (1, 9)}
    table = make_table(rows, spans=spans, pages=[4, 4, 4, 5, 5, 5, 5], header_rows=2)
    lines = assemble_lines(table)
    assert [ln.values[0] for ln in lines] == ["1.4", "1.5"]
    assert lines[0].physical_rows == 2
    assert lines[0].values[3] == "Children's needs are met at an\nappropriate stage"
    assert {ln.banner for ln in lines} == {"Theme 1: I know who to talk to"}


def test_herefordshire_2013_docx_banner_inside_marked_header() -> None:
    # Word repeats a theme row with the header: the marked rows hold a banner
    rows: list[Row] = [["Theme 1: I know who to talk to", *[None] * 8], H13_HEADER,
                       ["1.1", "AA1", "Set of quality standards", *blank(6)]]
    table = make_table(rows, spans={(0, 0): (1, 9)}, header_rows=2)
    (line,) = assemble_lines(table)
    assert line.header == tuple(H13_HEADER)
    assert line.banner == "Theme 1: I know who to talk to"


# --- BANES 2012: one physical row per line, stacked values ------------------

def banes() -> RawTable:
    return make_table([
        ["Area for improvement", "Actions", "Lead", "Date for", "Progress at"],
        ["", "", "", "completion", "(Inc RAG rating)"],
        ["1.1 Ensure that core assessments are completed (Immediate)\nPractice standards",
         "1.1 Reiterate requirement\n1.2 Audit", "Clive Diaz\nJim Gould", "From March\n2012",
         "Green"],
        ["Area for improvement", "Actions", "Lead", "Date for completion",
         "Progress at (Inc RAG rating)"],
        ["1.2 Ensure that assessments are high quality", "1.2 Use supervision", "Jim Gould",
         "September 2012", "Amber"],
    ], bold_rows=2)


def test_banes_stacked_values_and_resplit_header() -> None:
    table = banes()
    assert header_row_count(table) == 2
    lines = assemble_lines(table)
    assert len(lines) == 2
    assert lines[0].header[3] == "Date for completion"
    assert lines[0].values[2] == "Clive Diaz\nJim Gould"
    assert lines[0].values[0].startswith("1.1 Ensure")
    assert [ln.physical_rows for ln in lines] == [1, 1]


# --- what must stay as it is ------------------------------------------------

def test_unnumbered_key_on_the_same_page_is_its_own_line() -> None:
    # Haringey's milestone without a number, beside its numbered action
    table = make_table([
        ["Action", "Milestone", "Lead"],
        ["14. Ensure views are heard", "14.3 Views captured", "Sarah Parker"],
        [None, "14.4 NHS Haringey have ensured", "Sarah Parker"],
        ["16. Review and amend the framework", "Quality assurance framework developed",
         "Debbie Haith"],
        ["18. Improve systems", "18.2 System put in place", "Rachel Oakley"],
    ], pages=[3, 3, 3, 3, 3], spans={(1, 0): (2, 1)})
    assert key_column(table, 1) == 1
    lines = assemble_lines(table)
    assert [ln.values[1].split()[0] for ln in lines] == ["14.3", "14.4", "Quality", "18.2"]
    assert all(ln.physical_rows == 1 for ln in lines)


def test_row_with_no_number_anywhere_continues_a_numbered_line() -> None:
    # BANES: the area cell's "Agency" part drawn as a row of its own
    table = make_table([
        ["Area for improvement", "Actions", "Lead"],
        ["1.4 Ensure that referring agencies are informed", "1.4 Duty Officer", "All TMs"],
        ["Agency\nChildren's Social Care Service", "Supplemented by:-\nOff-line auditing",
         "Clive Diaz"],
        ["1.5 Ensure that ethnic issues are considered", "1.5 Use supervision", "C Moat"],
    ], pages=[3, 3, 3, 3])
    lines = assemble_lines(table)
    assert [ln.physical_rows for ln in lines] == [2, 1]
    assert lines[0].values[0].endswith("informed\nAgency\nChildren's Social Care Service")
    assert lines[0].values[2] == "All TMs\nClive Diaz"


def test_body_row_containing_a_header_word_is_kept() -> None:
    table = make_table([
        ["Ref", "Action", "Progress"],
        ["1.1", "Progress", "Progress"],
        ["1.2", "Action", "Ref"],
        ["", "", "Progress"],
    ])
    lines = assemble_lines(table)
    assert [ln.values for ln in lines] == [("1.1", "Progress", "Progress"),
                                           ("1.2", "Action", "Ref\nProgress")]


def test_one_column_table_keeps_every_row() -> None:
    table = make_table([["Areas for improvement"], ["1. Review the deployment"],
                        ["Improve attendance"], ["2. Ensure records are up to date"]],
                       pages=[9, 9, 10, 10])
    lines = assemble_lines(table)
    assert [ln.values[0] for ln in lines] == ["1. Review the deployment", "Improve attendance",
                                              "2. Ensure records are up to date"]
    assert all(ln.banner is None for ln in lines)


def test_table_starting_with_a_numbered_row_has_no_header() -> None:
    table = make_table([["3.12", "Implement chronologies"], ["3.14", "Focus plans on risk"]])
    assert header_row_count(table) == 0
    assert [ln.header for ln in assemble_lines(table)] == [("", "")] * 2


def test_column_span_text_goes_to_its_first_column() -> None:
    table = make_table([["Ref", "Action", "Lead", "Due"],
                        ["1.1", "Merged action and lead", None, "Dec 12"]],
                       spans={(1, 1): (1, 2)})
    (line,) = assemble_lines(table)
    assert line.values == ("1.1", "Merged action and lead", "", "Dec 12")
    assert line.cells[2] == ()


def test_banner_with_no_line_below_is_kept_as_a_line() -> None:
    table = make_table([["Ref", "Action"], ["1.1", "Do it"], ["Footnote across", None]],
                       spans={(2, 0): (1, 2)})
    lines = assemble_lines(table)
    assert [ln.values[0] for ln in lines] == ["1.1", "Footnote across"]


def test_empty_rows_are_dropped_and_fills_survive() -> None:
    cells = (Cell("Ref", 0, 0), Cell("RAG", 0, 1), Cell("1.1", 1, 0),
             Cell("", 1, 1, fill="#00b050"), Cell("", 2, 0), Cell("", 2, 1))
    (line,) = assemble_lines(RawTable(0, 0, 3, 2, cells))
    assert line.values == ("1.1", "")
    assert line.cells[1][0].fill == "#00b050"


def test_ref_like_tokens() -> None:
    for text in ["1.1", "2.1 (a)", "3.12 Ensure", "14. Ensure", "P1.1", "2.2.1", "1.1."]:
        assert starts_with_ref(text), text
    for text in ["31 March 2011", "AA1", "IN 3.1", "QP3.3", "01.03.2011", "1.1All",
                 "Ref", "", "2011", "J. 5."]:
        assert not starts_with_ref(text), text


# --- properties --------------------------------------------------------------

TEXTS = st.sampled_from(["", " ", "1.1", "2.", "1.1 x", "Ref", "Action", "x", "y z",
                         "3.2 (a)", "Theme", "a\nb"])


@st.composite
def raw_tables(draw: st.DrawFn) -> RawTable:
    n_rows = draw(st.integers(1, 6))
    n_cols = draw(st.integers(1, 5))
    cells = []
    for r in range(n_rows):
        for c in range(n_cols):
            if draw(st.integers(0, 4)) == 0:
                continue  # no cell here: covered, or missing
            cells.append(Cell(draw(TEXTS), r, c,
                              row_span=draw(st.integers(1, n_rows - r)),
                              col_span=draw(st.integers(1, n_cols - c)),
                              page=draw(st.sampled_from([None, 1, 2])),
                              fill=draw(st.sampled_from([None, "#d9d9d9"])),
                              spans=(Span("t", bold=draw(st.booleans())),)))
    return RawTable(0, 0, n_rows, n_cols, tuple(cells),
                    header_rows=draw(st.integers(0, n_rows)))


@settings(max_examples=400, deadline=None)
@given(raw_tables())
def test_never_raises_and_loses_no_body_text(table: RawTable) -> None:
    lines = assemble_lines(table)
    grid = build_grid(table)
    span = header_span(grid, table)
    kept = [v for ln in lines for v in ln.values] + [ln.banner or "" for ln in lines]
    header = ["".join(t.split()) for t in header_texts(grid, span)] + \
        [compact_text(grid, r) for r in range(span.start, span.stop)]
    for cell in table.cells:
        text = cell.text.strip()
        if cell.row < span.stop and cell.row >= span.start or not text:
            continue
        in_lines = any(text in v for v in kept)
        assert in_lines or any("".join(text.split()) in h for h in header), cell
    for ln in lines:
        assert len(ln.values) == len(ln.cells) == len(ln.header) == grid.n_cols
        assert ln.physical_rows >= 1


@settings(max_examples=200, deadline=None)
@given(raw_tables())
def test_key_column_is_in_the_grid(table: RawTable) -> None:
    count = header_row_count(table)
    assert 0 <= count <= build_grid(table).n_rows
    assert 0 <= key_column(table, count) < build_grid(table).n_cols


def test_marked_title_row_alone_leaves_the_column_header_to_inference() -> None:
    # the PDF extractor marks a shaded theme row as the header; the column
    # header below it must still become the header (Herefordshire 2012-13)
    table = make_table([
        ["Theme 1: I know who to talk to", None, None],
        ["", "Action/ Objective", "By when"],
        ["1.1", "Set quality standards", "Oct 12 – Dec 12"],
        ["1.2", "Aggregate learning", "Jan 13"],
    ], spans={(0, 0): (1, 3)}, bold_rows=2, header_rows=1)
    lines = assemble_lines(table)
    assert [ln.values[0] for ln in lines] == ["1.1", "1.2"]
    assert lines[0].header == ("", "Action/ Objective", "By when")
    assert lines[0].banner == "Theme 1: I know who to talk to"
