"""`actionplans ingest` on a real terminal (a pseudo-terminal, as a user's shell gives it)
shows a progress bar with the file lines above it; piped or --quiet, it shows none."""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import struct
import subprocess
import termios
from pathlib import Path

import pytest

from tests.cli_run import EXECUTABLE, actionplans, command_env
from tests.conftest import RAW

FILES = ("somerset-2013-11.pdf", "doncaster-2014-03.pdf", "haringey-2011-05.docx")
ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def on_terminal(args: list[str], env: dict[str, str], columns: int = 120) -> tuple[int, str]:
    """Run the command with stdin, stdout and stderr on a new pseudo-terminal; all it wrote."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    process = subprocess.Popen([str(EXECUTABLE), *args], stdin=slave, stdout=slave, stderr=slave,
                               env=env, start_new_session=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: every process holding the terminal has gone
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return process.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in FILES:
        shutil.copy(RAW / name, folder)
    return folder


def terminal_env(tmp_path: Path) -> dict[str, str]:
    env = command_env(tmp_path / "run.log", TERM="xterm-256color")
    env.pop("COLUMNS", None)  # the terminal's own width, as a shell gives it
    env.pop("NO_COLOR", None)
    return env


def test_a_terminal_shows_a_bar_and_the_file_lines_above_it(tmp_path: Path, batch: Path) -> None:
    code, screen = on_terminal(["ingest", str(batch), "--db", f"sqlite:///{tmp_path / 'a.db'}",
                                "--jobs", "1"], terminal_env(tmp_path))
    assert code == 0, screen
    text = ESCAPE.sub("", screen)
    first_bar = re.search(r"ingesting .*0/3 files .*pages/s ETA", text)
    assert first_bar, text
    lines = [m.start() for m in re.finditer(r"loaded     \S+: ", text)]
    assert len(lines) == 3 and first_bar.start() < min(lines)  # the bar comes before any result
    assert re.search(r"[123]/3 files \d+\.\d pages/s ETA", text)  # it moves, with a rate
    assert "3 files: 3 loaded, 0 unchanged, 0 failed" in text
    assert "Traceback" not in text


def test_quiet_on_a_terminal_shows_only_the_totals(tmp_path: Path, batch: Path) -> None:
    code, screen = on_terminal(["ingest", str(batch), "-q", "--db", f"sqlite:///{tmp_path / 'a.db'}",
                                "--jobs", "1"], terminal_env(tmp_path))
    assert code == 0, screen
    assert ESCAPE.sub("", screen).strip() == "3 files: 3 loaded, 0 unchanged, 0 failed"


def test_no_bar_when_stdout_is_not_a_terminal(tmp_path: Path, batch: Path) -> None:
    result = actionplans("ingest", str(batch), "--db", f"sqlite:///{tmp_path / 'a.db'}", "--jobs", "1",
                         log=tmp_path / "run.log")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "loaded     doncaster-2014-03.pdf", "loaded     haringey-2011-05.docx",
        "loaded     somerset-2013-11.pdf"]
    assert lines[-1] == "3 files: 3 loaded, 0 unchanged, 0 failed"
    assert "\x1b" not in result.stdout + result.stderr and "ingesting" not in result.stdout
