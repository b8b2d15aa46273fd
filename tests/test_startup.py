"""Start-up paid once: parse workers load only what parsing needs.

Structural checks (no timings): which heavy modules a fresh interpreter has
loaded after importing the worker's parse entry point, and which modules a
real worker process has loaded when it parses.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models.errors import NotADocument
from models.records import NormalisedDocument
from pipeline.worker import parse_one

ROOT = Path(__file__).resolve().parents[1]
NOT_FOR_PARSING = ("click", "sqlalchemy", "alembic")


def loaded_after(code: str) -> set[str]:
    probe = (f"{code}\nimport sys\n"
             "print(' '.join(sorted(m for m in sys.modules if '.' not in m)))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=ROOT, check=True, timeout=300)
    return set(out.stdout.split())


def test_parse_entry_point_imports_no_cli_or_database() -> None:
    loaded = loaded_after("import pipeline.worker, pipeline.worker_child, pipeline.process")
    assert "pdfplumber" in loaded  # the probe sees what parsing loads
    assert not loaded & set(NOT_FOR_PARSING)


def report_modules(path: Path, settings: object, authority: str | None) -> NormalisedDocument:
    """A stand-in parser run inside a real worker: it answers with the heavy
    modules that worker has loaded (an input error is the one answer with text)."""
    heavy = sorted(m for m in ("sqlalchemy", "alembic", "pipeline.cli", "pdfplumber")
                   if m in sys.modules)
    raise NotADocument(str(path), "loaded: " + " ".join(heavy))


def test_a_worker_has_not_loaded_the_cli_or_the_database(tmp_path: Path) -> None:
    # the test process itself has loaded the CLI and SQLAlchemy: a worker must not
    # inherit them by re-running the parent's main module
    import pipeline.cli  # noqa: F401

    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    result = parse_one(path, processor=report_modules)
    assert result.problem is not None
    detail = result.problem.detail
    assert detail.startswith("loaded:")
    assert "pdfplumber" in detail  # preloaded parsing modules are there
    for name in ("sqlalchemy", "alembic", "pipeline.cli"):
        assert name not in detail.split()


def test_help_does_not_load_spacy() -> None:
    loaded = loaded_after("import sys\nsys.argv = ['actionplans', '--help']\n"
                          "from pipeline.cli import main\n"
                          "try:\n    main()\nexcept SystemExit:\n    pass")
    assert "click" in loaded
    assert "spacy" not in loaded
