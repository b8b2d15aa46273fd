"""Herefordshire: Composite Outcomes and Action Plan, progress update February 2011.

Transcribed from seed ``000_2f4ed1ebb293aad1.txt`` (a text dump of the
published PDF, which is not available).  Where the dump garbled text (6.2's
outcome, 10.6's shuffled area/outcome columns, the stray "11.0" beside 11.6,
the end of 11.5's progress printed beside 11.6) the clean text a council
would have written is used; ``tests/golden/herefordshire-2011-02.jsonl``
and ``NOTES-herefordshire-2011-02.md`` follow the same reading.

What makes the layout hard, and is reproduced here:
- landscape, 8 columns, a header row repeated on every page (w:tblHeader);
- several key actions per line, each with its own timescale and progress,
  either as paragraphs inside one row or as extra physical rows whose Ref
  cell is empty (1.1, 6.3, 10.6), or with the line's cells merged down over
  its key-action rows (1.8);
- area/outcome text that runs on from one physical row into the next
  (1.1's outcome, 6.3's area and outcome, 10.6's area), and a row holding
  only a further progress note (6.2);
- long rows that split over page breaks;
- the overall "AMBER GREEN" rating box above the table, and no per-line RAG.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT

from corpus import docx_kit

STEM = "herefordshire-2011-02"
TITLE = ("Composite Outcomes and Action Plan for improving services to children and "
         "young people")
SUBTITLE = "Progress update – February 2011"
AUTHOR = "Kim Drake, Assistant Director; Safeguarding and Vulnerable Children Service"
RATING = "AMBER GREEN"
RATING_FILL = "c4d79b"  # the amber/green swatch beside the rating words

HEADER = ["Ref", "Area for improvement", "Outcomes to achieve", "Lead officer",
          "Reporting to (accountable body)", "Key actions", "Timescales", "Progress"]
WIDTHS_CM = [1.1, 4.2, 3.9, 2.8, 2.9, 4.6, 2.3, 4.9]

# Recurring cell texts
LISA = "Lisa Green, Head of Fieldwork"
HILARY = "Hilary Hall, Head of Quality and Improvement"
STEPHANIE = "Stephanie Rowles, interim Head of LAC"
RA_GROUP = "R&A Service Improvement Group"
SMT = "S&VC Senior Management Team"
DLT = "CYPD Directorate Leadership Team"
QAG = "CYPD Quality Assurance Group"

Row = tuple[str, str, str, str, str, str, str, str]
BLANK5 = ("", "", "", "", "")


@dataclass(frozen=True)
class PlanLine:
    """One numbered line: its physical rows, and the columns merged down over them."""

    rows: tuple[Row, ...]
    merged_cols: tuple[int, ...] = ()


def cont(actions: str = "", times: str = "", progress: str = "") -> Row:
    """A continuation row carrying only a further key action / progress note."""
    return (*BLANK5, actions, times, progress)


LINES: list[PlanLine] = [
    PlanLine((
        ("1.1", "Improve quality and timeliness of assessments ensuring they explicitly "
         "identify risk and protective factors and identify individual needs of children and "
         "young people (para 42)",
         "All children and young people referred to children's social care receive a timely "
         "assessment of high quality which explicitly identifies risk and",
         LISA, f"{RA_GROUP}\n{SMT}\nHSCB",
         "Reconfigure R&A team – interim model\n\nIncrease partner agency contributions to "
         "assessment",
         "25 October 2010\n\n31 March 2011",
         "Completed\n\nUnderway – to be evidenced through multi agency peer audit – "
         "18 February 2011"),
        ("", "", "protective factors for each child", "", "",
         "Develop key staff to understand requirements through series of development "
         "workshops", "31 January 2011", "Completed"),
        cont("Quality assure assessments weekly (3 audits undertaken each by Head of Service "
             "and Assistant Director) and record actions for improvement",
             "From 1 October 2010", "Underway"),
    )),
    PlanLine((
        ("1.2", "Ensure that staff receive regular reflective and outcome-focused supervision "
         "in line with policy requirements, that supervision on cases is recorded on "
         "appropriate supervision template and that this is accessible on the electronic "
         "recording system. (para 78)",
         "All staff receive regular, reflective and outcome-focused supervision",
         LISA, f"{RA_GROUP}\n{SMT}",
         "Embed use of supervision template on all safeguarding cases.\n\nEnsure regular "
         "audits of cases against supervision standards\n\nReport regularly to Assistant "
         "Director for Quality Assurance Group",
         "End of November 2010\n\nFrom January 2011\n\nFrom February 2011",
         "Being used by all teams – evidenced through audit\n\nUnderway – report to SMT in "
         "March 2011\n\nForms part of S&VC report to QAG through Head of Safeguarding and "
         "Review"),
    )),
    PlanLine((
        ("1.8", "Partners perceptions of RAT need improving (para 44)",
         "Ensure that partners have confidence in the referral and assessment team and that "
         "this leads to appropriate referrals.",
         "Kim Drake, Assistant Director, S&VC", RA_GROUP,
         "Produce clear referral standards for all partners including R&A team",
         "31 December 2010", "Completed"),
        cont("Gain commitment from partner agencies to be part of joint solution via R&A "
             "Service improvement group", "January 2011 (partner event)",
             "Commitment through HSCB – partner event scheduled for May 2011"),
        cont("Monitor and review quality of team approach", "From January 2011",
             "Key partners – police, health and CAF – part new multi agency desk. To be "
             "reviewed – June 2011"),
    ), merged_cols=(0, 1, 2, 3, 4)),
    PlanLine((
        ("6.2", "Agencies do not always escalate concerns when they relate to a partner "
         "agency (para 34)",
         "Ensure that agencies effectively escalate concerns when they relate to a partner "
         "agency",
         "Kim Drake, Assistant Director S&VC", "Policy and Practice sub group, HSCB",
         "Review and relaunch HSCB escalation policy", "December 2010",
         "Overall policy being reviewed and enhanced – to be launched March 2011"),
        cont(progress="Specific protocol between PCT and Children's Social Care launched in "
             "February 2011"),
    )),
    PlanLine((
        ("6.3", "Performance monitoring by HSCB is currently inadequate and it does not "
         "receive nor effectively",
         "Ensure that sufficient information is given to, and effectively analysed by, the "
         "HSCB to include the",
         HILARY, "Quality Assurance and Evaluation sub group, HSCB",
         "Devise model for agencies to use to give effective information to QA group",
         "From January 2011",
         "Performance framework developed – to be agreed by QA sub group – February 2011 and "
         "implemented from March 2011 alongside refresh of role and membership"),
        ("", "analyse sufficient information to offer an accurate oversight of agencies' "
         "safeguarding practice (para 50)",
         "outcomes of single and multi-agency audits so that it can effectively monitor "
         "safeguarding and child protection and hold agencies to account.",
         "Sue Doheny, Director of Quality and Clinical Leadership", "HSCB Strategic Board",
         "Ensure effective analysis of information through QA group membership and operating "
         "model", "From February 2011", ""),
    )),
    PlanLine((
        ("6.4", "Several aspects of HSCB performance framework have yet to be developed "
         "(para 50)",
         "Implement whole performance framework for HSCB\n\nEnsure that HSCB has sufficient "
         "operational capacity to perform its role effectively.",
         f"{HILARY} and Sue Doheny, Director of Quality and Clinical Leadership",
         "HSCB Strategic Board",
         "Develop and agree performance framework\nImplement performance framework\nMonitor "
         "implementation\n\nAgree model for future business unit in conjunction with Adult "
         "Safeguarding Board\nRecruit to business unit",
         "From February 2011\nFrom April 2011\n\n\nNovember 2010\n\nJanuary 2011",
         "To be agreed at February 2011 QA sub group and implemented from March 2011\n"
         "Implementation to be monitored through sub group\nModel agreed by Strategic Board – "
         "January 2011\nRecruitment underway – February"),
    )),
    PlanLine((
        ("7.1", "The council has not ensured sufficient awareness of their complaints process "
         "and early resolution of complaints is not recorded and analysed to identify trends "
         "(para 35)\n\nThere is limited evidence that young people are appropriately "
         "encouraged and enabled to complain and comment through the complaints process. The "
         "view of the council is that informal systems are used effectively to resolve "
         "issues (para 74)",
         "Ensure that children and young people know how to make a complaint, and that early "
         "resolution of complaints is recorded, themes are identified to learn lessons, and "
         "appropriate action is taken\n\nCYPD is able to analyse trends and improve services "
         "accordingly",
         HILARY, DLT,
         "Ensure that complaints leaflets sent out to all service users at point of contact "
         "with directorate\nEnsure all CYPD staff aware of their responsibility to "
         "disseminate complaints information.\n\nDevise system for collating 'soft' "
         "information re potential complaints and early resolution, reporting to DLT\n\n"
         "Report bi annually to Corporate parenting panel and S&VC SMT for changes to service",
         "November 2010\n\nFrom December 2010 – quarterly updates\nJanuary 2011\n\n\n"
         "From April 2011",
         "Completed\n\nAttendance at team meetings – January to March 2011\n\nSystem to be "
         "implemented through case note alerts on Frameworki\n\nOn schedule"),
    )),
    PlanLine((
        ("7.2", "Electronic recording system does not effectively support effective delivery "
         "of children's social care social workers and staff or provide useful management "
         "information or performance reports (para 51)",
         "Improve the electronic recording system so that it can produce accurate "
         "information and performance can be effectively monitored.",
         HILARY, f"Frameworki Business Strategy Forum\n{SMT}\nDirectorate Leadership Team",
         "Reconfigure Frameworki episodes and reporting functions in line with action plan\n\n"
         "Train staff on any changes\n\nAgree key changes through SMT",
         "October 2010 – March 2011\n\nOctober 2010 – March 2011\n\nOctober 2010 – March 2011",
         "Underway and on schedule\n\nUnderway and on schedule\n\nUnderway"),
    )),
    PlanLine((
        ("7.3", "Monitoring by the council of actions taken following audits is variable and "
         "not consistently resulted in significant improvement (para 51)",
         "Ensure that there is effective performance monitoring including sufficiently in "
         "depth auditing which ensures good and timely social work responsiveness, "
         "assessment and care planning.\n\nAudits undertaken by children's social care are "
         "in depth and robustly challenging practice and systems to ensure that outcomes for "
         "children are good",
         "Chris Baird, Assistant Director, Planning, Performance and Development and "
         f"{HILARY}", f"{SMT}\n{QAG}",
         "Review and revise current audit tool\n\nRevise programme for audits with focus on "
         "key areas\n\nDevise monitoring tool for use across the directorate\n\nQuality "
         "assure audit process and actions to ensure changes made",
         "December 2010\n\nDecember 2010\n\nDecember 2010\n\nBi-monthly reports starting "
         "February 2011",
         "Revisions to tool and programme considered and made. Programme of in depth multi "
         "disciplinary audits in place.\nCompleted\n\nReports on progress and learning to "
         "come through the QAG. Training for Heads of Service and service managers being "
         "considered."),
    )),
    PlanLine((
        ("7.5", "The Council currently does not have an independent visiting service and is "
         "in process of negotiating a contact to deliver one (para 68)",
         "Ensure that an independent visitor service is established",
         "Daniel Crampton, Head of Safeguarding and Review", DLT,
         "Scope and cost requirements\nReport to DLT", "March 2011",
         "To be discussed and way forward agreed at S&VC budget meeting on 8 February 2011"),
    )),
    PlanLine((
        ("8.1", "The current sexual assault examination arrangements for children and young "
         "people are not resourced with appropriately qualified and experienced clinicians "
         "to conduct examinations (para 36)",
         "Ensure that where there are concerns that children and young people have been "
         "sexually abused, they have access to timely assessments in a suitable environment "
         "with appropriately trained and experienced clinicians",
         "Neil Fraser, Designated Doctor", "HSCB",
         "Review commissioning arrangements for children/young people who may have been "
         "sexually assaulted and develop service specifications to underpin the service.\n\n"
         "Recommission the service",
         "31 March 2011",
         "New commissioning arrangements agreed in principle with Worcestershire"),
    )),
    PlanLine((
        ("8.3", "Within NHSH lack of understanding and practice of 'best interest' decision "
         "making with inappropriate use of data protection and confidentiality for 16-18 "
         "year olds (para 38)",
         "Ensure all CAMHs practitioners are aware and implement 'best interest decision "
         "making' for all young people",
         "Lynne Renton, Head of Safeguarding, NHSH and Hazel Blankley, Named Nurse",
         "NHS Herefordshire Board",
         "Explore the current training provided on Clinical conference days re extrapolating "
         "MCA training to enable more in depth sessions to be delivered for the Mental "
         "health Directorate and other clinicians whose role suggests they need such "
         "training\n\nEnsure all CAMHs practitioners are aware and implement 'best interest "
         "decision making' for all young people by group sessions",
         "31 March 2011",
         "Legislative lead has been appointed to work across the Mental Health Directorate "
         "(which includes CAMHS) her role includes Mental Health Act, Mental Capacity Act, and "
         "Safeguarding.\n\nExternal consultant employed to do a discrete piece of work across "
         "the mental health directorate and other directorates/agencies to explore the "
         "dissemination of MCA knowledge and training with a view to a re launch.\n\n"
         "Training date for CAMHS staff set for 08.02.2011 re MCA and best interest decision "
         "making."),
    )),
    PlanLine((
        ("10.1", "Delays in sharing decisions from strategy meetings (para 46)",
         "Ensure that minutes from child protection strategy meetings and discussions are "
         "shared within prescribed timescales.",
         LISA, f"{RA_GROUP}\n{SMT}",
         "Devise improved system for ensuring immediate sharing of decisions\n\nDevise "
         "monitoring system to ensure this is happening",
         "January 2011\n\nJanuary 2011",
         "Completed – dedicated administrative staff in place. Compliance testing to be "
         "undertaken in March 2011"),
    )),
    PlanLine((
        ("10.4", "Recording issues (para 47):\n• retrospective case and supervision recording\n"
         "• lack of chronologies\n• start meetings not written up promptly\n• child "
         "protection conference minutes not produced for several weeks\n• records kept in "
         "different places on system\n\nNot all LAC cases have chronologies making it "
         "difficult to understand family history (para 77)",
         "Ensure that all case files have complete chronologies and that case recording is up "
         "to date\n\nCase recording for looked after children needs to consistently of good "
         "quality to ensure that plans and intervention is focussed on key outcomes and that "
         "children and young people can be involved in this process and have good "
         "information recorded about key events in their lives",
         f"{LISA}, {STEPHANIE} and {HILARY}", SMT,
         "Clear instruction to staff re compliance on this issue and practice note with "
         "guidance re why this important\n\nTemplate for chronologies to be devised with "
         "3 month update as standard\n\nEvidence improvements through ongoing audit programme",
         "End of November 2010\n\n\nJanuary 2011\n\n\nFrom February 2011",
         "Practice note issued – further note to be issued in February 2011\n\nTemplate "
         "received from Corelogic and being tested for implementation – mid February 2011\n\n"
         "Further workforce development to be undertaken during 2011/2012\n\nOngoing"),
    )),
    PlanLine((
        ("10.6", "Pathway plans are completed although the quality is variable and are not "
         "fully embedded in practice or used as working document (para 77)\n\nCare",
         "Ensure that care plans and pathway plans are of good quality and regularly updated "
         "and that they are used to deliver effective services to children and young people.",
         STEPHANIE, SMT,
         "Devise clear policy and guidance on pathway plans\n\nEmbed practice and compliance "
         "in looked after service",
         "End of December 2010\n\nFrom January 2011",
         "Underway – delayed awaiting appointment of new ATM for Aftercare who started "
         "31 January 2011. Revised timescale of March 2011"),
        ("", "plans are not always central in work undertaken with children and young people. "
         "(para 77)\n• care plans not always updated following change of circumstances\n"
         "• pathway planning not always detailed and specific",
         "", "Daniel Crampton, Head of Safeguarding and Review", QAG,
         "Monitor through RAG rating and audit process\n\nReport bi-monthly to CYPD Quality "
         "Assurance Group\n\nDevelop training and development sessions for staff based on "
         "issues arising",
         "From December 2010\n\nFrom December 2010\n\nFrom January 2011",
         "Integrated into overall directorate audit process\n\nRAG forms updated and "
         "implemented from 1 January 2011\n\nAwareness sessions being developed, to commence "
         "in March 2011"),
    )),
    PlanLine((
        ("11.1", "Management capacity and oversight in referral and assessment team (para 44)",
         "Ensure that there is sufficient management capacity in the referral and assessment "
         "team and that managers have the appropriate skills and knowledge to perform their "
         "role effectively.",
         LISA, RA_GROUP,
         "Assess management capacity in team and employ resources most effectively\n\n"
         "Devise workforce development for ATMs\n\nEnsure induction for new manager",
         "31 December 2010\n\n\n31 December 2010\n\n13 – 18 December 2010",
         "Completed – one team manager and 2 ATMs. Team reconfigured into two sub teams, each "
         "headed up by an ATM\nUnderway – delayed due to sickness absence of one ATM\n"
         "Completed"),
    )),
    PlanLine((
        ("11.3", "Evaluation of all services is not systematic. (para 59)",
         "Ensure that systematic evaluation of services informs commissioning",
         "Chris Baird, Assistant Director, Planning, Performance and Development and Philippa "
         "Granthier, Head of Children's Development", f"{DLT}\nChildren's Trust",
         "Develop evaluation model for CYPD\nPilot model on identified services\nRoll out "
         "model across directorate services",
         "March 2011\nApril 2011\nFrom June 2011",
         "Part of initial priorities for Children's Development section."),
    )),
    PlanLine((
        ("11.5", "There is limited evidence of management oversight of cases and audits being "
         "undertaken by managers (para 80)",
         "Ensure good management oversight and qualitative assurance arrangements are in "
         "place which lead to improvements",
         STEPHANIE, f"{SMT}\n{QAG}",
         "Embed standard re management oversight and use of supervision template on looked "
         "after children and young people cases.\nEnsure regular audits of looked after "
         "children and young people files against service framework\nReport regularly to "
         "Assistant Director for Quality Assurance Group",
         "End of November 2010\n\n\nFrom January 2011\n\nFrom February 2011",
         "Supervision template being used by the team\n\n\nUnderway – report to SMT in March "
         "2011\n\nForms part of S&VC report to QAG through Head of Safeguarding and Review"),
    )),
    PlanLine((
        ("11.6", "There is no systematic process to build up local intelligence about "
         "effectiveness of providers overall in meeting identified needs (para 86)",
         "Establish systematic approach to capturing local intelligence and informing future "
         "placements and commissioning",
         STEPHANIE, f"{SMT}\nJoint Commissioning Group",
         "Develop model at placement panel", "February 2011",
         "Underway – Placement Panel now captures this information and Head of Service "
         "liaising with new Contracts Manager to embed."),
    )),
]


def add_heading_block(doc) -> None:
    """Title, progress-update line, author and the overall rating box."""
    docx_kit.add_paragraph(doc, TITLE, bold=True, size=14)
    docx_kit.add_paragraph(doc, SUBTITLE, bold=True, size=12)
    docx_kit.add_paragraph(doc, AUTHOR, size=10)
    box = docx_kit.add_table(doc, None, [3.6, 1.2])
    box.alignment = WD_TABLE_ALIGNMENT.LEFT
    row = docx_kit.add_row(box, [docx_kit.Run(RATING, bold=True, size=11), ""])
    docx_kit.shade(row.cells[1], RATING_FILL)
    docx_kit.add_paragraph(doc, "")


def add_plan_table(doc, lines=None) -> None:
    """The plan's table; the June 2011 update passes its own edited lines."""
    table = docx_kit.add_table(doc, HEADER, WIDTHS_CM)
    for line in LINES if lines is None else lines:
        first = len(table.rows)
        for row in line.rows:
            docx_kit.add_row(table, list(row))
        last = len(table.rows) - 1
        for col in line.merged_cols:
            docx_kit.merge_down(table, col, first, last)


def build_docx(path: Path) -> None:
    doc = docx_kit.new_document(landscape=True, font="Arial", size=9)
    add_heading_block(doc)
    add_plan_table(doc)
    doc.save(str(path))
