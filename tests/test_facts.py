"""Document facts from evidence: the report date is the date the document reports
progress at, never the inspection's unless the document says so (normalise/facts.py).

Each document is a few blocks and tables worded as councils word them.
"""

from __future__ import annotations

from datetime import date

import pytest

from models.records import Cell, RawDocument, RawTable, TextBlock
from normalise.facts import (
    HEAD_BLOCKS,
    find_authority,
    find_inspection_date,
    find_report_date,
    report_date_in,
)


def document(blocks: list[str], tables: list[list[list[str]]] | None = None) -> RawDocument:
    """Blocks first, then tables, in reading order."""
    text_blocks = tuple(TextBlock(text, order) for order, text in enumerate(blocks))
    raw_tables = []
    for index, rows in enumerate(tables or []):
        cells = tuple(Cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row))
        raw_tables.append(RawTable(index, len(blocks) + index, len(rows), len(rows[0]), cells))
    return RawDocument("plan.pdf", "pdf", "0" * 64, 1, text_blocks, tuple(raw_tables))


ACTION_TABLE = [["Ref", "Action", "Lead", "By when"],
                *[[f"{n}.1", "Audit case files", "Head of Service", "March 2025"] for n in range(1, 15)]]

REPORT_DATES = [
    # the title says it
    (["Improvement Plan", "Progress update – February 2011"], None, "2011-02-28"),
    (["Second review of progress – 26th June 2012"], None, "2012-06-26"),
    (["Children's Services Improvement Plan: update – March 2025"], None, "2025-03-31"),
    (["Position at 30 September 2024"], None, "2024-09-30"),
    (["Leeds Climate Adaptation Action Plan", "Update, April 2025"], None, "2025-04-30"),
    (["Delivery Plan 2025/26", "Update to the Community Safety Partnership – June 2025"], None,
     "2025-06-30"),
    (["Progress as at 31 January 2025"], None, "2025-01-31"),
    (["Quarterly report", "Progress at end of Q3 2024/25"], None, "2024-12-31"),
    # a small document-information table
    (["Ofsted improvement plan"],
     [[["Date of inspection:", "14 October 2024"], ["Progress position:", "as at 31 January 2025"],
       ["Owner:", "Director of Children's Services"]], ACTION_TABLE], "2025-01-31"),
    (["Improvement plan"],
     [[["Report date", "12 March 2025"], ["Version", "2.1"]], ACTION_TABLE], "2025-03-12"),
    # words saying so beat a date printed alone on the cover
    (["June 2011", "Action plan", "Progress as at 31 May 2011"], None, "2011-05-31"),
    # a date alone on the cover is the report's ...
    (["Improvement Plan", "March 2025"], None, "2025-03-31"),
    # ... unless it is the inspection's
    (["Ofsted inspection of local authority children's services", "Inspection dates: 14 October 2024",
      "14 October 2024"], None, None),
    # a self-assessment is a report of progress at its date
    (["Commitments 2023–2025", "Self-assessment at the end of the plan period, 31 March 2025"],
     None, "2025-03-31"),
    # a signature block's "Date:" dates the signature, not a position of progress ...
    (["Equality impact assessment"],
     [[["Reviewed by the Equality Team", "Director Sign-Off: A. Director"],
       ["Date: 20/8/2024", "Date: 22/08/2024"]], ACTION_TABLE], None),
    # ... while a small table's plain "Date:" still is, and words saying so win in a signed one
    (["Improvement plan"], [[["Owner", "Head of Service"], ["Date: 20/8/2024", ""]], ACTION_TABLE],
     "2024-08-20"),
    (["Improvement plan"],
     [[["Approved by", "Cabinet"], ["Progress as at", "31 January 2025"]], ACTION_TABLE],
     "2025-01-31"),
]


@pytest.mark.parametrize("blocks, tables, expected", REPORT_DATES,
                         ids=[" / ".join(b)[:50] for b, _, _ in REPORT_DATES])
def test_report_date_from_the_documents_words(blocks: list[str], tables: list | None,
                                              expected: str | None) -> None:
    found = find_report_date(document(blocks, tables))
    assert found == (date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize("line", [
    "Date of inspection: 14 October 2024",
    "Inspection date: 25 October 2013",
    "Monitoring visit 12 March 2024",
    "Action plan following the inspection of 14-25 October 2013",
    "Improvement Plan 2024-2026",
    "Report to Cabinet in March 2025",
    "Training date for CAMHS staff set for 08.02.2011",
])
def test_lines_that_give_no_report_date(line: str) -> None:
    assert report_date_in(line) is None


def test_a_table_cell_holding_only_a_date_is_no_report_date() -> None:
    raw = document(["Improvement plan"], [[["Milestone", "Due"], ["Audit", "31 March 2025"]]])
    assert find_report_date(raw) is None


INSPECTION_DATES = [
    # a document-information table names the visit; the last day of a two-day visit
    (["Improvement plan"], [[["Date of update", "5 December 2025"],
                             ["Focused visit", "8 and 9 October 2025 (Ofsted)"]], ACTION_TABLE],
     "2025-10-09"),
    (["Improvement plan"], [[["Update as at", "31 January 2025"],
                             ["Inspection", "Round 3 effectiveness inspection, March 2024"]],
                            ACTION_TABLE], "2024-03-31"),
    # a monitoring visit in the text is an inspection too
    (["Action plan after the monitoring visit of 12 March 2024"], None, "2024-03-12"),
    # negatives: a visit that is no inspection, and a signature block's date
    (["Improvement plan", "Visit the website from 1 May 2025 for updates"], None, None),
    (["Improvement plan"], [[["Inspection lead sign-off", "Date: 3 June 2024"]], ACTION_TABLE],
     None),
    # the inspection's own word beats the inspectorate's name beside a later date
    (["Ofsted inspected our services for children in need of help and protection and care "
      "leavers from 16 to 27 September 2024. This plan was submitted to Ofsted on 6 January 2025."],
     None, "2024-09-27"),
    # ... but the name alone still gives the date when nothing better is printed
    (["This plan answers the Ofsted report of 14 June 2024 and was sent to the board in July"],
     None, "2024-06-14"),
    # other inspectorates name the inspection alike (vocab/refs.toml "inspectorates") ...
    (["Action plan responding to the HMICFRS report published in May 2025",
      "HMICFRS inspected the service between 3 and 14 February 2025"], None, "2025-02-14"),
    (["Our response to the CQC assessment of 20 November 2024"], None, "2024-11-20"),
    # ... and a word that only contains one of their names is none
    (["Improvement plan", "Chmielewski report of 2 April 2024"], None, None),
    # an action row of a small table whose evidence cell mentions Ofsted: no inspection date
    (["Delivery plan"], [[["Action", "Lead", "When", "Measure"],
                          ["Open a children's home", "Service Director", "by March 2026",
                           "Home registered with Ofsted"]]], None),
]


@pytest.mark.parametrize("blocks, tables, expected", INSPECTION_DATES,
                         ids=[" / ".join(b)[:50] for b, _, _ in INSPECTION_DATES])
def test_inspection_date_from_text_and_information_tables(blocks: list[str], tables: list | None,
                                                          expected: str | None) -> None:
    found = find_inspection_date(document(blocks, tables))
    assert found == (date.fromisoformat(expected) if expected else None)


FRENCH = ("Le plan de développement prévoit un sentier entre le centre-village et une route "
          "existante à Hull, le long de la ligne de Gazifère, pour les cyclistes et les piétons "
          "de la municipalité. ") * 30
ENGLISH = ("The council will review the threshold guidance with partners and report to the "
           "board on progress in Hull each quarter. ") * 30


@pytest.mark.parametrize("blocks, expected", [
    # a council named only in the body of a text in another language is a place
    (["Plan de développement", FRENCH], None),
    # ... in English, the same mentions name the council
    (["Development plan", ENGLISH], "Hull"),
    # ... and named in the head, the language does not matter
    (["Hull City Council", "Plan de développement", FRENCH], "Hull"),
])
def test_a_council_named_in_the_body_of_a_text_in_another_language_is_no_authority(
        blocks: list[str], expected: str | None) -> None:
    # the body's text comes after the head's blocks
    raw = document(blocks[:-1] + ["Contents"] * HEAD_BLOCKS + blocks[-1:])
    found = find_authority(raw)
    assert (found.name if found else None) == expected
