"""State shared by the body walk and the table walk of one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.docx.numbering import Numbering
from extractors.docx.styles import StyleSheet
from extractors.settings import ExtractionSettings
from models.records import RawTable, TextBlock


@dataclass
class WalkContext:
    """One document's walk: the reading-order counter, what was found, what was odd.

    ``order`` is shared by text blocks and tables so the text just before a
    table can be found; ``notes`` keeps each warning once, in first-seen order.
    """

    styles: StyleSheet
    settings: ExtractionSettings
    numbering: Numbering = field(default_factory=Numbering)
    blocks: list[TextBlock] = field(default_factory=list)
    tables: list[RawTable] = field(default_factory=list)
    notes: dict[str, None] = field(default_factory=dict)
    _order: int = 0

    def next_order(self) -> int:
        self._order += 1
        return self._order - 1

    def note(self, message: str) -> None:
        self.notes.setdefault(message, None)
