"""benchmarks/accuracy.py matches exported lines to golden lines fairly: by ref
where both have one, else by action text; unmatched lines count against recall
or precision, never silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.accuracy import match_lines, score

GOLDEN = [
    {"ref": "1.1", "action": "Publish the early help offer", "status": "on_track"},
    {"ref": None, "action": "Train 300 practitioners as lead professionals", "status": "at_risk"},
    {"ref": "2.1", "action": "Open a parenting support line", "status": "off_track"},
]

CASES = [
    # (exported rows, expected pairs): refs first, then text similarity
    ([{"ref": "2.1", "action": "x"}, {"ref": "1.1", "action": "y"}], [(0, 1), (2, 0)]),
    ([{"ref": None, "action": "Train 300 practitioners as lead professionals (health, schools)"}],
     [(1, 0)]),
    ([{"ref": "9.9", "action": "Publish the early help offer"}], [(0, 0)]),
]
NO_MATCH = [
    [],
    [{"ref": "7.7", "action": "Something else entirely about budgets"}],
]


@pytest.mark.parametrize(("rows", "pairs"), CASES)
def test_lines_match_by_ref_then_text(rows: list[dict], pairs: list[tuple[int, int]]) -> None:
    assert match_lines(GOLDEN, rows) == pairs


@pytest.mark.parametrize("rows", NO_MATCH)
def test_unrelated_lines_do_not_match(rows: list[dict]) -> None:
    assert match_lines(GOLDEN, rows) == []


def test_score_counts_fields_of_matched_lines_only() -> None:
    rows = [{"ref": "1.1", "action": "Publish the early help offer", "status": "complete"}]
    result = score(Path("plan.pdf"), GOLDEN, rows, "loaded")
    assert (result.want, result.got, result.matched) == (3, 1, 1)
    assert result.right["action"] == 1 and result.right["status"] == 0
    assert result.first_diff.startswith("1.1 status")
