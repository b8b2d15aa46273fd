"""Haringey: Safeguarding and Looked After Children Action Plan, Milestone Report May 2011.

Transcribed from seed ``001_11d76b5da127ef3a.txt`` (a text dump of the
published PDF, which is not available).  The dump lost the status glyphs, so
each milestone's glyph is chosen from its progress note ("Achieved" → ②,
"On track" → D, "Not achieved" → ●).  Text the dump garbled or cut (actions
1, 4, 20 and the Workforce development line) is written as the council
plausibly printed it; ``tests/golden/NOTES-haringey-2011-05.md`` lists these
calls.  The seed prints milestone 20.1 twice (once whole, once split over a
page): it appears once here.

What makes the layout hard, and is reproduced here:
- landscape, a Key of status symbols (coloured Unicode glyphs in DejaVu
  Sans) as a small table above the plan, and the same glyphs in the Status
  cells;
- theme banner rows inside the plan table, merged across all columns;
- an Action cell and an Outcome cell merged down (w:vMerge) over several
  milestone rows;
- milestone refs as the leading number of the Milestone text ("1.1 All
  areas where …"), and one milestone with no number of its own (action 16);
- dates printed with stray spaces ("01-Mar- 2011", "31- July- 2011");
- a header row repeated on every page and long rows split by page breaks;
- Appendix 1, the inspection's areas for improvement with their timescales
  ("Within three months"), in two tables.  These numbered rows (1–14) are
  the recommendations the plan answers, NOT action lines of the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT

from corpus import docx_kit
from corpus.docx_kit import Run

STEM = "haringey-2011-05"
TITLE = ("Safeguarding and Looked After Children Action Plan Milestone Report May 2011 – "
         "Actions resulting from Ofsted/CQC recommendations February 2011")
APPENDIX_TITLE = ("Appendix 1: Inspection of Safeguarding and looked after children services - "
                  "areas for improvement 25th February 2011")

GLYPH_FONT = "DejaVu Sans"
BODY_SIZE = 8  # at this size line 20.1 splits over a page break, as in the seed
HEADER = ["Action", "Milestone", "Start Date", "Due Date", "Status", "Progress Note",
          "Milestone Lead", "Outcome"]
WIDTHS_CM = [3.4, 4.6, 1.7, 1.7, 1.5, 7.3, 2.3, 4.2]
BANNER_FILL = "b8cce4"
APPENDIX_WIDTHS_CM = [1.0, 20.2, 3.6]


@dataclass(frozen=True)
class Status:
    glyph: str
    colour: str  # "rrggbb"
    meaning: str


# The report's own key, in its printed order
STATUSES = {
    "red": Status("●", "ff0000", "Not achieved / not on track support required to address issues"),
    "amber": Status("○", "ffc000", "Not on track but no support required to address issues"),
    "green": Status("D", "00b050", "Action in progress and on track to be completed"),
    "blue": Status("②", "0070c0", "Action completed and desired outcome achieved"),
}


@dataclass(frozen=True)
class Milestone:
    text: str  # leading number included, as printed
    start: str
    due: str
    status: str  # a key of STATUSES
    progress: str
    lead: str = ""


@dataclass(frozen=True)
class Group:
    """An action and its outcome, merged down over its milestones."""

    action: str
    outcome: str
    milestones: tuple[Milestone, ...]


@dataclass(frozen=True)
class Theme:
    banner: str
    groups: tuple[Group, ...]


MAR, MAY, MAY_, AUG = "01-Mar- 2011", "31-May- 2011", "01-May- 2011", "31-Aug- 2011"

BEST_PRACTICE = Theme("Theme: Best practice", (
    Group("1. Ensure that the quality of all case recording, staff supervision, assessments and "
          "care planning consistently matches best practice (Ofsted Feb 2011 - Rec 8)",
          "Partnership assured that any safeguarding concerns for children with disabilities "
          "are being identified and investigated properly; Safeguarding services of a high "
          "quality are being delivered across the Borough", (
        Milestone("1.1 All areas where non qualified social workers operate reviewed to ensure "
                  "they are appropriately allocated cases and supervised (in line with Working "
                  "Together to Safeguard Children) (Ofsted Feb 2011 - Rec 1)", MAR, MAY, "blue",
                  "May 2011 - Achieved. The procedure for case record auditing has been "
                  "reviewed and new arrangements will be in place from 01.06.11."),
        Milestone("1.2 System for attendance at child protection review medicals reviewed and "
                  "attendance monitored (Ofsted Feb 2011 - Rec 2)", MAR, MAY, "blue",
                  "April 2011 - Achieved. Consent Policy and Child Protection Medicals Protocol "
                  "developed by the head of the First Response Service and the Named Doctor for "
                  "Child Protection (GOSH in Haringey) May 2011.", "Karen Baggaley"),
        Milestone("1.3 Best Practice standards for attendance at strategy meetings [and child "
                  "protection conferences] developed and attendance monitored by LSCB (Ofsted "
                  "Feb 2011 – Rec 3)", MAR, MAY, "blue",
                  "April 2011 - Achieved . Practice standards in place and in use. Heads of "
                  "Service monitor compliance through audit.", "Marion Wheeler"),
        Milestone("1.5 Review systems in place to ensure timely allocation of all children in "
                  "need cases and regular review of service plans (Ofsted Feb 2011 - Rec 6)",
                  MAR, AUG, "green",
                  "May 2011 - On track. Child in Need cases are subject to monthly review by "
                  "Heads of Service and Multi Disciplinary Team manager, to ensure where safe "
                  "and appropriate we can step down to Children and young people being managed "
                  "through the role of lead practitioner and ' team around the child' with "
                  "universal services. Head of Service s&S to draft process and practice "
                  "guidance. All Child in Need families in First Response have an allocated "
                  "social worker and , in addition to formal supervision and planning are "
                  "reviewed a 5 months if they remain within the service. This review is "
                  "undertaken with managers the HOS for First response, the HOS for SAS and the "
                  "HOS for CAF. The exception is NRPF families. All children in these families "
                  "are seen at a minimum of 6 weekly.", "Marion Wheeler"),
        Milestone("1.6 System developed to give children and young people who go missing from "
                  "care the opportunity to have an independent interview as part of strategy "
                  "arrangements (Ofsted Feb 2011 - Rec 7)", MAR, AUG, "green",
                  "May 2011 - On track. The Barnardos contract is now being finalised. "
                  "Discussions on how to achieve the independent interviews are ongoing.\n"
                  "Update – from Autumn 2011 Haringey will be part of a 3 borough programme "
                  "delivered through a partnership with Barnardos and Railway Children charity "
                  "with funding from Arriva company of £300k over 3 years to embed specialist "
                  "workers from Barnardos to support each LA in improving outcomes for children "
                  "who go missing from care or home, reduce the harm from missing episodes and "
                  "reduce the incidence of missing episodes - MW", "Chris Chalmers"),
        Milestone("1.7 LSCB completed an investigation and report on why comparatively low "
                  "numbers of children with disabilities are the subject of child protection "
                  "plans (Ofsted Feb 2011)", MAR, AUG, "blue",
                  "April 2011 -Achieved. Benchmarking responses received from eight London "
                  "LSCBs regarding number of children with disabilities subject to child "
                  "protection plans. Results ranged between 0 % - 4.4% of children with "
                  "disabilities with CP plans against all children on plans. Haringey was "
                  "placed in the middle band with 1.8%. Detailed results have been reported "
                  "back to the QA LSCB subgroup. The Safeguarding Policy and Review Group (SPRG) "
                  "which initiated this research will also consider results and continue to "
                  "monitor the data. A pilot project has been identified between DCT and First "
                  "Response to monitor the referral route for disabled children from source. "
                  "Pilot will be for three month period and will report back to SPRG and LSCB "
                  "QA group.", "Phil Di Leo"),
    )),
    Group("2. Review arrangements for short term breaks in line with best practice",
          "Clear and improved arrangements for the provision of short-term breaks", (
        Milestone("2.1 Arrangements reviewed for the provision of short-term breaks for "
                  "disabled children and young people and joint guidance developed for this "
                  "area (Ofsted Feb 2011 – Rec 14)", MAR, "01-Aug- 2011", "blue",
                  "April 2011 - Achieved . Aiming High programme 2008 - 2011 completed and all "
                  "targets set by the DfE have been met. Programme evaluation completed and good "
                  "practice in terms of range of provision, parent/carer and young people "
                  "participation highlighted. Continuation programme underway and which takes "
                  "account of the new Short Breaks Duty with effect from April 2011.",
                  "Phil Di Leo"),
    )),
    Group("3. Establish mechanisms to ensure that midwives, adult services and voluntary "
          "agencies are engaged with CAF",
          "Enhanced partnership working delivering joined up services in local areas", (
        Milestone("3.1 Communications plan developed to engage midwives, adult services and "
                  "voluntary agencies in use of CAF (Ofsted Feb 2011)", MAR, AUG, "green",
                  "May 2011 - On track.", "Alison Botham"),
    )),
    Group("4. Establish a system to increase the use of personal education plans and a "
          "framework for their regular review and reporting",
          "Increased attainment for looked after children", (
        Milestone("4.1 System in place to increase the use of personal education plans and "
                  "framework established for regular review and reporting (Ofsted Feb 2011 – "
                  "Rec13)", MAR, AUG, "green",
                  "May 2011 - On track. There has been a significant increase in PEPs and they "
                  "are now embedded in the data set for consistent monitoring.",
                  "Chris Chalmers"),
    )),
    Group("5. Develop improved corporate parenting mechanisms",
          "Increased ownership of and responsibility for Children and Young People by senior "
          "managers, Councillors and across the partnership", (
        Milestone("5.1 Membership and remit of Corporate Parenting Group, Corporate Parenting "
                  "Advisory Committee and operational group redefined and methods for "
                  "disseminating their work to managers and practitioners developed (Ofsted Feb "
                  "2011 – Rec 12)", MAR, AUG, "green",
                  "May 2011 - On track. A multiagency Looked After Steering group has been "
                  "established which will take forward an annual work plan agreed by CPAC.",
                  "Debbie Haith"),
        Milestone("5.2 Communications plan developed to raise awareness of Children in Care "
                  "Council and London Pledge (Ofsted Feb 2011)", MAR, AUG, "green",
                  "May 2011 - On track. This week has seen a meeting of CiC Council with "
                  "members from CPAC.", "Chris Chalmers"),
    )),
    Group("7. Improve the standard of refuges", "Mothers placed in suitable refuges", (
        Milestone("7.1 Actions put in place to raise the standard of refuges where mothers and "
                  "their children are being placed (Ofsted Feb 2011)", "31-Mar- 2011", AUG,
                  "green",
                  "May 2011 - On track. This matter was discussed with the AD for adults on the "
                  "24/05/2011. The budget and monitoring of refuges in Haringey lies with "
                  "Supporting People funding stream management. They are reviewing contractual "
                  "arrangements with Women's Aid who are the current providers. Alternative "
                  "providers are being considered. Sylvia Chew/ Deidre Cregan (DV consultant) "
                  "and Denise Gandy (Head of housing options) will be updated at a meeting on "
                  "the 3rd June 2011."),
    )),
))

PARTICIPATION = Theme("Theme: Participation", (
    Group("14. Ensure that children and young people are consistently involved and their views "
          "are heard in Safeguarding Services",
          "Children and young people's voice is heard and responded to in Safeguarding "
          "Services; Framework and systems for capturing young people's views with regard to "
          "health needs in place", (
        Milestone("14.4 NHS Haringey have ensured that all views of young people in care in "
                  "regard to their health needs are captured, reported and considered in regard "
                  "to planning and development of healthcare services (CQC Rec 4)", MAY_,
                  "31-Oct- 2011", "green",
                  "May 2011 - On track. Designate Nurse for LAC attends corporate parenting "
                  "forums. Public Health has started a JSNA re: LAC including LAC consultation. "
                  "Multi-agency meeting held 05/05/2011 to clarify current user consultation "
                  "forums/ processes and how NHS Trusts in Haringey can both attend and feed "
                  "into/capture current user feedback in regard to health services. Health "
                  "Leadership group for safeguarding to oversee this information gathering and "
                  "actively participate in user forums."),
    )),
))

QUALITY = Theme("Theme: Quality Assurance and Performance Management", (
    Group("16. Review and amend quality assurance framework",
          "Partnership utilising performance information and audits to improve services", (
        Milestone("Quality assurance framework developed to include: A system for collating, "
                  "evaluating and reporting on audits (Ofsted Feb 2011).", MAR, AUG, "green",
                  "May 2011 - On track. The Framework is being updated to reflect new "
                  "arrangements.", "Debbie Haith (Chair QA Sub Group)"),
    )),
    Group("18. Improve systems for Child Protection Advisers and Independent Reviewing Officers "
          "to carry out their roles",
          "Child Protection Advisers and Independent Reviewing Officers quality control and "
          "assurance functions improved", (
        Milestone("18.2 System put in place to enable independent reviewing officer team to "
                  "examine all children and young people's views from reviews in order to "
                  "inform practice and strategic planning (Ofsted Feb 2011)", MAR, AUG, "green",
                  "May 2011 - On track.", "Rachel Oakley"),
    )),
    Group("19. Develop systems to better enable use of CAF data",
          "Partnership has a greater understanding of effectiveness of CAF", (
        Milestone("19.1 CAF data analysed and used to inform future planning and capacity "
                  "building (Ofsted Feb 2011)", MAR, AUG, "green", "May 2011 - On track.",
                  "Alison Botham"),
    )),
    Group("20. Ensure robust systems are in place to monitor the quality of healthcare "
          "provided to looked after children and care leavers",
          "Health of looked after children improved", (
        Milestone("20.1 System developed to monitor the quality of healthcare provided to all "
                  "looked after children and care leavers in all settings (Ofsted Feb 2011)",
                  MAR, MAY, "blue",
                  "May 2011 - Achieved. Established new service whereby all IHA's are completed "
                  "by Haringey Paediatricians and RHA's by Haringey LAC Nursing Team. "
                  "Multiagency meetings in place which have identified areas of improvement in "
                  "regard to notification and attendance at assessments. Reporting established "
                  "on timeliness and attendance at IHA/RHA via at multiagency LAC meeting. Need "
                  "to establish audit cycle in regard to compliance with health recommendations "
                  "from LHA and RHAs.", "Sarah Parker"),
    )),
    Group("21. Ensure performance management functions are realigned following partnership "
          "reorganisations", "", (
        Milestone("20.2 Care pathway reviewed with compliance audits against it (CQC Rec 3)",
                  "01-May - 2011", "31- July- 2011", "green",
                  "May 2011 – On track. Care pathway in place focussing on identified areas of "
                  "improvement in regard to notification and attendance at LAC health "
                  "assessments\nReporting established on timeliness and attendance at IHA/RHA\n"
                  "Local Authority establishing Quality and Practice Development Unit with an "
                  "independent reviewing function. Within this the IRO role is being reviewed "
                  "and will include establishing monitoring of all aspects of the child's plan, "
                  "including the Health recommendations from IHAs/RHS.\nIROs/Nursing team audit "
                  "cycles will be established to in regard to compliance with health "
                  "recommendations", "Sarah Parker"),
    )),
))

WORKFORCE = Theme("Theme: Workforce development", (
    Group("22. Ensure the quality of all staff supervision, consistently matching best practice",
          "Staff gave the skills required to effectively perform their roles", (
        Milestone("22.1 Supervision policy embedded and culture committed to supervision "
                  "created (Ofsted Feb 2011 Rec - 4)", MAR, MAY, "red",
                  "May 2011 –Not achieved. Team Manager and Senior Practitioner programme has "
                  "focused on supervision of assessment in complex cases. 20 managers attended "
                  "- developing own evaluation framework. Resource issues have meant that this "
                  "has not been completed. An external supervision specialist has been tasked "
                  "with assisting with this piece of work.", "Rachel Oakley"),
    )),
))

THEMES = (BEST_PRACTICE, PARTICIPATION, QUALITY, WORKFORCE)

THREE, SIX = "Within three months", "Within six months"
APPENDIX = (
    ("Safeguarding Services", (
        ("1.", "Review the deployment of social work assistants to ensure that all assessment "
         "work fully complies with the requirements set out in 'Working Together To Safeguard "
         "Children'.", THREE),
        ("2.", "Ensure NHS Haringey and partners reduce the level of non-attendance at child "
         "protection review medicals and that attendance rates are routinely monitored by "
         "senior health and children's services managers and HSCB", THREE),
        ("3.", "Improve the attendance and participation of key agencies and professionals at "
         "strategy meetings", THREE),
        ("4.", "Ensure that staff supervision records are up-to-date and that they include clear "
         "objectives for personal development and training.", THREE),
        ("5.", "Develop joint arrangements for the evaluation of services, including the "
         "analyses of trends in the number of representations and complaints, the impact of "
         "the work of the Local Authority Designated Officer (LADO), strategies for family "
         "support and early intervention and multiagency work with children with disabilities "
         "who are subject to a child protection plan", SIX),
        ("6.", "Ensure the timely allocation of all children in need cases and the regular "
         "review of their service plans", SIX),
        ("7.", "Ensure that children and young people who go missing have an opportunity to "
         "meet with a suitably designated independent person on their return", SIX),
        ("8.", "Ensure that the quality of all case recording, staff supervision, assessments "
         "and care planning consistently matches best practice", SIX),
        ("", "(Not all case files have up-to-date chronologies – Ref 39 P. 39)", ""),
        ("9.", "Improve the way that the Child Protection Advisers carry out their quality "
         "control and assurance functions.", SIX),
    )),
    ("Services for looked after children", (
        ("10.", "Review the role of Independent Reviewing Officers to ensure they are carrying "
         "out their quality control and assurance functions fully and that the data that they "
         "collect is used to inform strategic planning", THREE),
        ("11.", "NHS Haringey should ensure there are robust systems in place to monitor the "
         "quality of healthcare provided to all looked after children and care leavers in all "
         "settings.", THREE),
        ("12.", "Review the effectiveness of current corporate parenting arrangements, including "
         "in relation to setting targets for service improvement and engaging the full "
         "partnership in achieving it ambition for looked after children", SIX),
        ("13.", "Increase the use of personal education plans and establish a more consistent "
         "framework for regular review and reporting", SIX),
        ("14.", "Review arrangements for the provision of short-term breaks for disabled "
         "children and young people and develop joint guidance for improving practice in this "
         "area.", SIX),
    )),
)


def glyph(status: str, size: float = 11) -> Run:
    s = STATUSES[status]
    return Run(s.glyph, font=GLYPH_FONT, colour=s.colour, bold=True, size=size)


def add_title(doc) -> None:
    docx_kit.add_paragraph(doc, TITLE, bold=True, size=13)
    docx_kit.add_paragraph(doc, "")


def add_key(doc) -> None:
    docx_kit.add_paragraph(doc, "Key", bold=True, size=10)
    table = docx_kit.add_table(doc, None, [1.2, 9.0], repeat_header=False)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    docx_kit.add_row(table, ["", Run("Action Status", bold=True)], fills=["d9d9d9", "d9d9d9"])
    for name, status in STATUSES.items():
        docx_kit.add_row(table, [glyph(name, size=12), status.meaning])
    docx_kit.add_paragraph(doc, "")


def add_banner(table, text: str) -> None:
    docx_kit.add_row(table, [Run(text, bold=True, size=10)] + [""] * (len(HEADER) - 1))
    merged = docx_kit.merge_across(table, len(table.rows) - 1, 0, len(HEADER) - 1)
    docx_kit.shade(merged, BANNER_FILL)


def add_group(table, group: Group) -> None:
    """One action: its milestone rows, with Action and Outcome merged down over them."""
    first = len(table.rows)
    for i, m in enumerate(group.milestones):
        action = group.action if i == 0 else ""
        outcome = group.outcome if i == 0 else ""
        docx_kit.add_row(table, [action, m.text, m.start, m.due, glyph(m.status), m.progress,
                                 m.lead, outcome])
    last = len(table.rows) - 1
    if last > first:
        docx_kit.merge_down(table, 0, first, last)
        docx_kit.merge_down(table, 7, first, last)


def add_plan(doc) -> None:
    table = docx_kit.add_table(doc, HEADER, WIDTHS_CM)
    for theme in THEMES:
        add_banner(table, theme.banner)
        for group in theme.groups:
            add_group(table, group)


def add_appendix(doc) -> None:
    docx_kit.page_break(doc)
    docx_kit.add_paragraph(doc, APPENDIX_TITLE, bold=True, size=11)
    for heading, recommendations in APPENDIX:
        docx_kit.add_paragraph(doc, "")
        docx_kit.add_paragraph(doc, heading, bold=True, size=10)
        table = docx_kit.add_table(doc, ["Areas for improvement", "", "Timescale"],
                                   APPENDIX_WIDTHS_CM)
        docx_kit.merge_across(table, 0, 0, 1)
        for number, text, timescale in recommendations:
            docx_kit.add_row(table, [number, text, timescale])


def build_docx(path: Path) -> None:
    doc = docx_kit.new_document(landscape=True, font="Arial", size=BODY_SIZE)
    add_title(doc)
    add_key(doc)
    add_plan(doc)
    add_appendix(doc)
    doc.save(str(path))
