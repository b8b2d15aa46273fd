"""Run the real `actionplans` command (the installed entry point) in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

EXECUTABLE = Path(sys.executable).parent / "actionplans"


def command_env(log: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment a user's shell would give, without a database chosen by variable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTIONPLANS_")}
    env.update({"COLUMNS": "160", "PYTHONIOENCODING": "utf-8"})
    if log is not None:
        env["ACTIONPLANS_LOG"] = str(log)
    env.update(extra)
    return env


def actionplans(*args: str, log: Path | None = None, cwd: Path | None = None,
                env: dict[str, str] | None = None, timeout: float = 300,
                **popen: Any) -> subprocess.CompletedProcess[str]:
    """`actionplans ARGS...` as a user would type it; stdout and stderr kept apart."""
    options = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True, **popen}
    return subprocess.run([str(EXECUTABLE), *args], cwd=cwd, env=env or command_env(log),
                          timeout=timeout, check=False, **options)


def error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one `Error:` line the command ended with (and nothing that looks like a traceback)."""
    assert "Traceback" not in result.stderr + (result.stdout or ""), result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines, f"no message on stderr (stdout: {result.stdout!r})"
    errors = [line for line in lines if line.startswith("Error:")]
    assert errors == [lines[-1]], result.stderr
    return lines[-1]
