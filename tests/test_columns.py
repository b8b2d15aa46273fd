"""Header synonyms and content-based column mapping (normalise.columns)."""

from __future__ import annotations

import pytest

from normalise.columns import best_field, content_field, is_action_table, map_columns

# Real headers from the seed plans and variants councils write, with the field they mean.
HEADERS = [
    ("Ref", "ref"), ("No.", "ref"), ("Action No.", "ref"), ("Area for improvement", "area_for_improvement"),
    ("Areas for Improvement", "area_for_improvement"), ("Recommendation", "area_for_improvement"),
    ("Key actions", "action"), ("Action/ Objective", "action"), ("Actions", "action"),
    ("What we will do", "action"), ("Milestone", "action"), ("Outcomes to achieve", "outcome"),
    ("Desired outcome", "outcome"), ("Outcome/ Measurable target", "outcome"),
    ("Lead officer", "lead"), ("Milestone Lead", "lead"), ("Lead person/ Lead task group", "lead"),
    ("Owner", "lead"), ("Responsible officer", "lead"), ("Lead Person(s)", "lead"),
    ("Reporting to (accountable body)", "accountable_body"), ("Assurance measures", "evidence"),
    ("Evidence of impact", "evidence"), ("Evidence", "evidence"), ("Start Date", "start_date"),
    ("Timescales", "timescale"), ("By when", "timescale"), ("Date for completion", "timescale"),
    ("Due Date", "timescale"), ("Target date", "timescale"), ("Deadline", "timescale"),
    ("Timescale", "timescale"), ("RAG", "status"), ("RAG process", "status"), ("Status", "status"),
    ("BRAG", "status"), ("R A G", "status"), ("Progress", "progress"), ("Progress Note", "progress"),
    ("Review note for this period", "progress"), ("Update", "progress"), ("Commentary", "progress"),
    ("Progress at (Inc RAG rating)", "progress"), ("Date of next review", "review_date"),
    ("Reference", "source_refs"), ("References Reference to:", "source_refs"),
    # small slips and word order
    ("Lead Oficer", "lead"), ("Timescale's", "timescale"), ("officer lead", "lead"),
    ("PROGRESS UPDATE", "progress"), ("Date due", "timescale"),
    # longer headers holding a synonym: the longest synonym wins
    ("Issue identified by Ofsted", "area_for_improvement"), ("References Action No.", "ref"),
    ("Progress update and RAG", "progress"), ("Key actions to be taken", "action"),
    # letters spread by the PDF's character spacing
    ("T i m e s c a l e", "timescale"), ("R e s p o n s i b l e l e a d", "lead"),
]

NOT_HEADERS = ["", "Ofsted grade descriptor", "Cost", "Budget implications", "Risk"]


@pytest.mark.parametrize(("header", "field"), HEADERS)
def test_header_maps_to_field(header: str, field: str) -> None:
    assert best_field(header)[0] == field
    assert best_field(header)[1] >= 86


@pytest.mark.parametrize("header", NOT_HEADERS)
def test_non_schema_header_does_not_map(header: str) -> None:
    field, score = best_field(header)
    assert field is None or score < 86


def never_timescale(_: str) -> bool:
    return False


CONTENT = [
    (["1.1", "1.2", "2.1 (a)", "2.1 (b)", "10.4"], "ref"),
    (["AA1", "AA1 AA3", "AA6", "AA2"], "source_refs"),
    (["OIS 2012 1.2, 1.4", "OIS 2012 IN 1.1, 1.3", "IN 3.1"], "source_refs"),
    (["Green", "Amber", "Red 07.01.13", "Amber"], "status"),
    (["G", "A", "R", "Gr", "B"], "status"),
    # people and roles are the lead; instructions are actions
    (["Lisa Green, Head of Fieldwork", "Kim Drake", "Early Help Team"], "lead"),
    (["Review the deployment of social work assistants", "Improve attendance at core groups"], "action"),
    (["Policy drafted and agreed by the board in June 2025", "Two posts filled; third advert closes in May"],
     "progress"),
]
NOT_CONTENT = [
    ["", "", ""],
    ["£5k", "£2k", "12%"],
    ["Percentage of callers answered", "Number of homes brought back into use"],
    ["yes", "no", "n/a"],
]


@pytest.mark.parametrize(("values", "field"), CONTENT)
def test_content_decides_when_header_is_missing(values: list[str], field: str) -> None:
    assert content_field(values, [None] * len(values), never_timescale) == field


@pytest.mark.parametrize("values", NOT_CONTENT)
def test_content_without_a_pattern_stays_unmapped(values: list[str]) -> None:
    assert content_field(values, [None] * len(values), never_timescale) is None


def test_colour_only_column_is_status() -> None:
    assert content_field(["", "", ""], ["#92d050", "#ffc000", None], never_timescale) == "status"


def test_map_columns_unnamed_ref_and_unknown_kept() -> None:
    header = ["", "Reference", "Action/ Objective", "Budget", "By when", "RAG process"]
    body = [["1.1", "1.2"], ["AA1", "AA3"], ["Audit the case files", "Train the team managers"],
            ["£5k", "£2k"], ["Jan 13", "x"],
            ["Green", "Amber"]]
    mapping = map_columns(header, body, [[None, None]] * 6, never_timescale)
    assert mapping.columns("ref") == (0,)
    assert mapping.columns("source_refs") == (1,)
    assert mapping.columns("action") == (2,)
    assert mapping.columns("timescale") == (4,)
    assert mapping.unmapped == (3,)
    assert mapping.by_content == ("ref",)
    assert is_action_table(mapping)


def test_legend_table_is_not_an_action_table() -> None:
    mapping = map_columns(["RAG table", ""], [["RED", "AMBER"], ["Tasks slipped", "On track"]],
                          [[None, None]] * 2, never_timescale)
    assert not is_action_table(mapping)


def test_several_evidence_columns_join_but_one_timescale_wins() -> None:
    header = ["Action", "Assurance measures", "Evidence of impact", "Timescale", "Deadline", "Lead"]
    mapping = map_columns(header, [["x"]] * 6, [[None]] * 6, never_timescale)
    assert mapping.columns("evidence") == (1, 2)
    assert len(mapping.columns("timescale")) == 1
    assert mapping.unmapped


# A fuzzy header match tolerates slips, never another word with similar letters.
SLIPS = [("timescales", "timescale"), ("lead officers", "lead officer"),
         ("responsble officer", "responsible officer"), ("date of completion", "date for completion")]
OTHER_WORDS = [("main objective", "action objective"), ("risk owner", "action owner"),
               ("target audience", "target date")]


@pytest.mark.parametrize(("header", "synonym"), SLIPS)
def test_header_slips_still_match(header: str, synonym: str) -> None:
    from normalise.roles import header_score
    assert header_score(header, synonym) >= 86


@pytest.mark.parametrize(("header", "synonym"), OTHER_WORDS)
def test_header_with_another_word_does_not_fuzzy_match(header: str, synonym: str) -> None:
    from normalise.roles import header_score
    assert header_score(header, synonym) < 86
