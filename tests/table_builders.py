"""Build small RawTables and documents from rows of text, for the normaliser's tests."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.lines import assemble_lines
from models.records import Cell, NormalisedDocument, RawDocument, RawTable
from normalise.document import normalise_document, read_document


def raw_table(rows: Sequence[Sequence[str]], index: int = 0, header_rows: int = 1) -> RawTable:
    cells = tuple(Cell(text=text, row=r, col=c) for r, row in enumerate(rows) for c, text in enumerate(row))
    return RawTable(index=index, order=index, n_rows=len(rows), n_cols=len(rows[0]), cells=cells,
                    page=1, header_rows=header_rows)


def raw_document(*tables: Sequence[Sequence[str]]) -> RawDocument:
    built = tuple(raw_table(rows, i) for i, rows in enumerate(tables))
    return RawDocument(name="test.docx", file_type="docx", sha256="0" * 64, page_count=1,
                       blocks=(), tables=built)


def lines_of(raw: RawDocument) -> dict:
    return {t.index: assemble_lines(t) for t in raw.tables}


def normalised(*tables: Sequence[Sequence[str]]) -> NormalisedDocument:
    raw = raw_document(*tables)
    return normalise_document(raw, lines_of(raw))


def decisions(*tables: Sequence[Sequence[str]]) -> NormalisedDocument:
    raw = raw_document(*tables)
    return read_document(raw, lines_of(raw))
