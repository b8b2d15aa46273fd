"""The architecture rule: ``extractors/`` knows files, not meaning.

An extractor imports records from ``models/`` and never ``normalise/`` (what a
label or a column means is normalisation's to decide).  Read from the source
with ``ast``, so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_import_reader_sees_a_normalise_import(tmp_path: Path) -> None:
    source = tmp_path / "probe.py"
    source.write_text("def f():\n    from normalise.cues import first_word\n    import normalise.roles\n")
    assert imported_modules(source) == {"normalise.cues", "normalise.roles"}


def test_no_extractor_imports_normalise() -> None:
    files = sorted((ROOT / "extractors").rglob("*.py"))
    assert len(files) > 10  # the package was found
    offending = {str(p.relative_to(ROOT)): sorted(m for m in imported_modules(p)
                                                   if m == "normalise" or m.startswith("normalise."))
                 for p in files}
    assert {p: m for p, m in offending.items() if m} == {}
