"""Text from outside made safe: to store (the same on SQLite and PostgreSQL) and to show.

File names on Linux are bytes.  Python hands a name that is not UTF-8 over
with each bad byte as a lone surrogate (PEP 383), which no database or
terminal accepts.  ``stored_name`` writes each such byte as ``\\xNN``: the
name stays readable and the original bytes can be told from it.

Extracted text can hold control characters (a PDF string with U+0000):
PostgreSQL refuses NUL in text and SQLite keeps it, so the two databases
would differ.  ``stored_text`` drops them here, the one place every value
passes through on its way into the database.

``shown`` is for anything printed on a terminal: a newline in a file name
must not print a fake second line, and an escape sequence must not reach
the terminal.  Every control character is written as an escape instead.
"""

from __future__ import annotations

import os
import re
from pathlib import PurePath

# surrogates standing for undecodable bytes (PEP 383's surrogateescape)
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_OTHER_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but tab, newline and carriage return; DEL; C1 controls
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# what a terminal acts on or reorders: every C0/C1 control, DEL, line and
# paragraph separators, and the bidirectional overrides (a name shown backwards)
_UNSAFE_ON_SCREEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _byte_escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()) - 0xDC00:02x}"


def stored_name(name: str | PurePath) -> str:
    """A file name or path as text any database stores: undecodable bytes as ``\\xNN``."""
    text = os.fspath(name)
    text = _ESCAPED_BYTE.sub(_byte_escape, text)
    return _OTHER_SURROGATE.sub("\ufffd", text)


def stored_text(text: str) -> str:
    """Extracted or reported text without the control characters one database refuses."""
    if not text:
        return text
    text = _OTHER_SURROGATE.sub("\ufffd", _ESCAPED_BYTE.sub(_byte_escape, text))
    return _CONTROL.sub("", text)


def _screen_escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str | PurePath | None) -> str:
    """Text safe to print on one terminal line: controls and undecodable bytes escaped."""
    if text is None:
        return ""
    return _UNSAFE_ON_SCREEN.sub(_screen_escape, stored_name(text))
