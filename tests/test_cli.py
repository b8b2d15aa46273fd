"""The command line: help everywhere, exit codes scripts can trust, export formats."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.conftest import RAW


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for name, command in sorted(group.commands.items()):
        paths.append((*prefix, name))
        if isinstance(command, click.Group):
            paths.extend(command_paths(command, (*prefix, name)))
    return paths


COMMANDS = command_paths(main)


def test_the_contract_commands_exist() -> None:
    assert {("ingest",), ("export",), ("status",)} <= set(COMMANDS)


@pytest.mark.parametrize("path", [(), *COMMANDS], ids=lambda p: " ".join(p) or "actionplans")
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert len(result.output.splitlines()) > 3


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["ingest"]).exit_code == 2
    assert runner.invoke(main, ["ingest", str(tmp_path / "missing")]).exit_code == 2
    assert runner.invoke(main, ["export", "--format", "xml"]).exit_code == 2


def test_a_bad_file_fails_alone(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(RAW / "somerset-2013-11.pdf", batch)
    (batch / "saved-page.pdf").write_text("<html><body>Not found</body></html>")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(main, ["ingest", str(batch), "--db", db, "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert "saved-page.pdf" in result.output and "1 failed" in result.output
    status = CliRunner().invoke(main, ["status", "--db", db])
    assert "somerset-2013-11.pdf" in status.output
    assert "not_a_document" in status.output or "not a PDF" in status.output


def test_second_run_reports_unchanged(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    args = ["ingest", str(RAW / "somerset-2013-11.pdf"), "--db", db]
    assert CliRunner().invoke(main, args).exit_code == 0
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0
    assert "1 unchanged" in again.output


def test_export_csv_and_jsonl_agree(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    CliRunner().invoke(main, ["ingest", str(RAW / "somerset-2013-11.pdf"), "--db", db])
    jsonl = CliRunner().invoke(main, ["export", "--db", db]).output
    out = tmp_path / "actions.csv"
    assert CliRunner().invoke(main, ["export", "--db", db, "--format", "csv", "--out",
                                     str(out)]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    objects = [json.loads(line) for line in jsonl.splitlines()]
    assert len(rows) == len(objects) == 20
    assert [r["ref"] for r in rows] == [o["ref"] for o in objects]
    assert rows[0]["status"] == objects[0]["status"]


def test_versions_load_in_file_order_whatever_finishes_first(tmp_path: Path) -> None:
    # the .docx and .pdf of one report are one version: the later file in name
    # order supersedes the earlier, on every run, however the workers finish
    db = f"sqlite:///{tmp_path / 'order.db'}"
    files = [str(RAW / "haringey-2011-05.docx"), str(RAW / "haringey-2011-05.pdf")]
    result = CliRunner().invoke(main, ["ingest", *files, "--db", db, "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "haringey-2011-05.pdf: Haringey, 19 lines" in result.output
    assert "supersedes haringey-2011-05.docx" in result.output
    exported = [json.loads(line) for line in
                CliRunner().invoke(main, ["export", "--db", db]).output.splitlines()]
    assert {row["document"] for row in exported} == {"haringey-2011-05.pdf"}


def plan_ids(db: str) -> set[int]:
    output = CliRunner().invoke(main, ["export", "--db", db, "--all-versions"]).output
    return {json.loads(line)["plan_id"] for line in output.splitlines()}


def test_plan_stated_by_the_user(tmp_path: Path) -> None:
    # two Herefordshire plans with different titles are two plans, unless the
    # user says they are versions of one
    names = ("herefordshire-2011-02.pdf", "herefordshire-2012-13.pdf")
    found, stated = f"sqlite:///{tmp_path / 'found.db'}", f"sqlite:///{tmp_path / 'stated.db'}"
    for name in names:
        assert CliRunner().invoke(main, ["ingest", str(RAW / name), "--db", found]).exit_code == 0
        result = CliRunner().invoke(main, ["ingest", str(RAW / name), "--db", stated,
                                           "--plan", "Children's services improvement"])
        assert result.exit_code == 0, result.output
    assert len(plan_ids(found)) == 2
    assert len(plan_ids(stated)) == 1
