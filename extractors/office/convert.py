"""Convert a file to DOCX with LibreOffice headless, in a private, throw-away profile.

Each run gets its own user profile directory (``-env:UserInstallation``), so
parallel workers never share LibreOffice's lock and a crashed run leaves no
state behind, and its own process group, so a conversion that passes the time
limit is killed whole (``soffice`` starts ``soffice.bin`` as a child).  Macros
are never run: headless conversion does not execute document macros, and the
profile is new, so no trust settings carry over.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

from models.errors import ConversionFailed, TimedOut

SOFFICE_NAMES = ("soffice", "libreoffice")
DOCX_FILTER = "docx:MS Word 2007 XML"
# what LibreOffice prints to stdout/stderr is kept this short in an error's detail
DETAIL_CHARS = 200


def soffice_binary() -> str:
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise ConversionFailed("LibreOffice", "LibreOffice (soffice) is not installed: "
                                          "apt-get install libreoffice-writer-nogui")


def convert_to_docx(source: Path, workdir: Path, seconds: float, name: str) -> Path:
    """``source`` converted to ``workdir/out/<stem>.docx``; raises ConversionFailed or
    TimedOut (the error names the file as ``name``)."""
    binary = soffice_binary()
    out = workdir / "out"
    out.mkdir()
    command = [binary, f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless",
               "--norestore", "--nolockcheck", "--nodefault", "--nologo", "--invisible",
               "--convert-to", DOCX_FILTER, "--outdir", str(out), str(source)]
    result = run_killable(command, seconds, name, workdir)
    converted = out / f"{source.stem}.docx"
    if not converted.is_file() or converted.stat().st_size == 0:
        said = " ".join((result.stdout + result.stderr).split())[:DETAIL_CHARS]
        raise ConversionFailed(name, "LibreOffice could not open it"
                                     + (f" (it said: {said})" if said else ""))
    return converted


def run_killable(command: list[str], seconds: float, name: str,
                 workdir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(workdir), "SAL_USE_VCLPLUGIN": "svp"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          errors="replace", env=env, cwd=workdir, stdin=subprocess.DEVNULL,
                          start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(timeout=seconds)
        except subprocess.TimeoutExpired as exc:
            kill_group(process)
            raise TimedOut(name, f"LibreOffice took longer than {seconds:g} s to convert it") \
                from exc
        except BaseException:
            kill_group(process)
            raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def kill_group(process: subprocess.Popen[str]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()
