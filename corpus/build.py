"""Build the fixture corpus in ``data/raw/`` from the plan modules.

    python -m corpus.build [--only STEM ...] [--out DIR]

Each module in ``corpus/plans/`` defines ``STEM`` (the output file name
without extension) and one or both of:

- ``build_docx(path)``: write the plan as a Word document; the builder then
  converts it to ``STEM.pdf`` with LibreOffice headless, as councils do
  (unless the module sets ``PUBLISH_PDF = False``: a plan published as Word only);
- ``build_pdf(path)``: draw the PDF directly (reportlab), another producer
  with its own geometry.

Output bytes are made reproducible: zip entries of a .docx get a fixed
timestamp, and a PDF's creation dates and /ID are overwritten in place.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from types import ModuleType

from corpus import plans

ROOT = Path(__file__).resolve().parent.parent
ZIP_TIME = (2013, 1, 1, 12, 0, 0)


def plan_modules() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(plans.__path__))
    modules = [importlib.import_module(f"corpus.plans.{name}") for name in names]
    # data modules (a plan's long line lists) sit beside the plans without a STEM
    return [m for m in modules if hasattr(m, "STEM")]


def freeze_zip(path: Path) -> None:
    """Rewrite a zip with fixed entry timestamps so rebuilds are byte-identical."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)


def freeze_pdf(path: Path) -> None:
    """Overwrite creation/modification dates and the file /ID, keeping lengths."""
    data = path.read_bytes()

    def same_length_digits(match: re.Match[bytes]) -> bytes:
        return re.sub(rb"\d", b"0", match.group(0))

    data = re.sub(rb"D:\d{14}", same_length_digits, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]{32}", lambda m: m.group(0)[:-32] + b"0" * 32, data)
    path.write_bytes(data)


def docx_to_pdf(docx: Path, pdf: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice not found: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", "pdf", "--outdir", tmp, str(docx)],
            check=True, capture_output=True, timeout=300,
        )
        shutil.move(Path(tmp) / (docx.stem + ".pdf"), pdf)


def build(module: ModuleType, out: Path) -> list[Path]:
    written: list[Path] = []
    stem = module.STEM
    if hasattr(module, "build_docx"):
        docx = out / f"{stem}.docx"
        module.build_docx(docx)
        freeze_zip(docx)
        written.append(docx)
        if getattr(module, "PUBLISH_PDF", True):
            pdf = out / f"{stem}.pdf"
            docx_to_pdf(docx, pdf)
            freeze_pdf(pdf)
            written.append(pdf)
    if hasattr(module, "build_pdf"):
        pdf = out / f"{stem}.pdf"
        module.build_pdf(pdf)
        freeze_pdf(pdf)
        written.append(pdf)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="build only these stems")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "raw")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for module in plan_modules():
        if args.only and module.STEM not in args.only:
            continue
        for path in build(module, args.out):
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


if __name__ == "__main__":
    main()
