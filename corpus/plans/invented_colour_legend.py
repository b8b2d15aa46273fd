"""Invented fixture: Doncaster progress report, March 2014 (reportlab PDF).

Not transcribed from a seed.  It tests layouts the seeds lack:
- column order and wording of their own ("No.", "Recommendation", "What we
  will do", "Responsible officer", "Deadline", "Update", "BRAG");
- a BRAG column that is a coloured cell only, with no text, in muted
  office-palette colours rather than pure RGB;
- a legend whose meanings differ from Herefordshire's (GREEN = completed,
  AMBER = on track);
- recommendations merged down over their actions, a header repeated on each
  page and long rows split over page breaks.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from corpus import pdf_kit

STEM = "doncaster-2014-03"
TITLE = "Children's Services Improvement Plan – Progress report March 2014"
LANDSCAPE = True

BLUE, GREEN, AMBER, RED = "#00B0F0", "#92D050", "#FFC000", "#C00000"
BRAG_COLOURS = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
LEGEND = [
    (BLUE, "Completed and embedded"),
    (GREEN, "Completed"),
    (AMBER, "On track"),
    (RED, "Behind schedule"),
]
HEADER = ["No.", "Recommendation", "What we will do", "Responsible officer", "Deadline",
          "Update", "BRAG"]
WIDTHS_CM = [1.2, 5.4, 6.0, 3.4, 2.5, 7.2, 1.2]

# (recommendation, [(no., what we will do, officer, deadline, update, brag colour name)])
PLAN: list[tuple[str, list[tuple[str, str, str, str, str, str | None]]]] = [
    ("Ensure that all contacts and referrals are screened by a qualified social worker and "
     "that decisions are recorded within 24 hours (para 18)", [
        ("1.1", "Co-locate qualified social workers with the police and health in the Contact "
         "and Referral Team so that every contact is screened by a qualified worker",
         "Karen Hollis, Head of Service – Referral and Assessment", "w/c 14 April 2014",
         "Accommodation at Sovereign House agreed. Police colleagues move in on 14 April; "
         "health posts recruited.", "amber"),
        ("1.2", "Introduce daily management oversight of all contacts awaiting a decision",
         "Karen Hollis, Head of Service – Referral and Assessment", "Within 6 weeks",
         "Daily 'huddle' in place since 18 November 2013. Dip sample in February showed 96% "
         "of decisions recorded within 24 hours.", "green"),
        ("1.3", "Audit 50 contacts each month against the threshold guidance and report "
         "findings to the Improvement Board",
         "Dave Marsden, Quality Assurance Manager", "Q1 2014/15",
         "Audit tool agreed. First two monthly audits complete; findings reported to the "
         "Improvement Board in February and March.", "amber"),
    ]),
    ("Improve the quality and timeliness of initial and core assessments so that they are "
     "analytical and reflect the views and experiences of the child (para 24)", [
        ("2.1", "Relaunch the assessment practice standards with all front-line teams",
         "Karen Hollis, Head of Service – Referral and Assessment", "Dec-13",
         "Standards relaunched at team briefings in December 2013 and included in induction "
         "for all new starters. Audits show the standards are consistently applied.",
         "blue"),
        ("2.2", "Deliver assessment and analysis training to all social workers and "
         "team managers",
         "Lorraine Biggs, Workforce Development Manager", "Jan-14 to Mar-14",
         "Six cohorts delivered; 142 of 150 staff trained. Remaining staff booked onto the "
         "April session.", "green"),
        ("2.3", "Monthly thematic audit of assessments with feedback to the allocated worker "
         "and manager",
         "Dave Marsden, Quality Assurance Manager", "Apr-14",
         "Thematic audits on neglect and domestic abuse completed. Proportion of assessments "
         "graded good or better rose from 21% in October to 38% in February. Further work is "
         "needed to ensure the child's voice is evident in all assessments; practice "
         "workshops are planned for April and May.", "amber"),
        ("2.4", "Weekly performance clinic for team managers on assessment timeliness",
         "Paul Tate, Assistant Director – Children's Social Care", "From November 2013",
         "Clinics held weekly since 4 November 2013. Timeliness of core assessments improved "
         "from 58% to 81%; clinics are now part of the service's standard performance "
         "routine.", "blue"),
    ]),
    ("Ensure that child protection plans are specific, outcome-focused and reviewed "
     "effectively through core groups (para 29)", [
        ("3.1", "Introduce a new child protection plan template with SMART outcomes",
         "Julie Moss, Head of Safeguarding and Standards", "31 January 2014",
         "Template launched 27 January 2014 and built into the electronic record.",
         "green"),
        ("3.2", "Publish core group standards and audit compliance across all teams",
         "Julie Moss, Head of Safeguarding and Standards", "Summer 2014",
         "Draft standards consulted on with partners through the DSCB Practice Sub-group. "
         "Audit programme to follow publication.", "amber"),
        ("3.3", "Child protection chairs to escalate plans that are not progressing using the "
         "dispute resolution procedure",
         "Julie Moss, Head of Safeguarding and Standards", "Immediate",
         "Escalation procedure in use since October 2013; 37 escalations recorded, all "
         "resolved within timescale. Quarterly analysis reported to the DSCB.", "blue"),
    ]),
    ("Reduce social worker caseloads and improve the stability of the workforce (para 35)", [
        ("4.1", "Recruit 12 additional permanent social workers to the safeguarding teams",
         "Lorraine Biggs, Workforce Development Manager", "end of financial year",
         "Seven of twelve posts filled. National recruitment campaign relaunched in March "
         "with a market supplement; agency staff cover the remaining vacancies. Average "
         "caseload is 24, above the target of 18. Interviews for three further posts are "
         "scheduled for April 2014, which will leave two posts still to fill after the "
         "deadline.", "red"),
        ("4.2", "Agree a recruitment and retention strategy for children's social care",
         "Lorraine Biggs, Workforce Development Manager", "Feb-14",
         "Strategy approved by Cabinet on 12 February 2014.", "green"),
        ("4.3", "Introduce a caseload weighting tool for team managers",
         "Paul Tate, Assistant Director – Children's Social Care", "Q4 2013/14",
         "Tool piloted in two teams but not yet rolled out because of delays to the ICT "
         "changes. Revised date to be agreed at the April Improvement Board.", "red"),
        ("4.4", "Extend the Assessed and Supported Year in Employment programme to all newly "
         "qualified social workers",
         "Lorraine Biggs, Workforce Development Manager", "September 2014",
         "Programme extended from January 2014 intake; 14 NQSWs enrolled.", "amber"),
    ]),
    ("Ensure that supervision is regular, reflective and recorded on the child's file "
     "(para 37)", [
        ("5.1", "Revise the supervision policy and launch it with all managers",
         "Paul Tate, Assistant Director – Children's Social Care", "w/c 2 December 2013",
         "Policy launched at the managers' forum on 3 December 2013.", "green"),
        ("5.2", "Audit supervision records against the revised policy",
         "Dave Marsden, Quality Assurance Manager",
         "January 2014 and quarterly thereafter",
         "First quarterly audit completed in January: 74% of files had supervision recorded "
         "within the required frequency.", "amber"),
    ]),
    ("Strengthen the Local Safeguarding Children Board's oversight of multi-agency "
     "performance and the quality of practice (para 44)", [
        ("6.1", "Develop a multi-agency performance dataset for the DSCB",
         "Sue Fenwick, DSCB Business Manager", "Q1 2014/15",
         "Dataset agreed in principle; health and police data feeds being tested.",
         "amber"),
        ("6.2", "Complete a section 11 audit of all partner agencies and report findings to "
         "the DSCB",
         "Sue Fenwick, DSCB Business Manager", "June/July 2014",
         "New action added March 2014 following the DSCB development day.", None),
        ("6.3", "Commission an independent review of the DSCB's governance arrangements",
         "Sue Fenwick, DSCB Business Manager", "Within 3 months",
         "Review completed by the independent chair in January 2014; recommendations "
         "accepted by the Board. New sub-group structure agreed: Performance and Quality "
         "Assurance, Learning and Improvement, and Child Sexual Exploitation sub-groups now "
         "meet every six weeks, each chaired by a senior officer from a partner agency. "
         "Attendance by partners has improved from 62% to 88% and the Board's risk "
         "register is reviewed at every meeting.", "green"),
    ]),
    ("Ensure that the views of children and young people inform service planning and "
     "development (para 41)", [
        ("7.1", "Refresh the Children in Care Council and agree a work plan with elected "
         "members",
         "Helen Ward, Participation Officer", "By end of May 2014",
         "Two new members recruited; first meeting with the Corporate Parenting Board "
         "planned for May.", "amber"),
        ("7.2", "Introduce an online tool for children to share their views before reviews "
         "and conferences",
         "Helen Ward, Participation Officer", "TBC",
         "Funding not yet identified; options paper going to the Senior Leadership Team.",
         "red"),
    ]),
]


def legend(styles: pdf_kit.Styles) -> Flowable:
    rows = [[Paragraph("<b>BRAG rating</b>", styles.cell), ""]]
    rows += [["", pdf_kit.cell(meaning, styles.cell)] for _, meaning in LEGEND]
    commands = pdf_kit.full_grid(0.5) + [("SPAN", (0, 0), (1, 0))]
    commands += [pdf_kit.fill(0, i, colour) for i, (colour, _) in enumerate(LEGEND, start=1)]
    return pdf_kit.data_table(rows, [1.2 * cm, 4.5 * cm], commands)


def plan_rows(styles: pdf_kit.Styles) -> tuple[list[list[Flowable | str]], list[tuple]]:
    """Table rows plus the rules (recommendations merged down) and BRAG fills."""
    rows: list[list[Flowable | str]] = [[pdf_kit.cell(h, styles.header) for h in HEADER]]
    commands: list[tuple] = [pdf_kit.fill(0, 0, "#1F3864", to_col=len(HEADER) - 1)]
    merges: list[tuple[int, int, int]] = []
    for recommendation, actions in PLAN:
        first = len(rows)
        for i, (number, action, officer, deadline, update, brag) in enumerate(actions):
            rec = pdf_kit.cell(recommendation, styles.cell) if i == 0 else ""
            texts = [number, action, officer, deadline, update]
            rows.append([pdf_kit.cell(texts[0], styles.cell), rec,
                         *(pdf_kit.cell(t, styles.cell) for t in texts[1:]), ""])
            if brag is not None:
                commands.append(pdf_kit.fill(6, len(rows) - 1, BRAG_COLOURS[brag]))
        merges.append((1, first, len(rows) - 1))
    grid = pdf_kit.grid_with_merges(len(rows), len(HEADER), merges)
    return rows, grid + commands


def build_pdf(path: Path) -> None:
    styles = pdf_kit.paragraph_styles(font_size=8, accent="#1F3864")
    rows, commands = plan_rows(styles)
    table = pdf_kit.data_table(rows, [w * cm for w in WIDTHS_CM], commands)
    story: list[Flowable] = [
        Paragraph("Doncaster Metropolitan Borough Council", styles.subtitle),
        Paragraph(TITLE, styles.title),
        Paragraph("Improvement plan following the Ofsted inspection of 14–25 October 2013 "
                  "of services for children in need of help and protection, children looked "
                  "after and care leavers. Progress is reported to the Children's Services "
                  "Improvement Board each month; this report shows the position at the end "
                  "of March 2014.", styles.body),
        Paragraph("Each action is given a BRAG rating in the final column as follows:",
                  styles.body),
        legend(styles),
        Spacer(1, 0.5 * cm),
        table,
    ]
    pdf_kit.write_pdf(path, story, landscape_page=LANDSCAPE, title=TITLE,
                      author="Doncaster Metropolitan Borough Council",
                      footer="Doncaster Council – Children's Services Improvement Plan – "
                             "March 2014")
