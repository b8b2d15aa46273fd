"""Benchmark: scanned fixture plans (OCR) against their text versions and golden files.

For each scanned fixture in data/scanned/ (``<stem>-scan<dpi>.pdf``, built by
``python -m corpus.formats.scans``) and the text PDF it was made from, the
whole pipeline runs in this process (extract, lines, normalise) and the lines
are compared with the plan's hand-written golden file (tests/golden_match.py):

- line recall: golden lines found (by ref, or by text when OCR misread the ref);
- field accuracy: fields of the found lines that agree (dates and status
  exactly, text at least 90% similar);
- OCR pages per second: the scan's pages over the wall time of reading it.

A script that prints figures, not a timed test:

    .venv/bin/python benchmarks/ocr.py [--only STEM ...]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.conftest import RAW, read_golden  # noqa: E402
from tests.golden_match import match  # noqa: E402

SCANNED = REPO / "data" / "scanned"
SCAN_RE = re.compile(r"^(?P<stem>.+)-scan(?P<dpi>\d+)\.pdf$")


def iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def export_like(path: Path) -> tuple[list[dict[str, Any]], int, float]:
    """The plan's lines as export rows, its page count, and the seconds it took."""
    from extractors.dispatch import extract
    from extractors.lines import assemble_lines
    from normalise.document import normalise_document

    started = time.perf_counter()
    raw = extract(path)
    doc = normalise_document(raw, {t.index: assemble_lines(t) for t in raw.tables})
    seconds = time.perf_counter() - started
    rows = [{f.name: iso(getattr(a, f.name)) for f in fields(a)} for a in doc.actions]
    for row in rows:
        row["source_refs"] = list(row["source_refs"])
    return rows, raw.page_count or 0, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="plan stems to run")
    args = parser.parse_args()
    scans = sorted(p for p in SCANNED.glob("*.pdf") if SCAN_RE.match(p.name))
    if args.only:
        scans = [p for p in scans if SCAN_RE.match(p.name)["stem"] in args.only]  # type: ignore[index]
    print(f"{'scanned plan':38} {'dpi':>4} {'pages':>5} {'lines':>5}  {'recall':>6} {'fields':>6}"
          f"  {'text recall':>11} {'text fields':>11}  {'OCR pages/s':>11}")
    total_pages, total_seconds = 0, 0.0
    text_cache: dict[str, tuple[float, float]] = {}
    for scan in scans:
        found = SCAN_RE.match(scan.name)
        assert found is not None
        stem, dpi = found["stem"], int(found["dpi"])
        golden = read_golden(stem)
        rows, pages, seconds = export_like(scan)
        ocr = match(golden, rows)
        if stem not in text_cache:
            text_rows, _, _ = export_like(RAW / f"{stem}.pdf")
            text = match(golden, text_rows)
            text_cache[stem] = (text.recall, text.accuracy)
        total_pages += pages
        total_seconds += seconds
        text_recall, text_accuracy = text_cache[stem]
        print(f"{scan.name:38} {dpi:>4} {pages:>5} {len(golden):>5}  {ocr.recall:>6.0%} "
              f"{ocr.accuracy:>6.0%}  {text_recall:>11.0%} {text_accuracy:>11.0%}  "
              f"{pages / seconds:>11.2f}", flush=True)
    if total_seconds:
        print(f"{'all scans':38} {'':>4} {total_pages:>5} {'':>5}  {'':>6} {'':>6}  {'':>11} "
              f"{'':>11}  {total_pages / total_seconds:>11.2f}")


if __name__ == "__main__":
    main()
