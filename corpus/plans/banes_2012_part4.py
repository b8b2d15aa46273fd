"""Bath and North East Somerset 2012 plan, lines 2.9 - 2.15 and the glossary (data only).

Same conventions as ``banes_2012_part1``.
"""

# ruff: noqa: E501
# (one printed paragraph per source line keeps the transcription diffable)

LSCB_LETTER = """Letter sent from Independent Chair LSCB to Chief Executive.
First progress report presented to LSCB 12th June 2012 and further reports planned for September and December meetings.
Annual Section 11 audits to be completed in December 2012.
Report from LSCB Chair to CTB 21st June 2012."""

LINES_4 = [
    dict(
        area="""2.9 Ensure that a performance management framework for health providers' safeguarding activity and outcomes is established and that this is monitored thoroughly through clinical governance and through LSCB arrangements (Within 3 months)
**Practice standards
Working Together 2010
SWCP Procedures
Health standards
**Agencies
Children's Service
Health providers
RUH
Designated Nurse
Designated Doctor
LSCB""",
        actions="2.9 LSCB Chair to require Health providers (via Designated Nurse Safeguarding) to present report to LSCB meeting in June 2012 providing assurance that performance management framework and clinical governance arrangements are in place",
        leads="""Jim Gould
Ashley Ayre
Karen Littlewood""",
        dates="March 2012 for June 2012",
        assurance="""• LSCB Annual Report
• Report of LSCB Chair to CTB and HWPB
• Safeguarding reports to HWPB
• Report to Lead Member on effectiveness of LSCB arrangements""",
        outcome="Framework and clinical governance arrangements in place and endorsed by LSCB",
        progress=LSCB_LETTER + " AMBER",
        impact="To be determined and evidenced to LSCB through annual section 11 audit",
        review="September 2012",
    ),
    dict(
        area="""2.10 Ensure that Adult Mental Health Services have appropriate child protection and safeguarding training and related supervision, and that performance monitoring of safeguarding in Adult Services is robust (Within 3 months)
**Practice standards
Working Together 2010
SWCP Procedures
**Agency
LSCB
Children's Service
AWP
Adult Mental Health Partnership
NHS South Gloucester (Lead Commissioners)
Strategic Health Authority""",
        actions="""2.10 LSCB Chair to require AWP and Adult Services to present report to LSCB meeting in June 2012 providing assurance that appropriate arrangements for child protection and safeguarding training; staff supervision; and performance monitoring are in place
Underpinned by:-
• Development of standard single action child protection training package
• CQC action plan
• AWP action plan and monitoring by SHA""",
        leads="""Jim Gould
Ashley Ayre
Nicola Bennett
LSCB
Karen Littlewood
Mark Dean
Mandy Cox""",
        dates="""March 2012 for June 2012
June 2012""",
        assurance="""• LSCB Annual Report
• Report of LSCB Chair to CTB and HWPB
• Safeguarding reports to HWPB
• Report to Lead Member on effectiveness of LSCB arrangements
• Report from Strategic Health Authority""",
        outcome="Appropriate and robust arrangements in place and assurance obtained by LSCB",
        progress="""Letter sent by Independent Chair LSCB to Chief Executive and acknowledged.
First report presented to LSCB 12th June 2012 and further reports planned for September and December.
Annual Section 11 audits to be completed in December 2012.
Report from LSCB Chair to CTB 21st June 2012.
SHA monitoring implementation of CQC recommendations (AMBER)""",
        impact="To be determined and evidenced to LSCB through annual section 11 audit",
        review="September 2012",
    ),
    dict(
        area="""2.11 Ensure effective performance management of safeguarding processes, practice and recording within the Children's Acute Hospital Services and that their effectiveness is reported to the LSCB (Within 3 months)
**Practice standards
Working Together 2010
**Agency
Children's Service
RUH
LSCB""",
        actions="""2.11 LSCB Chair to require Head of Safeguarding at RUH (via Designated Nurse Safeguarding) to present report to LSCB meeting in June 2012 providing assurance that effective performance management arrangements are in place
Underpinned by:
• CQC action plan
• SHA monitoring of CQC action plan""",
        leads="""Jim Gould
Ashley Ayre
Karen Littlewood
Mandy Cox""",
        dates="""June 2012
June 2012""",
        assurance="""LSCB Annual Report
Report of LSCB Chair to CTB and HWPB
Report to Lead Member on effectiveness of LSCB arrangements""",
        outcome="Effective arrangements are in place",
        progress="""Letter sent by Independent Chair LSCB to Chief Executive and acknowledged.
First report presented to LSCB 12th June 2012 and further reports planned for September and December.
Annual Section 11 audits to be completed in December 2012.
Report from LSCB Chair to CTB 21st June 2012.
SHA reviewed progress of this CQC action in June 2012.
RUH has reviewed their systems for recording safeguarding concerns AMBER""",
        impact="To be determined and evidenced to LSCB through annual section 11 audit",
        review="September 2012",
    ),
    dict(
        area="""2.12 Ensure that robust clinical governance of Health Services to looked after children, including those placed out of area, is in place in accordance with statutory guidance (Within 3 months)
**Practice standards
Care Planning Regulations 2010
Duty to promote health of looked after children
**Agency
Sirona Care and Health
Children's Social Care Service""",
        actions="2.12 CTB Chair to require Sirona Care and Health to present report to CTB meeting in June 2012 providing assurance that robust clinical governance arrangements for Health Services to looked after children are in place",
        leads="""Ashley Ayre
Liz Price""",
        dates="April 2012 for June 2012",
        assurance="""Children's Trust Board
Reports to Corporate Parenting Group; In-Care Council; Annual Report to HWPB""",
        outcome="",
        progress="""Report not presented to CTB.
Arrangements in place to update contract to cover clinical governance arrangements form health services to looked after children.
Specifications for new model health service agreed and funded but not yet staffed. Specification includes health assessment/medicals for those out of area.
RUH annual safeguarding report 2011/12 to be available to SHA & LSCB by end of June 2012. AMBER""",
        impact="None. To be reviewed 25.6.12 internally and then 2.7.12 by SHA.",
        review="September 2012",
    ),
    dict(
        area="""2.13 Ensure that all clinical and non-clinical staff in health provider organisations have access to regular, planned safeguarding supervision (Within 3 months)
**Practice standards
Working Together 2010
**Agency
Health providers
LSCB
NHS BANES and Wiltshire PCT (as commissioners)""",
        actions="""2.13 LSCB Chair to require Health providers (via Designated Nurse Safeguarding) to present report to LSCB meeting in June 2012 providing assurance that these supervision arrangements are in place
Underpinned by:-
• LSCB Annual Audit of supervision arrangements in all agencies
• CQC action plan
• Monitoring of CQC action plan by SHA""",
        leads="""Jim Gould
Ashley Ayre
Nicola Bennett
Karen Littlewood
Mandy Cox""",
        dates="""March 2012 for June 2012
December 2012
June 2012
June 2012""",
        assurance="""LSCB Annual Report
Report of LSCB Chair of CTB and HWPB
Safeguarding reports to HWPB
Report to Lead Member on effectiveness of LSCB arrangements
LSCB annual audit of agencies' supervision arrangements""",
        outcome="Assurance provided to LSCB and any staff surveys confirm in place",
        progress=LSCB_LETTER + """
Named professionals in Trusts receiving safeguarding supervision from Designated Nurse.
Safeguarding policies in Trusts in place by May 2012 in line with CQC action plan but policies undermined by lack of capacity for reflective supervision. AMBER""",
        impact="""to be determined and evidenced to LSCB through annual section 11 audit.
Audit of staffing in range of roles re safeguarding supervision due to be reported in Dec 2012""",
        review="September 2012",
    ),
    dict(
        area="""2.14 Ensure that general practitioners, the Walk in Centre, Pharmacists and all appropriate health practitioners are fully engaged in safeguarding arrangements (Within 3 months)
**Practice standards
Working Together 2010
**Agencies
All Health providers
LSCB
Health commissioners
NHS BANES and Wiltshire PCT""",
        actions="""2.14 LSCB Chair requires NHS BANES/Wiltshire PCT to review current circumstances and present report (via Designated Nurse Safeguarding) to LSCB meeting in June 2012
Underpinned by:-
• CQC action plan
• Monitoring of CQC action plan by SHA""",
        leads="""Jim Gould
Ashley Ayre
Karen Littlewood
Mandy Cox""",
        dates="""March 2012 for June 2012
June 2012""",
        assurance="""LSCB Annual Report
Report of LSCB Chair of CTB and HWPB
Safeguarding reports to HWPB
Report to Lead Member on effectiveness of LSCB arrangements""",
        outcome="Clear plans for ensuring engagement of these health practitioners in safeguarding arrangements – and evidence of this",
        progress=LSCB_LETTER + """
Designated Nurse met with GP forum re safeguarding arrangements in June 2012. Work started on review programme of visits and training programme for independent contractors. (LP 20.6.12) AMBER""",
        impact="""-to be determined and evidenced to LSCB through annual section 11 audit.
Audit/review due to be completed Aug 2012""",
        review="September 2012",
    ),
    dict(
        area="""2.15 Ensure that safeguarding training undertaken by staff in health providers is at the appropriate level, is consistent across all organisations and is subject to vigorous monitoring (Within 3 months)
**Practice standards
Working Together 2012
**Agency
All Health providers
Safeguarding leads in Health Services
LSCB""",
        actions="""2.15 LSCB Chair requires NHS BANES/Wiltshire PCT to present a report (via Designated Nurse Safeguarding) to the LSCB meeting in June 2012 providing assurance that these arrangements are in place for single agency training.
Underpinned by:-
• LSCB multi-agency child protection training programme
• Development of a standard single agency training package and evaluation process
• CQC action plan
• Monitoring of CQC action plan by SHA""",
        leads="""Jim Gould
Ashley Ayre
LSCB Training Management Committee
Nicola Bennett/ Training Management Committee
Karen Littlewood
Mandy Cox""",
        dates="""March 2012 for June 2012
April 2012 – March 2013
June 2012
June 2012
June 2012""",
        assurance="""• LSCB Annual Report
• Report of LSCB Chair of CTB and HWPB
• Safeguarding reports to HWPB
• Report to Lead Member on effectiveness of LSCB arrangements""",
        outcome="Single agency training programme complementing multi-agency training and meeting the views of staff within health provider services",
        progress="""Letter sent from Independent Chair LSCB to Chief Executive.
First progress report presented to LSCB 12th June 2012 and further reports planned for September and December meetings.
Annual Section 11 audits to be completed in December 2012. Provision also made for monitoring by LSCB Training management Group, but not taken up.
Report from LSCB Chair to CTB 21st June 2012.
Providers have progressed work to identify numbers of staff needing training and training required and to establish a consistent standard for single agency training. AMBER""",
        impact="to be determined and evidenced to LSCB through annual section 11 audit.",
        review="""June 2012
Dec 2012""",
    ),
]

GLOSSARY = [
    ("LSCB", "Local Safeguarding Children Board"),
    ("SCSC", "Safeguarding Children Sub Committee (of the LSCB)"),
    ("CQC", "Care Quality Commission"),
    ("HWPB", "Health and wellbeing Partnership Board"),
    ("RUH", "Royal United Hospital"),
    ("PCT", "Primary care trust"),
    ("AWP", "Avon and Wiltshire Partnership (Mental Health Trust)"),
    ("SHA", "Strategic Health Authority"),
    ("CTB", "Children's Trust Board"),
    ("HTB", "Health Trust Board"),
    ("CLT", "Children's Leadership Team"),
    ("PCLT", "People and Communities Leadership Team"),
    ("CP/CPG", "Corporate Parenting Group"),
    ("CCSQA", "Children in Care Strategy and Quality Assurance Group"),
    ("EDT", "Emergency Duty Team"),
    ("DD", "Divisional Director"),
    ("IRO/IRS", "Independent Reviewing Officer/Service"),
    ("LAC", "Looked After Children"),
    ("PEP", "Personal Education Plan"),
    ("EIA", "Equality Impact Assessment"),
    ("PDP/PR", "Personal development Plan/Performance Review"),
    ("CAF", "Common Assessment Framework"),
    ("BAAF", "British Association for adoption and Fostering"),
]
