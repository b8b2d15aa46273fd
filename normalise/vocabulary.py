"""The one place vocabularies are read: header synonyms, cues, status words, councils.

The shipped files live in ``normalise/vocab/``.  A user extends them without
editing the package by pointing ``ACTIONPLANS_VOCAB_DIR`` at a folder holding
files of the same names: their lists are appended to the shipped ones and
their scalar settings replace them.

``Vocabulary.resolve()`` reads everything once into one immutable object
(like pdfplumber's ``TableSettings.resolve``); ``vocabulary()`` is the
resolved object for the current environment.  ``clear_cache()`` forgets it
and every cache derived from it, so a changed user folder takes effect.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from models.records import DEFAULT_REF_POLICY, RefPolicy

PACKAGE_DIR = Path(__file__).resolve().parent / "vocab"
USER_DIR_ENV = "ACTIONPLANS_VOCAB_DIR"
TOML_FILES = ("headers", "cues", "status", "timescales", "refs", "people")
# the files of a user folder that are read (any others in it are not)
USER_FILES = tuple(f"{name}.toml" for name in TOML_FILES) + ("councils.csv",)


@dataclass(frozen=True)
class Council:
    code: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class FieldSpec:
    """One schema field as headers name it."""

    name: str
    synonyms: tuple[str, ...]
    multiple: bool
    header_words: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """Everything the normaliser knows about wording, resolved once (hashed by
    identity, so functions of it can be cached)."""

    user_dir: Path | None
    fields: tuple[FieldSpec, ...]
    threshold: float
    ignored_headers: tuple[str, ...]
    weights: MappingProxyType[str, float]
    action_verbs: frozenset[str]
    progress_words: tuple[str, ...]
    body_words: frozenset[str]
    role_words: frozenset[str]
    table_kinds: tuple[tuple[str, tuple[str, ...]], ...]
    ref_policy: RefPolicy = DEFAULT_REF_POLICY
    # the merged TOML documents, read-only, for the modules that read them whole
    files: MappingProxyType[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    councils: tuple[Council, ...] = ()

    def spec(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    def digest(self) -> str:
        """A stable digest of everything this vocabulary says (the merged files and the
        councils, not where they came from): outcomes recorded under another digest were
        read with other words, and are read again (README "Keeping the database up to date")."""
        data = {"files": dict(self.files), "councils": [[c.code, c.name, list(c.aliases)]
                                                        for c in self.councils]}
        text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    @property
    def timescales(self) -> Any:
        """The timescale vocabulary (month spellings, markers …) with the user's additions."""
        return self.files["timescales"]

    @classmethod
    def resolve(cls, user_dir: Path | None = None) -> Vocabulary:
        files = {name: read_toml(name, user_dir) for name in TOML_FILES}
        headers, cues = files["headers"], files["cues"]
        fields = tuple(
            FieldSpec(name, tuple(spec["synonyms"]), bool(spec.get("multiple", False)),
                      tuple(cues["header_words"].get(name, ())))
            for name, spec in headers["fields"].items())
        policy = files["refs"].get("ref_policy", {})
        return cls(
            user_dir=user_dir, fields=fields, threshold=float(headers["matching"]["threshold"]),
            ignored_headers=tuple(headers["ignored"]["synonyms"]),
            weights=MappingProxyType({k: float(v) for k, v in cues["weights"].items()}),
            action_verbs=frozenset(cues["content"]["action_verbs"]),
            progress_words=tuple(cues["content"]["progress_words"]),
            body_words=frozenset(cues["content"]["body_words"]),
            role_words=frozenset(w.lower() for w in files["people"]["role_words"]),
            table_kinds=tuple((k, tuple(v)) for k, v in cues["kinds"].items()),
            ref_policy=RefPolicy(**policy) if policy else DEFAULT_REF_POLICY,
            files=MappingProxyType(files), councils=read_councils(user_dir))


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


def user_files(folder: Path | None) -> tuple[tuple[str, bytes], ...]:
    """The (name, bytes) of each file of ``folder`` a vocabulary reads: written into an
    empty folder elsewhere, they resolve to the same vocabulary there."""
    if folder is None:
        return ()
    return tuple((name, (folder / name).read_bytes()) for name in USER_FILES
                 if (folder / name).is_file())


def read_toml(name: str, extra_dir: Path | None) -> dict[str, Any]:
    with open(PACKAGE_DIR / f"{name}.toml", "rb") as fh:
        data = tomllib.load(fh)
    if extra_dir and (extra_dir / f"{name}.toml").is_file():
        with open(extra_dir / f"{name}.toml", "rb") as fh:
            data = merge(data, tomllib.load(fh))
    return data


def read_councils(extra_dir: Path | None) -> tuple[Council, ...]:
    paths = [PACKAGE_DIR / "councils.csv"]
    if extra_dir and (extra_dir / "councils.csv").is_file():
        paths.append(extra_dir / "councils.csv")
    found: dict[str, Council] = {}
    for path in paths:
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
                found[row["code"]] = Council(row["code"], row["name"].strip(), aliases)
    return tuple(found.values())


@cache
def _resolved(folder: Path | None) -> Vocabulary:
    return Vocabulary.resolve(folder)


def vocabulary() -> Vocabulary:
    """The vocabulary for the current environment (``ACTIONPLANS_VOCAB_DIR``), resolved once."""
    return _resolved(user_dir())


def load_toml(name: str) -> dict[str, Any]:
    """A vocabulary file by name (``"headers"``), merged with the user's copy."""
    files = vocabulary().files
    if name in files:
        return files[name]  # type: ignore[no-any-return]
    return read_toml(name, user_dir())


def councils() -> tuple[Council, ...]:
    return vocabulary().councils


def clear_cache() -> None:
    """Forget the resolved vocabulary and every cache derived from it.

    Every cached function in the ``normalise`` package is either derived from
    the vocabulary (compiled patterns, lexicons) or a pure function of its
    input, so all of them are cleared: none can outlive a change of folder.
    """
    _resolved.cache_clear()
    for name, module in list(sys.modules.items()):
        if name == "normalise" or name.startswith("normalise."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear) and getattr(value, "__module__", None) == name:
                    clear()
