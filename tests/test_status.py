"""RAG from words, letters, glyphs and fills; a document's own legend (normalise.status/legend)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.records import Cell, RawTable, Span, TextBlock
from normalise.legend import Legend, find_legend, meaning_status, read_status_cell, read_status_cells
from normalise.status import nearest_rag, read_leading_word, read_trailing_word
from tests.table_builders import normalised

WORDS = [
    ("Green", "Green", "green"), ("GREEN", "GREEN", "green"), ("Amber", "Amber", "amber"),
    # a compound key wrapped after its slash
    ("Amber/ Green", "Amber/Green", "amber_green"),
    ("AMBER GREEN", "AMBER GREEN", "amber_green"), ("Amber/Green", "Amber/Green", "amber_green"),
    ("Red", "Red", "red"), ("G", "G", "green"), ("A", "A", "amber"), ("R", "R", "red"),
    ("Gr", "Gr", "grey"), ("B", "B", "blue"), ("Blue", "Blue", "blue"), ("Grey", "Grey", "grey"),
    ("Green 21.11.12 - This has been shared", "Green", "green"),
    ("Green – TM intensive support programme", "Green", "green"), ("Red/Amber", "Red/Amber", "red_amber"),
    # compound letters as a BRAG key prints them
    ("A/G", "A/G", "amber_green"), ("R/A", "R/A", "red_amber"),
]
NOT_WORDS = ["Greenhouse audit", "Achieved", "Lisa Green, Head of Fieldwork", "", "As planned",
             "Being used by all teams", "Grey area"]


@pytest.mark.parametrize(("text", "rag_text", "rag"), WORDS)
def test_leading_word(text: str, rag_text: str, rag: str) -> None:
    reading = read_leading_word(text)
    assert reading is not None
    assert (reading.rag_text, reading.rag) == (rag_text, rag)


@pytest.mark.parametrize("text", [
    "Awaiting the report. A/G", "Reviewed with the A/G panel", "Budget agreed. AG"])
def test_letters_are_no_trailing_rag(text: str) -> None:
    """A letter key ends ordinary sentences too: only colour words are read at the end."""
    assert read_trailing_word(text, any_case=False) is None


LEGEND_KEYS = {"b", "g", "a/g", "a", "r"}


@pytest.mark.parametrize(("text", "word", "rag"), [
    ("Toolkit launched in June. Audit in the autumn will show the impact. A/G", "A/G", "amber_green"),
    ("Recovery plan agreed with the board (R/A)", "R/A", "red_amber"),
    ("Tracker live from July A / G", "A/G", "amber_green"),
])
def test_a_letter_key_the_legend_defines_ends_progress(text: str, word: str, rag: str) -> None:
    reading = read_trailing_word(text, any_case=False, keys=LEGEND_KEYS | {"r/a"})
    assert reading and (reading.rag_text, reading.rag) == (word, rag)
    assert reading.remainder and not reading.remainder.endswith(("G", "A", "(", "/"))


@pytest.mark.parametrize(("text", "keys"), [
    ("Awaiting the report. A/G", {"b", "g", "a", "r"}),  # the legend has no compound key
    ("Options appraisal chose Plan A", LEGEND_KEYS),  # a lone letter is never read
    ("Shared with the finance team a/g", LEGEND_KEYS),  # lower case is a word, not a key
    ("Referred to the Q/A panel", LEGEND_KEYS | {"q/a"}),  # a key with no colour
])
def test_a_letter_key_the_legend_does_not_define_stays_in_the_note(text: str, keys: set[str]) -> None:
    assert read_trailing_word(text, any_case=True, keys=keys) is None


@pytest.mark.parametrize("text", NOT_WORDS[:5])
def test_not_a_leading_word(text: str) -> None:
    assert read_leading_word(text) is None


def test_leading_word_keeps_the_note() -> None:
    reading = read_leading_word("Green 21.11.12 - This has been shared with the front end")
    assert reading and reading.remainder == "21.11.12 - This has been shared with the front end"


TRAILING = [
    ("Audits taking place to evidence improvements in quality and use AMBER", "AMBER", "amber"),
    ("SHA monitoring implementation of CQC recommendations (AMBER)", "AMBER", "amber"),
    ("To be reinforced within staff supervision AMBER.", "AMBER", "amber"),
    ("Awaiting feedback. GREEN", "GREEN", "green"),
]


@pytest.mark.parametrize(("text", "word", "rag"), TRAILING)
def test_trailing_word_ends_progress(text: str, word: str, rag: str) -> None:
    reading = read_trailing_word(text, any_case=False)
    assert reading and (reading.rag_text, reading.rag) == (word, rag)
    assert reading.remainder and word not in reading.remainder


def test_lower_case_trailing_colour_needs_a_rag_header() -> None:
    text = "The new signage is green"
    assert read_trailing_word(text, any_case=False) is None
    assert read_trailing_word(text, any_case=True) is not None


COLOURS = [("#00b050", "green"), ("#92d050", "green"), ("#99cc66", "green"), ("#ffc000", "amber"),
           ("#ffbf00", "amber"), ("#f4b183", "amber"), ("#ff0000", "red"), ("#c00000", "red"),
           ("#e06666", "red"), ("#00b0f0", "blue"), ("#0070c0", "blue"), ("#a6a6a6", "grey")]
NOT_COLOURS = ["#ffffff", "#fefefe", "#000000", None, "", "red", "#12"]


@pytest.mark.parametrize(("colour", "rag"), COLOURS)
def test_nearest_named_colour(colour: str, rag: str) -> None:
    assert nearest_rag(colour) == rag


@pytest.mark.parametrize("colour", NOT_COLOURS)
def test_not_a_status_colour(colour: str | None) -> None:
    assert nearest_rag(colour) is None


MEANINGS = [
    ("Tasks and or outcomes have not been met or timescale slipped.", "off_track"),
    ("Tasks and outcomes are on track, milestones met but not completed.", "on_track"),
    ("Tasks and outcomes are completed or performance is on target.", "complete"),
    ("Not yet started", "not_started"), ("Completed", "complete"),
    ("Not yet started as not yet due to start", "not_started"),
    ("Work Progressing as expected", "on_track"),
    ("Work is not on track but plans are in place to ensure progress by identified timescale",
     "at_risk"),
    ("Work is not progressing as expected and needs attention of the Improvement Board", "off_track"),
    ("Not achieved / not on track support required to address issues", "off_track"),
    ("Not on track but no support required to address issues", "at_risk"),
    ("Action in progress and on track to be completed", "on_track"),
    ("Action completed and desired outcome achieved", "complete"),
    ("Behind schedule", "off_track"), ("Completed and embedded", "complete"),
    # behind, but recoverable: amber's meaning, though it says "behind"
    ("Behind schedule; action being taken to recover", "at_risk"),
    ("Behind schedule but recoverable within the quarter", "at_risk"),
    ("Behind schedule and not recoverable this year", "off_track"),
    ("Behind schedule; no recovery plan", "off_track"),
    # delivered is done, unless it is still to be delivered or will not be
    ("Delivered – awaiting evidence of impact", "complete"),
    ("On track to be delivered by the date set", "on_track"),
    ("Will not be delivered by the due date", "off_track"),
]


@pytest.mark.parametrize(("meaning", "status"), MEANINGS)
def test_legend_meaning(meaning: str, status: str) -> None:
    assert meaning_status(meaning) == status


@pytest.mark.parametrize("meaning", ["Practice", "Commissioning", "", "HSCB", "Workforce"])
def test_not_a_meaning(meaning: str) -> None:
    assert meaning_status(meaning) is None


def grid(rows: list[list[str]], fills: dict[tuple[int, int], str] | None = None) -> RawTable:
    fills = fills or {}
    cells = tuple(Cell(text=t, row=r, col=c, fill=fills.get((r, c)))
                  for r, row in enumerate(rows) for c, t in enumerate(row))
    return RawTable(index=0, order=0, n_rows=len(rows), n_cols=len(rows[0]), cells=cells)


HEREFORDSHIRE_RAG_TABLE = grid([
    ["RAG table", ""],
    ["RED", "Tasks and or outcomes have not been met or timescale slipped."],
    ["AMBER", "Tasks and outcomes are on track, milestones met but not completed."],
    ["GREEN", "Tasks and outcomes are completed or performance is on target."],
    ["GREY", "Not yet started"], ["BLUE", "Completed"],
])


def test_document_legend_changes_what_green_means() -> None:
    legend = find_legend([HEREFORDSHIRE_RAG_TABLE], [])
    green = read_status_cell("Green 21.11.12 - shared", [], legend)
    assert (green.rag, green.status, green.remainder) == ("green", "complete", "21.11.12 - shared")
    amber = read_status_cell("Amber", [], legend)
    assert amber.status == "on_track"
    assert read_status_cell("Amber", [], Legend()).status == "at_risk"


def test_letter_aliases_from_a_key() -> None:
    legend = find_legend([grid([["Grey\n(Gr)", "Not yet started as not yet due to start"],
                                ["Green\n(G)", "Work Progressing as expected"]])], [])
    assert read_status_cell("Gr", [], legend).status == "not_started"
    assert read_status_cell("G", [], legend).status == "on_track"


def test_glyph_key_with_colours() -> None:
    def key(glyph: str, colour: str) -> Cell:
        return Cell(text=glyph, row=0, col=0, spans=(Span(glyph, "DejaVuSans", 9, colour),))

    rows = [("●", "#ff0000", "Not achieved / not on track support required"),
            ("D", "#00b050", "Action in progress and on track to be completed"),
            ("②", "#0070c0", "Action completed and desired outcome achieved")]
    cells = tuple(c for r, (g, colour, meaning) in enumerate(rows) for c in
                  (Cell(g, r, 0, spans=key(g, colour).spans), Cell(meaning, r, 1)))
    legend = find_legend([RawTable(0, 0, 3, 2, cells)], [])
    status_cell = Cell("D", 0, 4, spans=(Span("D", "DejaVuSans", 9, "#00b050"),))
    reading = read_status_cell("D", [status_cell], legend)
    assert (reading.rag_text, reading.rag, reading.status) == ("D", "green", "on_track")
    done = read_status_cell("②", [Cell("②", 0, 4, spans=(Span("②", None, 9, "#0070c0"),))], legend)
    assert (done.rag, done.status) == ("blue", "complete")


def test_colour_only_cell_with_legend() -> None:
    legend = find_legend([grid([["", "Completed and embedded"], ["", "Completed"], ["", "On track"],
                                ["", "Behind schedule"]],
                               {(0, 0): "#00b0f0", (1, 0): "#92d050", (2, 0): "#ffc000",
                                (3, 0): "#c00000"})], [])
    cell = Cell("", 0, 6, fill="#90d050")
    reading = read_status_cell("", [cell], legend)
    assert (reading.rag_text, reading.rag, reading.status, reading.source) == \
        ("green", "green", "complete", "fill")


def test_colour_only_without_legend_uses_defaults() -> None:
    reading = read_status_cell("", [Cell("", 0, 0, fill="#ffc000")], Legend())
    assert (reading.rag, reading.status) == ("amber", "at_risk")


def test_text_legend() -> None:
    blocks = [TextBlock("Red = behind schedule\nGreen = completed\nAmber: on track", 0)]
    legend = find_legend([], blocks)
    assert read_status_cell("Green", [], legend).status == "complete"


@pytest.mark.parametrize("word, status", [
    ("Slipping", "at_risk"), ("Ongoing", "on_track"), ("On-going", "on_track"),
    ("Partially complete", "on_track"), ("Started", "on_track"), ("Minor delay", "at_risk"),
    ("Not met", "off_track"), ("Not yet commenced", "not_started"), ("Yet to start", "not_started"),
])
def test_status_words_without_colour(word: str, status: str) -> None:
    reading = read_status_cell(word, [], Legend())
    assert (reading.rag_text, reading.rag, reading.status) == (word, None, status)


@pytest.mark.parametrize("text", ["Ongoing review of caseloads", "Started in June", "Missed visits",
                                  "Not met by the provider in 2024"])
def test_a_sentence_opening_with_a_status_word_is_no_status(text: str) -> None:
    assert read_status_cell(text, [], Legend()).status == "unknown"


@given(st.text(max_size=60))
def test_status_cell_never_raises(text: str) -> None:
    reading = read_status_cell(text, [], Legend())
    assert reading.status in {"not_started", "off_track", "at_risk", "on_track", "complete",
                              "unknown"}


def test_text_legend_on_one_line() -> None:
    blocks = [TextBlock("Key: Green = complete; Amber = in progress and on schedule; "
                        "Red = behind schedule", 0)]
    legend = find_legend([], blocks)
    assert [(e.rag, e.status) for e in legend.entries] == [
        ("green", "complete"), ("amber", "on_track"), ("red", "off_track")]
    assert read_status_cell("Amber", [], legend).status == "on_track"


def test_a_text_keys_last_meaning_ends_with_its_sentence() -> None:
    """Prose after the key is not part of its last entry: "not yet started" below is
    about rows left white, not what red means."""
    blocks = [TextBlock("Key: Green = complete; Amber = on track; Red = delayed, Board support "
                        "needed. Actions not yet started are not shaded.", 0)]
    legend = find_legend([], blocks)
    assert [(e.rag, e.status) for e in legend.entries] == [
        ("green", "complete"), ("amber", "on_track"), ("red", "off_track")]
    assert legend.entries[-1].meaning == "delayed, Board support needed"


@pytest.mark.parametrize("text", ["The green space was opened in May.", "Actions: see below",
                                  "Red - see minutes", ""])
def test_running_text_is_not_a_legend(text: str) -> None:
    assert find_legend([], [TextBlock(text, 0)]).entries == ()


# --- a legend's compound words (Amber/Green, Red/Amber) mean what the legend says ---

COMPOUND_TABLE = grid([
    ["Key", ""],
    ["Red", "Not on track"],
    ["Amber/Red", "Not yet started"],
    ["Amber", "Some slippage"],
    ["Amber/Green", "In progress"],
    ["Green", "Completed"],
    ["Green/Blue", "Not yet due"],
    ["Blue", "Closed"],
], fills={(2, 0): "#ffc000", (4, 0): "#92d050", (6, 0): "#00b050"})
COMPOUND_TEXT = TextBlock("Key: Green = completed; Green/Blue = not yet due; "
                          "Amber/Red = not yet started; Amber = some slippage", 0)


@pytest.mark.parametrize("legend_source, cell, rag, status", [
    ("table", "Amber/Red", "red_amber", "not_started"),
    ("table", "Amber Red", "red_amber", "not_started"),
    ("table", "Amber/Green", "amber_green", "on_track"),
    ("table", "Green/Blue", None, "not_started"),
    ("text", "Green/Blue", None, "not_started"),
    ("text", "Amber/Red", "red_amber", "not_started"),
    # the parts keep their own meanings
    ("table", "Amber", "amber", "at_risk"),
    ("table", "Red", "red", "off_track"),
    ("table", "Green", "green", "complete"),
    ("table", "Blue", "blue", "complete"),
    ("text", "Amber", "amber", "at_risk"),
    ("text", "Green", "green", "complete"),
    # not defined by the text key: the defaults, not a compound's meaning
    ("text", "Red", "red", "off_track"),
    ("text", "Blue", "blue", "complete"),
])
def test_compound_legend_words_keep_their_own_meaning(legend_source: str, cell: str,
                                                      rag: str | None, status: str) -> None:
    legend = (find_legend([COMPOUND_TABLE], []) if legend_source == "table"
              else find_legend([], [COMPOUND_TEXT]))
    reading = read_status_cell(cell, [], legend)
    assert (reading.rag, reading.status) == (rag, status)


def test_text_key_reads_compounds_whole() -> None:
    keys = [e.key for e in find_legend([], [COMPOUND_TEXT]).entries]
    assert keys == ["Green", "Green/Blue", "Amber/Red", "Amber"]


BRAG_LETTER_KEY = grid([
    ["BRAG", "What it means"],
    ["B", "Completed and impact evidenced"],
    ["G", "On track to be delivered by the date set"],
    ["A/G", "Delivered – awaiting evidence of impact"],
    ["A", "Behind schedule but recoverable within the quarter"],
], fills={(3, 0): "#c5e0b3"})


@pytest.mark.parametrize("cell, fill, rag, status", [
    # a light-green swatch under "A/G": the compound's own colour and meaning, not green's
    ("A/G", "#c5e0b3", "amber_green", "complete"),
    ("G", "#70ad47", "green", "on_track"),
    ("A", "#ffc000", "amber", "at_risk"),
])
def test_compound_letter_key_means_what_the_key_says(cell: str, fill: str, rag: str,
                                                     status: str) -> None:
    legend = find_legend([BRAG_LETTER_KEY], [])
    reading = read_status_cell(cell, [Cell(text=cell, row=0, col=0, fill=fill)], legend)
    assert (reading.rag_text, reading.rag, reading.status, reading.remainder) == (
        cell, rag, status, None)


def test_compound_letters_without_a_key_take_the_defaults() -> None:
    reading = read_status_cell("A/G", [Cell(text="A/G", row=0, col=0, fill="#c5e0b3")], Legend())
    assert (reading.rag, reading.status, reading.remainder) == ("amber_green", "on_track", None)


@pytest.mark.parametrize("text", ["Green/Blue", "Amber/Purple", "Green/Blue - embedded"])
def test_compound_without_a_legend_is_not_one_part(text: str) -> None:
    reading = read_status_cell(text, [], Legend())
    assert reading.rag is None


def test_a_legend_compound_key_ending_a_note_takes_the_legends_meaning() -> None:
    """No status column: the key printed at the end of the update is the line's status,
    in the legend's meaning (A/G "Delivered" is complete, not amber nor green); a
    lone letter ending a note stays in it."""
    from tests.table_builders import normalised

    legend = [["BRAG", "What it means"], ["B", "Completed and impact evidenced"],
              ["G", "On track to be delivered by the date set"],
              ["A/G", "Delivered – awaiting evidence of impact"],
              ["A", "Behind schedule but recoverable"], ["R", "Off track – escalated"]]
    plan = [["Ref", "Action", "Lead", "By when", "Update"],
            ["1", "Review the referral pathway with health partners", "Head of Service",
             "March 2026", "Pathway published in May 2025 and used by all teams. A/G"],
            ["2", "Recruit two advanced practitioners", "Principal Social Worker", "Q3 2025/26",
             "One post filled in May 2025. Second post advertised under Plan A"]]
    first, second = normalised(legend, plan).actions
    assert (first.rag_text, first.rag, first.status) == ("A/G", "amber_green", "complete")
    assert first.progress == "Pathway published in May 2025 and used by all teams."
    assert (second.rag_text, second.status) == (None, "unknown")
    assert second.progress is not None and second.progress.endswith("Plan A")


# a line of several rows (actions grouped under one ref), one status cell per row
SEVERAL_ROWS = [
    # rows that disagree: the least favourable, every status as printed
    ([("Amber", None), ("Green", None)], "Amber\nGreen", "amber", "at_risk"),
    ([("Complete", None), ("Red", None)], "Complete\nRed", "red", "off_track"),
    ([("", "#00b050"), ("", "#ff0000")], "green\nred", "red", "off_track"),
    ([("Not started", None), ("On track", None)], "Not started\nOn track", None, "on_track"),
]
# ... and lines that stay one reading: rows that agree, a wrap of one compound key,
# a status row beside a note row
ONE_READING = [
    ([("Green", None), ("Green", None)], "Green", "green", "on_track"),
    ([("", "#00b050"), ("", "#00b050")], "green", "green", "on_track"),
    ([("Amber/", None), ("Green", None)], "Amber/Green", "amber_green", "on_track"),
    ([("Red", None), ("see note 4", None)], "Red", "red", "off_track"),
]


def status_column(rows: list[tuple[str, str | None]]) -> tuple[str, list[Cell]]:
    cells = [Cell(text=t, row=r, col=3, fill=f) for r, (t, f) in enumerate(rows)]
    return "\n".join(t for t, _ in rows if t), cells


@pytest.mark.parametrize("rows, rag_text, rag, status", SEVERAL_ROWS + ONE_READING)
def test_a_status_per_row_gives_the_least_favourable(rows: list[tuple[str, str | None]],
                                                     rag_text: str, rag: str | None,
                                                     status: str) -> None:
    text, cells = status_column(rows)
    reading = read_status_cells(text, cells, Legend())
    assert (reading.rag_text, reading.rag, reading.status) == (rag_text, rag, status)


# an update column with no status column beside it: a note that is only a status states it
PROGRESS_ONLY = [
    ("Complete", ("Complete", None, "complete")),
    ("On track", ("On track", None, "on_track")),
    ("Green", ("Green", "green", "on_track")),
    ("Not started", ("Not started", None, "not_started")),
    # negatives: notes that are more than a status, or open with a status word
    ("Strategy drafted; consultation closes in October.", (None, None, "unknown")),
    ("Complete the audit of all files by March", (None, None, "unknown")),
    ("Ongoing work with schools on attendance", (None, None, "unknown")),
]


@pytest.mark.parametrize("note, expected", PROGRESS_ONLY, ids=[n for n, _ in PROGRESS_ONLY])
def test_an_update_that_is_only_a_status_states_it(note: str, expected: tuple) -> None:
    doc = normalised([["Ref", "Action", "Lead", "Update"],
                      ["1.1", "Review the threshold document with partners", "Head of Service", note],
                      ["1.2", "Audit twenty case files a month", "Service Manager", "Started in June."]])
    action = doc.actions[0]
    assert (action.rag_text, action.rag, action.status) == expected
    assert action.progress == note  # the note stays the progress as printed


def test_a_status_column_wins_over_an_update_that_names_a_status() -> None:
    doc = normalised([["Ref", "Action", "Update", "RAG"],
                      ["1.1", "Review the threshold document with partners", "Complete", "Red"],
                      ["1.2", "Audit twenty case files a month", "Started in June.", "Green"]])
    assert doc.actions[0].status == "off_track"
