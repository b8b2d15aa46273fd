"""Benchmark: the PDF extractor against pdfplumber's own ``extract_tables``.

For every PDF in data/raw/, each method runs in a fresh subprocess (so one
method's caches and imports cannot help or hurt the other) and reports its
wall time and peak resident memory (``ru_maxrss``), measured the same way for
both:

- ``extract_pdf``: the whole extraction (tables, cells, spans, fills,
  stitching, text blocks);
- ``pdfplumber``: ``pdfplumber.open`` then ``page.extract_tables()`` with
  default settings on every page (each page closed after use, as we do).

Prints pages/second and peak MB per file and in total, and our/pdfplumber
ratios.  A script that prints figures, not a timed test:

    .venv/bin/python benchmarks/extraction.py [--repeat N] [files...]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
METHODS = ("extract_pdf", "pdfplumber")


def run_extract_pdf(path: Path) -> int:
    from extractors.pdf.extract import extract_pdf

    return extract_pdf(path).page_count or 0


def run_pdfplumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def child(method: str, path: Path) -> None:
    """Run one method once in this process and print its figures as JSON."""
    sys.path.insert(0, str(REPO))
    import pdfplumber  # noqa: F401  (imports are not part of the measured time)

    import extractors.pdf.extract  # noqa: F401

    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    pages = run_extract_pdf(path) if method == "extract_pdf" else run_pdfplumber(path)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"pages": pages, "seconds": seconds, "peak_mb": peak_kb / 1024,
                      "base_mb": base_kb / 1024}))


def measure(method: str, path: Path, repeat: int) -> dict[str, float]:
    """Best time and highest peak over ``repeat`` fresh subprocesses."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, __file__, "--child", method, str(path)],
                             capture_output=True, text=True, check=True, cwd=REPO)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {"pages": runs[0]["pages"], "seconds": min(r["seconds"] for r in runs),
            "peak_mb": max(r["peak_mb"] for r in runs), "base_mb": runs[0]["base_mb"]}


def row(name: str, ours: dict[str, float], theirs: dict[str, float]) -> str:
    ours_pps = ours["pages"] / ours["seconds"]
    theirs_pps = theirs["pages"] / theirs["seconds"]
    return (f"{name:34} {int(ours['pages']):5d} {ours_pps:9.1f} {theirs_pps:9.1f} "
            f"{ours['seconds'] / theirs['seconds']:7.2f}x {ours['peak_mb']:8.1f} "
            f"{theirs['peak_mb']:8.1f} {ours['peak_mb'] / theirs['peak_mb']:7.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", nargs=2, metavar=("METHOD", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    files = args.files or sorted((REPO / "data" / "raw").glob("*.pdf"))
    if not files:
        print("no PDFs in data/raw/")
        return
    print(f"{'file':34} {'pages':>5} {'ours p/s':>9} {'plumb p/s':>9} {'time':>8} "
          f"{'ours MB':>8} {'plumb MB':>8} {'memory':>8}")
    totals = {m: {"pages": 0.0, "seconds": 0.0, "peak_mb": 0.0} for m in METHODS}
    for path in files:
        ours, theirs = (measure(m, path, args.repeat) for m in METHODS)
        print(row(path.name, ours, theirs), flush=True)
        for method, figures in zip(METHODS, (ours, theirs), strict=True):
            totals[method]["pages"] += figures["pages"]
            totals[method]["seconds"] += figures["seconds"]
            totals[method]["peak_mb"] = max(totals[method]["peak_mb"], figures["peak_mb"])
    print(row("TOTAL (peak = max over files)", totals["extract_pdf"], totals["pdfplumber"]))
    print(f"(peak MB is the child's max RSS, interpreter and imports included: "
          f"~{ours['base_mb']:.0f} MB before any file is opened)")


if __name__ == "__main__":
    main()
