"""PDF extractor: a file -> RawDocument (tables, text blocks, warnings).

It records what the file draws and never interprets it: a green cell is
``fill="#00b050"``, not "complete".

Pages are processed one at a time and closed at once (``page.close()`` drops
pdfplumber's per-page caches: without it a 619-page file grew past 2 GB).
A page that fails or is too big is skipped with a warning; the document
fails only when nothing is left.  Every failure leaves as an InputError.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from extractors import geometry as geo
from extractors.blocks import with_block_tables
from extractors.pdf.chars import drop_overprinted
from extractors.pdf.find import find_frames
from extractors.pdf.opening import (
    content_released,
    input_error,
    open_pdf,
    page_list,
    sha256_of,
    sniff,
)
from extractors.pdf.page_split import Helper, fork_helper, page_runs
from extractors.pdf.pdfium_reader import PageReader, page_reader
from extractors.pdf.stitch import Stitcher, ends_page, starts_page
from extractors.pdf.tables import PageTable, build_page_table
from extractors.pdf.text import text_blocks
from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings, GlyphSource
from extractors.versions import PDF_VERSION
from models.errors import CorruptDocument, EmptyDocument, InputError, NeedsOCR, TimedOut
from models.records import RawDocument, TextBlock, TextSource

EXTRACTOR_VERSION = PDF_VERSION


class PageSkipped(Exception):
    """A page left out on purpose (too many objects); the reason is the message."""


@dataclass
class PageResult:
    number: int
    height: float
    n_chars: int
    n_images: int
    parts: list[PageTable]
    blocks: list[TextBlock]


@dataclass
class DocumentState:
    """What the page loop has gathered so far."""

    stitcher: Stitcher = field(default_factory=Stitcher)
    blocks: list[TextBlock] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    order: int = 0
    text_pages: int = 0
    image_only: list[int] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: int = 0
    # pages read by OCR, with Tesseract's mean word confidence
    ocr_pages: list[tuple[int, float]] = field(default_factory=list)
    layer_pages: int = 0  # pages whose text came from the file's own text layer
    source: str = "pdfium"  # the glyph source the file was read with (pdfium_reader.py)


def extract_pdf(path: Path, settings: ExtractionSettings = DEFAULT_SETTINGS) -> RawDocument:
    """Extract one PDF; raises only InputError subclasses (models/errors.py)."""
    path = Path(path)
    try:
        return _extract(path, settings)
    except InputError:
        raise
    except Exception as exc:  # whatever the parser throws is this file's problem
        raise input_error(path, exc) from exc


def _extract(path: Path, settings: ExtractionSettings) -> RawDocument:
    sniff(path, settings)
    digest = sha256_of(path)
    state, page_count = read_pages(path, settings)
    if nothing_read(state, settings):
        state = read_with_other_source(path, settings, state) or state
    check_outcome(path, state, page_count)
    raw = RawDocument(name=path.name, file_type="pdf", sha256=digest, page_count=page_count,
                      blocks=tuple(state.blocks), tables=state.stitcher.result(),
                      warnings=tuple(state.warnings + image_only_warning(state.image_only)),
                      extractor_version=EXTRACTOR_VERSION, text_source=text_source(state),
                      ocr_pages=tuple(state.ocr_pages))
    return with_block_tables(raw)


def read_pages(path: Path, settings: ExtractionSettings) -> tuple[DocumentState, int]:
    """Every page read with the configured glyph source; the state and the page count.
    With ``settings.page_processes`` > 1 a long file's later pages are read by forked
    helpers meanwhile (page_split.py), then joined in page order."""
    state = DocumentState()
    with open_pdf(path) as pdf, page_reader(pdf, settings.glyph_source) as glyphs:
        pages = page_list(path, pdf, settings)
        page_count = len(pages)
        first, *later = page_runs(page_count, settings.page_processes)
        helpers = [fork_helper(partial(read_run, path, settings, run)) for run in later]
        try:
            for number in first:
                apply(state, read_one(pages[number - 1], number, settings, glyphs.read, state))
            for run in later:  # each helper's pages in turn, once its run is read
                join_run(state, helpers.pop(0), run, lambda n: read_one(
                    pages[n - 1], n, settings, glyphs.read, state), glyphs.warnings)
        finally:
            for helper in helpers:  # left early (an error): none may outlive the file
                if helper is not None:
                    helper.stop()
        state.source = glyphs.source
        state.warnings[:0] = glyphs.warnings
    return state, page_count


@dataclass
class PageOutcome:
    """One page read, before it joins the document: its tables and text, or why not."""

    number: int
    result: PageResult | None = None
    skipped: str | None = None  # left out on purpose (PageSkipped's reason)
    failed: str | None = None  # the page failed: the error in words
    scanned: bool = False  # images and no text, left for the main process to OCR in order


@dataclass
class RunAnswer:
    """What a helper sends back for its run of pages."""

    pages: dict[int, PageOutcome]
    warnings: list[str]  # pages its glyph source could not load


def read_run(path: Path, settings: ExtractionSettings, run: range) -> RunAnswer:
    """A helper's work: its run of pages read from the file opened afresh.  A scanned
    page is only marked: the main process OCRs it, in page order, within the budget."""
    with open_pdf(path) as pdf, page_reader(pdf, settings.glyph_source) as glyphs:
        pages = list(pdf.pages)
        outcomes = {n: read_one(pages[n - 1], n, settings, glyphs.read, None) for n in run}
        return RunAnswer(outcomes, glyphs.warnings)


def join_run(state: DocumentState, helper: Helper | None, run: range,
             read_here: Callable[[int], PageOutcome], warnings: list[str]) -> None:
    """A helper's pages added in order; a page it did not read (it failed, or the page
    needs OCR) is read here."""
    answer = helper.answer() if helper is not None else None
    outcomes = answer.pages if isinstance(answer, RunAnswer) else {}
    for number in run:
        outcome = outcomes.get(number)
        apply(state, read_here(number) if outcome is None or outcome.scanned else outcome)
    if isinstance(answer, RunAnswer):
        warnings.extend(w for w in answer.warnings if w not in warnings)


# what each source's glyphs are read by, as a warning names it
READERS = {"pdfplumber": "pdfminer", "pdfium": "PDFium"}
OTHER_SOURCE: dict[str, GlyphSource] = {"pdfplumber": "pdfium", "pdfium": "pdfplumber"}


def nothing_read(state: DocumentState, settings: ExtractionSettings) -> bool:
    """The configured source found no text on any page, with no page OCR'd or skipped for
    its size: every page blank or failed.  Each reader loses text the other reads
    (pdfminer: an inline image whose data holds "EI" ends the image early and the rest
    of the stream is misread; PDFium: a page it cannot load), so the file is not yet
    called empty or corrupt.  Not when the file already fell back to pdfplumber because
    PDFium could not open it: the other source was tried."""
    return (state.source == settings.glyph_source and not state.text_pages
            and not state.ocr_pages and not state.skipped)


def read_with_other_source(path: Path, settings: ExtractionSettings,
                           first: DocumentState) -> DocumentState | None:
    """The document read again with the other glyph source, when that finds text
    (a warning first says why); else None, and the first answer stands."""
    from pypdfium2 import PdfiumError

    other = OTHER_SOURCE[settings.glyph_source]
    try:
        state, page_count = read_pages(path, replace(settings, glyph_source=other))
    except NeedsOCR:  # the other sees scanned pages the first did not: the truer reason
        raise
    except (InputError, PdfiumError):  # it cannot read it either
        return None
    if not state.text_pages:
        return None
    failed = (f" ({len(first.failed)} of {page_count} pages failed; first: {first.failed[0]})"
              if first.failed else "")
    name = "PDFium" if other == "pdfium" else "pdfplumber"
    state.warnings.insert(0, f"{READERS[settings.glyph_source]} read no text on any "
                             f"page{failed}; the text was read with {name} instead")
    return state


def text_source(state: DocumentState) -> TextSource:
    if not state.ocr_pages:
        return "text"
    return "mixed" if state.layer_pages else "ocr"


def read_one(page: Any, number: int, settings: ExtractionSettings, glyphs: PageReader,
             state: DocumentState | None) -> PageOutcome:
    """Read one page, then release it; a failure becomes the outcome's words.
    ``glyphs`` gives the page's glyphs and paths from the configured source; a
    scanned page is OCR'd within ``state``'s budget, or with no state only marked."""
    try:
        with content_released(page):
            source = glyphs(page, number)
            if is_scanned(source):
                if state is None:
                    return PageOutcome(number, scanned=True)
                source = ocr_if_scanned(source, number, state, settings)
            return PageOutcome(number, result=read_page(source, number, settings))
    except PageSkipped as skip:
        return PageOutcome(number, skipped=str(skip))
    except NeedsOCR:  # no Tesseract on this machine: every scanned page would fail alike
        raise
    except Exception as exc:  # one broken page must not lose the others
        return PageOutcome(number, failed=input_error(Path(f"page {number}"), exc).message)
    finally:
        page.close()


def apply(state: DocumentState, outcome: PageOutcome) -> None:
    """Add one page's outcome to the document, in page order."""
    if outcome.result is not None:
        try:
            add_page(state, outcome.result)
            return
        except Exception as exc:  # a page that cannot be stitched in is lost alone
            outcome = PageOutcome(outcome.number,
                                  failed=input_error(Path(f"page {outcome.number}"), exc).message)
    if outcome.skipped is not None:
        state.skipped += 1
        state.warnings.append(f"page {outcome.number}: skipped: {outcome.skipped}")
    elif outcome.failed is not None:
        state.failed.append(outcome.failed)
        state.warnings.append(f"{outcome.failed}; page skipped")
    state.stitcher.end_page(False)


def is_scanned(page: Any) -> bool:
    return not page.chars and bool(page.images)


def ocr_if_scanned(page: Any, number: int, state: DocumentState,
                   settings: ExtractionSettings) -> Any:
    """The page itself, or, for a page of images with no text, its OCR reading
    (while the file's OCR page budget lasts; later scanned pages stay image-only)."""
    if not is_scanned(page) or len(state.ocr_pages) >= settings.max_ocr_pages:
        return page
    # imported here: OpenCV is a fifth of a worker's start-up, and most plans have a text layer
    from extractors.ocr import ocr_page

    try:
        read = ocr_page(page, number, settings)
    except TimedOut as exc:
        raise PageSkipped(f"OCR stopped: {exc.detail}") from exc
    state.ocr_pages.append((number, read.confidence))
    if read.skew:
        state.warnings.append(f"page {number}: scanned page OCR'd (straightened by "
                              f"{read.skew:g}°, mean word confidence {read.confidence:.0%})")
    else:
        state.warnings.append(f"page {number}: scanned page OCR'd "
                              f"(mean word confidence {read.confidence:.0%})")
    return read


def check_limits(page: Any, settings: ExtractionSettings) -> None:
    objects: Mapping[str, Sequence[Any]] = page.objects
    n_chars = len(objects.get("char", ()))
    n_objects = sum(len(v) for v in objects.values())
    if n_chars > settings.max_chars_per_page:
        raise PageSkipped(f"{n_chars} characters > limit {settings.max_chars_per_page}")
    if n_objects > settings.max_objects_per_page:
        raise PageSkipped(f"{n_objects} objects > limit {settings.max_objects_per_page}")


def read_page(page: Any, number: int, settings: ExtractionSettings) -> PageResult:
    check_limits(page, settings)
    chars = drop_overprinted(page.chars)
    frames = find_frames(page, settings)
    built = (build_page_table(f, chars, page.rects, number, settings) for f in frames)
    parts = [p for p in built if p is not None]
    outside = geo.centres_outside(chars, (p.bbox for p in parts))
    blocks = text_blocks(outside, number, settings)
    return PageResult(number, float(page.height), len(chars), len(page.images), parts, blocks)


def add_page(state: DocumentState, result: PageResult) -> None:
    """Stitch the page's tables and give tables and blocks their reading order."""
    count_text(state, result)
    parts = sorted(result.parts, key=lambda p: p.bbox.top)
    block_boxes = [b.bbox for b in result.blocks if b.bbox is not None]
    items: list[tuple[float, int, Any]] = [(b.bbox.top if b.bbox else 0.0, 1, b)
                                           for b in result.blocks]
    for i, part in enumerate(parts):
        others = block_boxes + [p.bbox for p in parts if p is not part]
        if i == 0 and state.stitcher.continues(part, starts_page(part, others, result.height)):
            state.stitcher.extend(part)
        else:
            items.append((part.bbox.top, 0, part))
    for _, _, item in sorted(items, key=lambda t: (t[0], t[1])):
        place(state, item)
    last_ends = bool(parts) and ends_page(parts[-1], block_boxes, result.height)
    state.stitcher.end_page(last_ends)


def place(state: DocumentState, item: TextBlock | PageTable) -> None:
    if isinstance(item, PageTable):
        state.stitcher.start(item, state.order)
    else:
        state.blocks.append(replace(item, order=state.order))
    state.order += 1


def count_text(state: DocumentState, result: PageResult) -> None:
    ocr_read = result.number in dict(state.ocr_pages)
    if result.n_chars:
        state.text_pages += 1
        state.layer_pages += not ocr_read
    elif result.n_images and not ocr_read:
        state.image_only.append(result.number)  # an OCR'd page with no words was still read


def image_only_warning(pages: Iterable[int]) -> list[str]:
    numbers = list(pages)
    if not numbers:
        return []
    shown = ", ".join(map(str, numbers[:20])) + (" …" if len(numbers) > 20 else "")
    return [f"pages without text, only images (scanned?): {shown}"]


def check_outcome(path: Path, state: DocumentState, page_count: int) -> None:
    """Refuse a document with nothing usable: every page failed, scanned, or blank."""
    if len(state.failed) == page_count:
        raise CorruptDocument(str(path), f"every page failed; first: {state.failed[0]}")
    if state.text_pages or state.skipped:
        return
    if state.image_only:
        raise NeedsOCR(str(path), f"{len(state.image_only)} of {page_count} pages are images "
                                  f"and the OCR page budget (--max-ocr-pages) is spent")
    if state.ocr_pages:
        raise EmptyDocument(str(path), f"no text on any page (OCR found none on "
                                       f"{len(state.ocr_pages)} scanned pages)")
    raise EmptyDocument(str(path), "no text on any page")
