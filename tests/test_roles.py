"""Column roles from header and content evidence, and which tables are plans.

Positive tables use headers paraphrased from how public bodies word plans;
negative tables are the other kinds of table plans sit beside (scorecards,
risk registers, budgets, forward plans …), with rows written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.errors import NoActionTable
from tests.table_builders import decisions, normalised

ACTIONS = ["Review the referral pathway with health partners and publish a revised protocol",
           "Recruit two additional advanced practitioners to the assessment service",
           "Introduce monthly case file audits for all children subject to a plan",
           "Develop a training offer on neglect for early help staff and partners"]
PEOPLE = ["Head of Children's Safeguarding", "Priya Natarajan, Service Manager",
          "Workforce Development Team", "Principal Social Worker"]
WHENS = ["September 2025", "Q3 2025/26", "By 31 March 2026", "Ongoing"]
RAGS = ["Green", "Amber", "Red", "Green"]
NOTES = ["Protocol drafted and shared with the health partnership board in June 2025",
         "One post filled in May 2025; second advert closes in August",
         "Audits started in April; findings reported to the practice board each month",
         "Training designed and first sessions held in July 2025 with 40 staff"]


def table(header: list[str], *columns: list[str]) -> list[list[str]]:
    return [header] + [list(row) for row in zip(*columns, strict=True)]


# (header, columns, fields expected per column) in wordings not in headers.toml's synonyms
POSITIVE = [
    (["What we will do", "Who", "When", "How we'll know"],
     [ACTIONS, PEOPLE, WHENS,
      ["Fewer repeat referrals", "Caseloads under 18", "Audit grades", "Staff survey"]],
     ["action", "lead", "timescale", "evidence"]),
    (["Improvement activity", "Accountable manager", "Completion expected", "Current RAG", "Latest position"],
     [ACTIONS, PEOPLE, WHENS, RAGS, NOTES],
     ["action", "lead", "timescale", "status", "progress"]),
    (["Key task", "Responsible officer", "By when", "BRAG", "Update"],
     [ACTIONS, PEOPLE, WHENS, RAGS, NOTES],
     ["action", "lead", "timescale", "status", "progress"]),
    # a milestone table with no lead and no status column: ref, milestone, target date
    (["No.", "Milestone", "Target date"],
     [["1.1", "1.2", "2.1", "2.2"], ACTIONS, WHENS],
     ["ref", "action", "timescale"]),
    # headers that say nothing: content decides
    (["", "Details", "Column 3", "Column 4"],
     [["1", "2", "3", "4"], ACTIONS, PEOPLE, WHENS],
     ["ref", "action", "lead", "timescale"]),
]


@pytest.mark.parametrize(("header", "columns", "fields"), POSITIVE)
def test_plan_tables_map_every_column(header: list[str], columns: list[list[str]],
                                      fields: list[str]) -> None:
    doc = normalised(table(header, *columns))
    assert len(doc.actions) == 4
    (decision,) = doc.tables
    assert decision.accepted, decision.reason
    assert [r.field for r in decision.columns] == fields


TARGETS = ["Every child seen within 10 days", "Caseloads below 18 per worker",
           "90% of audits graded good", "All staff trained by the spring"]


@pytest.mark.parametrize(("target_column", "field"), [
    # a "Target" header over dates is the target date ...
    (["31.03.26", "Sept 2025", "By Dec 2025", "Q3 2025/26"], "timescale"),
    # ... over sentences it is the target to reach, the outcome
    (TARGETS, "outcome"),
])
def test_a_target_column_is_read_by_what_it_holds(target_column: list[str], field: str) -> None:
    doc = normalised(table(["Ref", "Action", "Lead", "Target", "Update"],
                           ["1", "2", "3", "4"], ACTIONS, PEOPLE, target_column, NOTES))
    (decision,) = doc.tables
    assert [r.field for r in decision.columns] == ["ref", "action", "lead", field, "progress"]


OBJECTIVES = ["Children are seen quickly when they need help", "A stable and skilled workforce",
              "Partners share information well", "Families get early support"]


@pytest.mark.parametrize(("first_column", "fields"), [
    # objectives beside the instructions, both under action words: the objectives are
    # what the actions serve (area for improvement)
    (OBJECTIVES, ["area_for_improvement", "action", "lead", "timescale"]),
    # two columns both of instructions stay actions (a plan's actions and sub-actions)
    (ACTIONS[::-1], ["action", "action", "lead", "timescale"]),
])
def test_an_objective_named_as_an_action_beside_instructions(first_column: list[str],
                                                              fields: list[str]) -> None:
    doc = normalised(table(["Commitment", "What we will do", "Lead", "Timeline"],
                           first_column, ACTIONS, PEOPLE, WHENS))
    (decision,) = doc.tables
    assert [r.field for r in decision.columns] == fields


INTENTIONS = ["By November 2025, the service will publish a revised protocol agreed with health partners.",
              "Two practitioners will be recruited in 2025. They will join the assessment team.",
              "From April 2026 every plan is to be audited monthly and the findings will go to the board.",
              "The training offer will be designed with partners in 2025 and will be open to all staff."]


@pytest.mark.parametrize(("notes", "field"), [
    # paragraphs saying what will be done, with dates: the plan's own description, no progress
    (INTENTIONS, None),
    # notes of what has been done, with dates: progress, though no header names it
    (NOTES, "progress"),
])
def test_dated_paragraphs_are_progress_only_when_they_report(notes: list[str], field: str | None) -> None:
    doc = normalised(table(["Action", "Description", "Responsible", "Timeline"],
                           ACTIONS, notes, PEOPLE, WHENS))
    (decision,) = doc.tables
    assert [r.field for r in decision.columns] == ["action", field, "lead", "timescale"]
    assert all(a.progress is None for a in doc.actions) == (field is None)


def test_a_table_without_lead_or_status_keeps_every_line() -> None:
    doc = normalised(table(["Ref", "Action", "Deadline"], ["1", "2", "3", "4"], ACTIONS, WHENS))
    assert [a.ref for a in doc.actions] == ["1", "2", "3", "4"]
    assert all(a.lead is None and a.status == "unknown" for a in doc.actions)


def test_content_only_roles_lower_confidence() -> None:
    named = normalised(table(["Action", "Lead", "Timescale"], ACTIONS, PEOPLE, WHENS))
    unnamed = normalised(table(["Details", "Column 2", "Column 3"], ACTIONS, PEOPLE, WHENS))
    assert max(a.confidence for a in unnamed.actions) < min(a.confidence for a in named.actions)


NEGATIVE = {
    "kpi_scorecard": [
        ["Indicator", "Target", "Actual Q2", "RAG", "Direction of travel"],
        ["Percentage of assessments completed within 45 working days", "85%", "78%", "Amber", "Improving"],
        ["Number of children subject to a plan for a second time", "18%", "24%", "Red", "Worsening"],
        ["Care leavers in education, employment or training", "60%", "64%", "Green", "Stable"],
    ],
    "risk_register": [
        ["Risk", "Cause", "Consequence", "Likelihood", "Impact", "Risk owner"],
        ["Failure to recruit permanent social workers", "National shortage of staff",
         "Reliance on agency workers and higher caseloads", "4", "4", "Director of Children's Services"],
        ["Overspend on placements", "Rising demand for residential care", "Budget pressure", "5", "3",
         "Head of Finance"],
        ["Cyber attack on case records", "Phishing emails", "Loss of access to records", "3", "5",
         "Chief Digital Officer"],
    ],
    "budget": [
        ["Service", "Budget 2025/26 £000", "Forecast £000", "Variance £000", "Variance %"],
        ["Children in care placements", "42,310", "45,020", "2,710", "6.4%"],
        ["Early help", "8,150", "7,980", "(170)", "-2.1%"],
        ["Fostering", "12,400", "12,650", "250", "2.0%"],
    ],
    "forward_plan": [
        ["Matter for decision", "Decision maker", "Date of decision", "Key decision", "Lead officer"],
        ["Approve the new home to school transport policy", "Cabinet", "14 October 2025", "Yes",
         "Head of Transport"],
        ["Award the contract for supported accommodation", "Cabinet Member for Children", "November 2025",
         "Yes", "Commissioning Manager"],
        ["Adopt the revised fees and charges", "Full Council", "February 2026", "No",
         "Chief Finance Officer"],
    ],
    "consultation": [
        ["Respondent", "Comment", "Officer response"],
        ["Parish council", "The proposed opening hours are too short for working parents",
         "Noted; hours will be reviewed after six months"],
        ["Resident", "Please consider a crossing near the school entrance",
         "Passed to the highways team for assessment"],
        ["Local charity", "Welcome the plan but would like more detail on funding",
         "Funding will be set out in the budget report"],
    ],
    "glossary": [
        ["Term", "Definition"],
        ["EHCP", "Education, health and care plan: a legal document describing a child's needs"],
        ["LADO", "Local authority designated officer, who manages allegations against staff"],
        ["PLO", "Public law outline: the pre-proceedings process before going to court"],
    ],
    "legend": [
        ["Colour", "What it means"],
        ["Green", "Delivered or on schedule"],
        ["Amber", "Some slippage, recovery in hand"],
        ["Red", "Significant delay; escalated to the board"],
    ],
    "version_history": [
        ["Version", "Date", "Author", "Summary of changes"],
        ["0.1", "3 March 2025", "Policy Officer", "First draft for comment"],
        ["0.2", "20 March 2025", "Policy Officer", "Update the actions after the workshop"],
        ["1.0", "1 April 2025", "Head of Strategy", "Approved by the leadership team"],
    ],
    "contents": [
        ["Section", "Page"],
        ["1. Introduction", "3"],
        ["2. Our priorities", "5"],
        ["3. Delivering the plan", "9"],
    ],
    "signature": [
        ["Signed", "Name", "Position", "Date"],
        ["", "A. Okafor", "Director of Children's Services", "12 May 2025"],
        ["", "J. Whitfield", "Lead Member for Children", "12 May 2025"],
    ],
}


@pytest.mark.parametrize("kind", sorted(NEGATIVE))
def test_other_kinds_of_table_are_not_plans(kind: str) -> None:
    with pytest.raises(NoActionTable) as caught:
        normalised(NEGATIVE[kind])
    # no_action_table names the headers it saw
    assert NEGATIVE[kind][0][1] in str(caught.value)


@pytest.mark.parametrize("kind", ["risk_register", "budget", "forward_plan", "glossary", "version_history"])
def test_a_negative_table_beside_a_plan_is_not_read(kind: str) -> None:
    plan = table(["Action", "Owner", "Target date"], ACTIONS, PEOPLE, WHENS)
    doc = decisions(NEGATIVE[kind], plan)
    assert [d.accepted for d in doc.tables] == [False, True]
    assert len(doc.actions) == 4


# Headers no vocabulary holds: the columns must be mapped by their content.
OPAQUE_HEADERS = ["Details", "Column", "Entry", "Field", "Remarks", "Info", "Part", "Cell", "Text", ""]
CONTENT_COLUMNS = {"action": ACTIONS, "lead": PEOPLE, "timescale": WHENS, "status": RAGS}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(sorted(CONTENT_COLUMNS)),
       headers=st.lists(st.sampled_from(OPAQUE_HEADERS), min_size=4, max_size=4))
def test_columns_map_by_content_in_any_order(order: list[str], headers: list[str]) -> None:
    doc = normalised(table(headers, *(CONTENT_COLUMNS[f] for f in order)))
    assert [r.field for r in doc.tables[0].columns] == list(order)


PARAPHRASED = {
    "action": ["Planned intervention", "Actions we will take", "Our commitment", "Task to deliver",
               "What will be done"],
    "lead": ["Person accountable", "Who leads", "Owner of the task", "Led by", "Responsible lead"],
    "timescale": ["To be completed by", "When by", "Target completion", "Deadline for delivery",
                  "Date due for completion"],
    "status": ["Current RAG", "RAG status this quarter", "Delivery status", "BRAG rating"],
}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(sorted(PARAPHRASED)), data=st.data())
def test_paraphrased_headers_map_in_any_order(order: list[str], data: st.DataObject) -> None:
    headers = [data.draw(st.sampled_from(PARAPHRASED[f])) for f in order]
    doc = normalised(table(headers, *(CONTENT_COLUMNS[f] for f in order)))
    assert [r.field for r in doc.tables[0].columns] == list(order)


# --- the ref printed at the start of the action -------------------------------------

def test_ref_is_split_off_the_action_when_no_column_holds_refs() -> None:
    actions = ["10.1 Wildland fuels are reduced around the settlement boundary",
               "10.2 Review the evacuation routes with the parish councils",
               "11. Publish the annual report on progress"]
    doc = normalised(table(["Action", "Lead", "Timescale"], actions, PEOPLE[:3], WHENS[:3]))
    assert [a.ref for a in doc.actions] == ["10.1", "10.2", "11"]
    assert doc.actions[0].action == "Wildland fuels are reduced around the settlement boundary"
    assert doc.actions[2].action == "Publish the annual report on progress"


def test_a_single_line_with_a_leading_ref_is_split_too() -> None:
    doc = normalised(table(["Action required", "Responsible officer", "Timescale"],
                           ["3.4 Update the equality impact assessment"], ["Jane Doe"], ["2024-2025"]))
    assert (doc.actions[0].ref, doc.actions[0].action) == ("3.4", "Update the equality impact assessment")


NOT_LEADING_REFS = ["2 social workers to be recruited by March", "31 March: report to cabinet",
                    "1. Review the policy\n2. Train the staff"]


@pytest.mark.parametrize("text", NOT_LEADING_REFS)
def test_numbers_that_are_not_refs_stay_in_the_action(text: str) -> None:
    doc = normalised(table(["Action", "Lead", "Timescale"], [text, ACTIONS[0]], PEOPLE[:2], WHENS[:2]))
    assert doc.actions[0].action is not None and doc.actions[0].action.split()[0] == text.split()[0]
    assert doc.actions[0].ref is None


def test_a_very_wide_table_is_mapped_without_an_exhaustive_search() -> None:
    header = ["Action", "Lead", "Timescale"] + [f"Month {i}" for i in range(1, 200)]
    rows = [[a, p, w] + ["12"] * 199 for a, p, w in zip(ACTIONS, PEOPLE, WHENS, strict=True)]
    doc = normalised([header, *rows])
    assert [r.field for r in doc.tables[0].columns[:3]] == ["action", "lead", "timescale"]
    assert len(doc.actions) == 4
