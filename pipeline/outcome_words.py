"""Outcome records (models.outcomes) in words: the only place they become sentences.

The ingest lines, ``--json``, the log and the errors table all say the same
thing about a file because they all say it through these functions.  The
errors table keeps words (``message``, SCHEMA.md); ``recorded_problem`` reads
them back into a ``Problem`` at that one boundary, as their exact inverse.
"""

from __future__ import annotations

import re

from models.outcomes import ERROR_CLASSES, FileOutcome, LoadResult, Problem
from models.textsafe import stored_name

TIMEOUT_WORDS = "stopped after {limit:g} s"
MEMORY_WORDS = "needed more than the {limit:g} MB memory limit"
TIMEOUT_RE = re.compile(r"stopped after ([0-9.e+]+) s")
MEMORY_RE = re.compile(r"the ([0-9]+) MB memory limit")


def summary_of(reason: str) -> str:
    return ERROR_CLASSES[reason].summary


def problem_text(problem: Problem) -> str:
    """What went wrong, without the file's name: "summary (detail)"."""
    text = summary_of(problem.reason)
    return f"{text} ({problem.detail})" if problem.detail else text


def error_message(name: str, problem: Problem) -> str:
    """The message stored in the errors table and given in ``--json``: "name: what"."""
    return f"{name}: {problem_text(problem)}"


def message(outcome: FileOutcome) -> str | None:
    if outcome.problem is None:
        return None
    return error_message(outcome.path.name, outcome.problem)


def load_words(load: LoadResult) -> str:
    """What storing a file did to its plan's versions ("" when it was simply added)."""
    if load.status == "unchanged":
        if not load.existing:
            return "already loaded"
        return f"already loaded as {load.existing}" + (" (by another run)" if load.by_another_run
                                                        else "")
    if load.status == "duplicate":
        return f"the lines of {load.existing}"
    if load.superseded_by:
        return f"kept for audit: {load.superseded_by} stands for the same report date"
    if load.superseded:
        return "supersedes " + ", ".join(load.superseded)
    return ""


def note(outcome: FileOutcome) -> str | None:
    """Why a file was not parsed this time, or what loading it did; None when nothing."""
    if outcome.not_retried and outcome.problem is not None:
        return f"failed before: {outcome.problem.reason}"
    if outcome.same_as is not None:
        return f"same bytes as {outcome.same_as}"
    if outcome.reread:
        return "read again: its lines replaced, same version"
    if outcome.load is not None:
        return load_words(outcome.load) or None
    return None


def recorded_problem(reason: str, message: str, document: str) -> Problem:
    """The ``Problem`` an errors-table row was written from (by ``error_message``)."""
    known = reason if reason in ERROR_CLASSES else "crashed"
    detail = message
    head = f"{stored_name(document)}: {summary_of(known)}"
    if message.startswith(head):
        detail = message[len(head):].strip()
        if detail.startswith("(") and detail.endswith(")"):
            detail = detail[1:-1]
    limit: float | None = None
    found = (TIMEOUT_RE.search(detail) if known == "timed_out"
             else MEMORY_RE.search(detail) if known == "too_large" else None)
    if found is not None:
        limit = float(found.group(1))
    return Problem(known, detail, limit)
