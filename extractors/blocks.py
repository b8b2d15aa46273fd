"""Plans printed as one block per action -> one RawTable with one body row per block.

Three printings of the same structure are read alike:

- one small label/value table per action (``Lead government actors | GSA``,
  ``End date | …``), each under its numbered title;
- a form box split over a page break (its parts joined: nothing but page
  furniture, such as a running header or a page number, lies between them);
- paragraphs with labelled fields under a title (``Action 1: …``, then
  ``Responsible: …``, ``Timeline: …``); the title may be a plain paragraph,
  known by the labelled paragraphs under it (``extractors/blocks_evidence.py``).

The evidence that a document is written this way is repetition: at least
``MIN_BLOCKS`` blocks sharing at least ``MIN_SHARED_LABELS`` labels.  A lone
labelled paragraph ("Note: …") or a lone two-column table (a legend, a
document-information box) is no block plan; nor are repeated labels that name
no plan field (a glossary, a handbook, memos: see ``blocks_evidence``).

The blocks become an ordinary RawTable: a header row of labels (the title's
own label word, e.g. ``Action``, over the titles; ``Description`` over the
unlabelled text between a title and its first field; the number of a
numbered title in a column of its own), a banner row for each section
heading above the blocks, and one row per block.  Line assembly and column
mapping then need no special case.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extractors.blocks_evidence import (
    furniture,
    is_furniture,
    label_of,
    opens_block,
    plain_title,
    recurring_labels,
    recurring_runs,
    runs_below,
    states_briefly,
)
from extractors.blocks_fields import (
    SENTENCE_END_RE,
    Field,
    Title,
    is_label_value_table,
    parse_title,
    split_label,
    squash,
    table_parts,
)
from models.records import BBox, BlockLayout, Cell, RawDocument, RawTable, Span, TextBlock

MIN_BLOCKS = 2
MIN_SHARED_LABELS = 2
MIN_FIELDS = 2
# an unlabelled paragraph continues the field above when it starts this far right of it
CONTINUATION_INDENT = 3.0
CONTINUATION_MAX_GAP = 30.0
HEADING_MAX_WORDS = 12
DESCRIPTION = "Description"
TITLE = "Title"


@dataclass
class Entry:
    """One block: its title, the section it sits in, its description and fields."""

    order: int
    section: str | None
    title: Title | None = None
    title_source: TextBlock | Cell | None = None
    description: list[TextBlock] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    last_box: BBox | None = None
    last_page: int | None = None
    tables: list[int] = field(default_factory=list)

    @property
    def from_tables(self) -> bool:
        return bool(self.tables)


def continues_field(block: TextBlock, entry: Entry) -> bool:
    """An unlabelled paragraph indented under the field above, on its page, close below."""
    if block.bbox is None or entry.last_box is None:
        return block.bbox is None and entry.last_box is None
    return (block.page == entry.last_page
            and block.bbox.x0 > entry.last_box.x0 + CONTINUATION_INDENT
            and block.bbox.top - entry.last_box.bottom <= CONTINUATION_MAX_GAP)


def stands_out(block: TextBlock) -> bool:
    """A heading, a list item, or a paragraph printed all in bold: what a title looks like."""
    if block.kind != "paragraph":
        return True
    printed = [s for s in block.spans if s.text.strip()]
    return bool(printed) and all(s.bold for s in printed)


class Walker:
    """Reads blocks and tables in order into entries."""

    def __init__(self, doc: RawDocument, items: Sequence[TextBlock | RawTable]) -> None:
        self.repeated = furniture(doc.blocks)
        self.labels = recurring_labels(doc.blocks, MIN_BLOCKS)
        self.below = runs_below(items, lambda b: label_of(b, self.labels),
                                lambda b: is_furniture(b, self.repeated))
        self.recurring = recurring_runs(self.below.values(), MIN_BLOCKS, MIN_SHARED_LABELS)
        self.entries: list[Entry] = []
        self.current: Entry | None = None
        self.section: str | None = None
        self.open_table = False

    def table(self, table: RawTable) -> None:
        if not is_label_value_table(table):
            self.current, self.open_table = None, False
            return
        for i, part in enumerate(table_parts(table)):
            if part.title is not None and self.heads_a_section(part.title):
                self.demote_to_section()  # "Section 1: …" printed above a titled box
            if part.title is not None:
                self.current = self.start(table.order, part.title, part.title_cell)
            elif i > 0 or self.current is None or (self.current.fields and not self.open_table):
                self.current = self.start(table.order, None, None)
            self.current.fields.extend(part.fields)
            self.current.tables.append(table.index)
        self.open_table = True

    def block(self, block: TextBlock) -> None:
        if is_furniture(block, self.repeated):
            return
        label = split_label(block.text) if block.kind != "heading" else None
        if label and label[0].lower() in self.labels and self.current is not None:
            self.add_field(block, *label)
            return
        title = parse_title(block.text) if stands_out(block) else None
        title = title or self.structural_title(block)
        if title is not None and self.heads_a_section(title):
            self.demote_to_section()
        if title is not None and self.inside_description(title):
            self.body_text(block)
        elif title is not None:
            self.current = self.start(block.order, title, block)
        elif block.kind == "heading" or self.bold_heading(block):
            self.section, self.current = squash(block.text), None
        elif self.current is not None:
            self.body_text(block)
        self.open_table = False

    def structural_title(self, block: TextBlock) -> Title | None:
        """A plain paragraph is a title when the labelled paragraphs under it open a
        block: their labels start over, or (no block above) recur in other blocks."""
        below = self.below.get(block.order)
        if block.kind == "heading" or below is None:
            return None
        entry = self.current
        above = None if entry is None else {f.label.lower() for f in entry.fields}
        parsed = parse_title(block.text)
        if not opens_block(below, above, self.recurring, parsed is not None, MIN_FIELDS,
                           MIN_SHARED_LABELS):
            return None
        return plain_title(block.text, parsed)

    def inside_description(self, title: Title) -> bool:
        """A numbered item of another shape ("3." under "Action 14:") before the block's
        first field is part of its description, not a new block."""
        entry = self.current
        if entry is None or entry.fields or entry.title is None:
            return False
        return (entry.title.word or "").lower() != (title.word or "").lower()

    def bold_heading(self, block: TextBlock) -> bool:
        """A short paragraph all in bold between blocks (a DOCX heading typed as bold
        text, not styled as a heading); right under a title it is its description."""
        text = squash(block.text)
        return (stands_out(block) and block.kind == "paragraph"
                and len(text.split()) <= HEADING_MAX_WORDS and not SENTENCE_END_RE.search(text)
                and (self.current is None or bool(self.current.fields)))

    def heads_a_section(self, title: Title) -> bool:
        """A worded title ("Objective 1: …") with, straight under it and nothing between,
        a worded title of another word ("Action 1.1 – …") or a title numbered as its
        child ("1.1 …" under "Priority 1: …"): the first heads a section of blocks, it
        is no block itself."""
        entry = self.current
        if (entry is None or entry.title is None or entry.title.word is None or entry.fields
                or entry.description or entry.tables):
            return False
        if title.word is None:
            return title.number.startswith(f"{entry.title.number}.")
        return entry.title.word.lower() != title.word.lower()

    def demote_to_section(self) -> None:
        entry = self.current
        assert entry is not None and entry.title_source is not None
        self.entries.remove(entry)
        self.section, self.current = squash(entry.title_source.text), None

    def start(self, order: int, title: Title | None, block: TextBlock | Cell | None) -> Entry:
        entry = Entry(order, self.section, title, block)
        self.entries.append(entry)
        return entry

    def add_field(self, block: TextBlock, label: str, value: str) -> None:
        assert self.current is not None
        self.current.fields.append(Field(label, value, block.page, block.bbox, None,
                                         (Span(value),)))
        self.current.last_box, self.current.last_page = block.bbox, block.page

    def body_text(self, block: TextBlock) -> None:
        entry = self.current
        assert entry is not None
        if not entry.fields:
            entry.description.append(block)
        elif not entry.from_tables and continues_field(block, entry):
            last = entry.fields[-1]
            entry.fields[-1] = replace(last, text=f"{last.text}\n{block.text.strip()}",
                                       spans=last.spans + block.spans)
            entry.last_box, entry.last_page = block.bbox, block.page


def walk(doc: RawDocument) -> Walker:
    items: list[TextBlock | RawTable] = sorted([*doc.blocks, *doc.tables], key=lambda i: i.order)
    walker = Walker(doc, items)
    for item in items:
        if isinstance(item, RawTable):
            walker.table(item)
        else:
            walker.block(item)
    return walker


def shared_labels(entries: Sequence[Entry]) -> list[str]:
    """Labels (lower case) filled in at least ``MIN_BLOCKS`` of the blocks, in the order
    first seen."""
    counts = Counter(lab for e in entries for lab in dict.fromkeys(f.label.lower() for f in e.fields))
    return [lab for lab, n in counts.items() if n >= MIN_BLOCKS]


def block_entries(entries: Sequence[Entry]) -> list[Entry]:
    """The entries of a block plan, or none when the blocks share too few labels or
    every shared label's values are running text."""
    full = [e for e in entries if len(e.fields) >= MIN_FIELDS]
    shared = shared_labels(full)
    if len(full) < MIN_BLOCKS or len(shared) < MIN_SHARED_LABELS:
        return []
    briefly = any(states_briefly([f.text for e in full for f in e.fields
                                  if f.label.lower() == label]) for label in shared)
    return full if briefly else []


# --- the table ---------------------------------------------------------------

def title_header(entries: Sequence[Entry]) -> str:
    """The word the titles share ("Action 1", "Action 2" -> "Action"), else "Title"."""
    words = {e.title.word.lower() if e.title and e.title.word else None for e in entries}
    if len(words) == 1 and None not in words:
        first = next(e.title.word for e in entries if e.title and e.title.word)
        return first.capitalize() if first.isupper() else first
    return TITLE


def label_columns(entries: Sequence[Entry]) -> list[str]:
    """Every label, in the order first seen, spelt as first printed."""
    seen: dict[str, str] = {}
    for entry in entries:
        for f in entry.fields:
            seen.setdefault(f.label.lower(), f.label)
    return list(seen.values())


def header_texts(entries: Sequence[Entry]) -> list[str]:
    head: list[str] = []
    if any(e.title for e in entries):
        head += ["", title_header(entries)]
    if any(e.description for e in entries):
        head.append(DESCRIPTION)
    return head + label_columns(entries)


Source = TextBlock | Field | Cell | None


def text_cell(text: str, row: int, col: int, source: Source,
              spans: tuple[Span, ...] | None = None) -> Cell:
    page = source.page if source is not None else None
    box = source.bbox if source is not None else None
    fill = source.fill if isinstance(source, Field | Cell) else None
    if spans is None:
        spans = (Span(text),) if text else ()
    elif "".join(s.text for s in spans) != text:
        # joined parts (line breaks between fields, trimmed ends): a cell's spans
        # must still spell its text, so keep the first run's style over the whole
        spans = (replace(spans[0], text=text),) if spans and text else ()
    return Cell(text=text, row=row, col=col, page=page, bbox=box, fill=fill, spans=spans)


def entry_values(entry: Entry,
                 header: Sequence[str]) -> list[tuple[str, Source, tuple[Span, ...] | None]]:
    """(text, source, spans) for each column of one block's row."""
    values: dict[int, tuple[str, Source, tuple[Span, ...] | None]] = {}
    col = 0
    if header[:1] == [""]:
        values[0] = (entry.title.number if entry.title else "", entry.title_source, None)
        values[1] = (entry.title.text if entry.title else "", entry.title_source, None)
        col = 2
    if DESCRIPTION in header[col:col + 1]:
        text = "\n".join(b.text.strip() for b in entry.description)
        first = entry.description[0] if entry.description else None
        values[col] = (text, first, tuple(s for b in entry.description for s in b.spans) or None)
        col += 1
    positions = {label.lower(): i for i, label in enumerate(header) if i >= col}
    for f in entry.fields:
        at = positions[f.label.lower()]
        if at in values and values[at][0]:
            old_text, old_source, old_spans = values[at]
            values[at] = (f"{old_text}\n{f.text}", old_source, (old_spans or ()) + f.spans)
        else:
            values[at] = (f.text, f, f.spans or None)
    return [values.get(i, ("", None, None)) for i in range(len(header))]


def banner_cell(text: str, row: int, n_cols: int, entry: Entry) -> Cell:
    page = entry.title_source.page if entry.title_source else None
    return Cell(text=text, row=row, col=0, col_span=n_cols, page=page, spans=(Span(text),))


def build_table(entries: Sequence[Entry], order: int) -> RawTable:
    header = header_texts(entries)
    n_cols = len(header)
    cells = [Cell(text=h, row=0, col=i, spans=(Span(h, bold=True),) if h else ())
             for i, h in enumerate(header)]
    row, section = 1, None
    for entry in entries:
        if entry.section and entry.section != section:
            cells.append(banner_cell(entry.section, row, n_cols, entry))
            row += 1
        section = entry.section
        for col, (text, source, spans) in enumerate(entry_values(entry, header)):
            cells.append(text_cell(text, row, col, source, spans))
        row += 1
    first_page = next((c.page for c in cells if c.page is not None), None)
    return RawTable(index=-1, order=order, n_rows=row, n_cols=n_cols, cells=tuple(cells),
                    page=first_page, header_rows=1,
                    line_cols=(0, 1) if header[:1] == [""] else (),
                    blocks=layout(entries, header))


def layout(entries: Sequence[Entry], header: Sequence[str]) -> BlockLayout:
    """Where the table keeps its labels and titles, for normalisation to read."""
    titled = header[:1] == [""]
    first_label = len(header) - len(label_columns(entries))
    words = dict.fromkeys(e.title.word for e in entries if e.title and e.title.word)
    return BlockLayout(label_cols=tuple(range(first_label, len(header))),
                       shared_labels=tuple(shared_labels(entries)),
                       title_col=1 if titled else None, title_words=tuple(words))


def renumber(tables: Sequence[RawTable]) -> tuple[RawTable, ...]:
    """Tables in reading order with indices 0..n-1 (nesting links follow)."""
    ordered = sorted(tables, key=lambda t: (t.order, t.index))
    new_index = {t.index: i for i, t in enumerate(ordered) if t.index >= 0}
    return tuple(replace(t, index=i, nested_in=new_index.get(t.nested_in)
                         if t.nested_in is not None else None)
                 for i, t in enumerate(ordered))


def with_block_tables(doc: RawDocument) -> RawDocument:
    """The document with its blocks of label-value fields read as one table."""
    walker = walk(doc)
    entries = block_entries(walker.entries)
    if not entries:
        return doc
    used = {i for e in entries for i in e.tables}
    # orders doubled so the new table gets a place of its own just before its
    # first block (orders are unique across blocks and tables)
    kept = [replace(t, order=2 * t.order) for t in doc.tables if t.index not in used]
    blocks = tuple(replace(b, order=2 * b.order) for b in doc.blocks)
    table = build_table(entries, 2 * min(e.order for e in entries) - 1)
    note = f"{len(entries)} label-value blocks read as one table"
    return replace(doc, blocks=blocks, tables=renumber([*kept, table]),
                   warnings=(*doc.warnings, note))
