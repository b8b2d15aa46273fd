"""One ref policy for line assembly and normalisation (models.records.RefPolicy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.lines import assemble_lines
from extractors.lines_grid import starts_with_ref
from models.records import DEFAULT_REF_POLICY as POLICY
from models.records import Cell, RawDocument, RawTable, RefPolicy
from normalise import vocabulary as vocabulary_module
from normalise.actions import leading_ref
from normalise.vocabulary import vocabulary
from pipeline import process

LEADING = [("10.1 Wildland fuels are reduced", "10.1"), ("3. Review the policy", "3"),
           ("2.1 (a) Agree the protocol", "2.1 (a)"), ("P1.1 Publish the plan", "P1.1"),
           ("14. Audit case files", "14"), ("4) Train staff", "4"), ("1a) Recruit two posts", "1a"),
           ("1.2.3 Map the pathway", "1.2.3")]
NOT_LEADING = ["2 social workers to be recruited", "31 March 2026 report to cabinet", "1.1All areas",
               "01.03.2011 meeting held", "2019/20 budget agreed", "Review 1.1 again", "12 schools"]
CELLS = ["1", "1.1", "2.1 (a)", "10.4", "A1", "3b", "14."]
NOT_CELLS = ["AA1", "2019", "1.1 and 1.2", "Q3 2025", "£5k", "n/a"]


@pytest.mark.parametrize(("text", "ref"), LEADING)
def test_a_number_opening_a_text_is_its_ref(text: str, ref: str) -> None:
    assert POLICY.leading_ref(text) == ref
    assert leading_ref(text) == ref
    assert starts_with_ref(text)  # line assembly agrees


@pytest.mark.parametrize("text", NOT_LEADING)
def test_other_numbers_opening_a_text_are_not_refs(text: str) -> None:
    assert POLICY.leading_ref(text) is None
    assert not starts_with_ref(text)


def test_a_numbered_list_in_one_cell_keeps_its_numbers() -> None:
    assert leading_ref("1. Review the policy\n2. Train the staff") is None


@pytest.mark.parametrize("cell", CELLS)
def test_ref_cells(cell: str) -> None:
    assert POLICY.is_ref_cell(cell)


@pytest.mark.parametrize("cell", NOT_CELLS)
def test_not_ref_cells(cell: str) -> None:
    assert not POLICY.is_ref_cell(cell)


def test_the_vocabulary_carries_the_same_policy() -> None:
    assert vocabulary().ref_policy == POLICY


def _table(rows: list[list[str]]) -> RawTable:
    cells = tuple(Cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row))
    return RawTable(0, 0, len(rows), len(rows[0]), cells)


# refs written "R-1": not a ref by default, so the filled first column keys the lines and
# the row with no area continues the line above; a policy that reads "R-1" as a ref makes
# the Ref column the key, one line per ref
DASHED_REFS = _table([["Area", "Ref", "Action"],
                      ["Safeguarding", "R-1", "Audit case files"],
                      ["", "R-2", "Train staff in the new protocol"],
                      ["Early help", "R-3", "Review the early help pathway"]])
DASHED_POLICY = RefPolicy(cell=r"^R-\d+$", leading=r"^\s*(R-\d+)[.)]?(?![\w.])\s*(?=\S)")


@pytest.mark.parametrize(("policy", "refs"), [
    (POLICY, ["R-1\nR-2", "R-3"]),
    (DASHED_POLICY, ["R-1", "R-2", "R-3"]),
])
def test_line_assembly_uses_the_policy_passed_down(policy: RefPolicy, refs: list[str]) -> None:
    lines = assemble_lines(DASHED_REFS, policy)
    assert [line.values[1] for line in lines] == refs


def test_the_pipeline_passes_the_resolved_policy_to_line_assembly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "refs.toml").write_text(
        '[ref_policy]\ncell = "^R-\\\\d+$"\nleading = "^\\\\s*(R-\\\\d+)[.)]?(?![\\\\w.])\\\\s*(?=\\\\S)"\n')
    monkeypatch.setenv(vocabulary_module.USER_DIR_ENV, str(tmp_path))
    seen: list[RefPolicy] = []

    def spy(table: RawTable, policy: RefPolicy = POLICY) -> tuple:
        seen.append(policy)
        return assemble_lines(table, policy)

    monkeypatch.setattr(process, "assemble_lines", spy)
    monkeypatch.setattr(process, "extract", lambda path, settings: RawDocument(
        "plan.docx", "docx", "0" * 64, 1, (), (DASHED_REFS,)))
    doc = process.process_file(Path("plan.docx"))
    assert seen and all(p == DASHED_POLICY for p in seen)
    assert [a.ref for a in doc.actions] == ["R-1", "R-2", "R-3"]
