"""Invented fixture: Somerset progress update, November 2013 (reportlab PDF).

Not transcribed from a seed.  It tests layouts the seeds lack:
- an A4 portrait table ruled with horizontal lines only (no vertical rules,
  no fills), as published committee reports often are;
- section banner rows ("Priority 1: Early help") inside the table;
- a status column in words ("Complete", "On target", "Slipping",
  "Not started", "Overdue") explained by a small key, with no colours;
- refs like "P1.1", owners written as role titles, several stacked;
- timescales such as "31/03/2014", "Sept 2013 - Jan 2014", "Ongoing", "TBC".
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from corpus import pdf_kit

STEM = "somerset-2013-11"
TITLE = "Children's Social Care Improvement Plan 2013–14"
LANDSCAPE = False
ACCENT = "#005a70"

STATUS_KEY = [
    ("Complete", "Action finished and signed off by the Improvement Board"),
    ("On target", "Progressing and expected to meet the target date"),
    ("Slipping", "At risk of missing the target date; mitigation in place"),
    ("Not started", "Not yet due to start"),
    ("Overdue", "Target date passed; escalated to the Improvement Board"),
]
HEADER = ["Ref", "Action", "Success measure", "Owner", "Target date", "Progress update",
          "Status"]
WIDTHS_CM = [1.1, 4.2, 3.1, 2.9, 1.9, 3.4, 1.6]

# (banner, [(ref, action, success measure, owner, target date, progress, status)])
PLAN: list[tuple[str, list[tuple[str, str, str, str, str, str, str]]]] = [
    ("Priority 1: Early help", [
        ("P1.1", "Publish a single early help offer for Somerset, setting out what help is "
         "available from each partner (Ofsted rec 1)",
         "Partners and families can describe the early help offer",
         "Strategic Manager, Early Help", "31/12/2013",
         "Draft offer consulted on with schools and health visitors; final version to "
         "Children's Trust Board in December.", "On target"),
        ("P1.2", "Replace the CAF with a Somerset Early Help Assessment:\n"
         "• agree the assessment form with partners\n"
         "• build the form into the early help module",
         "All early help assessments recorded on the new form",
         "Strategic Manager, Early Help\nHead of ICT, Children's Services", "Sept 2013 - Jan 2014",
         "Form agreed. ICT build delayed by the system upgrade; go-live expected "
         "February 2014.", "Slipping"),
        ("P1.3", "Agree a step-down protocol between social care and early help services",
         "No case closed by social care without an agreed step-down plan",
         "Head of Children's Social Care\nStrategic Manager, Early Help",
         "By end of Q3 2013/14",
         "Protocol drafted and tested on 20 cases in the East area.", "On target"),
        ("P1.4", "Train 400 multi-agency practitioners as lead professionals",
         "400 practitioners trained; lead professional named on every assessment",
         "Workforce Development Manager", "31/03/2014",
         "236 practitioners trained to date; further sessions booked in January and "
         "February.", "On target"),
        ("P1.5", "Review the commissioning of family support services",
         "Commissioned services matched to the needs analysis",
         "Commissioning Manager, Children and Families", "TBC",
         "Awaiting completion of the early help needs analysis.", "Not started"),
    ]),
    ("Priority 2: Front door and assessment", [
        ("P2.1", "Establish a multi-agency safeguarding hub (MASH) with the police and "
         "health (Ofsted rec 2)",
         "All contacts screened by the MASH within 24 hours",
         "Head of Safeguarding\nDetective Chief Inspector, Avon and Somerset Police",
         "April 2014",
         "Premises identified at Taunton. Information sharing agreement signed by all "
         "partners in October.", "On target"),
        ("P2.2", "Reissue the threshold document to all partner agencies",
         "Referrals that meet threshold rise above 70%",
         "Somerset Safeguarding Children Board Manager", "Within 3 months",
         "Reissued in May 2013 with briefings for schools and GPs.", "Complete"),
        ("P2.3", "Monitor the timeliness of initial assessments weekly at the performance "
         "meeting",
         "80% of initial assessments completed within 10 working days",
         "Service Manager, Assessment", "Ongoing",
         "Timeliness improved from 52% in March to 74% in October.", "On target"),
        ("P2.4", "Review the emergency duty service and agree a new out of hours model",
         "Out of hours decisions recorded on the child's file by the next working day",
         "Service Manager, Assessment", "Oct 2013",
         "Review report delayed by the consultation with staff and the unions; options "
         "paper now due at the December Improvement Board. Interim arrangements: a senior "
         "manager is on call every night and weekend, and decisions are checked the next "
         "morning by the duty team manager.",
         "Overdue"),
        ("P2.5", "Audit all strategy discussions held in the last three months",
         "Every strategy discussion involves police, health and social care",
         "Head of Safeguarding", "Immediate",
         "Audit of 112 strategy discussions completed in March 2013; findings shared with "
         "the SSCB.", "Complete"),
    ]),
    ("Priority 3: Children looked after", [
        ("P3.1", "Publish a placement sufficiency strategy",
         "More children placed in county with Somerset foster carers",
         "Head of Children Looked After", "Jan 2014",
         "Needs analysis complete; strategy drafting delayed by staff absence.", "Slipping"),
        ("P3.2", "Recruit 30 additional foster carers (Ofsted rec 5)",
         "Net increase of 30 fostering households",
         "Service Manager, Fostering", "By 31 March 2014",
         "14 households approved since April. Marketing campaign relaunched in October "
         "with a new fostering website and radio advertising across the county; enquiries "
         "have doubled, but assessments take six months, so the target is unlikely to be "
         "met by March. Panel dates have been added in January and February to reduce "
         "delay.", "Slipping"),
        ("P3.3", "Ensure initial health assessments are completed within 20 working days of "
         "a child becoming looked after",
         "90% of initial health assessments within 20 working days",
         "Designated Nurse, Looked After Children\nService Manager, Children Looked After",
         "From September 2013",
         "New notification process in place since September; 68% within timescale in "
         "October.", "On target"),
        ("P3.4", "Every child looked after has an up to date personal education plan",
         "100% of school-age children looked after have a current PEP",
         "Head of Virtual School", "End of March 2014",
         "PEP completion at 81%; electronic PEP launched in September.", "On target"),
        ("P3.5", "Review and update pathway plans for all care leavers",
         "All care leavers have a pathway plan reviewed in the last six months",
         "Service Manager, Leaving Care", "Dec 2013 - Feb 2014",
         "Scheduled to start in December once the new pathway plan template is agreed.",
         "Not started"),
    ]),
    ("Priority 4: Workforce and leadership", [
        ("P4.1", "Set up a social work academy for newly qualified social workers",
         "All NQSWs complete the ASYE with protected caseloads",
         "Principal Social Worker", "2013/14",
         "Academy opened in September with 18 NQSWs.", "On target"),
        ("P4.2", "Reduce average social worker caseloads to no more than 22 children",
         "Average caseload of 22 or fewer in every team",
         "Director of Children's Services", "30/09/2013",
         "Average caseload 26; agency social workers recruited to cover vacancies.",
         "Overdue"),
        ("P4.3", "Audit the frequency and quality of supervision (Ofsted rec 7)",
         "90% of staff receive supervision at least monthly",
         "Head of Quality Assurance", "Nov 2013",
         "Audit completed; 86% of staff supervised monthly. Report to the Improvement "
         "Board in November.", "Complete"),
        ("P4.4", "Report a monthly performance scorecard to the Improvement Board",
         "Board members able to challenge performance using reliable data",
         "Head of Performance and Business Intelligence", "Sept 2013 onwards",
         "Scorecard presented monthly since September 2013.", "Complete"),
        ("P4.5", "Appoint a permanent Principal Social Worker",
         "Principal Social Worker in post",
         "Director of Children's Services", "06/01/2014",
         "Appointment made; start date 6 January 2014.", "On target"),
    ]),
]


def status_key(styles: pdf_kit.Styles) -> Flowable:
    rows = [[Paragraph("<b>Status key</b>", styles.cell), ""]]
    rows += [[Paragraph(f"<b>{word}</b>", styles.cell), pdf_kit.cell(meaning, styles.cell)]
             for word, meaning in STATUS_KEY]
    commands = [("SPAN", (0, 0), (1, 0)), *pdf_kit.horizontal_rules(len(rows))]
    return pdf_kit.data_table(rows, [2.2 * cm, 8.5 * cm], commands)


def plan_rows(styles: pdf_kit.Styles) -> tuple[list[list[Flowable | str]], list[tuple]]:
    """Table rows plus banner spans; rules come from ``horizontal_rules``."""
    header = styles.header.clone("th", textColor=colors.black)  # black: no header fill
    rows: list[list[Flowable | str]] = [[pdf_kit.cell(h, header) for h in HEADER]]
    commands: list[tuple] = []
    for banner, actions in PLAN:
        commands += pdf_kit.banner_row(len(rows))
        rows.append([pdf_kit.cell(banner, styles.banner)] + [""] * (len(HEADER) - 1))
        for line in actions:
            rows.append([pdf_kit.cell(text, styles.cell) for text in line])
    return rows, commands


def build_pdf(path: Path) -> None:
    styles = pdf_kit.paragraph_styles(font_size=7.5, accent=ACCENT)
    rows, commands = plan_rows(styles)
    table = pdf_kit.data_table(rows, [w * cm for w in WIDTHS_CM],
                               pdf_kit.horizontal_rules(len(rows)) + commands,
                               closing_rule=(0.4, "#7f7f7f"))
    story: list[Flowable] = [
        Paragraph("Somerset County Council", styles.subtitle),
        Paragraph(TITLE, styles.title),
        Paragraph("Progress update: November 2013", styles.subtitle),
        Paragraph("This plan responds to the Ofsted inspection of safeguarding and looked "
                  "after children services in Somerset (February 2013), which judged "
                  "services to be inadequate. It is monitored monthly by the Somerset "
                  "Children's Services Improvement Board. Progress is shown against each "
                  "action using the status key below.", styles.body),
        Paragraph("Actions are grouped under the four improvement priorities agreed with "
                  "the Department for Education. Each action has a named owner who reports "
                  "progress to the monthly Improvement Board; actions marked Overdue are "
                  "escalated to the Director of Children's Services.", styles.body),
        status_key(styles),
        Spacer(1, 0.5 * cm),
        table,
    ]
    pdf_kit.write_pdf(path, story, landscape_page=LANDSCAPE, title=TITLE,
                      author="Somerset County Council",
                      footer="Somerset County Council – Children's Social Care Improvement "
                             "Plan – progress update November 2013")
