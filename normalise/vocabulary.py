"""The one place vocabularies are read: header synonyms, status words, councils.

The shipped files live in ``normalise/vocab/``.  A user extends them without
editing the package by pointing ``ACTIONPLANS_VOCAB_DIR`` at a folder holding
files of the same names: their lists are appended to the shipped ones and
their scalar settings replace them.
"""

from __future__ import annotations

import csv
import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent / "vocab"
USER_DIR_ENV = "ACTIONPLANS_VOCAB_DIR"


@dataclass(frozen=True)
class Council:
    code: str
    name: str
    aliases: tuple[str, ...]


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``extra`` into a copy of ``base``: lists extend, tables merge."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


def user_dir() -> Path | None:
    value = os.environ.get(USER_DIR_ENV)
    return Path(value) if value else None


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A vocabulary file by name (``"headers"``), merged with the user's copy."""
    with open(PACKAGE_DIR / f"{name}.toml", "rb") as fh:
        data = tomllib.load(fh)
    extra_dir = user_dir()
    if extra_dir and (extra_dir / f"{name}.toml").is_file():
        with open(extra_dir / f"{name}.toml", "rb") as fh:
            data = merge(data, tomllib.load(fh))
    return data


@cache
def councils() -> tuple[Council, ...]:
    paths = [PACKAGE_DIR / "councils.csv"]
    extra_dir = user_dir()
    if extra_dir and (extra_dir / "councils.csv").is_file():
        paths.append(extra_dir / "councils.csv")
    found: dict[str, Council] = {}
    for path in paths:
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
                found[row["code"]] = Council(row["code"], row["name"].strip(), aliases)
    return tuple(found.values())


def clear_cache() -> None:
    """Forget loaded vocabularies (after changing ``ACTIONPLANS_VOCAB_DIR``)."""
    load_toml.cache_clear()
    councils.cache_clear()
