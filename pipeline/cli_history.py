"""`actionplans` commands for history (registered on pipeline.cli.main)."""

from __future__ import annotations

from pipeline.cli import main  # noqa: F401
