"""Re-run benchmark: a second `actionplans ingest` over an unchanged corpus.

    .venv/bin/python benchmarks/rerun.py [--n 1000] [--db URL]

Makes N small document files in a temporary folder (copies of the fixture
PDFs with a few bytes appended, so every file has its own sha256), loads
them once (the slow parse is stubbed: each fixture is parsed once and its
records are loaded under every copy's name and hash), then times a real
`actionplans ingest FOLDER` subprocess, which must report all N files
unchanged.  Prints the seconds, and exits 1 if any file was not skipped.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.db import make_engine  # noqa: E402
from models.records import NormalisedDocument  # noqa: E402
from models.store import load_document  # noqa: E402
from pipeline.process import process_file  # noqa: E402

SOURCES = ["herefordshire-2011-02.pdf", "haringey-2011-05.pdf", "somerset-2013-11.pdf",
           "doncaster-2014-03.pdf"]


def make_copies(folder: Path, n: int) -> list[tuple[Path, str, str]]:
    """(copy, its sha256, the fixture it copies); the appended bytes follow %%EOF."""
    copies = []
    for i in range(n):
        source = SOURCES[i % len(SOURCES)]
        data = (ROOT / "data" / "raw" / source).read_bytes() + f"\n% copy {i}\n".encode()
        path = folder / f"{Path(source).stem}-copy{i:04d}.pdf"
        path.write_bytes(data)
        copies.append((path, hashlib.sha256(data).hexdigest(), source))
    return copies


def preload(url: str, copies: list[tuple[Path, str, str]]) -> float:
    """Load every copy as if ingested, parsing each fixture only once."""
    engine = make_engine(url)
    parsed: dict[str, NormalisedDocument] = {}
    started = time.perf_counter()
    for path, sha, source in copies:
        if source not in parsed:
            parsed[source] = process_file(ROOT / "data" / "raw" / source)
        doc = parsed[source]
        record = replace(doc.document, document=path.name, sha256=sha)
        assert load_document(engine, replace(doc, document=record), str(path))
    engine.dispose()
    return time.perf_counter() - started


def rerun(url: str, folder: Path) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "actionplans"), "ingest", str(folder),
                             "--db", url, "-q"], capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - started, (result.stdout + result.stderr).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        url = args.db or f"sqlite:///{tmp}/rerun.db"
        copies = make_copies(folder, args.n)
        print(f"first load of {args.n} documents (parse stubbed): {preload(url, copies):.1f} s")
        seconds, output = rerun(url, folder)
        print(output.splitlines()[-1] if output else "(no output)")
        print(f"re-run over {args.n} unchanged documents: {seconds:.2f} s")
        if f"{args.n} unchanged" not in output:
            sys.exit(1)


if __name__ == "__main__":
    main()
