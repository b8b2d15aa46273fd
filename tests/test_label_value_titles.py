"""Label-value blocks whose titles look like any paragraph, and blocks that are no plan.

extractors/blocks_evidence.py: a plain paragraph (not bold, no heading style)
opens a block when the labelled paragraphs under it start the label set over;
blocks are a plan only when their labels name plan fields (lead, timescale,
status, progress) and something names the action.  Each positive has a
negative beside it: the same structure with labels that name no plan field.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from extractors.blocks import with_block_tables
from extractors.blocks_evidence import label_field, reads_as_plan
from extractors.blocks_fields import Title
from extractors.docx.extract import extract_docx
from extractors.lines import assemble_lines
from models.records import RawDocument, RawTable, Span, TextBlock
from normalise.vocabulary import vocabulary
from tests.test_label_value import block, document, rows_of


def plain(*texts: str, start: int = 0) -> list[TextBlock]:
    """Plain paragraphs, nothing bold, as a Word file typed without styles gives them
    (no boxes: an unlabelled paragraph after a field runs on in it)."""
    return [TextBlock(text=text, order=start + i, spans=(Span(text),))
            for i, text in enumerate(texts)]


def only_table(raw: RawDocument) -> RawTable:
    assert len(raw.tables) == 1, raw.warnings
    return raw.tables[0]


# --- what a label names ----------------------------------------------------

@pytest.mark.parametrize(("label", "field"), [
    ("Lead officer", "lead"), ("Responsible", "lead"), ("Owner", "lead"),
    ("By when", "timescale"), ("Deadline", "timescale"), ("Timeline", "timescale"),
    ("RAG", "status"), ("Status", "status"), ("Progress", "progress"),
    ("Action", "action"), ("Commitment", "action"),
    ("Definition", None), ("Example", None), ("Note", None), ("To", None), ("From", None),
    ("Related provisions", None), ("Practice tips", None),
])
def test_a_label_names_a_field_as_a_column_header_would(label: str, field: str | None) -> None:
    assert label_field(label, vocabulary()) == field


def test_plan_evidence_needs_two_plan_fields_and_an_action() -> None:
    titles = [Title(None, "1", "Improve the quality of supervision")]
    assert reads_as_plan(titles, ["lead officer", "by when", "progress"])
    # one plan field only (a memo's date)
    assert not reads_as_plan(titles, ["date", "to", "from"])
    # plan fields, but neither title nor label names an action
    assert not reads_as_plan([Title(None, "1", "Conflicts of interest")], ["owner", "date"])
    # a worded title names it
    assert reads_as_plan([Title("Action", "1", "Conflicts of interest")], ["owner", "date"])


# --- plain titles ------------------------------------------------------------

def test_plain_numbered_paragraphs_over_labelled_fields_are_titles() -> None:
    raw = with_block_tables(document(*plain(
        "Our practice principles:",
        "1. Children are seen and heard.",            # a numbered list with no fields
        "2. Families are helped early.",
        "1. Improve the quality of supervision",
        "Lead officer: Head of Service",
        "Supported by the Principal Social Worker",   # the lead runs on: no title
        "By when: 31 March 2025",
        "Progress: Audits began in December.",
        "2. Reduce caseloads",
        "Lead officer: Principal Social Worker",
        "By when: Q1 2025/26",
        "Progress: Two posts filled.",
    )))
    assert rows_of(only_table(raw)) == [
        ["", "Title", "Lead officer", "By when", "Progress"],
        ["1", "Improve the quality of supervision",
         "Head of Service\nSupported by the Principal Social Worker", "31 March 2025",
         "Audits began in December."],
        ["2", "Reduce caseloads", "Principal Social Worker", "Q1 2025/26", "Two posts filled."],
    ]


def test_a_numbered_title_may_have_a_description_before_its_fields() -> None:
    raw = with_block_tables(document(*plain(
        "1. Improve the quality of supervision",
        "Managers will audit every record.",
        "Lead officer: Head of Service",
        "By when: March 2025",
        "2. Reduce caseloads",
        "Lead officer: Principal Social Worker",
        "By when: June 2025",
    )))
    rows = rows_of(only_table(raw))
    assert rows[0] == ["", "Title", "Description", "Lead officer", "By when"]
    assert rows[1] == ["1", "Improve the quality of supervision",
                       "Managers will audit every record.", "Head of Service", "March 2025"]
    assert rows[2][:2] == ["2", "Reduce caseloads"]


def test_an_unnumbered_paragraph_with_a_description_under_it_is_no_title() -> None:
    # without a number, only the paragraph straight above the fields opens a block:
    # the one above it runs on in the previous block's last field
    raw = with_block_tables(document(*plain(
        "Extend family hubs",
        "Lead officer: Head of Early Help",
        "By when: Summer 2025",
        "Agree one assessment",
        "Publish the assessment form.",
        "Lead officer: Partnership Manager",
        "By when: Ongoing",
    )))
    rows = rows_of(only_table(raw))
    assert [r[1] for r in rows[1:]] == ["Extend family hubs", "Publish the assessment form."]
    assert rows[1][3] == "Summer 2025\nAgree one assessment"


def test_unnumbered_plain_titles_are_one_line_each() -> None:
    raw = with_block_tables(document(
        block("Early help", 0, "heading", bold=True),
        *plain("Open family hubs in Heywood",
               "Lead officer: Head of Early Help",
               "By when: Summer 2025",
               "RAG: Green",
               "Agree one early help assessment",
               "Lead officer: Partnership Manager",
               "By when: Ongoing",
               "RAG: Amber", start=1)))
    table = only_table(raw)
    assert rows_of(table)[2:] == [
        ["", "Open family hubs in Heywood", "Head of Early Help", "Summer 2025", "Green"],
        ["", "Agree one early help assessment", "Partnership Manager", "Ongoing", "Amber"],
    ]
    # no ref, yet each block is its own line (not the rest of the line above)
    lines = assemble_lines(table)
    assert len(lines) == 2


def test_word_auto_numbered_titles_not_bold(tmp_path: Path) -> None:
    doc = Document()
    for title, lead, when in [("Improve the quality of supervision", "Head of Service", "May 2025"),
                              ("Reduce caseloads", "Principal Social Worker", "June 2025")]:
        doc.add_paragraph(title, style="List Number")
        doc.add_paragraph(f"Lead officer: {lead}")
        doc.add_paragraph(f"By when: {when}")
        doc.add_paragraph("Progress: On track")
    path = tmp_path / "numbered.docx"
    doc.save(str(path))
    rows = rows_of(only_table(extract_docx(path)))
    assert [r[:3] for r in rows[1:]] == [["1", "Improve the quality of supervision",
                                          "Head of Service"],
                                         ["2", "Reduce caseloads", "Principal Social Worker"]]


# --- blocks that are no plan -----------------------------------------------------

def memo(n: int, start: int) -> list[TextBlock]:
    return plain(f"Memorandum {n}", f"Date: {n} March 2025", "To: All staff",
                 "From: Chief Executive", "The office closes early on Friday.", start=start)


NOT_PLANS = {
    "memos repeating Date: To: From:": [*memo(1, 0), *memo(2, 10), *memo(3, 20)],
    "a glossary": plain(
        "1. Supervision", "Definition: A recorded discussion.", "Example: A monthly meeting.",
        "2. Child in need", "Definition: A child needing services.", "Example: A young carer.",
        "3. Early help", "Definition: Support before harm.", "Example: A family hub."),
    "a handbook's sections": [
        b for n, topic in enumerate(["Conflicts of interest", "Exemptions", "Multiple filings"])
        for b in plain(f"{n + 1}.1 {topic}", f"Definition: {topic} in brief.",
                       "Example: A case in point.", "Note: See the rules.", start=10 * n)],
}


@pytest.mark.parametrize("name", list(NOT_PLANS))
def test_repeated_labels_that_name_no_plan_fields_are_no_plan(name: str) -> None:
    raw = document(*NOT_PLANS[name])
    assert with_block_tables(raw) == raw


def test_a_glossary_after_the_plan_adds_no_rows() -> None:
    raw = with_block_tables(document(*plain(
        "1. Improve the quality of supervision",
        "Lead officer: Head of Service",
        "By when: March 2025",
        "2. Reduce caseloads",
        "Lead officer: Principal Social Worker",
        "By when: June 2025"),
        block("Glossary", 6, "heading", bold=True),
        *plain("Supervision", "Definition: A recorded discussion.", "Example: A monthly meeting.",
               "Child in need", "Definition: A child needing services.",
               "Example: A young carer.", start=7)))
    rows = rows_of(only_table(raw))
    assert rows[0] == ["", "Title", "Lead officer", "By when"]
    assert [r[1] for r in rows[1:]] == ["Improve the quality of supervision", "Reduce caseloads"]
