"""spaCy's blank English pipeline, shared by every matcher in the normaliser.

Only its tokenizer and vocabulary are used (no trained model).  It is built
once: each build costs a tenth of a second or more of every run's start-up,
and the matchers of dates and of people can share one vocabulary.
"""

from __future__ import annotations

import sys
import threading
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

# spaCy's package __init__ imports its command line for one name, ``spacy.info``:
# Typer, Weasel, requests, httpx and rich, some 360 modules and a tenth of a second
# or more of every worker's start-up that a blank pipeline never uses
CLI_MODULES = ("spacy.cli", "spacy.cli.info")
# two threads' first uses: one puts the stand-ins in and imports, the other waits
STAND_IN_LOCK = threading.Lock()


def spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` as spaCy defines it, its command line imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> ModuleType:
    """spaCy, imported without its command line (see CLI_MODULES) unless already loaded.

    For the package import only, ``spacy.cli`` and ``spacy.cli.info`` are
    stand-ins in sys.modules; they are taken out again at once, so a later
    ``import spacy.cli`` loads the real modules.
    """
    with STAND_IN_LOCK:
        if "spacy" not in sys.modules:
            import_with_stand_ins()
    import spacy  # loaded; or, in another thread, loading: this waits for it

    return spacy


def import_with_stand_ins() -> None:
    stand_ins = {name: ModuleType(name) for name in CLI_MODULES if name not in sys.modules}
    if "spacy.cli.info" in stand_ins:
        stand_ins["spacy.cli.info"].info = spacy_info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


@cache
def blank_english() -> Language:
    # imported here: importing spaCy costs a second that plain parsing never needs;
    # every import of spaCy in the normaliser comes after this one
    spacy = import_spacy()
    return spacy.blank("en")
