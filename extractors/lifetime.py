"""A child process that must not outlive its parent (a parse worker, a page helper)."""

from __future__ import annotations

import os
import signal


def die_with_parent(parent: int) -> None:
    """Linux: SIGKILL this process when ``parent`` (the process that forked it) exits;
    at once if it already has.  Elsewhere nothing: the caller's other watch ends it."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os.kill(os.getpid(), signal.SIGKILL)
