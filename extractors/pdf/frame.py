"""The frame of a table found on a page: its outline and its cells' boxes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from models.records import BBox

# "full": ruled in both directions; "horizontal": rules between rows only;
# "none": aligned by whitespace alone (extractors/pdf/unruled.py)
Ruling = Literal["full", "horizontal", "none"]


@dataclass(frozen=True)
class TableFrame:
    """A table's outline and its cells' boxes (a merged cell is one box)."""

    bbox: BBox
    cells: tuple[BBox, ...]
    ruling: Ruling = "full"
