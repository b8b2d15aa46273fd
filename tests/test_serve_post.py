"""`actionplans serve` answers what it does not serve with 405, never a 500 and a traceback."""

from __future__ import annotations

import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from models.db import make_engine
from tests.test_serve import EXECUTABLE, free_port, wait_until_up
from tests.views_dataset import build_history

POSTS = ["/", "/plans/actions", "/plans/-/query", "/nothing/here", "/plans/actions/-/insert"]


def test_unknown_posts_are_refused_with_405(tmp_path: Path) -> None:
    db = tmp_path / "plans.db"
    engine = make_engine(f"sqlite:///{db}")
    build_history(engine)
    engine.dispose()
    port = free_port()
    server = subprocess.Popen([str(EXECUTABLE), "serve", "--db", f"sqlite:///{db}", "--port",
                               str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              start_new_session=True, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/-/versions.json", server)  # type: ignore[arg-type]
        for path in POSTS:
            request = urllib.request.Request(base + path, data=b"sql=delete+from+actions",
                                             method="POST")
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=10)
            assert refused.value.code == 405, path
            assert refused.value.headers["Allow"] == "GET, HEAD"
        with urllib.request.urlopen(f"{base}/plans/actions.json", timeout=10) as answer:
            assert answer.status == 200  # reading still works
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=20)
    assert "Traceback" not in output and "AssertionError" not in output
