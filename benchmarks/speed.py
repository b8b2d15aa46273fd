"""Benchmark: ingest speed beside bare pdfplumber and pypdfium2, worker memory, start-up.

Generates (``benchmarks/generated_plan.py``, deterministic) a 30-, a 300- and
a 1,000-page ruled landscape plan in a temporary folder, then prints side by
side:

- pages/s of ``actionplans ingest`` end to end (the real command, a fresh
  SQLite database, command start-up included): with the defaults (PDFium glyphs,
  one worker per CPU, so the lone file reads its later pages in the idle ones:
  extractors/pdf/page_split.py), in one process (``-j 1``), and with
  ``--glyph-source pdfplumber``;
- pages/s of bare pdfplumber ``page.extract_tables()`` with ``page.close()``
  and of pypdfium2 text extraction, each in a fresh process, imports excluded;
- the ratio of ingest's time to pdfplumber's;
- the worker's peak RSS (``ru_maxrss`` of a process doing exactly a worker's
  work: the forkserver's preloaded modules, then one file) for 30, 300 and
  1,000 pages, beside its RSS before the file;
- the start-up time of ``actionplans --help``, and of an unchanged re-run
  (``actionplans ingest`` of a file already loaded: skipped by its hash, so
  nothing is parsed and no worker starts).

A script that prints figures, not a timed test; machines are noisy, so read the
ratios.  ``--quick`` skips the 1,000-page plan (which takes minutes on a busy
machine), ``--sizes`` picks the lengths.

    .venv/bin/python benchmarks/speed.py [--quick] [--sizes 30 300 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
ACTIONPLANS = Path(sys.executable).parent / "actionplans"


# --- measured in fresh child processes ---------------------------------------------------

def child_pdfplumber(path: Path) -> dict[str, float]:
    import pdfplumber

    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.close()
        pages = len(pdf.pages)
    return {"pages": pages, "seconds": time.perf_counter() - start}


def child_pdfium(path: Path) -> dict[str, float]:
    import pypdfium2

    start = time.perf_counter()
    document = pypdfium2.PdfDocument(str(path))
    pages = len(document)
    for index in range(pages):
        page = document[index]
        text = page.get_textpage()
        text.get_text_range()
        text.close()
        page.close()
    document.close()
    return {"pages": pages, "seconds": time.perf_counter() - start}


def child_worker(path: Path) -> dict[str, float]:
    """A worker's work in this process: the preload, then one file."""
    import pipeline.worker_preload  # noqa: F401  (what the forkserver imports)
    from pipeline.process import process_file

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    document = process_file(path)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"pages": document.document.page_count or 0, "seconds": seconds,
            "base_mb": base, "peak_mb": peak}


CHILDREN = {"pdfplumber": child_pdfplumber, "pdfium": child_pdfium, "worker": child_worker}


def in_child(method: str, path: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", method, str(path)],
                         capture_output=True, text=True, check=True, cwd=REPO, env=this_tree())
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def ingest(path: Path, folder: Path, glyph_source: str | None = None, jobs: int = 0) -> float:
    """Wall seconds of `actionplans ingest FILE` into a fresh SQLite database, with the
    default glyph source or the one named; ``jobs`` 0 is the default (one worker per
    CPU: a lone file reads its pages in them), 1 one process."""
    db = folder / f"{path.stem}.db"
    db.unlink(missing_ok=True)
    source = ["--glyph-source", glyph_source] if glyph_source else []
    start = time.perf_counter()
    subprocess.run([str(ACTIONPLANS), "ingest", str(path), "--db", f"sqlite:///{db}",
                    "-j", str(jobs), "--timeout", "3600", "-q", *source], check=True,
                   capture_output=True, cwd=folder, env=this_tree())
    return time.perf_counter() - start


def this_tree() -> dict[str, str]:
    """The environment with this checkout first on the path (the command runs elsewhere)."""
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of the command; on a busy machine the CPU
    time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, check=True, capture_output=True, text=True, cwd=cwd,
                            env=this_tree())
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert "Traceback" not in result.stderr, result.stderr
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best_of(command: list[str], cwd: Path | None = None, repeat: int = 3) -> str:
    runs = [timed(command, cwd) for _ in range(repeat)]
    return (f"{min(w for w, _ in runs):.2f} s wall, {min(c for _, c in runs):.2f} s CPU "
            f"(best of {repeat})")


def help_figure() -> str:
    return best_of([str(ACTIONPLANS), "--help"])


def rerun_figure(path: Path, folder: Path) -> str:
    """`actionplans ingest FILE` when FILE is already loaded (by `ingest` in speed_rows):
    skipped by its hash, so nothing is parsed and no worker starts."""
    db = folder / f"{path.stem}.db"
    command = [str(ACTIONPLANS), "ingest", str(path), "--db", f"sqlite:///{db}", "-q"]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=folder,
                         env=this_tree()).stdout
    assert "1 unchanged" in out, out
    return best_of(command, folder)


# --- the report ---------------------------------------------------------------------------

# ingest's wall time is the best of this many runs: the first run after a change of the
# code also compiles its modules, and a busy machine adds seconds at random
INGEST_RUNS = 2


def speed_rows(plans: dict[int, Path], folder: Path) -> None:
    """Ingest with the defaults (PDFium glyphs, one worker per CPU), in one process
    (-j 1), and with pdfplumber's glyphs, beside bare pdfplumber and bare pypdfium2 (each
    one process); the ratios are ingest's times to pdfplumber's."""
    print(f"{len(os.sched_getaffinity(0))} CPUs; ingest: the defaults, and -j 1 (one process)")
    print(f"{'plan':>6} {'pages':>5} {'ingest p/s':>10} {'-j 1 p/s':>9} {'(plumber src)':>13} "
          f"{'plumber p/s':>11} {'pdfium p/s':>10} {'ingest/plumber':>14} {'-j 1/plumber':>12}")
    for asked in (n for n in (30, 300) if n in plans):
        path = plans[asked]
        plumber, pdfium = in_child("pdfplumber", path), in_child("pdfium", path)
        pages = plumber["pages"]
        seconds = min(ingest(path, folder) for _ in range(INGEST_RUNS))
        one = min(ingest(path, folder, jobs=1) for _ in range(INGEST_RUNS))
        plumber_source = min(ingest(path, folder, "pdfplumber") for _ in range(INGEST_RUNS))
        print(f"{asked:>6} {int(pages):>5} {pages / seconds:>10.1f} {pages / one:>9.1f} "
              f"{pages / plumber_source:>13.1f} {pages / plumber['seconds']:>11.1f} "
              f"{pages / pdfium['seconds']:>10.0f} {seconds / plumber['seconds']:>13.2f}x "
              f"{one / plumber['seconds']:>11.2f}x", flush=True)


def memory_rows(plans: dict[int, Path]) -> None:
    print(f"\n{'plan':>10} {'pages':>5} {'worker MB before':>16} {'peak MB':>8} {'MB/page':>8}")
    for asked, path in plans.items():
        figures = in_child("worker", path)
        growth = (figures["peak_mb"] - figures["base_mb"]) / max(1, figures["pages"])
        print(f"{asked:>10} {int(figures['pages']):>5} {figures['base_mb']:>16.0f} "
              f"{figures['peak_mb']:>8.0f} {growth:>8.3f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1,000-page plan")
    parser.add_argument("--sizes", type=int, nargs="+", default=[30, 300, 1000],
                        help="plan lengths to generate (speed rows for 30 and 300 only)")
    parser.add_argument("--child", nargs=2, metavar=("METHOD", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child[0]](Path(args.child[1]))))
        return
    from benchmarks.generated_plan import write_plan

    sizes = [n for n in args.sizes if n != 1000] if args.quick else args.sizes
    with tempfile.TemporaryDirectory(prefix="actionplans-speed-") as tmp:
        folder = Path(tmp)
        plans = {n: write_plan(folder / f"plan-{n}.pdf", n) for n in sizes}
        print(f"actionplans --help: {help_figure()}\n", flush=True)
        speed_rows(plans, folder)
        if 30 in plans:
            print(f"\nactionplans ingest, the 30-page plan unchanged: "
                  f"{rerun_figure(plans[30], folder)}", flush=True)
        memory_rows(plans)


if __name__ == "__main__":
    main()
