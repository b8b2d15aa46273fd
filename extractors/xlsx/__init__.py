"""Excel action trackers (.xlsx, .xlsm): every visible sheet as a table grid."""

from __future__ import annotations

from extractors.xlsx.read import extract_xlsx

__all__ = ["extract_xlsx"]
