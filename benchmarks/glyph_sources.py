"""Benchmark: gathering a page's glyphs and paths with pdfplumber and with PDFium.

For every PDF page in data/raw/ (or the files given), each source gathers
what the table finding consumes: the characters and the rects, lines and
curves (pdfplumber: ``page.chars``, ``.rects``, ``.lines``, ``.curves``;
PDFium: ``extractors.pdf.pdfium_source.read_page``), each page closed after
use.  CPU seconds are ``time.process_time`` (this process only, so other
load on the machine matters less than for wall time).  Prints both sources
side by side and the ratio, with the anchor the speed issue asks for (PDFium
at about a quarter of pdfplumber's CPU).  A script that prints figures, not
a timed test:

    .venv/bin/python benchmarks/glyph_sources.py [--repeat N] [files...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import pdfplumber  # noqa: E402

from extractors.pdf.pdfium_source import open_document, read_page  # noqa: E402

ANCHOR_RATIO = 0.25  # issue 16: PDFium at about a quarter of pdfplumber's CPU


def gather_pdfplumber(path: Path) -> tuple[int, int]:
    """Pages read and objects gathered."""
    objects = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            objects += len(page.chars) + len(page.rects) + len(page.lines) + len(page.curves)
            page.close()
        return len(pdf.pages), objects


def gather_pdfium(path: Path) -> tuple[int, int]:
    objects = 0
    with open_document(path) as document:
        for index in range(len(document)):
            page = read_page(document, index)
            objects += len(page.chars) + len(page.rects) + len(page.lines) + len(page.curves)
            page.close()
        return len(document), objects


SOURCES = {"pdfplumber": gather_pdfplumber, "pdfium": gather_pdfium}


def measure(files: list[Path], repeat: int) -> dict[str, tuple[float, int, int]]:
    """Per source: the best CPU seconds over ``repeat`` runs, pages, objects."""
    results: dict[str, tuple[float, int, int]] = {}
    for name, gather in SOURCES.items():
        best = float("inf")
        pages = objects = 0
        for _ in range(repeat):
            start = time.process_time()
            counts = [gather(path) for path in files]
            best = min(best, time.process_time() - start)
            pages = sum(p for p, _ in counts)
            objects = sum(o for _, o in counts)
        results[name] = (best, pages, objects)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="runs per source (best is kept)")
    args = parser.parse_args(argv)
    files = args.files or sorted((REPO / "data" / "raw").glob("*.pdf"))
    results = measure(files, max(1, args.repeat))
    print(f"{len(files)} PDF files")
    print(f"{'source':<12}{'CPU s':>9}{'pages':>8}{'pages/s':>10}{'objects':>10}")
    for name, (seconds, pages, objects) in results.items():
        rate = pages / seconds if seconds else float("inf")
        print(f"{name:<12}{seconds:>9.2f}{pages:>8}{rate:>10.1f}{objects:>10}")
    ratio = results["pdfium"][0] / results["pdfplumber"][0]
    print(f"pdfium / pdfplumber CPU: {ratio:.2f} (anchor: about {ANCHOR_RATIO:.2f}, issue 16)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
