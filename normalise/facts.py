"""Document-level facts read from a plan's text: authority, title and dates."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from models.records import RawDocument, RawTable
from normalise.dates import find_date_spans, parse_timescale
from normalise.text import squash
from normalise.vocabulary import Council, councils, vocabulary

TITLE_WORDS_RE = re.compile(r"\b(plan|report|improvement|action|progress|update)\b", re.I)
# Words saying a date is the one the document reports progress at, strongest first:
# "Progress update – June 2011", "Review of progress – 26th June 2012", "as at 31
# March 2025", "Progress position: | as at …", "Update – March 2025", "Self-assessment
# at the end of the plan period, 31 March 2025" ...
REPORT_CUE_RE = re.compile(
    r"(progress\s+(?:update|report|position|review|summary)|review\s+of\s+progress|"
    r"self[\s-]assessment|milestone\s+report|update\s+report|(?:position|progress|status)\s+(?:statement\s+)?"
    r"(?:as\s+)?(?:at|of)|as\s+(?:at|of)|report(?:ing)?\s+(?:date|period)|"
    r"(?:period|quarter)\s+end(?:ing|ed)?|last\s+updated|updated?\s*(?:[:,\-–—]|(?:as\s+)?at\b|on\b|to\b))"
    r"(?![A-Za-z])[^.\n]{0,40}?$", re.I)
# ... and weaker: a date labelled only "Date", "Dated" or "updated" (in running text)
WEAK_CUE_RE = re.compile(
    r"(?:date\s+and\s+version\b[^.\n]{0,40}?|(?:version\s+date|dated?|updated?)\s*[:\-–—|]?\s*"
    r"(?:(?:on|in)\s+)?)$", re.I)
# strengths of the evidence for a report date, best first: words saying so beat
# the rest; a date labelled only "Date" and one printed alone rank alike (the first wins)
STRONG, WEAK, ALONE = "strong", "weak", "alone"
RANK = {STRONG: 0, WEAK: 1, ALONE: 1}
# a report's publication date or a notice's issue date is not the inspection's
ISSUED_RE = re.compile(r"\b(publish|issued|notice)", re.I)
# words for the inspection itself; the inspectorates' names (vocab/refs.toml) are weaker cues
INSPECTION_WORDS = r"inspection|inspected|(?:focused|monitoring)\s+visits?"
# inspection words between a report cue and its date: "Date of inspection: …"
INSPECTION_WORD_RE = re.compile(r"\b(inspection|inspected|inspectors?|visit(?:ed)?|monitoring\s+visit)\b",
                                re.I)
# how far before its cue an inspection word still claims the date ("Inspection date: …")
CUE_LOOKBACK = 20
# the first day of a day range printed before a month ("14–25 October 2013")
DAY_RANGE_BEFORE_RE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[–—-]|to|and|&)\s*\d{1,2}(?:st|nd|rd|th)?\s*$")
# words of a signature block: "Director Sign-Off:", "Signed", "Approved by", "Reviewed by"
SIGN_OFF_RE = re.compile(r"\b(?:sign(?:ed|ature|[\s-]?off)|(?:approved|reviewed|authori[sz]ed)\s+by)\b",
                         re.I)
# a small document-information table ("Progress position: | as at …") has few rows
INFO_TABLE_MAX_ROWS = 12
INFO_TABLE_MAX_COLS = 4
HEAD_BLOCKS = 40
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half_year": 4,
                  "year": 4, "financial_year": 4}


def document_text(raw: RawDocument, limit_blocks: int | None = None) -> list[str]:
    """The document's text blocks in reading order, then its table cells."""
    blocks = raw.blocks[:limit_blocks] if limit_blocks else raw.blocks
    texts = [b.text for b in blocks]
    for table in raw.tables:
        texts.extend(c.text for c in table.cells)
    return texts


@lru_cache(maxsize=1)
def council_patterns() -> tuple[tuple[Council, re.Pattern[str], tuple[frozenset[str], ...]], ...]:
    """One regex per council over its name and aliases, longest names first, with
    the words of each name (lower case) that a text must hold for it to match."""
    out = []
    for council in councils():
        names = sorted({council.name, *council.aliases}, key=len, reverse=True)
        alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        pattern = re.compile(rf"(?<![\w&-])(?:{alternatives})(?![\w&-])", re.I)
        words = tuple(frozenset(WORD_RE.findall(fold_case(n))) for n in names)
        out.append((council, pattern, words))
    return tuple(sorted(out, key=lambda cp: -len(cp[0].name)))


WORD_RE = re.compile(r"\w+")
# the only characters outside ASCII that ``re.I`` matches to an ASCII letter (names are ASCII)
CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


WORDS_CHUNK = 1 << 16  # characters folded at a time (then on to the next line break)


def fold_case(text: str) -> str:
    return text.translate(CASE_FOLDS).lower()


def folded_words(text: str) -> set[str]:
    """The text's words, case-folded.  Folded a piece at a time, cut at line breaks
    (no word spans one): lower() and translate() of a long text that is not pure
    ASCII briefly take about 12 bytes a character, 10 MB on a 300-page plan."""
    words: set[str] = set()
    start = 0
    while start < len(text):
        end = text.find("\n", start + WORDS_CHUNK)
        end = len(text) if end < 0 else end
        words.update(WORD_RE.findall(fold_case(text[start:end])))
        start = end
    return words


def count_councils(text: str) -> Counter[Council]:
    """Mentions per council; a longer name claims its text first (North Somerset
    is not Somerset).  A name is a proper noun: a lower-case "reading" or "bury"
    is an ordinary word, not a mention.

    One pass over the text collects its words; only councils all of whose
    words occur in it (a handful) are then searched, instead of one regex
    pass per council.  This finds exactly what searching them all would: a
    name is bounded by non-word characters, so each of its words is a whole
    word of the text, and blanking a mention never makes a new word.
    """
    words = folded_words(text)
    counts: Counter[Council] = Counter()
    for council, pattern, name_words in council_patterns():
        if not any(needed <= words for needed in name_words):
            continue
        n = sum(1 for m in pattern.finditer(text) if m.group(0)[:1].isupper())
        if n:
            counts[council] += n
            text = pattern.sub(" ", text)
    return counts


def find_authority(raw: RawDocument, hint: str | None = None) -> Council | None:
    """The council the document is about: named in the head, the body or its file name."""
    if hint:
        named = count_councils(hint.title())
        if named:
            return named.most_common(1)[0][0]
    head = count_councils(" \n ".join(b.text for b in raw.blocks[:HEAD_BLOCKS]))
    body_text = " \n ".join(document_text(raw))
    named = count_councils(raw.name.replace("-", " ").title())
    counts = Counter({c: 3 * n for c, n in head.items()}) + count_councils(body_text)
    counts += Counter({c: 2 * n for c, n in named.items()})
    if not counts:
        return None
    council, weight = counts.most_common(1)[0]
    # one passing mention deep in the body ("the Electronic Reading Room") is not
    # evidence that the document is that council's; nor are mentions in the body of
    # a text in another language (a French plan naming a sector called Hull)
    if council not in head and council not in named and not reads_as_english(body_text):
        return None
    return council if weight >= 2 else None


# words of running text sampled to tell its language, and the share of them that
# must be the commonest English words (the fixture plans, tables and all: 15-30 %; a
# French plan with a few English survey answers in it: 2 %)
LANGUAGE_SAMPLE_WORDS = 5000
MIN_ENGLISH_SHARE = 0.06
MIN_WORDS_TO_TELL = 300
CHARS_PER_WORD = 12  # a generous bound on a word and its space, to cut the sample


def reads_as_english(text: str) -> bool:
    """Whether the text is English, by the share of the commonest English words in
    it; too little text to tell counts as English."""
    common = frozenset(vocabulary().files["cues"]["content"]["english_words"])
    sample = text[: CHARS_PER_WORD * LANGUAGE_SAMPLE_WORDS]  # never lower() a whole long text
    words = WORD_RE.findall(sample.lower())[:LANGUAGE_SAMPLE_WORDS]
    if len(words) < MIN_WORDS_TO_TELL:
        return True
    return sum(w in common for w in words) >= MIN_ENGLISH_SHARE * len(words)


def find_title(raw: RawDocument) -> str | None:
    for block in raw.blocks[:15]:
        text = squash(block.text)
        if 3 <= len(text.split()) <= 40 and TITLE_WORDS_RE.search(text):
            return text
    return None


def cue_strength(before: str, after: str) -> str | None:
    """How the words before a date say it is the report date; None when they do not,
    or when they say it is the inspection's ("Date of inspection: …")."""
    for strength, cue_re in ((STRONG, REPORT_CUE_RE), (WEAK, WEAK_CUE_RE)):
        cue = cue_re.search(before)
        if cue:
            claimed = INSPECTION_WORD_RE.search(before, max(0, cue.start() - CUE_LOOKBACK))
            return None if claimed else strength
    return ALONE if not squash(before + after).strip(" -–,:|") else None


def report_dates_in(line: str) -> list[tuple[str, date]]:
    """(strength, date) for each date in a line that reads as the report date."""
    found = []
    for span in find_date_spans(line):
        strength = cue_strength(line[: span.start], line[span.end:])
        if strength is None:
            continue
        parsed = parse_timescale(span.text)
        if parsed.due_date:
            found.append((strength, parsed.due_date))
    return found


def report_date_in(line: str) -> date | None:
    found = [(RANK[strength], when) for strength, when in report_dates_in(line)]
    return min(found)[1] if found else None


def is_sign_off(table: RawTable) -> bool:
    """A signature block: its dates are when someone signed, reviewed or approved."""
    return any(SIGN_OFF_RE.search(cell.text) for cell in table.cells)


# where a head line was read: running text, a small table, or a signature block
TEXT, TABLE, SIGN_OFF = "text", "table", "sign_off"


def small_tables(raw: RawDocument) -> list[RawTable]:
    """Tables small enough to be a document-information box or a signature block."""
    return [t for t in raw.tables
            if t.n_rows <= INFO_TABLE_MAX_ROWS and t.n_cols <= INFO_TABLE_MAX_COLS]


def info_table_lines(raw: RawDocument) -> list[tuple[int, str, str]]:
    """(reading order, row text, TABLE or SIGN_OFF) for the rows of small tables: a
    document-information table pairs a label ("Progress position:") with its value
    ("as at 31 March"); a signature block's dates ("Director sign-off | Date: …") are
    when someone signed, not a position of progress."""
    lines = []
    for table in small_tables(raw):
        kind = SIGN_OFF if is_sign_off(table) else TABLE
        for i in range(table.n_rows):
            cells = sorted(table.row(i), key=lambda c: c.col)
            lines.append((table.order, squash(" ".join(c.text for c in cells)), kind))
    return lines


def head_lines(raw: RawDocument) -> list[tuple[int, str, str]]:
    """(reading order, text, where) for the opening blocks' lines and small tables' rows."""
    lines = [(block.order, squash(line), TEXT) for block in raw.blocks[:HEAD_BLOCKS]
             for line in block.text.split("\n")]
    return sorted([*lines, *info_table_lines(raw)], key=lambda item: item[0])


def find_report_date(raw: RawDocument) -> date | None:
    """The date the document reports progress at: the date its words say so
    ("as at", "Progress update –", "Review of progress –", in a heading, a title or
    a small document-information table), else a date printed alone near the start;
    never the inspection's date unless the document says it is the report's, nor a
    signature's date unless words say it is the progress position."""
    inspection = find_inspection_date(raw)
    candidates = []
    for position, (_, line, where) in enumerate(head_lines(raw)):
        for strength, when in report_dates_in(line):
            # a date alone in a table cell is any date; alone near the start, the report's
            if strength == ALONE and (where != TEXT or when == inspection):
                continue
            if where == SIGN_OFF and strength != STRONG:
                continue
            candidates.append((RANK[strength], position, when))
    return min(candidates)[2] if candidates else None


@lru_cache(maxsize=1)
def inspection_cue_re() -> re.Pattern[str]:
    """A word for the inspection (group 1) or an inspectorate's name (group 2)."""
    bodies = sorted(vocabulary().files["refs"]["inspectorates"], key=len, reverse=True)
    names = "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in bodies)
    return re.compile(rf"\b(?:({INSPECTION_WORDS})|({names}))\b", re.I)


def distance_to_cue(line: str, start: int, end: int) -> tuple[int, int] | None:
    """(cue rank, characters) between a date and the nearest inspection word, if close
    enough: up to 120 after the word ("inspection … (January 2012)") or 30 before it
    ("the June 2012 Ofsted report").  A word for the inspection itself ranks before
    the inspectorate's name alone: "inspected … from 16 to 27 September" tells when
    it inspected, "submitted to Ofsted on 6 January" only when someone wrote to it."""
    gaps = []
    for cue in inspection_cue_re().finditer(line):
        rank = 0 if cue.group(1) else 1
        if 0 <= start - cue.end() <= 120:
            gaps.append((rank, start - cue.end()))
        elif 0 <= cue.start() - end <= 30:
            gaps.append((rank, cue.start() - end))
    return min(gaps, default=None)


def inspection_candidates(texts: Sequence[str]) -> list[tuple[int, int, int, int, date]]:
    """(precision rank, cue rank, distance to the cue, position, date) for every date printed
    beside a mention of the inspection, publication and notice dates excluded."""
    found = []
    for position, text in enumerate(texts):
        for line in squash(text).split(". "):
            for span in find_date_spans(line):
                distance = distance_to_cue(line, span.start, span.end)
                if distance is None or ISSUED_RE.search(line[:span.start][-40:]):
                    continue
                before = DAY_RANGE_BEFORE_RE.search(line[: span.start])
                parsed = parse_timescale(line[before.start(): span.end] if before else span.text)
                if parsed.due_date:
                    rank = PRECISION_RANK.get(parsed.precision or "month", 2)
                    found.append((rank, *distance, position, parsed.due_date))
    return found


def inspection_rows(raw: RawDocument) -> list[str]:
    """Rows of small tables whose label (first filled cell) names the inspection: an
    action row that ends "…registered with Ofsted" says nothing of when it inspected."""
    rows = []
    for table in small_tables(raw):
        if is_sign_off(table):
            continue
        for i in range(table.n_rows):
            cells = [c.text for c in sorted(table.row(i), key=lambda c: c.col) if c.text.strip()]
            if cells and inspection_cue_re().search(cells[0]):
                rows.append(squash(" ".join(cells)))
    return rows


def find_inspection_date(raw: RawDocument) -> date | None:
    """The inspection the plan answers: the most precise date printed beside it, in
    the text or in a small document-information table ("Focused visit | 8 and 9 October")."""
    candidates = inspection_candidates([b.text for b in raw.blocks] + inspection_rows(raw))
    return min(candidates)[4] if candidates else None
