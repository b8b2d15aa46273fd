"""Legacy Word, RTF and OpenDocument versions of a fixture plan, made by LibreOffice.

    python -m corpus.formats.office [--out DIR]

Councils still publish plans as Word 97-2003 ``.doc``, ``.rtf`` and
``.odt``; these are LibreOffice's conversions of a fixture ``.docx`` (as a
council's own "Save as" would make them), checked against the plan's golden
file unchanged.  LibreOffice stamps its own version and the time into the
files, so rebuilt bytes differ while their content does not.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
OUT = ROOT / "data" / "formats"
PLANS = ("haringey-2011-05",)
FILTERS = {"doc": "doc:MS Word 97", "odt": "odt:writer8", "rtf": "rtf:Rich Text Format"}


def convert(source: Path, suffix: str, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="corpus-office-") as tmp:
        profile = Path(tmp, "profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                        "--convert-to", FILTERS[suffix], "--outdir", tmp, str(source)],
                       check=True, capture_output=True, timeout=300)
        made = Path(tmp) / f"{source.stem}.{suffix}"
        target = out / made.name
        shutil.copyfile(made, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    for stem in PLANS:
        for suffix in FILTERS:
            print(f"wrote {convert(RAW / f'{stem}.docx', suffix, args.out)}")


if __name__ == "__main__":
    main()
