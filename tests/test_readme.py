"""The README is tested: every command sample that claims output is run against the fixture
database and compared, as sqlite-utils does with its documentation.

In a ```console block, ``$ actionplans ...`` (or ``$ .venv/bin/actionplans ...``) starts a
command and the lines below it, up to the next ``$``, are its output; a command with no
lines below it claims nothing and is not run.  The output must match exactly, except:

- a line ``...`` stands for any number of lines (none included);
- ``<!-- readme-test: varies REGEX -->`` just before a block lets text matching REGEX differ
  (for sizes and the like; each use is visible in the README);
- ``<!-- readme-test: skip REASON -->`` just before a block does not run it (a server);
- ``<!-- readme-test: row of COMMAND -->`` just before a ```json block: the object shown
  (``...`` for keys left out) is one row of that command's JSON lines.

The first sample, ``ingest data/raw``, is the fixture database's own build
(tests/corpus_db.py runs it as a user would); the others run in a folder where
``data/raw`` is the fixture corpus, on a 120-column terminal.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import click
import pytest

from pipeline.cli import main
from tests.cli_run import actionplans, command_env
from tests.conftest import RAW, ROOT
from tests.corpus_db import corpus_ingest

README = ROOT / "README.md"
DIRECTIVE = re.compile(r"<!-- readme-test: (\w+(?: of)?) ?(.*?) -->")
COMMAND_NAMES = ("actionplans", ".venv/bin/actionplans")


@dataclass
class Sample:
    line: int  # where the command is in README.md
    command: str
    expected: list[str] = field(default_factory=list)
    varies: list[str] = field(default_factory=list)

    @property
    def args(self) -> list[str]:
        words = shlex.split(self.command, comments=True)
        assert words[0] in COMMAND_NAMES, f"README.md:{self.line} runs {words[0]!r}"
        return words[1:]


@dataclass
class Block:
    line: int
    kind: str  # console, json, ...
    lines: list[str]
    directives: dict[str, str]


def blocks(text: str) -> list[Block]:
    found: list[Block] = []
    directives: dict[str, str] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = DIRECTIVE.fullmatch(lines[i].strip())
        if match:
            directives[match[1]] = match[2]
        elif lines[i].startswith("```") and len(lines[i]) > 3:
            end = lines.index("```", i + 1)
            found.append(Block(i + 1, lines[i][3:], lines[i + 1:end], directives))
            directives, i = {}, end
        elif lines[i].strip():
            directives = {}  # a directive belongs to the block right below it
        i += 1
    return found


def console_samples(text: str) -> list[Sample]:
    samples: list[Sample] = []
    for block in blocks(text):
        if block.kind != "console" or "skip" in block.directives:
            continue
        current: Sample | None = None
        for offset, line in enumerate(block.lines, 1):
            if line.startswith("$ "):
                current = Sample(block.line + offset, line[2:])
                current.varies = [block.directives["varies"]] if "varies" in block.directives else []
                samples.append(current)
            elif current is not None:
                current.expected.append(line)
    for sample in samples:
        while sample.expected and not sample.expected[-1].strip():
            sample.expected.pop()  # the blank line that separates one sample from the next
    return [s for s in samples if s.expected]


def pattern(sample: Sample) -> re.Pattern[str]:
    """The expected output as a regular expression: ``...`` lines and marked variations."""
    parts = []
    for line in sample.expected:
        if line == "...":
            parts.append(r"(?:[^\n]*\n)*?")
            continue
        varies = f"(?:{'|'.join(sample.varies)})"
        pieces = re.split(f"({varies})", line) if sample.varies else [line]
        # the text a marked variation matched in the README may be anything it matches
        parts.append("".join(varies if i % 2 else re.escape(piece) for i, piece in enumerate(pieces))
                     + r"\n")
    return re.compile("".join(parts))


SAMPLES = console_samples(README.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder where `data/raw` is the fixture corpus, as in a checkout."""
    folder = tmp_path_factory.mktemp("readme")
    (folder / "data").mkdir()
    (folder / "data" / "raw").symlink_to(RAW)
    return folder


def run_sample(sample: Sample, workdir: Path) -> str:
    url, build = corpus_ingest()
    if sample is SAMPLES[0]:
        assert sample.args == ["ingest", "data/raw"], "the README should open with the ingest"
        return build.stdout
    env = command_env(workdir / "actionplans.log", ACTIONPLANS_DB=url, COLUMNS="120")
    result = actionplans(*sample.args, cwd=workdir, env=env)
    assert "Traceback" not in result.stderr and result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: f"line {s.line}: {s.command.split('#')[0]}")
def test_readme_sample_output(sample: Sample, workdir: Path) -> None:
    output = run_sample(sample, workdir)
    if not pattern(sample).fullmatch(output):
        expected = "\n".join(sample.expected)
        raise AssertionError(f"README.md:{sample.line} `{sample.command}` prints\n{output}\n"
                             f"but the README shows\n{expected}")


def test_the_readme_has_samples_of_every_kind() -> None:
    commands = {" ".join(s.args[:2]) for s in SAMPLES}
    assert {"ingest data/raw", "history --authority", "query overdue", "query due", "query status",
            "query search", "compare haringey", "report --out"} <= commands
    assert sum(line == "..." for s in SAMPLES for line in s.expected) >= 2


def json_rows(text: str) -> list[tuple[Block, dict[str, object]]]:
    rows = []
    for block in blocks(text):
        if block.kind == "json" and "row of" in block.directives:
            shown = "\n".join(block.lines).replace(", ...}", "}")
            rows.append((block, json.loads(shown)))
    return rows


def test_readme_json_rows_are_real_rows(workdir: Path) -> None:
    rows = json_rows(README.read_text(encoding="utf-8"))
    assert rows, "the README shows an exported line"
    url, _ = corpus_ingest()
    for block, shown in rows:
        args = shlex.split(block.directives["row of"])[1:]
        result = actionplans(*args, cwd=workdir, env=command_env(workdir / "x.log", ACTIONPLANS_DB=url))
        real = [json.loads(line) for line in result.stdout.splitlines()]
        same = [r for r in real if (r["document"], r["ref"]) == (shown["document"], shown["ref"])]
        assert len(same) == 1, f"README.md:{block.line}: no such row in `{block.directives['row of']}`"
        assert {k: same[0][k] for k in shown} == shown


FORMAT_CLAIM = re.compile(r"((?:`[a-z ]+`(?:, | and )?)+) take `--format table\|csv\|json`")


def test_the_commands_said_to_take_format_do() -> None:
    claim = FORMAT_CLAIM.search(" ".join(README.read_text(encoding="utf-8").split()))
    assert claim, "the README says which commands take --format"
    names = re.findall(r"`([a-z ]+)`", claim[1])
    assert len(names) >= 4
    for name in names:
        command: click.Command = main
        for word in name.split():
            assert isinstance(command, click.Group)
            command = command.commands[word]
        if isinstance(command, click.Group):
            leaves = list(command.commands.values())
        else:
            leaves = [command]
        for leaf in leaves:
            option = next(p for p in leaf.params if p.name == "fmt")
            assert isinstance(option.type, click.Choice)
            assert list(option.type.choices) == ["table", "csv", "json"], name


def test_every_reason_a_file_can_fail_with_is_in_the_robustness_table() -> None:
    from pipeline.worker import ERROR_CLASSES
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Robustness"):text.index("**Exit codes.**")]
    listed = set(re.findall(r"^\| `([a-z_]+)` \|", section, re.M))
    per_file = set(ERROR_CLASSES) - {"error", "database_unavailable"}
    assert per_file <= listed, per_file - listed
    assert listed <= per_file, listed - per_file
    assert text.count("| `conversion_failed` |") == 1  # one table of reasons, not two
