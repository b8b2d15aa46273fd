"""One ref policy for line assembly and normalisation (models.records.RefPolicy)."""

from __future__ import annotations

import pytest

from extractors.lines_grid import starts_with_ref
from models.records import DEFAULT_REF_POLICY as POLICY
from normalise.actions import leading_ref
from normalise.vocabulary import vocabulary

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
