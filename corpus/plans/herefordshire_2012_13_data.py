"""Line data of Herefordshire's Supporting and Protecting Children Improvement
Plan V2.2 (2012-13), transcribed from seed 004 (a text dump of the PDF).

No STEM here: corpus/build.py treats modules with STEM as plans; this one is
only data for ``herefordshire_2012_13``.

Cell markup (read by the plan module's cell writer):
- ``\\n`` separates paragraphs of a cell;
- a paragraph starting ``"• "`` is a Word bullet (List Bullet style), so the
  bullet is numbering, not text, as in the council's document;
- ``*text*`` is italic (the timescale-extension notes, *Understanding
  Herefordshire*, *and members?*).

Where a line's ``outcome``, ``lead`` or ``when`` is a tuple, the line is
drawn as that many physical rows (one per milestone), the other columns
merged vertically over them.

Dump garbling fixed: list items flattened into one line were split back into
their bullets (3.5, 4.1, 4.2, 3.46, 3.47); page-split cells were rejoined.
Text that is cut short in the original (3.18, 3.26, 4.32) is kept as printed.
"""

from __future__ import annotations

from typing import NamedTuple


class PlanLine(NamedTuple):
    ref: str  # the unnamed first column: number, then any "Link to …" note
    reference: str  # source codes AA1..AA7 (or what the plan prints instead)
    action: str
    outcome: str | tuple[str, ...]
    evidence: str
    lead: str | tuple[str, ...]
    when: str | tuple[str, ...]
    rag: str  # the RAG process cell: colour word first, then any note
    grade: str  # Ofsted grade descriptor codes
    stream: str  # work stream (colour of the lead cell), a WORK_STREAMS key


TITLE = "Herefordshire Supporting and Protecting Children Improvement Plan"
VERSION = "V2.2"

HEADER = ("", "Reference", "Action/ Objective", "Outcome/ Measurable target", "Evidence",
          "Lead person/ Lead task group", "By when", "RAG process", "Ofsted grade descriptor")

REFERENCE_KEY = (
    "AA1: Quality and improvement action plan 2012-2013 – Herefordshire Children’s Services",
    "AA2: Improvement Plan – priority list v3",
    "AA3: Areas for improvement based on observations of Ofsted judgments",
    "AA4: Audit of cases – Action plan final submitted v2",
    "AA5: Herefordshire Safeguarding Children Board (HSCB) Business Plan 2012-13",
    "AA6: Ofsted report: Inspection of local authority arrangements for the protection of "
    "children in Herefordshire",
    "AA7: Keeping Children Safe Strategy",
)
# The key repeated before each theme drops the "in" of AA6, as printed.
SHORT_KEY = tuple(k.replace("children in Herefordshire", "children Herefordshire")
                  for k in REFERENCE_KEY)

RAG_KEY = (
    ("RED", "Tasks and or outcomes have not been met or timescale slipped.", "ff0000"),
    ("AMBER", "Tasks and outcomes are on track, milestones met but not completed.", "ffc000"),
    ("GREEN", "Tasks and outcomes are completed or performance is on target.", "00b050"),
    ("GREY", "Not yet started", "a6a6a6"),
    ("BLUE", "Completed", "00b0f0"),
)
RAG_FILLS = {word.lower(): fill for word, _meaning, fill in RAG_KEY}

# Work streams and their pastel colours, in the order of the key table
# (two per row); the lead cell of each line is shaded in its stream's colour.
WORK_STREAMS = {
    "Practice": "c6d9f1", "Commissioning": "e5dfec",
    "HSCB": "fde9d9", "LAC": "ddd9c3",
    "Workforce": "daeef3", "QA": "f2dcdb",
    "MASH": "d7e4bd", "Strengthening Governance": "fbd4b4",
}

# Evidence items (the plan's five "Evidence for performance indicators").
E1 = "Stakeholder and service user consultations"
E2 = "Consultation, audit, surveys"
E3 = "Child Protection (CP) data, audit, Looked After Child (LAC) data"
E4 = "Workforce data, supervision, quality assurance, career professional development (CPD) data"
E5 = "Commissioning data, multi-agency data audit"

# Outcomes and leads the plan repeats word for word.
CAF = ("All agencies aware of CAF and use it appropriately\n"
       "Children's needs are met at an appropriate stage")
CONSISTENT = "Consistently timely and good quality assessments produced"
COMMISSIONING = ("Improved quality of commissioning, including enhanced systematic action "
      "resulting "
                 "from feedback from children and young people")
APPROPRIATE = "Appropriate action is taken to support and protect children from harm"
PROTECTED = "Children are supported and protected from harm in a timely way"
RIGHT_HELP = "Children are receiving the right help at the right time from appropriate resources"
LEADERSHIP = "Effective leadership and governance across children's services"
LEADERSHIP_EV = ("Minutes of decision making meetings\nPerformance framework for senior leaders "
                 "*and members?*\nStaff and partner surveys/feedback\n360 evaluation")
HUB_EV = "Audit, Multi agency data, user feedback"
HUB_GRADE = "EHP 2.7\nQP 3.19\nQP 3.20\nQP3.22"
QA_GRADE = "1.2\n1.7\n2.5\n3.2\n3.3\n4.6\n4.14\n4.26\n4.20"
KOM = "KOM\nPractice"
DM_QA = "DM\nQA"
DM_HSCB = "DM\nHSCB"
EXT = "*Extension to timescale agreed*"
EXT_JAN = "*Extension to timescale agreed Jan 13*"
W3 = "Within 3 months (Jan 13)"


def ev(*items: str) -> str:
    return "\n".join(items)


L = PlanLine

THEME_1 = "Theme 1: I know who to talk to and I am listened to"
THEME_2 = "Theme 2: I feel I am getting the help I need"
THEME_3 = "Theme 3: I am protected from harm"
THEME_4 = "Theme 4: I am helped by people who know what they are doing"
THEME_5 = "Theme 5: My family are getting the help they need"

THEME_1_LINES = (
    L("1.1", "AA1", "Set of clearly articulated quality standards :\n• for the team to work to\n"
      "• for families/ partner agencies to have so that they know what to expect\n"
      "• families receiving copies of the assessment\n"
      "• referrers being informed at point of closure/ transfer",
      CONSISTENT, ev(E1, E2), KOM, "Oct 12 – Dec 12\n" + EXT_JAN,
      "Green 21.11.12 - This has been shared with the front end. Expectation it will be shared "
      "with the whole organisation by April and families by June", "QP3.3\nEHP2.2", "Practice"),
    L("1.2", "AA1\nAA3", "Aggregate learning for Service User Involvement and capture the feedback "
      "of parents and children in service development:\n• Complete strategy\n• Implement actions\n"
      "• Aggregate learning\n• Implement learning into strategy\n• Feedback to service users\n"
      "• Contact viewpoint\n• Feed into Strategic Needs Assessment",
      "Strategies contain objectives related to service user feedback", ev(E1, E2), KOM,
      "Oct 12- Dec 12\n*Extension to timescale agreed Jan13*", "Amber",
      "LG4.11\nLG4.7\n1.2\n2.5\n4.20", "Practice"),
    L("1.3", "AA6", "ensure that effective performance monitoring and quality assurance "
      "arrangements "
      "are put in place which includes sufficient qualitative information including service users' "
      "views, to enable a clear understanding of current practice and performance in child "
      "protection, including the impact of services on children and their families",
      "The local authority and the HSCB understands the impact of CP services on children and "
      "families", "CP data\nService user feedback\nAudit", "QA\nDM",
      "Within 6 months (April 2013)", "Amber", QA_GRADE, "QA"),
    L("1.4", "AA1", "Refresher guidance to be issued on CAF and levels of need", CAF, E1, KOM,
      "Jan 13\n" + EXT, "Amber", "LG4.2\nEHP2.6\nQP3.11", "Practice"),
    L("1.5", "AA1", "Specifically target schools/agencies where CAF approach not actively being "
      "used",
      CAF, E1, KOM, "Jan 13", "Green 07.01.13", "LG4.2\nEHP2.6\nQP3.11", "Practice"),
    L("1.6", "AA3", "Evidence effect of child's voice in case planning, particularly with young "
      "children", "All workers involved with children seek and assess their views and ensure that "
      "these views are incorporated into case planning", ev(E1, E2), "Practice\nKOM", "Feb 13",
      "Amber", "QP3.2", "Practice"),
    L("1.7", "AA5", "Develop the use of *Understanding Herefordshire* to identify needs and "
      "strengthen "
      "service planning across agencies", "Access to *UH* for all agencies\nIdentify gaps in "
      "service "
      "planning\nAssess the impact current safeguarding measures are having on children's outcomes",
      ev(E1, E5), "DM/Andy Churcher\nHSCB", "Sept 12\nOct 12\nDec 12", "Red", "OE1.1\nOE1.2",
        "HSCB"),
    L("1.8", "AA3", "Improve attendance at CP conferences by Children",
      "All children, for whom it is appropriate, to attend CP conferences", ev(E2, E3), KOM,
      "Feb 13\n" + EXT_JAN, "Amber", "QP3.20", "Practice"),
    L("1.9", "AA6\nAA3", "• reduce the number of changes of social workers experienced by children "
      "and their families and improve the consistency and quality of direct work\n"
      "• review use of agency staff", "Children are able to build relationships with their social "
      "worker", "Audit\nData: number of changes of SW\nStaffing data", "JRez\nWorkforce",
      "Within 6 months (April 2013)", "Amber", "4.21\n4.8", "Workforce"),
    L("1.10", "AA3", "Improve use of advocacy at conferences", "Children are heard at conferences",
      ev(E1, E2), KOM, "Feb 2013\n" + EXT_JAN, "Amber", "QP3.25", "Practice"),
)

THEME_2_LINES = (
    L("2.1 (a)", "AA2", "Catch-up audit activity\nIdentification and audit of CIN plans open over "
      "12 mnths where Domestic Abuse and or neglect is presenting factor (Requires external "
      "investment. PM to manage – explore regional support)", "Children who live in families where "
      "DA or neglect is a presenting factor receive the help and protection they need in a timely "
      "manner", "Audit", "Pme\nQA", "Immediate\nDec 12", "Green", "QP3.6\nQP3.7\nQP3.12", "QA"),
    L("2.1 (b)", "AA2", "Catch-up audit activity\n-Audit LAC cases from Liz Brown report (those "
      "with "
      "needs not met)\n-Audit CP cases from Liz Brown report (those with needs not met)\n"
      "-Audit Social Worker 1's caseload\n-Audits from reviewed cases plan",
      "Children who need help and protection receive this in a timely manner", "Audit", "PMe\nQA",
      "Immediate\nDec 12", "Amber", "QP3.7", "QA"),
    L("2.1 (c)", "AA1", "CAF audit and action taken where necessary",
      "Children's needs are appropriately met", "Audit", DM_QA, "Sept-Oct 12", "Amber",
      "EHP2.6\nEHP2.9\nEHP2.14", "QA"),
    L("2.1 (d)", "AA1", "NEET care leavers: Review the 4 cases where the young people are not "
      "engaged with a plan to engage them", "All care leavers are in EET", ev(E1, E2), "KOM\nLAC",
      "Sept 12", "Blue", "EHP2.13", "LAC"),
    L("2.1 (e)", "AA1", "Analysis of CAs not leading to a service and plan – if necessary, develop "
      "plan to reduce", CONSISTENT, E2, DM_QA, "Oct-Dec 12", "Amber", "QP3.14", "QA"),
    L("2.2", "AA1", "Commissioning of activity systematically informed by learning from service "
      "user "
      "involvement", COMMISSIONING, ev(E1, E2), "CB\nC&C", "Jan 13", "Amber", "LG4.1\nLG4.7",
      "Commissioning"),
    L("2.3", "AA1", "Engage Health in discussion and strategy to promote under 2's issues", CAF,
      ev(E2, E5), KOM, "Feb 13\nRemove from plan", "Amber", "LG4.2", "Practice"),
    L("2.4", "AA1", "Restructuring and enhancement of commissioning service", COMMISSIONING,
      "Stakeholder consultations", "CB\nC&C", "2012 onwards", "Green", "LG4.1\nLG4.7",
      "Commissioning"),
    L("2.5", "AA3", "Improve timeliness and quality of decision making related to response to "
      "referrals", "Children and families receive appropriate levels of help and protection when "
      "they need it.", ev(E2, E3, E4), KOM, "Jan 13\n" + EXT, "Amber", "QP3.11\nQP3.17",
      "Practice"),
    L("2.6", "AA1", "Commissioning\nEstablish in-house process for capturing unmet need "
      "highlighted "
      "through CAF and how this can inform commissioning approach", COMMISSIONING, ev(E1, E2, E4),
      "CB\nC&C", "April 2013", "Amber", "EHP2.5\nEHP2.9\nLG4.1\nLG.7", "Commissioning"),
    L("2.7", "AA1", "Link commissioning findings back into integrated strategic needs assessment",
      COMMISSIONING, ev(E1, E2), "CB\nC&C", "Jan 13", "Green", "LG4.16", "Commissioning"),
    L("2.8\nLink to 1.2 and 1.3", "AA6", "ensure that there is a robust auditing programme that "
      "includes a focus on the experience of the child and the impact and outcomes of service "
      "provision and that this leads to the identification of themes and clear action plans which "
      "are robustly monitored and implemented.", "Audit programme informs improvement agenda",
      "Record of improvements made and impact, as a consequence of audit feedback", DM_QA,
      "Within 6 months", "Amber", QA_GRADE, "QA"),
    L("2.9\nLink to 1.1 and 1.4", "AA6", "ensure that inter-agency thresholds for statutory "
      "intervention are understood and applied by all agencies, leading to children and their "
      "families receiving appropriate and timely services in accordance with their assessed needs",
      "Children and families are supported at an appropriate level of intervention",
      "Audit\nCAF data\nReferral data", DM_HSCB, W3, "Amber", "4.5\n3.19\n3.8.\n3.9", "HSCB"),
    L("2.10", "AA6\nAA4", "ensure that assessments are analytical, timely, comprehensive and up to "
      "date, and robustly identify needs, risks and protective factors leading to appropriate and "
      "timely action", "Children and families have the help they need", "Audit\nData\nConsultation",
      KOM, W3 + "\n" + EXT, "Amber", "2.3\n2.4\n3.14\n3.15\n3.16", "Practice"),
    L("2.11", "AA5", "Improve the quality of assessment of need", "Agencies routinely undertaking "
      "CAF "
      "in a timely way and most children will have received a CAF before a referral is made to "
      "social care", ev(E1, E2, E5), "DM/Debbie McMillan\nHSCB\n*Moved to Practice*", "Feb 13",
      "Amber", "EHP2.7\nEHP2.14\nQP3.14", "HSCB"),
    L("2.12", "AA6", "ensure that child protection and child in need plans are specific and "
      "measurable and focus on the key needs and risks and include robust contingency arrangements "
      "that are understood by parents as well as professionals", "Plans help to ensure that "
      "children and families receive the help they need", "Audit\nData\nConsultation", KOM, W3,
      "Amber", "3.16", "Practice"),
    L("2.13", "AA1", "MASH Reports to be made to SC", RIGHT_HELP, ev(E2, E3, E5),
      "JRoberts\nMASH (HSCB)", "Oct 12 – Apr 13", "Green", "EHP2.7\nEHP2.8\nQP3.10", "MASH"),
    L("2.14", "AA5", "Develop the profile of Safeguarding across residential care providers",
      "80% of providers signing up to standards", E5, "DM/Andy Churcher\nHSCB", "Jan 13", "Amber",
      "LG4.2\nEHP2.7", "HSCB"),
    L("2.15", "AA1", "Step Down and monitoring data on CAFs to be developed", CAF, ev(E4, E5),
      "KOM\nQA", "Feb 13", "Amber", "EHP2.6\nEHP2.12\nQP3.14\nQP3.15", "QA"),
    L("2.16", "AA1", "Reporting mechanism to be developed from child's record on short breaks",
      "Reports available on children's attendance at overnight short breaks", "data", DM_QA,
      "Dec 12", "Amber", "QP3.22", "QA"),
    L("2.17", "AA1", "CAF Fwi to be developed", CAF, ev(E2, E5), KOM,
      "Nov 12 – Jan 13\n" + EXT_JAN, "Amber", "EHP2.6\nEHP2.12\nQP3.14\nQP3.15", "Practice"),
)

THEME_3_LINES = (
    L("3.1 (a)", "AA1", "Establish a MASH task group. Project manager identified, scoping process "
      "under way", RIGHT_HELP, ev(E2, E3, E5), "JRoberts\nMASH", "Oct 12", "Blue",
      "EHP2.7\nEHP2.8\nQP3.10", "MASH"),
    L("3.1", "AA6", "Audit all cases closed in the last three months and risk assess all current "
      "cases within children's social care services; ensure that this leads to appropriate action "
      "to protect children effectively", APPROPRIATE, "Review\nAudit", DM_QA, "Immediate\nDec 12",
      "Green", "2.4", "QA"),
    L("3.2", "AA6", "ensure that statutory child protection guidance is followed for strategy "
      "discussions and section 47 enquiries, and that thresholds for child protection enquiries "
      "are "
      "consistently and appropriately applied, leading to a sound assessment of risk and effective "
      "information sharing", APPROPRIATE, "Review\nAudit", DM_HSCB, "Immediate", "Red",
      "3.13\n3.12\n3.18\n3.21", "HSCB"),
    L("3.3", "AA6", "ensure that children in need and those subject to child protection enquiries "
      "are visited regularly by social workers", APPROPRIATE, "Data", KOM, "Immediate", "Red",
      "3.21\n3.1\n3.2\n3.4\n3.5", "Practice"),
    L("3.4", "AA6", "ensure that legal advice is sought in a timely way and that this leads to "
      "timely legal planning meetings and interventions.", APPROPRIATE, "Audit", KOM, "Immediate",
      "Amber - Message has gone out. Legal planning meetings much shorter, decision making, "
      "progress making", "3.21", "Practice"),
    L("3.5", "AA2", "• Audit and add actions for 2 additional cases\n• Decide mechanism for "
      "monitoring plan\n• Monitor plan", APPROPRIATE, E2, DM_QA, "Immediate", "Blue",
      "QP3.6\nQP3.7", "QA"),
    L("3.6", "AA2", "Audits:\nClosed cases\nDelayed IAs\n13 cases with inadequate features",
      APPROPRIATE, "Review\nAudit", DM_QA, "Immediate", "Blue", "QP3.7", "QA"),
    L("3.7", "AA1", "Audit of themed IAs to be undertaken", CONSISTENT, "Audit, surveys", DM_QA,
      "Feb 13", "Amber", "EHP2.4\nQP3.7", "QA"),
    L("3.8", "AA3", "Ensure that audits inform SCB of outcomes/themes/issues",
      "SCB is able to promote improvement and challenge progress", ev(E2, E5), DM_HSCB, "Jan 13",
      "Amber", "LG4.3\nLG4.6", "HSCB"),
    L("3.9", "AA1", "HSCB performance data set to be finalised and implemented",
      "HSCB data set is fit for purpose to enhance multi-agency approaches", E5,
      "DM/AC/ Buy in support\nHSCB", "Stage 1 – Nov 12\nStage 2 – March 13", "Amber",
      "LG4.4\nLG4.5\nLG4.6\n" + QA_GRADE, "HSCB"),
    L("3.10", "AA5", "Improve interrogation of performance information at Strategic Board",
      "Develop a HSCB dataset of indicators\n100% of quarterly reports presented to Board\n"
      "Training for Board on data interrogation", E5, "DM/Andy Churcher\nHSCB",
      "Sept 12\nDec 12\nNov 12", "Amber", "LG4.4\nLG4.6", "HSCB"),
    L("3.11\nLink to 3.9 2.8 1.2 and 1.3", "AA6", "establish a robust quality assurance framework "
      "for child protection enquiries, which monitors the quality of decision making", PROTECTED,
      "Audit data eg. length of time on CP plans", DM_QA, W3, "Amber", QA_GRADE, "QA"),
    L("3.12\nLink to 3.11 3.9 2.8 1.2 and 1.3", "AA6", "Ensure that the Herefordshire Safeguarding "
      "Children Board has sufficient, high quality information so that it can effectively monitor "
      "and challenge the effectiveness of child protection practice", PROTECTED, "Audit", DM_HSCB,
      "Within 6 months (April 2013)", "Amber", "LG4.4\nLG4.5\nLG4.6\n" + QA_GRADE, "HSCB"),
    L("3.13", "AA1", "Catch up work on inputting documents", "All records are up to date", E3, KOM,
      "Sept 12", "Green", "QP3.14\nQP3.18\nQP3.22", "Practice"),
    L("3.14", "AA1", "Reinforcement to staff of the importance of prompt recording – and "
      "monitoring "
      "of this, including recording of child/parent/carer views", "All records are full and up to "
      "date", "Audit", KOM, "Sept 12", "Green", "QP3.14\nQP3.18\nQP3.22", "Practice"),
    L("3.15", "AA1", "Case progress tools researched", CONSISTENT, "Trial of tools", KOM, "Feb 13",
      "Amber", "EHP2.1\nEHP2.4\nQP3.7\nQP3.18", "Practice"),
    L("3.16", "AA1", "Review the operation of existing inter-agency working and promote more "
      "integrated approaches to case management possibly by the use of a small pilot around "
      "complex "
      "cases", "Staff are clear on how to manage safeguarding concerns in relation to disabled "
      "children", ev(E1, E2, E5), KOM, "Oct 12", "Amber", "EHP2.8\nEHP2.10\nQP3.19", "Practice"),
    L("3.17", "AA1", "Numbers of known private fostering arrangements:\nProgramme in place to "
      "raise "
      "awareness within the community.\nSCB alerted", "All known private fostering arrangements "
      "are "
      "notified to the local authority", ev(E1, E2, E5), "KOM\nLAC", "August 12", "Green", "EHP2.1",
      "LAC"),
    L("3.18", "AA1", "Learning system from complaints to be finalised, building on current "
      "practice",
      "Strategies contain clear evidence of learning from complaints and systematic application to "
      "service improvement and", "Strategy documents", DM_QA, "Oct 12", "Amber",
      "LG4.1\nLG4.24\nLG4.25", "QA"),
    L("3.19", "AA1", "Data quality assurance plan to be developed and implemented",
      "All performance data to be correct", "Internal audit", DM_QA, "Oct 12", "Amber",
      "LG4.24\nLG4.25", "QA"),
    L("3.20", "AA1", "Ensure all relevant officers see and understand performance data\n"
      "• report to CMG\n• then to SMT\n• then upwards", "Clear routes of reporting in place",
      "Minutes of meetings", DM_QA, "Oct 12", "Amber", "LG4.3", "QA"),
    L("3.21", "AA5", "Improve multi-agency child protection planning and practice",
      "Implement the CPC hub\nAll agencies submitting reports to conference as appropriate",
      ev(E2, E5), DM_HSCB, "July 12\nDec 12", "Blue", "EHP3.19\nEHP3.20", "HSCB"),
    L("3.22", "AA1", "Establish frequency of, and attendance at, Core Group",
      "Reports available on frequency and attendance at Core Groups", ev(E2, E5), DM_QA, "Sept 12",
      "Amber", "QP3.20", "QA"),
    L("3.23", "AA6", "ensure that core groups are regular and effectively develop and implement "
      "the "
      "child protection plan, and that these plans are monitored by child protection conferences",
      PROTECTED, "Audit data eg. length of time on CP plans", DM_HSCB, W3, "Amber", "3.25", "HSCB"),
    L("3.24", "AA1\nAA5", "System for reports to child protection conferences to be reviewed and "
      "implemented", "System for reports for conference in understood and utilised by all "
      "appropriately.\nMinute taking minimised", ev(E2, E5), "DM\nHSCB\nMOVED TO PRACTICE", "Oct "
      "12",
      "Amber", "LG4.2", "HSCB"),
    L("3.25", "AA3", "Improve timeliness of conferences and reviews", PROTECTED, ev(E1, E2, E5),
      KOM,
      "Feb 13", "Amber", "QP3.19\nQP3.20", "Practice"),
    L("3.26", "AA1", "System alert functions for caseworkers and team managers\nMeanwhile, manual "
      "reports to be produced weekly", CONSISTENT + "\nAll reviews and statutory visits are "
      "undertaken within", ev(E2, E3), "DM\nQA\nMOVED TO PRACTICE", "Oct 12 – Dec 12", "Amber",
      "EHP2.3\nQP3.7\nQP3.18\nQP3.22", "QA"),
    L("3.27", "AA5", "Improve multi-agency decision making through implementation of MASH",
      "Model for Herefordshire MASH agreed\nAll agencies have identified the resources needed to "
      "implement the MASH", ev(E1, E5), "J. Roberts\nMASH", "Nov 12\nFeb 13", "Amber",
      "EHP2.7\nEHP2.8\nQP3.19", "MASH"),
    L("3.28", "AA3", "Improve decision making related to risk", PROTECTED, ev(E2, E4), KOM, "Jan "
      "13",
      "Amber", "QP3.17", "Practice"),
    L("3.29", "AA6", "ensure that West Mercia Probation Trust properly consults with children's "
      "social care services when making plans for offenders who have significant contact with "
      "children and young people known to them.", PROTECTED, "MA Audit", DM_HSCB, W3, "Amber",
      "3.12", "HSCB"),
    L("3.30", "AA3", "HSCB to make and monitor impact of challenge\nEnsure all key partners are "
      "committed to its work", PROTECTED, ev(E1, E5), DM_HSCB, "Jan 13", "Red", "LG4.4\nLG. 4.18",
      "HSCB"),
    L("3.31", "AA3", "Ensure strategy meetings are focussed on protection arrangements for "
      "children "
      "and involve the appropriate and relevant professionals", PROTECTED, ev(E3, E5), KOM,
      "Jan 13", "Amber", "QP3.20", "Practice"),
    L("3.32\nLink to 3.31", "AA3", "Ensure s.47 enquiries are robust and are recorded robustly",
      PROTECTED, ev(E1, E2), KOM, "Jan 13", "Amber", "QP3.13", "Practice"),
    L("3.33", "AA3", "Ensure risk is systematically reviewed on cases", PROTECTED,
      "Supervision audits\nCase audits", KOM, "Jan 13", "Red", "QP3.7\nQP3.21", "Practice"),
    L("3.34", "AA6", "Ensure that referrals are appropriately risk assessed and prioritised within "
      "the family assessment and safeguarding team (FAST)", PROTECTED, "Audit\nData", KOM, W3,
      "Amber", "3.12", "Practice"),
    L("3.35", "AA2", "• Develop and implement performance framework for CIN service, including "
      "systematic review of all cases through supervision by 19 Oct 2012\n• Trial new procedures "
      "to be co-ordinated", PROTECTED, ev(E2, E4), DM_QA, "By 19.10.12", "Amber",
      "QP3.7\nQP3.17\nLG4.23", "QA"),
    L("3.36", "AA5", "MASH: Development of a safeguarding officer for schools",
      "Schools have a point of contact for safeguarding issues and advice", "Stakeholder "
      "consultation", "J. Roberts\nMASH", "April 2013", "Red", "4.1", "MASH"),
    L("3.37\nLink to 3.34", "AA4", "Risk assessment processes and use of risk assessment tools to "
      "be "
      "embedded in practice", "Risk assessment process established", "Audit", KOM, W3, "Red",
      "3.12", "Practice"),
    L("3.38", "AA4", "Ensure chronologies are used in every case", "Chronologies are in place and "
      "give a concise overview of the history of the case", "Audit", KOM, W3, "Amber", "3.18",
      "Practice"),
    L("3.39", "AA4", "Ensure that, prior to cases being closed,\na) an assessment is made as to "
      "the "
      "continuing needs of the family,\nb) the family are consulted about case closure/step down "
      "arrangements,\nc) all relevant agencies are aware of the closure/step down,\nd) a "
      "supervision of the case has agreed the next course of action,\ne) supervision takes place "
      "regularly on every case", "Cases are not closed without proper assessment and checks being "
      "undertaken", "Audit, CP, CAF and LAC data", KOM, W3, "Amber", "3.18", "Practice"),
    L("3.40", "AA4", "Additional resilience to be put in place to support prompt sharing of CP "
      "conference and Core Group minutes", "Minutes and outline plans available promptly",
      "Audit, CP data, multi-agency data audit", "J.Rez\nWorkforce", W3, "Green", "3.25",
      "Workforce"),
    L("3.41", "AA4", "Ensure risk assessment takes place prior to conference processes",
      "CP conferences are used effectively for decision making", "Audit, CP data", KOM, W3, "Amber",
      "3.25", "Practice"),
    L("3.42", "JD", "Leadership development", LEADERSHIP, LEADERSHIP_EV, "JD", "April 2013",
      "Amber",
      "LG", "Strengthening Governance"),
    L("3.43", "JD", "Mentoring and Coaching for senior officers and members", LEADERSHIP,
      LEADERSHIP_EV, "JD", "April 2013", "Amber", "LG", "Strengthening Governance"),
)

# The plan's last Theme 3 lines sit in a table of their own whose repeated
# header is the column header only (no theme row), as the seed's pages show.
THEME_3_TAIL = (
    L("3.44", "JD", "Developing the role of scrutiny : Including peer mentoring for scrutiny need "
      "and 3 workshops for scrutiny committee", LEADERSHIP, LEADERSHIP_EV, "JD", "April 2013",
      "Amber", "LG", "Strengthening Governance"),
    L("3.45", "JD", "Leadership capacity", LEADERSHIP, LEADERSHIP_EV, "JD", "April 2013", "Amber",
      "LG", "Strengthening Governance"),
    L("3.46", "AA7", "The establishment of the new Child Protection Hub and related business "
      "processes\n• Suitable premises\n• Timetabled conferences\n• Written reporting to CPCs for "
      "all agencies\n• Reports presented in a timely manner\n• Revised format for minute taking\n"
      "• Electronic transfer of documentation\n• Performance indicators\n• QA arrangements\n"
      "• Introduce feedback and evaluation procedures\n• Guidance and support to maximise "
      "involvement", "• Establish conference hub\n• Ensure local CP procedures are fulfilled\n"
      "• Provide the most efficient and effective use of available resources\n• Maximise the "
      "potential to engage with children and families in CPCs", HUB_EV, "Practice/ KOM", "Oct 12",
      "Green - Started see PMe", HUB_GRADE, "Practice"),
    L("3.47", "AA7", "The introduction of strengthening families: a new approach to CP "
      "conferencing "
      "and planning\n• Evaluate the approach to determine relevance to HC\n• Agree and action "
      "implementation plan\n• Evaluate and make necessary adjustments", "• Better understanding "
      "and ownership of risks\n• CP plans much SMARTer and based around children and family needs\n"
      "• Better ownership of CPPs with family members", HUB_EV, "Practice/KOM", "Dec 12", "Amber",
      HUB_GRADE, "Practice"),
)

THEME_4_LINES = (
    L("4.1", "AA2", "Short term workforce arrangements\n• Agree and implement interim management "
      "arrangements\n• Management arrangements clearly communicated to all staff and partner "
      "agencies\n• JR supervision with immediate reports.\n• Establish priorities\n• Offer of "
      "mentoring to team managers – need to establish who\n• Establish intensive "
      "management/mentoring programme for front line managers", "Establish high quality management "
      "practice, modelling of good decision making and practice, baseline for performance",
      ev(E2, E4), "J.Rez/JD/CB/ KOM\nWorkforce", "Immediate", "Amber",
      "LG 4.24\nLG 4.23\nLG 4.13\nLG 4.14", "Workforce"),
    L("4.2", "AA2", "Short term staffing resilience\n• Business process review in FAST & link to "
      "CIN\n"
      "• Recruiting 2 ATMs for FAST team, KT to contact desk – will result in full complement of "
      "ATMs in staff\n• SF to move across to FAST for 1 week to cover KT's leave\n• Additional ATM "
      "and agency social worker for CWD team", "Ensure consistency of good practice across "
      "service\n"
      "Service is safe and receives immediate support", ev(E2, E3, E4), KOM, "Completed", "Blue",
      "QP3.6\nQP3.7\nLG4.8", "Practice"),
    L("4.3", "AA5", "Development of KCSS", "All appropriate agencies committed", ev(E1, E5),
      "DM/KOM\nHSCB", "July 12", "Amber", "EHP2.7\nEHP2.8\nEHP2.9", "HSCB"),
    L("4.4", "AA5", "Deliver effective arrangements for sexual assault examinations",
      "Commission to interim arrangements for SAEs\nComplete tender process for permanent "
      "arrangements\nSARC implemented", ev(E1, E5), "DM/Lynne Renton\nHSCB", "July 12\nJuly 12\n"
      "Jan 13", "blue", "LG4.1", "HSCB"),
    L("4.5", "AA1", "Flowchart on safeguarding responsibilities for disabled children to be "
      "produced "
      "and disseminated to staff", "Staff are clear on how to manage safeguarding concerns in "
      "relation to disabled children", ev(E2, E4), KOM, "Jan 13", "Blue", "EHP2.10\nEHP2.11",
      "Practice"),
    L("4.6", "AA1", "Lunchtime seminars arranged", "Staff understand how to enhance practice "
      "following from learning from other SCRs", ev(E2, E4), KOM, "Sept and Oct 12", "Blue",
      "LG4.8",
      "Practice"),
    L("4.7\nLink to 3.11 3.9 2.8 1.2 and 1.3", "AA5", "Listen to the voice of the child and staff "
      "as "
      "part of quality assurance arrangements",
      ("Explore existing arrangements for consulting children and young people and make "
       "recommendations", "Include child and staff voices in audit work"), E1,
      ("DM/Andy Churcher", "John Roughton\nHSCB"), ("Sept 12", "Oct 12"), "red",
      "QP3.20\n" + QA_GRADE, "HSCB"),
    L("4.8", "AA1", "Workforce strategy updates to CYPFF", "Workforce strategy and planning "
      "mechanisms fully understood", ev(E2, E4), "JRez\nWorkforce", "Jan 13", "Amber",
      "LG 4.21\nLG 4.22", "Workforce"),
    L("4.9", "AA1", "Recruitment and Retention Strategy to be approved by DLT", "Workforce "
      "strategy "
      "and planning mechanisms fully understood and integrated", ev(E2, E4), "JRez\nWorkforce",
      "Jan 13", "Amber", "LG 4.8", "Workforce"),
    L("4.10", "AA1", "Definitions of chronologies to be developed alongside training",
      "Staff and system produce appropriate chronologies", ev(E2, E3, E4), KOM, "Oct 12", "Red",
      "EHP3.14\nEHP3.18", "Practice"),
    L("4.11\nLink to 3.38", "AA1", "FWi to be developed to support useful chronologies",
      "Staff and system produce appropriate chronologies", ev(E2, E3, E4), "BA\nPractice", "Jan 13",
      "Red", "EHP3.14\nEHP3.18", "Practice"),
    L("4.12", "AA1", "Intensive training and mentoring – short term.\nLonger term – ongoing "
      "routine "
      "training and mentoring/ learning form audits to be factored into working routine",
      "Quality of recording is consistently good", ev(E2, E3, E4), KOM, "Dec 12", "Green",
      "EHP 3.14\nEHP3.18\nEHP3.22", "Practice"),
    L("4.13", "AA1", "Reports to be focused on:\n• Frequency of staff supervision\n• Frequency of "
      "case supervision\nAudit suggests regular case supervision takes place", "Cases confirmed as "
      "supervised at appropriate intervals.\nStaff confirmed as supervised at appropriate "
      "intervals",
      ev(E2, E3), "JRez\nPractice", "Jan 13", "Amber", "EHP3.6\nEHP3.17", "Practice"),
    L("4.14", "AA1", "Refresher training and audit", "Agencies understand the levels of need and "
      "thresholds for intervention.\nChildren's needs are being met appropriately", ev(E2, E3, E5),
      KOM, "Dec 12", "Amber", "QP3.8\nQP3.9\nQP3.11\nEHP2.9", "Practice"),
    L("4.15", "AA1", "Build CAF into Group3 training", CAF, ev(E1, E2), KOM, "Jan 13", "Amber",
      "EHP2.6\nEHP2.12\nQP3.14\nQP3.15", "Practice"),
    L("4.16", "AA1", "Use social care advocates and case examples in training", CAF, ev(E1, E2),
      KOM,
      "Jan 13", "Green", "EHP2.6\nEHP2.12\nQP3.14\nQP3.15", "Practice"),
    L("4.17", "AA1", "Case audit cycle x1 to be completed", "Strategies evidence learning from "
      "audits", ev(E2, E4), DM_QA, "Jan 13", "Amber", "LG4.24\nLG4.25", "QA"),
    L("4.18", "AA1", "Reports on learning exercises following SCB audits to be provided to "
      "Business "
      "Unit who will then amalgamate these reports into one, for Board", "Clear routes of "
      "reporting "
      "in place", E5, "DM/AC\nHSCB", "Feb 13", "Amber", "LG4.3\nLG4.6", "HSCB"),
    L("4.19", "AA1", "Strengthen social work practice through training and development so that "
      "there "
      "is appropriately less reliance on management oversight", CONSISTENT, ev(E2, E4), KOM,
      "Feb13", "Amber", "QP3.7\nLG4.8", "Practice"),
    L("4.20", "AA1", "Review and enhance advanced practitioner role", CONSISTENT, ev(E2, E4), KOM,
      "Oct 12 – Dec 12", "Green", "LG4.8\nQP3.6", "Practice"),
    L("4.21", "AA1", "APs, ATMs and TMs to be trained in reflective practice", "Staff consistently "
      "receive reflective supervision", ev(E2, E4), KOM, "Dec 12", "Amber",
      "LG4.8\nLG4.26\nEHP3.6\nEHP3.7", "Practice"),
    L("4.22", "AA1", "One supervision template to be produced", "Staff consistently receive "
      "reflective supervision", ev(E2, E4), KOM, "Jan 13", "Green", "EHP3.6", "Practice"),
    L("4.23", "AA6", "ensure that first line managers have sufficient skills, knowledge and "
      "experience to effectively undertake their role", "Response to children and families is "
      "effective", "Audit\nCompetency frameworks\nStaff surveys", "J.Rez\nWorkforce", W3,
      "Green – TM intensive support programme", "4.8\n4.10", "Workforce"),
    L("4.24", "AA6", "improve the quality and consistency of management oversight and decision "
      "making to ensure that the child's experience, risk and their needs are well considered, and "
      "lead to appropriate and timely action", "Responses to children and families are effective",
      "Competency frameworks\nAudit\nSurvey", "J.Rez\nWorkforce", W3, "Red", "3.17", "Workforce"),
    L("4.25", "AA6", "ensure that supervision is regular, reflective, challenging and monitors "
      "social workers compliance with statutory guidance policy and procedure", "Responses to "
      "children and families are effective", "Supervision data\nAudit", "J. Rez\nWorkforce",
      "Within 3 months", "Red", "4.10", "Workforce"),
    L("4.26", "AA3\nAA6", "Ensure consistent application of thresholds by partner agencies and by "
      "managers", "Children and families are supported at an appropriate level of intervention",
      ev(E5, E3), KOM, "3 months (Jan 13)", "Amber", "LG .4.15\nLG 4.16\nQP 3.8\nQP 3.9",
      "Practice"),
    L("4.27", "AA3", "Ensure managers apply and support the application of training into practice.",
      "Staff are suitably supported, challenged and motivated.", ev(E4, E2), "J.Rez\nWorkforce",
      "Mar 13", "Amber", "LG4.8\nLG4.10\nLG4.27", "Workforce"),
    L("4.28", "AA3", "Improve quality of recording", "Records tell the story of a child's journey",
      "audit", KOM, "Feb 13", "Amber", "QP3.22", "Practice"),
    L("4.29", "AA1", "Establish workload reports for social care staff", "Social Workers have "
      "manageable caseloads", ev(E2, E4), "J.Rez\nWorkforce", "Nov 13", "Amber",
      "LG4.8\nLG4.21\nLG4.22", "Workforce"),
    L("4.30", "AA2", "• Review structure related to children's social care and improvement",
      "The right people are in the right roles", "Audit\nWorkforce data", "J.Rez/KOM\nWorkforce",
      "Feb 13", "Amber", "LG 4.1\nLG4.3\nLG 4.9\nLG 4.21", "Workforce"),
    L("4.31", "AA5", "Schools trained in Safeguarding", "100% of schools have returned their "
      "Safeguarding checklist\n100% of schools have at least one staff member trained to Group 5",
      ev(E1, E5), "DM/Les Knight\nHSCB", "Jan 13\nMarch13", "Green",
      "EHP2.7\nEHP2.9\nEHP2.13\nQP3.8", "HSCB"),
    L("4.32", "AA6", "ensure professionals from all agencies, including children's social care "
      "understand their responsibilities with regard to child protection and make use of "
      "escalation "
      "procedures if they believe that children are not receiving appropriate", PROTECTED,
      "Audit\nTraining plans\nData on training attendance", DM_HSCB, W3, "Amber", "4.5", "HSCB"),
    L("4.33", "AA1", "Lone working policy to be refreshed and implemented by teams", "Staff are "
      "safe "
      "in their working day.", ev(E2, E4), KOM, "Feb 13", "Amber", "EHP3.1", "Practice"),
    L("4.34", "AA7", "Effective HSCB training provided to meet the requirements of the KCS "
      "strategy\n"
      "• Undertake a review of existing training activities\n• Use this to inform future training "
      "strategy", "Training is effective at developing staff to meet CP procedures",
      "Audit, review", "DM/HSCB", "Dec 12", "Amber", "QP3.20", "HSCB"),
)

FAMILIES = "Families receive the support they need"

THEME_5_LINES = (
    L("5.1", "AA1\nAA4", "Sibling cases not opened at point of referral: review policy and "
      "implement\n"
      "Cease current practice re: sibling cases and revert to opening cases on siblings at the "
      "outset of referral", "All siblings are properly identified on the system", ev(E2, E3, E5),
      KOM, "Dec 12", "Amber", "EHP2.1\nEHP2.4", "Practice"),
    L("5.2", "AA1", "Consistent approach to domestic abuse referrals and cases, including a robust "
      "analysis of risk factors\nProcess to be improved", "Consistent and appropriate responses "
      "are "
      "made to DA referrals", ev(E1, E2, E3, E5), KOM, "Dec 12", "Amber", "EHP2.1\nQP3.12",
      "Practice"),
    L("5.3", "AA5", "Implement joint priorities with the Safeguarding Adults Board to tackle DA",
      ("Develop appropriate strategic links between the Board and partner groups with "
       "responsibilities around DA", "Intelligence about levels of exposure to DA from "
       "multi-agency "
       "audit focusing on the needs of the children"), ev(E1, E5), "DM/Lynne Renton\nHSCB",
      ("Nov 12", "Dec 12"), "Amber", "QP3.12\nLG4.26", "HSCB"),
    L("5.4\nLink to 2.1 2.10 and 2.11", "AA6", "ensure that assessments of children and families "
      "are "
      "dynamic and that new information or concerns lead to a review of the current plan for the "
      "child and when required additional action", "Children and families have the help they need",
      ev(E1, E2, E5), "Practice", W3, "Amber", "2.3\n2.4\n2.7\n2.14\n3.14\n3.15\n3.16", "Practice"),
    L("5.5", "AA6", "ensure that child protection case conferences effectively involve parents and "
      "children", "Children and families are fully involved in the process of decision making",
      "Audit", KOM, W3, "Amber", "1.1\n1.2", "Practice"),
    L("5.6", "AA5", "Develop coordinated support for adults and children in families affected by "
      "mental health wellbeing issues and/or substance misuse issues",
      ("Multiagency audit on mental health", "Action plans developed on the development of work "
       "with families affected by mental health issues", "100% of recommendations from Hidden Harm "
       "work stream implemented and embedded"), ev(E1, E5),
      ("DM/Sarah Cox\nHSCB", "DM/Sarah Cox", "DM/Lynne Renton\nHSCB"),
      ("Feb 13", "March 13", "Dec 12"), "Amber", "QP3.12\nLG4.2", "HSCB"),
    L("5.7", "AA3", "Strengthen MARAC/MAPPA information exchange", "Information exchange is timely "
      "and facilitates prompt help and protection", ev(E3, E5), DM_HSCB, "Feb 13", "Red",
      "QP3.19\nLG4.2", "HSCB"),
    L("5.8", "Staff via KOM", "Scope whether there are sufficient support services for victims of "
      "domestic abuse", FAMILIES, "Service user consultations, multi-agency data",
      "CB\nCommissioning", "Feb 13", "Red", "QP3.12", "Commissioning"),
    L("5.9", "Staff via KOM", "Investigate and commission interventions for men who are "
      "perpetrators "
      "of domestic abuse", FAMILIES, "Consultation, commissioning data", "CB\nC&C", "April 13",
      "Red", "QP3.12", "Commissioning"),
    L("5.10", "Staff via KOM", "Investigate whether there is a need to commission services for "
      "children who experience domestic abuse", FAMILIES, "Audit, surveys , CP and LAC data",
      "CB\nC&C", "April 13", "Red", "QP3.12", "Commissioning"),
    L("5.11", "AA4", "Train staff to emphasise the inclusion of male figures in assessments and on "
      "going interventions", "Robust assessment through inclusion of significant male figures",
      "Audit", KOM, W3, "Red", "3.12", "Practice"),
)

# (theme heading, tables): each table is drawn with the theme as a merged
# first header row, except a tail table, drawn with the column header only.
THEMES = (
    (THEME_1, (THEME_1_LINES,)),
    (THEME_2, (THEME_2_LINES,)),
    (THEME_3, (THEME_3_LINES, THEME_3_TAIL)),
    (THEME_4, (THEME_4_LINES,)),
    (THEME_5, (THEME_5_LINES,)),
)
