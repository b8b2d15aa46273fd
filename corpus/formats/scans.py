"""Scanned (image-only) versions of fixture plans, for the OCR path.

    python -m corpus.formats.scans [--out DIR]

Each plan's text PDF in data/raw/ is rasterised with poppler's pdftoppm at
150 and 300 dpi, then made to look scanned: turned by a small angle (a
different one per page), blurred a little, given grain and dust specks, and
saved as JPEG pages in an image-only PDF (Pillow) with no text layer at all.
Everything is seeded, so rebuilding gives the same bytes on the same
poppler, Pillow and numpy.  The scans are checked against the text plans'
own golden files (tests/test_scanned.py).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
OUT = ROOT / "data" / "scanned"
# small plans with different layouts: a colour-only BRAG column with a legend
# (doncaster), merged themes (haringey), a status word column (herefordshire),
# a portrait plan (somerset)
PLANS = ("doncaster-2014-03", "haringey-2011-05", "herefordshire-2011-02", "somerset-2013-11")
RESOLUTIONS = (150, 300)
# degrees each page is turned by, in turn (a hand-fed scanner's skew)
SKEWS = (0.8, -1.2, 0.5, -0.7, 1.5, -0.4)
GRAIN_SIGMA = 6.0
DUST_SHARE = 0.0002
JPEG_QUALITY = 70
FIXED_DATE = datetime(2014, 6, 1, 12, 0, 0)


def scan_name(stem: str, dpi: int) -> str:
    return f"{stem}-scan{dpi}.pdf"


def rasterise(pdf: Path, dpi: int, workdir: Path) -> list[Path]:
    prefix = workdir / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(workdir.glob("page*.png"))


def age(image: Image.Image, page_index: int, rng: np.random.Generator) -> Image.Image:
    """Skew, blur, grain and dust: what a flatbed scan of a printout adds."""
    skewed = image.convert("RGB").rotate(SKEWS[page_index % len(SKEWS)], resample=Image.BICUBIC,
                                         fillcolor=(255, 255, 255))
    blurred = skewed.filter(ImageFilter.GaussianBlur(radius=0.6))
    pixels = np.asarray(blurred).astype(np.float32)
    pixels += rng.normal(0.0, GRAIN_SIGMA, pixels.shape[:2])[:, :, None]
    dust = rng.random(pixels.shape[:2]) < DUST_SHARE
    pixels[dust] = 30.0
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def build_scan(stem: str, dpi: int, out: Path) -> Path:
    rng = np.random.default_rng(seed_of(stem, dpi))
    with tempfile.TemporaryDirectory() as tmp:
        pages = [age(Image.open(p), i, rng) for i, p in enumerate(rasterise(RAW / f"{stem}.pdf",
                                                                          dpi, Path(tmp)))]
    target = out / scan_name(stem, dpi)
    pages[0].save(target, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi),
                  quality=JPEG_QUALITY, creation_date=FIXED_DATE, modification_date=FIXED_DATE,
                  producer="corpus/formats/scans.py", title=stem)
    return target


def seed_of(stem: str, dpi: int) -> int:
    """A seed from the name (Python's hash() of a str differs between runs)."""
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(stem)) * 1000 + dpi


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for stem in PLANS:
        for dpi in RESOLUTIONS:
            print(f"wrote {build_scan(stem, dpi, args.out)}")


if __name__ == "__main__":
    main()
