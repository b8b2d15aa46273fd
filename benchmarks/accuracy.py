"""Benchmark: how much of every golden file the pipeline recovers.

For every hand-written golden in ``tests/golden/`` and each of its fixture
files in ``data/raw/``, the files are ingested into throw-away SQLite
databases (one per format) and exported (all versions); then, per document:

- **recall**: golden lines matched by an exported line / golden lines;
- **precision**: exported lines matched to a golden line / exported lines;
- **fields**: of the matched lines, the share of SCHEMA fields that agree
  (text compared after collapsing whitespace, as ``tests/test_golden.py``
  does; ``page`` only for PDFs).

Lines are matched by ``ref`` where both sides have one, then the rest by the
similarity of their action text (rapidfuzz, at least 60 of 100), best pairs
first.  An empty golden marks a document that is not a plan: it scores 1/1
when it loads no line and 0 otherwise.  Totals are over all lines and
documents, with per-field accuracy beside.  A script that prints figures,
not a test:

    .venv/bin/python benchmarks/accuracy.py [--only STEM ...] [--details] [--timeout S]
                                            [--json FILE]

Files are parsed as ``actionplans ingest`` parses them (one worker per CPU);
``--timeout`` (default 120 s, as ``ingest``) bounds a file that hangs, which
then counts as found nothing: on a machine shared by many processes a lower
limit times out the large seed plans.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from click.testing import CliRunner  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from pipeline.cli import main  # noqa: E402
from tests.conftest import fixture_files, golden_stems, read_golden  # noqa: E402

TEXT_FIELDS = ("ref", "theme", "area_for_improvement", "action", "outcome", "lead",
               "accountable_body", "evidence", "due_date_text", "rag_text", "progress")
EXACT_FIELDS = ("authority", "authority_code", "report_date", "start_date", "due_date",
                "due_date_earliest", "due_kind", "rag", "status", "review_date", "source_refs")
FIELDS = TEXT_FIELDS + EXACT_FIELDS + ("page",)
MIN_SIMILARITY = 60


def squash(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value


def same(key: str, want: object, got: object) -> bool:
    if key in TEXT_FIELDS:
        return squash(want) == squash(got)
    return want == got


@dataclass
class Score:
    document: str
    want: int
    got: int
    matched: int = 0
    outcome: str = ""
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    first_diff: str = ""
    diffs: list[str] = field(default_factory=list)


def match_lines(golden: list[dict], rows: list[dict]) -> list[tuple[int, int]]:
    """Pairs (golden index, row index): by ref first, then by action text."""
    pairs: list[tuple[int, int]] = []
    free_rows = set(range(len(rows)))
    free_golden = []
    for gi, want in enumerate(golden):
        ref = squash(want.get("ref"))
        hit = next((ri for ri in sorted(free_rows) if ref and squash(rows[ri].get("ref")) == ref),
                   None)
        if hit is None:
            free_golden.append(gi)
        else:
            pairs.append((gi, hit))
            free_rows.discard(hit)
    scored = sorted(((fuzz.token_set_ratio(squash(golden[gi].get("action")) or "",
                                            squash(rows[ri].get("action")) or ""), gi, ri)
                     for gi in free_golden for ri in free_rows), reverse=True)
    used_g: set[int] = set()
    for similarity, gi, ri in scored:
        if similarity < MIN_SIMILARITY or gi in used_g or ri not in free_rows:
            continue
        pairs.append((gi, ri))
        used_g.add(gi)
        free_rows.discard(ri)
    return sorted(pairs)


def score(path: Path, golden: list[dict], rows: list[dict], outcome: str) -> Score:
    result = Score(path.name, len(golden), len(rows), outcome=outcome)
    fields = FIELDS if path.suffix == ".pdf" else FIELDS[:-1]
    for gi, ri in match_lines(golden, rows):
        result.matched += 1
        want, got = golden[gi], rows[ri]
        # a key left out of a golden line is not checked (as in tests/test_golden.py)
        for key in (k for k in fields if k in want):
            result.total[key] += 1
            if same(key, want.get(key), got.get(key)):
                result.right[key] += 1
            else:
                diff = f"{want.get('ref') or gi + 1} {key}: want {want.get(key)!r} got {got.get(key)!r}"
                result.diffs.append(diff)
                result.first_diff = result.first_diff or diff
    if golden and result.matched < len(golden) and not result.first_diff:
        result.first_diff = f"{len(golden) - result.matched} golden lines not found ({outcome})"
    return result


def ingest_all(paths: list[Path], workdir: Path,
               timeout: float) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """Exported rows and outcome per file name.

    The Word and PDF copies of one report are one version of a plan, so the
    second would be skipped as a duplicate: each format goes into its own
    fresh database (one ingest run per format, files parsed in parallel).
    """
    rows: dict[str, list[dict]] = {}
    outcomes: dict[str, str] = {}
    for suffix in sorted({path.suffix.lower() for path in paths}):
        batch = [path for path in paths if path.suffix.lower() == suffix]
        found, said = ingest_batch(batch, workdir / suffix.lstrip("."), timeout)
        rows.update(found)
        outcomes.update(said)
    return rows, outcomes


def ingest_batch(paths: list[Path], workdir: Path,
                 timeout: float) -> tuple[dict[str, list[dict]], dict[str, str]]:
    folder = workdir / "raw"
    folder.mkdir(parents=True)
    for path in paths:
        shutil.copyfile(path, folder / path.name)
    db_url = f"sqlite:///{workdir / 'accuracy.db'}"
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(folder), "--db", db_url, "--timeout", str(timeout)])
    outcomes = {}
    for line in result.output.splitlines():
        status, _, rest = line.partition(" ")
        name = rest.strip().split(":")[0].split(" (")[0]
        if status in ("loaded", "failed", "skipped", "unchanged"):
            reason = line.rsplit("[", 1)[-1].rstrip("]") if status in ("failed", "skipped") else status
            outcomes[name] = reason
    result = runner.invoke(main, ["export", "--db", db_url, "--all-versions"])
    rows: dict[str, list[dict]] = {}
    for line in result.output.splitlines():
        if line.strip():
            row = json.loads(line)
            rows.setdefault(row["document"], []).append(row)
    return rows, outcomes


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    - "


def report(scores: list[Score], *, details: bool) -> None:
    width = max(len(s.document) for s in scores)
    print(f"{'document':<{width}}  want   got  recall  precis  fields  first difference")
    for s in scores:
        if s.want == 0:  # not a plan
            ok = s.got == 0
            print(f"{s.document:<{width}}     0 {s.got:5}  {'  ok  ' if ok else ' FAIL '}  "
                  f"{'  ok  ' if ok else ' FAIL '}     -    not a plan ({s.outcome})")
            continue
        fields_right, fields_total = sum(s.right.values()), sum(s.total.values())
        print(f"{s.document:<{width}} {s.want:5} {s.got:5}  {percent(s.matched, s.want)}  "
              f"{percent(s.matched, s.got)}  {percent(fields_right, fields_total)}  "
              f"{s.first_diff[:110]}")
        wrong = [f"{key} {s.right[key]}/{s.total[key]}" for key in FIELDS
                 if s.right[key] < s.total[key]]
        if wrong:
            print(f"{'':<{width}}   fields not all right: {', '.join(wrong)}")
        if details:
            for diff in s.diffs:
                print(f"    {diff[:200]}")
    totals(scores)


def totals(scores: list[Score]) -> None:
    plans = [s for s in scores if s.want]
    negatives = [s for s in scores if not s.want]
    want, got = sum(s.want for s in plans), sum(s.got for s in plans)
    matched = sum(s.matched for s in plans)
    right = sum((s.right for s in plans), Counter())
    total = sum((s.total for s in plans), Counter())
    print(f"\nplans: {len(plans)} files, {want} golden lines, {got} exported")
    print(f"  line recall     {percent(matched, want)}  ({matched}/{want})")
    print(f"  line precision  {percent(matched, got)}  ({matched}/{got})")
    print(f"  field accuracy  {percent(sum(right.values()), sum(total.values()))} of matched lines")
    print(f"  files fully right: {sum(1 for s in plans if s.matched == s.want == s.got and not s.diffs)}"
          f"/{len(plans)}")
    print(f"non-plans: {sum(1 for s in negatives if s.got == 0)}/{len(negatives)} load no line")
    print("\nfield                 right/total  accuracy")
    for key in FIELDS:
        print(f"  {key:<20} {right[key]:5}/{total[key]:<5}  {percent(right[key], total[key])}")


def as_json(s: Score) -> dict:
    return {"document": s.document, "outcome": s.outcome, "golden_lines": s.want,
            "exported_lines": s.got, "matched": s.matched,
            "fields": {key: [s.right[key], s.total[key]] for key in FIELDS if s.total[key]},
            "first_difference": s.first_diff or None}


def main_cli(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="only these golden stems")
    parser.add_argument("--details", action="store_true", help="print every differing field")
    parser.add_argument("--timeout", type=float, default=120, help="seconds allowed per file")
    parser.add_argument("--json", type=Path, metavar="FILE",
                        help="also write the per-document figures as JSON (to compare runs)")
    args = parser.parse_args(argv)
    stems = [s for s in golden_stems() if not args.only or s in args.only]
    cases = [(stem, path) for stem in stems for path in fixture_files(stem)]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        rows, outcomes = ingest_all([path for _, path in cases], Path(tmp), args.timeout)
    scores = [score(path, read_golden(stem), rows.get(path.name, []),
                    outcomes.get(path.name, "not reported"))
              for stem, path in cases]
    report(scores, details=args.details)
    if args.json:
        args.json.write_text(json.dumps([as_json(s) for s in scores], indent=1) + "\n")
    print(f"\n{len(cases)} files ingested and compared in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main_cli()
