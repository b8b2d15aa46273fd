"""Bath and North East Somerset 2012 plan, lines 2.1 - 2.8 (data only, no STEM).

Same conventions as ``banes_2012_part1``.
"""

# ruff: noqa: E501
# (one printed paragraph per source line keeps the transcription diffable)

LINES_3 = [
    dict(
        area="""2.1 Ensure that Managers provide regular high quality supervision and fully record management decisions and directions on case records (Within 3 months)
**Practice standards
Working Together 2010
SWCP Procedures
BANES Quality Manual
Care Planning Regulations 2010
**Agency
Children's Social Care Service""",
        actions="""2.1 Complete audit of current arrangements and skills, and enhance these through coaching and training, and reinforce quality assurance arrangements
Underpinned by:
• Audit of supervision records
• Live observations and feedback from supervision sessions
• Training and on-going coaching or supervisors
• Use of standard template for supervision records
• Assessment of all Managers against desired skills sets for re-designed service
• On-going Service Manager quality assurance of supervision records
• Annual survey and report to LSCB
Supplemented by:
• Off-line audit of case records
• LSCB audit of supervision arrangements""",
        leads="""Trina Shane
Charlie Moat
Maurice Lindsay
Charlie Moat
Trina Shane
Trina Shane
All Managers
Maurice Lindsay
Charlie Moat
Trina Shane
All Managers
Maurice Lindsay
Charlie Moat
Trina Shane
Maurice Lindsay
Clive Diaz
Nicola Bennett
Jim Gould""",
        dates="""May 2012 and on-going
On-going
On-going
From March 2012
April 2012 – July 2012
From April 2012
March 2013""",
        assurance="""• Service Manager quality assurance of supervision records
• PRs and PDPs
• Annual survey of supervision arrangements and experience
• Report to LSCB and challenge from Board""",
        outcome="""• All Managers are suitably equipped confident about supervision skills, and able to use supervision to provide overviews reflection, and direction. This can be consistently evidenced in supervision records and individual case records.
• Supervisors and supervisees report and can demonstrate continuous improvement and professional development""",
        progress="""Main action and underpinning actions implemented and are on-going.
Significant work completed to introduce more consistency in supervision arrangements, process and contents.
All managers attending reflective supervision workshops.
On-going audits of quality, experience and impact of supervision.""",
        impact="Sample audit of supervision across all social work teams shows use of new template for all social worker supervision sessions across Service.",
        review="September 2012",
    ),
    dict(
        area="""2.2.1 Ensure that electronic case recording systems effectively support staff to record their work and evidence management oversight of cases (Within 3 months)
**Practice standards
Working Together 2010
SWCP Procedures
BANES Quality Manual
**Agency
Children's Service
Children's Social Care""",
        actions="""2.2.1 Confirm and articulate decisions about use of electronic recording systems, and provide clear direction about use and reinforce this through training to establish consistent practice and management oversight
Underpinned by:
• Revision of existing forms used by Family Team and sign-off as appropriate for use — and trial within front of house team
• Clear advice to all Managers re. recording management oversight and decision
• Service Manager audit of case records to evidence the above
• Explore scope for extended use of Documentum and present case to Inspection Steering Group
• Assess options for further improvement of electronic case records
• Training and on-going support/advice to staff
Supplemented by:
• Off-line auditing of case records""",
        leads="""Ashley Ayre
Maurice Lindsay
Trina Shane
Maurice Lindsay
Charlie Moat
Trina Shane
Trina Shane
Kate Townsend
Trina Shane
Kate Townsend
Clive Diaz""",
        dates="""May 2012
April 2012
February 2012
March – June 2012
May 2012
July 2012
During 2012/13
From April 2012""",
        assurance="""• Reports from Management Information Team
• In-service quality assurance
• Off-line auditing""",
        outcome="""Evidence that informed and consistent use of electronic case records is contributing to improved recording, assessments, planning, reviews and management oversight of these
Electronic case records provide user-friendly reports for staff, children, young people, parents, carers""",
        progress="""Decision taken to use Case First on all occasions; clear guidance to all staff; arrangements in place to support management oversight of cases; series of revisions completed and others planned; further training and tailored support in place; front line staff involved in working group to effect further revisions; Service Manager audits in place.
Needs to be triangulated by off-line auditing. AMBER""",
        impact="""Feedback from front line staff has been largely positive. Revisions achieved with timetable and make improvements possible. Still some barriers (e.g. chronologies).
Audits showing more consistent records of management oversight. Need to be triangulated by off-line audits""",
        review="July 2012",
    ),
    dict(
        area="""2.2.2 Ensure that the Emergency Duty Service have access to all necessary information contained in Children's Social Care Service electronic case records (Within 3 months)
**Practice standards
Working Together 2010
SWCP Procedures
BANES Quality Manual
**Agency
Children's Social Care Service with EDT/South Gloucestershire Council""",
        actions="""2.2.2 Make arrangements for EDT to access all Children's Social Care electronic case records
Underpinned by:-
• Actions to improve the quality of all case records and management oversight (see 1.1, 1.2, 1.6, 1.8, 1.14 above)""",
        leads="""Charlie Moat
Liz Jones
As detailed above""",
        dates="""April 2012
As detailed above""",
        assurance="""Feedback from EDT
SCSC auditing of cases where EDT have been involved""",
        outcome="EDT can assess all electronic case records and use these to make informed decisions re any individual case",
        progress="""Completed and confirmed by EDT
GREEN""",
        impact="EDT can assess all electronic case records and use these to make informed decisions re any individual case",
        review="Not required",
    ),
    dict(
        area="""2.3 Ensure that the 11 – 18 strategy improves early identification of the needs of older children and young people who may be vulnerable, leads to well-targeted and effective services for this age group and reduces the need for statutory intervention (Within 6 months)
**Practice standards
BANES Quality Manual
Children Act 1989
Children Act 2004
**Agency
Children's Service
Health
Police
Voluntary Sector
Schools and Academies""",
        actions="""2.3 Complete the review of preventative services for 11 – 18 and use this to establish consistent and accessible step up and step down services
Underpinned by:-
• Presenting findings to CLT
• Complete pilot of use of integrated processes with 3 schools
• Reinforce use of integrated processes with all schools
• Update and distribute integrated pathway for children and young people with behaviour needs
• Delegate funds to support Behaviour and Attendance Panels
• Increase number and improve quality of CAFs compiled by all agencies – make case to Schools Forum: CTB: LSCB""",
        leads="""Tony Parker
Sally Churchyard
Sally Churchyard
Tony Parker
Tony Parker
Tony Parker
Tony Parker
Maurice Lindsay
Sally Churchyard
Caroline Dowson""",
        dates="""April 2012
April 2012
July 2012
September 2012
June 2012
April – June 2012""",
        assurance="""• Report to Service Performance Group
• Report to CTB
• LSCB Annual report""",
        outcome="""• Needs of these vulnerable children and young people are met by a range of services, thereby avoiding the need for statutory involvement and, where required, building upon the work completed through statutory involvement
• Agencies and staff equipped, and supported, to provide these preventative services
• Increased numbers in education, employment and training
• Reductions in school exclusions: offending: substance misuse: teenage pregnancies""",
        progress="""To be reported in September 2012.
All actions and underpinning actions completed""",
        impact="To be reported in September 2012",
        review="September 2012",
    ),
    dict(
        area="""2.4 Ensure that all looked after children made good academic progress throughout secondary school, increase the numbers achieving 5 or more GCSEs at A* – C grades, including English and Maths, and narrows the attainment gap between looked after children and their peers in BANES (Immediate)
**Practice standards
Care Planning Regulations 2010
Duty to promote the educational achievement of looked after children
BANES Quality Manual
**Agency
Children's Service
Children's Social Care
Schools and Academies""",
        actions="""2.4 Implement the Virtual School improvement plan to ensure that coordinated and tailored support is provided to each looked after child throughout his/her education
Underpinned by:-
• Support and advice to carers
• Robust links with all schools and designated teachers
• Additional support at key stages
• Personal education plans regularly updated for all children""",
        leads="""Mike Gorman
Tony Parker
Mike Gorman
Mike Gorman and all headteachers
Schools and Lynne Whitfield""",
        dates="""On-going
On-going
On-going""",
        assurance="""• Virtual School Headteacher's report to CLT, CTB and Schools Forum
• Independent Chairing of LAC reviews
• Service Performance Group
• Reports to Corporate Parenting Group and In-Care Council""",
        outcome="""That all children and young people in care are supported to realise their full potential, and as many as possible achieve 5 GCSEs A* – C
That all children and young people in care are equipped with the skills and qualifications to move into further education, training and employment""",
        progress="""Main action and underpinning actions implemented and are on-going.
Tailored support provide to young people sitting exams this year and to their carers.
Results pending AMBER""",
        impact="Results due in August 2012",
        review="September 2012",
    ),
    dict(
        area="""2.5 Ensure that the In-Care Council is engaged with the development and quality assurance of Health Services for looked after children (Within 3 months)
**Practice Standards""",
        actions="""2.5 Identify representative from Health to join the Corporate Parenting Group and establish links with the In-Care Council and through this engage the Council in future quality assurance
Underpinned by:-""",
        leads="Liz Price",
        dates="May 2012",
        assurance="""• Reports from In-Care Council to the Corporate Parenting Members Group and to Lead Member
• Annual Health Report to HWPB""",
        outcome="Young people in care (and care leavers inform the development and quality assurance of Health Services to children and young people in care)",
        progress="""Main action and underpinning actions completed.
Young people engaged – more work needed on how young people contribute to Quality Assurance. AMBER""",
        impact="Feedback received form young people",
        review="September 2012",
        more=[
            dict(
                area="Duty to promote the health of looked after children",
                actions="• Support and appropriate training for In-Care Council members",
                leads="Charlie Moat",
                dates="May 2012",
            ),
            dict(
                area="""**Agency
Children's Service
Health
In-Care Council""",
                actions="• CQC Action Plan",
                leads="Karen Littlewood",
                dates="May 2012",
            ),
        ],
    ),
    dict(
        area="""2.6 Ensure that all care leavers receive effective support to raise their aspirations, to improve their employability, to engage successfully in education, training or employment and to achieve well (Within 6 months)
**Practice Standards
Care Planning Regulations 2010
Leaving Care Regulations
**Agency
Children's Services including Employment & Skills
Virtual School
BANES Council Services""",
        actions="""2.6 Ensure the provision of co-ordinated and tailored support to all care leavers and that this is regularly reviewed and updated via formal review meetings
Underpinned by
• Continuing provision of teenagers to work placements
• PCLT sponsors for all care leavers
• Work of the employability post
• Including provision in local contracts to offer opportunities to care leavers
• Pathway planning for all care leavers
• Work of Virtual School Headteacher""",
        leads="""Charlie Moat
Lynne Whitfield
PCLT members
Jeremy Smalley
Jeremy Smalley
Charlie Moat
Mike Gorman""",
        dates="""September 2012 and on-going
July-August 2012
Henceforth
Henceforth
On-going
On-going
On-going""",
        assurance="""• Annual report to PCLT
• Annual report to In-Care Council
• Annual report to Lead Member
• IRS reports to PCLT""",
        outcome="Through this support, all care leavers are consistently engaged in positive and productive further education, training and employment which provide real opportunities for them to establish skills for adult life.",
        progress="""To be reported in September 2012.
Main action (which is on-going) and underpinning actions completed.""",
        impact="To be reported in September 2012",
        review="September 2012",
    ),
    dict(
        area="""2.7 NHS Bath and North East Somerset and Wiltshire, BANES Council and Sirona Care and Health should ensure that an annual looked after children report is prepared and is presented to health trust boards, corporate parenting groups and health and wellbeing boards (Within 6 months)
**Practice standards
Care Planning Regulations 2010
Duty to promote the health of looked after children
Duty to promote the educational achievement of looked after children
**Agency
As detailed above""",
        actions="""2.7 Children's Trust Board to establish process for compilation of annual looked after children report and ensure that arrangements are made for it to be presented to Health Trust Board: Corporate Parenting Groups and Health and Wellbeing Board
Underpinned by:
• CQC action plan
• Inclusion in contract with Sirona Care and Health""",
        leads="""Ashley Ayre
Liz Price
Karen Littlewood
Liz Price""",
        dates="""September 2012
September 2012
May 2012""",
        assurance="""• Health and Wellbeing Board
• Corporate Parenting Group
• Health Trust Board
• Report to LSCB in June 2012""",
        outcome="Corporate ownership of services for looked after children, and challenges to providers, that ensures the provision of high quality services and resources",
        progress="""To be reported in September 2012.
Arrangements in place for compilation of Annual Health report and its subsequent presentation to LSCB, CTB, HWPB in September 2012""",
        impact="To be reported in September 2012",
        review="September 2012",
    ),
    dict(
        area="""2.8 Ensure that a Designated Doctor and Nurse for looked after children are appointed (Immediate)
**Practice standards
Duty to promote the health of looked after children
**Agency
Children's Service
Sirona Care and Health""",
        actions="2.8 Seek confirmation that Designated Doctor and Nurse for looked after children have been appointed (and in post)",
        leads="Liz Price",
        dates="May 2012",
        assurance="""• Report to Children's Trust Board
• Annual LAC report to HTB, CPG, HWPB (see 2.7 above)
• Independent Chair of LSCB Annual Report on effectiveness of LSCB arrangements""",
        outcome="Consistent arrangements in place and contribute to meeting current health needs and anticipating future health needs of all children and young people in care",
        progress="""Not yet appointed.
New service specification agreed including new designated posts. Funding agreed and contract variation signed May 2012.
Sirona Care and Health recruitment arrangements in place AMBER""",
        impact="None to date",
        review="July 2012",
    ),
]
