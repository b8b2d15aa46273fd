"""One exception hierarchy for document-level problems.

Every error names the file and carries a short machine-readable ``reason``
(stored in the errors table) beside a message a person understands.
Line-level problems are not exceptions: they become ``Rejection`` records.
"""

from __future__ import annotations


class ActionPlansError(Exception):
    """Base of every error this project raises on purpose."""

    reason = "error"

    def __init__(self, path: str, detail: str = "") -> None:
        self.path = path
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.path}: {self.summary}"
        return f"{text} ({self.detail})" if self.detail else text

    summary = "could not be processed"


class InputError(ActionPlansError):
    """The file itself cannot be turned into an action plan."""


class UnsupportedFileType(InputError):
    reason = "unsupported_type"
    summary = "not a format actionplans reads"


class NotADocument(InputError):
    reason = "not_a_document"
    summary = "the content is not what the file name says"


class EncryptedDocument(InputError):
    reason = "encrypted"
    summary = "encrypted: password required"


class CorruptDocument(InputError):
    reason = "corrupt"
    summary = "corrupt or truncated file"


class EmptyDocument(InputError):
    reason = "empty"
    summary = "the file is empty or has no pages"


class NeedsOCR(InputError):
    reason = "no_text_layer"
    summary = "no text layer (scanned pages): needs OCR"


class NoActionTable(InputError):
    reason = "no_action_table"
    summary = "no action table found"


class TooLarge(InputError):
    reason = "too_large"
    summary = "too large to process safely"


class TimedOut(InputError):
    reason = "timed_out"
    summary = "processing took longer than the time limit"


class WorkerCrashed(InputError):
    reason = "crashed"
    summary = "the parser crashed on this file"


class LoadFailed(ActionPlansError):
    """The document was read but the database refused it (not the input's fault)."""

    reason = "load_failed"
    summary = "read, but could not be stored in the database"


class Unreadable(InputError):
    """The file (or folder) is there but cannot be read: permissions, an I/O error."""

    reason = "unreadable"
    summary = "cannot be read"


class DuplicateContent(InputError):
    """Not new: a loaded document of the same council already has exactly these lines."""

    reason = "duplicate"
    summary = "same council and lines as a loaded document"


class DatabaseUnavailable(ActionPlansError):
    """The database itself cannot be used (locked, refused, full): no file is to blame."""

    reason = "database_unavailable"
    summary = "the database cannot be used"


# Outcomes that are answers, not failures: the file was read and is simply not
# a new plan (a KPI scorecard, a second copy of a loaded plan).
NOT_FAILURES = frozenset({NoActionTable.reason, DuplicateContent.reason})


class ConversionFailed(InputError):
    reason = "conversion_failed"
    summary = "LibreOffice could not open or convert this file"
