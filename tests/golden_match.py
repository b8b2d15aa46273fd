"""How close an export is to a golden file when it cannot be exact (OCR).

- **line recall**: the share of golden lines found in the export.  A golden
  line is found by an unused exported line with the same ref, or, failing
  that (OCR misread the number: "P1.1" as "Pid"), by one whose area and
  action text is at least ``TEXT_MATCH`` similar (rapidfuzz ratio, 0..100).
- **field accuracy**: over the found pairs, the share of fields that agree:
  dates, kinds, RAG and status exactly; text fields (squashed) at least
  ``FIELD_MATCH`` similar, so one misread letter in a long progress note
  does not count as a wrong field, but a missing or swapped cell does.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

TEXT_KEYS = ("theme", "area_for_improvement", "action", "outcome", "lead", "accountable_body",
             "evidence", "due_date_text", "progress", "rag_text", "ref")
EXACT_KEYS = ("start_date", "due_date", "due_date_earliest", "due_kind", "rag", "status",
              "review_date")
TEXT_MATCH = 80.0
FIELD_MATCH = 90.0


@dataclass(frozen=True)
class Match:
    golden: int
    found: int
    pairs: list[tuple[dict, dict]]
    fields: int
    right: int
    wrong: list[str]

    @property
    def recall(self) -> float:
        return self.found / self.golden if self.golden else 1.0

    @property
    def accuracy(self) -> float:
        return self.right / self.fields if self.fields else 0.0


def squash(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def line_text(row: dict) -> str:
    return squash(f"{row.get('area_for_improvement') or ''} {row.get('action') or ''}")


def find_line(want: dict, rows: list[dict], used: set[int]) -> int | None:
    free = [i for i in range(len(rows)) if i not in used]
    same_ref = [i for i in free if want["ref"] and squash(rows[i]["ref"]) == squash(want["ref"])]
    if same_ref:
        return max(same_ref, key=lambda i: fuzz.ratio(line_text(want), line_text(rows[i])))
    scored = [(fuzz.ratio(line_text(want), line_text(rows[i])), i) for i in free]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= TEXT_MATCH else None


def field_agrees(key: str, want: object, got: object) -> bool:
    if key in TEXT_KEYS:
        a, b = squash(want), squash(got)
        return a == b or (bool(a) and bool(b) and fuzz.ratio(a, b) >= FIELD_MATCH)
    return want == got


def match(golden: list[dict], rows: list[dict]) -> Match:
    used: set[int] = set()
    pairs = []
    for want in golden:
        index = find_line(want, rows, used)
        if index is not None:
            used.add(index)
            pairs.append((want, rows[index]))
    fields = right = 0
    wrong = []
    for want, got in pairs:
        for key in TEXT_KEYS + EXACT_KEYS:
            fields += 1
            if field_agrees(key, want.get(key), got.get(key)):
                right += 1
            else:
                wrong.append(f"{want['ref']} {key}: want {want.get(key)!r} got {got.get(key)!r}")
    return Match(len(golden), len(pairs), pairs, fields, right, wrong)
