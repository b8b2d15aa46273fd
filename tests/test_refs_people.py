"""Source references and lead people/roles (normalise.refs, normalise.people)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalise.people import split_lead
from normalise.refs import bracketed_refs, column_refs

BRACKETED = [
    ("Improve quality of assessments (para 42)", ["para 42"]),
    ("supervision template … recording system. (para 78)", ["para 78"]),
    ("1.1 All areas reviewed (Ofsted Feb 2011 - Rec 1)", ["Ofsted Feb 2011 - Rec 1"]),
    ("developed (Ofsted Feb 2011 – Rec 3)", ["Ofsted Feb 2011 - Rec 3"]),
    ("capture views (CQC Rec 4)", ["CQC Rec 4"]),
    ("review the plan (Ofsted Feb 2011)", ["Ofsted Feb 2011"]),
    ("Recording issues (para 47): retrospective … chronologies (para 77)", ["para 47", "para 77"]),
]
NOT_BRACKETED = ["Ensure that assessments are completed (Immediate)", "(Within 3 months)",
                 "Debbie Haith (Chair QA Sub Group)", "Identify needs (as agreed)", ""]


@pytest.mark.parametrize(("text", "refs"), BRACKETED)
def test_bracketed_refs(text: str, refs: list[str]) -> None:
    assert bracketed_refs(text) == refs


@pytest.mark.parametrize("text", NOT_BRACKETED)
def test_not_bracketed_refs(text: str) -> None:
    assert bracketed_refs(text) == []


COLUMN = [
    ("AA1", ["AA1"]), ("AA1 AA3", ["AA1", "AA3"]), ("AA3 AA6", ["AA3", "AA6"]),
    ("OIS 2012 1.2, 1.4, 1.7", ["OIS 2012 1.2", "OIS 2012 1.4", "OIS 2012 1.7"]),
    ("OIS 2012 IN 1.1, 1.3", ["OIS 2012", "IN 1.1", "IN 1.3"]),
    ("OIS 2012\nIN 1.3,\n3.1", ["OIS 2012", "IN 1.3", "IN 3.1"]), ("IN 3.1", ["IN 3.1"]),
    ("OIS 2012", ["OIS 2012"]), ("para 42", ["para 42"]),
]
NOT_COLUMN = ["Staff via KOM", "", "tbc", "See above"]


@pytest.mark.parametrize(("text", "refs"), COLUMN)
def test_reference_column(text: str, refs: list[str]) -> None:
    assert column_refs(text) == refs


@pytest.mark.parametrize("text", NOT_COLUMN)
def test_not_a_reference_column_value(text: str) -> None:
    assert column_refs(text) == []


LEADS = [
    ("Lisa Green, Head of Fieldwork", ["Lisa Green"], ["Head of Fieldwork"]),
    ("Hilary Hall, Head of Quality and Improvement and Sue Doheny, Director of Quality",
     ["Hilary Hall", "Sue Doheny"], ["Head of Quality and Improvement", "Director of Quality"]),
    ("Maurice Lindsay\nTrina Shane", ["Maurice Lindsay", "Trina Shane"], []),
    ("Debbie Haith (Chair QA Sub Group)", ["Debbie Haith"], ["Chair QA Sub Group"]),
    ("Head of Safeguarding", [], ["Head of Safeguarding"]),
    ("Neil Fraser, Designated Doctor", ["Neil Fraser"], ["Designated Doctor"]),
]
NOT_PEOPLE = ["KOM Practice", "HSCB", "All Team Managers", "Designated Nurse", ""]


@pytest.mark.parametrize(("lead", "people", "roles"), LEADS)
def test_split_lead(lead: str, people: list[str], roles: list[str]) -> None:
    assert split_lead(lead) == (tuple(people), tuple(roles))


@pytest.mark.parametrize("lead", NOT_PEOPLE)
def test_no_people_in_team_names(lead: str) -> None:
    assert split_lead(lead)[0] == ()


@given(st.text(max_size=80))
def test_refs_and_people_never_raise(text: str) -> None:
    assert isinstance(column_refs(text), list)
    assert isinstance(bracketed_refs(text), list)
    people, roles = split_lead(text)
    assert isinstance(people, tuple) and isinstance(roles, tuple)
