"""Plan identity and line matching (models/versions.py): pure functions."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.versions import (
    PLAN_TITLE_THRESHOLD,
    LineText,
    best_plan,
    lock_key,
    match_lines,
    title_key,
    title_similarity,
    version_sort_key,
)

HARINGEY_MAY = ("Safeguarding and Looked After Children Action Plan Milestone Report May 2011 – "
                "Actions resulting from Ofsted/CQC recommendations February 2011")


@pytest.mark.parametrize(("title", "authority", "key"), [
    ("Composite Outcomes and Action Plan for improving services to children and young people",
     "Herefordshire",
     "composite outcomes and action plan for improving services to children and young people"),
    (HARINGEY_MAY, "Haringey", "safeguarding and looked after children action plan actions "
     "resulting from ofsted cqc recommendations"),
    ("Children's Services Improvement Plan – Progress report March 2014", "Doncaster",
     "childrens services improvement plan"),
    ("Herefordshire Supporting and Protecting Children Improvement Plan", "Herefordshire",
     "supporting and protecting children improvement plan"),
    ("Second review of progress – 26th June 2012 Improvement Plan V2.2",
     "Bath and North East Somerset", "improvement plan"),
    ("Improvement Plan Progress update – February 2011 (version 3)", None, "improvement plan"),
    ("Children's Social Care Improvement Plan 2013–14", "Somerset",
     "childrens social care improvement plan"),
    (None, "Walsall", ""),
])
def test_title_key_drops_what_changes_between_updates(title: str | None, authority: str | None,
                                                      key: str) -> None:
    assert title_key(title, authority) == key


def test_progress_updates_of_one_plan_share_a_key() -> None:
    august = HARINGEY_MAY.replace("Milestone Report May 2011", "Milestone Report August 2011")
    assert title_key(HARINGEY_MAY, "Haringey") == title_key(august, "Haringey")
    first = "Improvement Plan – first review of progress, 12 March 2012"
    second = "Improvement Plan: Second review of progress – 26th June 2012"
    assert title_key(first) == title_key(second) == "improvement plan"


def test_threshold_joins_rewordings_and_keeps_plans_apart() -> None:
    a = title_key("Children's Services Improvement Plan", "Doncaster")
    reworded = title_key("Childrens Services Improvement Plan:", "Doncaster")
    assert title_similarity(a, reworded) >= PLAN_TITLE_THRESHOLD
    composite = title_key("Composite Outcomes and Action Plan for improving services to "
                          "children and young people", "Herefordshire")
    supporting = title_key("Herefordshire Supporting and Protecting Children Improvement Plan",
                           "Herefordshire")
    assert title_similarity(composite, supporting) < PLAN_TITLE_THRESHOLD
    social_care = title_key("Children's Social Care Improvement Plan", None)
    assert title_similarity(a, social_care) < PLAN_TITLE_THRESHOLD
    assert best_plan([(1, composite), (2, supporting)], supporting) == (2, 100.0)
    assert best_plan([(1, composite)], supporting) is None


def test_lock_key_is_stable_and_fits_a_bigint() -> None:
    assert lock_key("haringey") == lock_key("haringey") != lock_key("herefordshire")
    assert -(2 ** 63) <= lock_key("haringey") < 2 ** 63
    # stable across processes and releases: the lock only works if every run agrees
    assert lock_key("") == lock_key("")


def test_versions_order_by_report_date_then_undated_last() -> None:
    t = datetime(2020, 1, 1)
    keys = {"june": version_sort_key(date(2011, 6, 30), t, 3),
            "feb": version_sort_key(date(2011, 2, 28), datetime(2021, 1, 1), 9),
            "undated": version_sort_key(None, datetime(2000, 1, 1), 1)}
    assert sorted(keys, key=keys.__getitem__) == ["feb", "june", "undated"]


def lines(*pairs: tuple[str | None, str]) -> list[LineText]:
    return [LineText(ref, text) for ref, text in pairs]


def test_match_by_ref_then_text_then_added_and_removed() -> None:
    previous = lines(("1.1", "Reconfigure the referral and assessment team"),
                     ("1.2", "Embed the supervision template on all cases"),
                     ("8.3", "Train CAMHS practitioners in best interest decisions"),
                     ("11.6", "Develop a model at placement panel to capture intelligence"))
    current = lines(("1.1", "Reconfigure the referral and assessment team"),
                    ("1.2", "Embed the supervision template on all safeguarding cases"),
                    ("11.7", "Develop a model at placement panel to capture intelligence"),
                    ("11.8", "Introduce a caseload weighting tool"))
    got = [(m.current, m.previous, m.method) for m in match_lines(previous, current)]
    assert got == [(0, 0, "ref"), (1, 1, "ref"), (2, 3, "text"), (3, None, "added"),
                   (None, 2, "removed")]
    text_match = next(m for m in match_lines(previous, current) if m.method == "text")
    assert text_match.score == 100.0


def test_dissimilar_lines_are_not_paired_by_text() -> None:
    previous = lines(("7.1", "Raise the standard of refuges where mothers are placed"))
    current = lines(("5.3", "Children in Care Council members trained for interviews"))
    methods = sorted(m.method for m in match_lines(previous, current))
    assert methods == ["added", "removed"]


def test_repeated_and_missing_refs() -> None:
    previous = lines(("2", "first"), ("2", "second"), (None, "an unnumbered milestone row"))
    current = lines(("2", "first"), (None, "an unnumbered milestone row"), ("2", "second"))
    got = {(m.current, m.previous, m.method) for m in match_lines(previous, current)}
    assert got == {(0, 0, "ref"), (2, 1, "ref"), (1, 2, "text")}


def test_refs_match_whatever_their_spacing_and_case() -> None:
    got = match_lines(lines(("2.1 (a)", "x")), lines(("2.1  (A)", "y")))
    assert [(m.method, m.current, m.previous) for m in got] == [("ref", 0, 0)]


refs = st.lists(st.sampled_from(["1", "2", "3", "4", "5", None]), max_size=8)
texts = st.sampled_from(["alpha beta gamma", "delta epsilon", "zeta eta theta iota", "kappa"])


@given(st.lists(st.tuples(refs.map(lambda r: r[0] if r else None), texts), max_size=8),
       st.lists(st.tuples(refs.map(lambda r: r[0] if r else None), texts), max_size=8))
def test_every_line_is_accounted_for_exactly_once(prev: list, cur: list) -> None:
    matches = match_lines(lines(*prev), lines(*cur))
    current_ids = [m.current for m in matches if m.current is not None]
    previous_ids = [m.previous for m in matches if m.previous is not None]
    assert sorted(current_ids) == list(range(len(cur)))
    assert sorted(previous_ids) == sorted(set(previous_ids))
    removed = {m.previous for m in matches if m.method == "removed"}
    assert removed | {m.previous for m in matches if m.method in ("ref", "text")} == \
        set(range(len(prev)))
