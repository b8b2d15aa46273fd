"""Worker processes that start with only what parsing needs.

multiprocessing makes every child re-run the parent's main module (the
``actionplans`` script, so ``pipeline.cli`` with Click, SQLAlchemy and
Alembic) before it runs its target.  A parse worker's target lives in
``pipeline.worker_child`` and needs none of that, so its launch leaves the
main module out of the preparation data: the child starts from the
forkserver's preloaded parsing modules alone.
"""

from __future__ import annotations

from multiprocessing import spawn
from typing import Any

try:  # POSIX only; elsewhere the spawn start method is used unchanged
    from multiprocessing.context import ForkServerProcess
    from multiprocessing.popen_forkserver import Popen as ForkServerPopen
except ImportError:  # pragma: no cover - Windows
    ForkServerProcess = ForkServerPopen = None  # type: ignore[assignment,misc]

MAIN_KEYS = ("init_main_from_path", "init_main_from_name")


def _without_main(name: str) -> dict[str, Any]:
    data: dict[str, Any] = _PREPARATION(name)
    for key in MAIN_KEYS:
        data.pop(key, None)
    return data


_PREPARATION = spawn.get_preparation_data


if ForkServerPopen is not None:
    class LeanPopen(ForkServerPopen):  # type: ignore[misc,valid-type]
        """Launch through the forkserver without re-running the main module.

        The forkserver launcher looks ``spawn.get_preparation_data`` up when it
        runs; it is swapped for this one launch only (processes are started
        from one thread).
        """

        def _launch(self, process_obj: Any) -> None:
            spawn.get_preparation_data = _without_main
            try:
                super()._launch(process_obj)  # type: ignore[misc]
            finally:
                spawn.get_preparation_data = _PREPARATION

    class LeanProcess(ForkServerProcess):  # type: ignore[misc,valid-type]
        @staticmethod
        def _Popen(process_obj: Any) -> Any:  # noqa: N802 - multiprocessing's name
            return LeanPopen(process_obj)
else:  # pragma: no cover
    LeanProcess = None  # type: ignore[assignment,misc]
