"""Ending a run on a signal the way Ctrl-C ends it.

systemd, ``timeout`` and ``kill`` send SIGTERM.  Its default action ends the
process at once, skipping every ``finally``: the workers would then only
learn of it through their sockets.  Turned into an exception instead, the
batch stops the way it does on Ctrl-C: workers killed and reaped, whole
documents kept, and the shell's 128 + signal exit status.
"""

from __future__ import annotations

import signal
from types import FrameType

TERMINATED = 128 + signal.SIGTERM  # 143, as the shell reports a process ended by SIGTERM


class Terminated(SystemExit):
    """Raised in the main thread when SIGTERM arrives."""

    def __init__(self) -> None:
        super().__init__(TERMINATED)


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends it outright
    raise Terminated()


def stop_on_sigterm() -> None:
    """From now on SIGTERM unwinds the main thread (its finally blocks run)."""
    signal.signal(signal.SIGTERM, _raise_terminated)
