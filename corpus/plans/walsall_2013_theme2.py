"""Walsall Strategic Improvement Plan 2012, theme 2 table (data only, no STEM).

Entries as in ``walsall_2013_theme1``.
"""

# ruff: noqa: E501
# (one printed paragraph per source line keeps the transcription diffable)

THEME_2 = [
    ("banner", """Implement a comprehensive programme of induction, training, mentoring and continuous professional development for all children and families staff – and working with partners to implement this within their own organisations - to ensure staff have the skills to complete high quality and timely assessments. Attention must be paid to the eight standards for employers of social workers. In particular, ensure that this programme includes training for staff and managers on risk analysis. The Council should report the impact the training has on improving outcomes for children to the Improvement Board."""),
    dict(no="2.1", refs="OIS 2012\nIN 2.1",
         action="Walsall Healthcare NHS Trust must ensure that all front line staff who have regular contact, or work predominately, with children and their families attend appropriate child protection training and that learning outcomes are monitored.",
         timescale="30 Apr 2013", lead="Richard Kirby",
         measures="""• Training data shows 100% compliance
• Evaluation data evidences that the training is effective.""",
         note="Board will receive an update report at the December meeting detailing compliance levels and direction of travel as at Nov: at level one 95% compliance, level two 36% and level three 39%.",
         rag="A"),
    dict(no="2.2", refs="IN 2.1",
         action="Children's Social Care to audit quality, extent and take up of workforce learning and development plans under the 8 key standards, to ensure workforce development is in place and effective.",
         timescale="31 May 2013", lead="Sue Butcher",
         measures="""• Training data shows 100% compliance
• Evaluation from training events.
• Feedback from appraisals.""",
         note="Not started.", rag="Gr"),
    dict(no="2.3", refs="",
         action="WSCB to audit quality, extent and take up of individual agency workforce learning and development plans to ensure single agency safeguarding and workforce development is in place and effective.",
         timescale="30 Apr 2013", lead="WSCB chair",
         measures="• WSCB has audited workforce plans and they are satisfactory",
         note="""Not started. New chair in place from Dec 2012
There is a Children and Young People's Partnership workforce strategy which needs to be refreshed. There is a read across to this task.""",
         rag="Gr"),
    dict(no="2.4", refs="",
         action="WSCB to provide a programme of multiagency induction, training, mentoring and CPD.",
         timescale="30 Apr 2013", lead="WSCB chair",
         measures="• Feedback from participants", note="Not started – as above", rag="Gr"),
    ("banner", """**Social worker responsibilities and workloads** are clearly and tightly defined and reviewed, and staff have a manageable and equitable range of work consistent with their level of experience and competence. Evidence must be provided to show that supervision and support meets social workers needs and that practitioners' workloads do not prevent them carrying out what they and their managers feel to be effective social work practice. Ensure that workloads and supervision take into account the experience of social workers' ensure attention is paid to case allocation and case management and that a workload management scheme is used. It is vital that those with responsibility for supervising social workers have relevant experience and have the opportunity to access training and support to fulfil this responsibility. Ensure that the Improvement Board receives management information to confirm that this is achieved and sustained."""),
    dict(no="2.5", refs="",
         action="Collate directory of all current policies and procedures, including TriX, and implement programme of review/updates to ensure policies and procedures are fit for purpose, communicated to all staff, reflect best practice and are regularly updated.",
         timescale="31 Jan 2013", lead="Helen Dudson",
         measures="""• Staff aware of all procedures and how to access them
• Audits highlight compliance
• Reduction in complaints where procedures have not been followed""",
         note="This is a new action identified at a strategic planning meeting on 5th December.", rag="Gr"),
    dict(no="2.6", refs="IN 2.2",
         action="Quality Assurance Framework (QAF) to be developed that sets out responsibilities, expectations and standards for social workers, first line managers, operational and strategic managers.",
         timescale="31 Jan 2013", lead="Graham Reiter", measures="• QAF in place",
         note="""In process of being developed.
Some case audits are taking place but it is patchy and results do not yet inform learning.""",
         rag="G"),
    dict(no="2.7", refs="",
         action="Develop clear practice standards for case recording linked to the QAF to include in particular the recording of all visits, voice of the child, decisions and management oversight, and managing risk.",
         timescale="31 Jan 2013", lead="Sue Butcher",
         measures="• Recording on case files and PARIS is accurate, timely and complete as evidenced by production of management information; data quality reports; case audits.",
         note="Identification of this action in Nov 2012 from initial feedback from C4EO performance and data diagnostic. To be taken forward as part of QAF and data developments planned for January 2013",
         rag="G"),
    dict(no="2.8", refs="IN 2.2",
         action="Ensure staff supervision is consistent and of good quality through the review of policy and supervision practice, to ensure that professionals can evidence the impact of supervision on their practice and outcomes for children and staff feel supported.",
         timescale="28 March 2013", lead="Sue Butcher",
         measures="""• Feedback from Social Work Health Check.
• % workers who receive monthly supervision
• % audited supervision records that evidence challenge; scrutiny; reflection; development of practice; CPD
• % of case file audits that evidence management oversight.""",
         note="""Current supervision policy is being revised; quality supervision audit tool being developed; telephone quality audit tool available and audit will be completed in April 2013. Effective supervision will feature in the team manager development programme, after which further quality improvements will be defined.
The Social Work Health Check notes that 66.3% received formal supervision at least once a month. 83% were satisfied or very satisfied with supervision.""",
         rag="G"),
    dict(no="2.9", refs="",
         action="Undertake a team manager development programme.",
         timescale="30 Jun 2013", lead="Sue Butcher",
         measures="""• Team Managers report increased confidence in their role.
• Retention of team managers""",
         note="Bespoke programme commissioned from experienced trainer. First session planned for Jan/Feb 2013",
         rag="G",
         more=[dict(
             measures="• Measures as above",
             note="Programme will include supervision, responding to complaints, auditing, financial awareness and commissioning.",
         )]),
    dict(no="2.10", refs="",
         action="Ensure that the voice of staff is central to workforce development and that staff are kept informed of the improvement journey.",
         timescale="Dec 2012 and ongoing", lead="Sue Butcher",
         measures="""• Social Work Health Check
• Staff briefings and feedback
• Feedback from Senior Managers 'walking the job'.
• Briefings to partner agencies
• Staff Charter co-produced with staff.""",
         note="""Closing date for responses to Health Check received. 50% response rate. Head line results included in DCS report – full response to next meeting.
Feedback received during first staff briefing session. Briefings planned on a monthly basis for 6 months.
Staff report that senior managers are more visible than previously.""",
         rag="G"),
    dict(no="2.11", refs="",
         action="Define requirements and activities for a Principal Social Worker now, and revise in six months time, prior to appointment of interim Principal Social Worker.",
         timescale="Define requirement - 31st Dec 2012\nAppointment - tba", lead="Sue Butcher",
         measures="• PSW in post and functions being fulfilled.",
         note="""Work commenced to define requirements, which concludes that a permanent appointment cannot be made yet as requirements likely to change. Permanent appointment dependent on identification of requirements.
Interim capacity actively sought""",
         rag="G"),
    ("banner", """Ensure leadership, scrutiny and challenge is exercised and impacts on the quality and effectiveness of safeguarding and looked after children services. Ensure these arrangements are sustained after improvements have been made.
• A culture of accountability is developed with managers, staff and partners holding each other to account with action taken when required to challenge poor and unacceptable performance.
• Elected members of the Council understand and deliver their corporate parent role for looked after children
• Effective assurance arrangements are in place within the Council and across the partnership in line with DfE statutory guidance on the roles and responsibilities of the Director of Children's Services and the Lead Member for Children Services.
• The ambition for children and young people across Walsall is understood and endorsed in practice throughout the Council and across the partnership."""),
    dict(no="2.12", refs="",
         action="""Develop a culture of accountability through QAF to ensure we are working with the right children at the right time in the right way.
See 2.6 above.""",
         timescale="28 Feb 2013", lead="Sue Butcher", measures="• QAF in place",
         note="""QAF being developed
Some case audits are taking place but it is patchy and results do not yet inform learning.""",
         rag="A"),
    dict(no="2.13", refs="IN 2.2",
         action="Ensure social workers' responsibilities and workloads are kept under review to ensure they are clearly and tightly defined and that staff have a manageable and equitable range of work consistent with their level of experience and competence.",
         timescale="May 2013 and then ongoing.", lead="Sue Butcher",
         measures="""• Supervision monitoring - compliance and quality
• Appraisals carried out and results fed into workforce development.
• Observations of Practice are carried out and results fed into workforce development.
• Feedback from staff (see 2.10)
• Caseload reports from PARIS
• Skills Audit
• Supervision Weighting tool""",
         note="""See 2.10, also headline results from Social Work Health Check in 2.8.
Supervision weighting tool will be revised to establish its effectiveness.""",
         rag="A"),
    dict(no="2.14", refs="IN 2.3",
         action="Ensure that elected members have the support and information to scrutinise and challenge the performance of children's services.",
         timescale="Jan 2013 and ongoing", lead="Paul Sheehan",
         measures="""• Overview and Scrutiny committees held during the year
• Regular meetings between lead member and DCS
• Scrutiny members visiting teams.""",
         note="""Chair of Improvement Board has attended Overview and Scrutiny committee and outlined his role.
Paper presented to committee outlining responsibilities giving direction about appropriate challenge and queries to officers.
Weekly briefings from DCS to lead member.
Some arrangements being made to visit teams.
Regular meetings with chair of Overview and Scrutiny panel.
Guidance given out and discussed during Scrutiny meeting Oct 2012""",
         rag="G"),
    dict(no="2.15", refs="IN 2.3",
         action="Put in place assurance arrangements within the council and across the partnership in line with DfE statutory guidance on the roles and responsibilities of the Director of Children's Services and the Lead Member for Children Services.",
         timescale="Feb 2013 and ongoing", lead="Paul Sheehan",
         measures="Assurance measures agreed between CE, LM and DCS and monitored in quarterly assurance meetings.",
         note="Early initial discussions on proposed assurance arrangements have taken place with CE and LM.",
         rag="A"),
    dict(no="2.16", refs="OIS 2012 (20)",
         action="Ensure there is sufficient capacity in children's services and other stakeholders to generate improvements required, and which is sustainable.",
         timescale="31 Jan 2013 and ongoing", lead="Paul Sheehan",
         measures="""• Spend agreed
• Capacity Commissioned
• Monitoring of additional capacity
• Internal capacity in place""",
         note="""Resource plan for CIB money £100k submitted. Further additional capacity has been costed and provisionally agreed. Additional capacity has been commissioned through C4EO, The Children's Society, Peer Challenge (CWD Gloucestershire), 4 day per month secondment of Head Teacher (CWD), dpr consulting and independent consultancy.
Some internal staff time also identified.
DCS has made 'corporate asks' from corporate colleagues.
DCS and AD SS have drafted the resourcing plan.
Some physical capacity needs also identified, e.g. interview rooms. Some costs covered in resourcing costs but need further scoping.""",
         rag="G"),
    dict(no="2.17", refs="",
         action="Evaluate the effectiveness of the decisions and actions taken in the immediate post inspection period to ensure that they are fit for purpose",
         timescale="31 Dec 2012", lead="Rose Collinson/ Sue Butcher",
         measures="""• Feedback from staff
• Reduction in case loads
• Improvement Board monitoring""",
         note="There has been significant 'baselining' and review of reaction to the inspection to provide a more robust plan to improve. Several actions have needed to be put on hold to allow staff to practice more effectively and with more confidence.",
         rag="G"),
    dict(no="2.18", refs="",
         action="""Set out a statement of vision and ambition for Children Services that takes account of the required improvements.
Gain endorsement to this vision and commitment in practice to delivering ambitious improvements""",
         timescale="December 2012 onwards", lead="Rose Collinson",
         measures="• Vision agreed and endorsed in practice by partner agencies",
         note="""Session held to scope vision.
Staff briefing circulated.
Plans for next steps being agreed.""",
         rag="G"),
    dict(no="2.19", refs="",
         action="Gain partner endorsement and commitment to Improvement Plan, timescales and measures",
         timescale="December 2012 onwards", lead="Rose Collinson",
         measures="""• Partner agreement to baseline position
• Formal endorsement of strategies, priorities and direction of travel""",
         note="Partner feedback informed redraft of Improvement Plan for December Board", rag="G"),
    dict(no="2.20", refs="",
         action="The WSCB provides robust oversight and challenge and meets statutory requirements in all respects",
         timescale="December 2012 onwards", lead="Rose Collinson",
         measures="• Self assessment and peer review meet criteria for 'good' plus other measures and review notes in Theme 1 of Improvement Plan.",
         note="""Appointment via multi-agency panel of Board Chair able to swiftly and sustainably drive this agenda forwards.
WSCB have endorsed baseline position.
Handover session with outgoing chair on 19 December.
Facilitated session with new chair planned in January 2013.""",
         rag="G"),
    dict(no="2.21", refs="",
         action="Members of key Partnership Boards charged to drive forwards improvements for children commit to their strategic roles, responsibilities and understand the interrelationships between their respective boards",
         timescale="December 2012 onwards", lead="Paul Sheehan",
         measures="• Functioning Boards, fit for purpose",
         note="""Borough Management Team agenda Item for November meeting.
Appointment of new WSCB chair.
Children's Partnership Board review planned for New Year.""",
         rag="A"),
]
