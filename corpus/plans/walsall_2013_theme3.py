"""Walsall Strategic Improvement Plan 2012, theme 3 table (data only, no STEM).

Entries as in ``walsall_2013_theme1``.
"""

# ruff: noqa: E501
# (one printed paragraph per source line keeps the transcription diffable)

THEME_3 = [
    ("banner", """Improve the quality, and consistency of initial and core assessments by taking account of the safeguarding risks to the children and young people and ensuring their views are recorded, where this is appropriate. Take account of the analysis and views of the Council's partners and ensure all assessments are completed to the timescales set out in statutory guidance 'Working Together'. Ensure that the assessment informs decision making and planning in line with statutory guidance. Ensure that qualitative evidence arising from performance management systems and case audits confirm that this has been carried out satisfactorily."""),
    dict(no="3.1", refs="IN 1.1",
         action="Ensure that social care thresholds are clear and transparent and understood and endorsed by partner agencies through developing communications strategy; single agency and multi-agency audits and feedback; individual work with partners; WSCB audit (in Feb 13) and review of results at subsequent WSCB meeting.",
         timescale="28 Feb 2012", lead="Graham Reiter",
         measures="""• Qualitative feedback from partners via WSCB
• WSCB Audit undertaken and responses from at least 60% of agencies.
• Minutes of WSCB
• Report to March IB
• Meetings clearly state action to improve which are incorporated into IP.
• Reduction in proportion of referrals which are NFA from Apr 2013.
• Feedback from partner agencies.""",
         note="", rag="G"),
    dict(no="3.2", refs="OIS 2012 IN 1.1, 1.2, 1.5, 1.7",
         action="Implement a robust system of decision making and management oversight at the point of contact with children's social care",
         timescale="28 Feb 2012", lead="",
         measures="""• Case file audit analysis shows compliance
• 100% of cases are authorised by a manager on PARIS""",
         note="""Recruitment of permanent Operations Manager post.
Review of front door being undertaken; authorisation processes on PARIS under review.""",
         rag="A"),
    dict(no="3.3", refs="OIS 2012 IN 1.4, 1.6, 1.1, 1.2, 1.5, 1.7",
         action="""Ensure that assessments are of a satisfactory quality, contain an explicit assessment of risk, are fit for purpose; are child-centred and include evidence of children being seen. Assessments provide a satisfactory standard of analysis and are updated to take into account changes in circumstances.
Practice is sustainable and expectations for standards set.""",
         timescale="31 Mar 2013", lead="Sue Butcher",
         measures="""• Case file audit analysis shows compliance
• % of assessments clearly evidencing that risk has been appropriately assessed
• % assessments where child is seen
• Managers quality check assessment before sign off
• Supervision records
• Completion of work on PARIS""",
         note="Safeguarding AD identified issues and confusion in social work practice, and 'unpacking' ways to improve effectiveness; 10 day initial assessment timescale set rather than 7 days; Use of signs of safety risk assessment processes clarified with staff; processes on PARIS to report 'child seen' being reviewed.",
         rag="G"),
    dict(no="3.4", refs="OIS 2012 1.1, 1.2, 1.5, 1.7",
         action="Ensure children are visited with a frequency linked to the level of their need are always seen alone during statutory visits and that their views are recorded on case files.",
         timescale="31 Mar 2013", lead="Sue Butcher",
         measures="""• Audit of Supervision – quantity and quality.
• Observation of practice
• % visits where child seen alone and views recorded.
• Work on PARIS completed.
• Case file audit analysis shows compliance""",
         note="Supervision policy; being revised. Manual monitoring of visits introduced; Develop PARIS to record as a PI; communication and engagement sessions with staff about direct work with families as a core message.",
         rag="G"),
    dict(no="3.5", refs="",
         action="Further develop social work practice and processes based on results of initial work; improvement board actions and reporting of more reliable and systematic and system wide data",
         timescale="31 June 2013", lead="S Butcher", measures="• Tba", note="Tba", rag="Gr"),
    dict(no="3.6", refs="",
         action="Recruit to vacant Head of Service post",
         timescale="31 Jan 2013", lead="S Butcher", measures="• Person in post",
         note="Recruitment underway. Interviews to be held 15 December 2012", rag="G"),
    dict(no="3.7", refs="OIS 2012 1.2, 1.4, 1.7",
         action="Work with Police to ensure the involvement of police officers and all other relevant professionals in strategy discussions and meetings and Section 47 investigations",
         timescale="Immediate and ongoing", lead="Anne Thompson",
         measures="""• % strategy discussions attended by Police
• % S47 enquiries with police involvement""",
         note="Fortnightly operational meetings between Police and Head of Service; Interim process for monitoring commitment to attendance in place and monitored; AD meeting with Police representative to ensure joined up monitoring in place.",
         rag="G"),
    dict(no="3.8", refs="OIS 2012 1.1, 1.2, 1.7",
         action="Ensure that core groups meet regularly",
         timescale="Identify baseline and target to be set Jan 2013; First target set Mar 2013",
         lead="Graham Reiter",
         measures="""• Baseline set
• % children subject of CP Plan who did not have core group meetings to timescale
• Attendance statistics
• Work on PARIS completed.""",
         note="Reporting from PARIS and IROS to be implemented; baseline information to be obtained about current frequency of meeting.",
         rag="A"),
    dict(no="3.9", refs="OIS 2012 1.3, 1.4",
         action="Ensure that the children with disabilities team and partner agencies provides a satisfactory service for disabled children and takes full account of the safeguarding needs of disabled children.",
         timescale="Feb 2013 – peer challenge report;\nTeam plan in place – Feb 2013", lead="Sue Butcher",
         measures="""• Feedback from CWD
• Feedback from parents
• Reduction in number of complaints received in relation to the service provided for CWD
• Feedback from Staff
• Case file audits""",
         note="Reactive post inspection actions reviewed and revised. New Operations Manager in place. Peer challenge agreed and to take place Jan 2013; Head Teacher seconded to assist for four days per month from January. Scope for improvement work written;",
         rag="G"),
    dict(no="3.10", refs="",
         action="Undertake a review of all open children with disabilities cases to identify immediate actions or changes to services that may be required.",
         timescale="30 Nov 2012", lead="Sue Butcher",
         measures="Assurances provided that all issues with past casework are addressed and cases are now managed on a 'business as usual' basis.",
         note="Achieved. Review undertaken in Aug and remedial actions implemented.", rag="B"),
    dict(no="3.11", refs="OIS 2012 1.4, 1.5",
         action="Review current LADO arrangements and implement changes to ensure that the LADO arrangements are in keeping with national guidance",
         timescale="31 Mar 2013", lead="Graham Reiter",
         measures="WSCB audit LADO arrangements and find them satisfactory.",
         note="Recruitment to permanent LADO post required before all actions can be undertaken – interviews Dec 2012. Previous difficulties recruiting to this post.",
         rag="R"),
    dict(no="3.12", refs="OIS 2012 IN 1.1, 1.3",
         action="Implement the routine use of chronologies in children's social care services",
         timescale="31 Mar 2013", lead="Anne Thompson",
         measures="• There is a chronology on file for every new case, measured in case audit and supervision.",
         note="Prior actions to backdate chronologies which put staff under pressure post inspection now moderated and a realistic programme of chronologies for new cases being implemented in a planned and incremental way.",
         rag="A"),
    ("banner", """Ensure that the delivery and management of child protection plans set out the actions that must be taken and by whom and the outcomes to be achieved with timescales. Ensure that evidence of management oversight of case work and decision making is set out in detail on each case file."""),
    dict(no="3.13", refs="",
         action="Ensure that cases are allocated to suitably qualified, skilled and experienced staff",
         timescale="", lead="", measures="", note="", rag="G"),
    dict(no="3.14", refs="OIS 2012 1.2",
         action="Ensure that child protection plans are focused on risk and are clear about what needs to change and how this change will be supported (This was an immediate action from Ofsted inspection)",
         timescale="Mar 2013", lead="Graham Reiter",
         measures="""• Case file audit
• Audit of CP plans complete
• Timescale of Children subject of CP Plans appropriate.
• IRO'S reporting.""",
         note="After inspection, a management instruction was given that a Signs of Safety risk assessment was to be put on all case files with immediate effect. This put staff under huge pressure and in addition many were using this tool without training, this proved ineffective and may have masked risk. This has now been rationalised. 'Risk' is to be seen as an integral part of assessment. Some multi-agency audit has been undertaken. A review of children subject of CP Plan for over 1 year will be undertaken by April 2013.",
         rag="R"),
    ("banner", """Develop and implement a whole systems framework to manage families' pathways from early help to statutory intervention. As part of this develop and implement early intervention services with thresholds and referral mechanisms to step up to and down from specialist safeguarding services which will ensure that children, young people and their families receive support at the earliest opportunity. Ensure thresholds and criteria for assessment of the child and what to do when children and young people do not meet the threshold for statutory intervention but require targeted, multi agency, or early help, are communicated, understood and applied consistently across all partner agencies. Improvements would reflect a reduction in re-referral rates and positive feedback from partners and staff that children are receiving the help they need when they need it. Review and monitor the use of thresholds and criteria to ensure their effectiveness.
Develop and implement a system of risk assessment that will inform all decisions, including Child Protection and Children in Need Plans to ensure consistent judgments are made about the levels of risk, following "the Conceptual Framework for Thinking about Risk Assessment and Case Management in Child Protective Service"."""),
    dict(no="3.15", refs="",
         action="Put in place a whole system framework to managing families' pathways from early help to statutory intervention.",
         timescale="June 2013", lead="Louise Hughes and Sue Butcher",
         measures="""• Reduction in referral, LAC & CPP rates
• Outcome measures to be determined during the work.
• Use of distance travelled tool
• Positive feedback from staff and families""",
         note="Review of this area underway with work due to start in January. Work has been scoped.",
         rag="G"),
    dict(no="3.16", refs="OIS 2012 1.3",
         action="Ensure that a robust system is implemented to avoid delay and assess at the earliest stage whether children and young people need to be in care.",
         timescale="March 2013", lead="Anne Thompson",
         measures="""• Evidenced in audits.
• Feedback from CYP about feeling safe""",
         note="""Spurgeons (commissioned service) are already undertaking work in longer term prevention of reception into care.
Some 'Think Family' workers are being aligned to the social care front door to undertake crisis work for children at immediate risk of being received into care.
In terms of risk assessment, refer to action above.""",
         rag="G"),
    dict(no="3.17", refs="OIS 2012 1.3",
         action="Ensure that the domestic abuse referral team (DART) is appropriately staffed and resourced and provide a consistent and good quality response to assessing the risk to children of domestic abuse incidents.",
         timescale="June 2013", lead="Anne Thompson",
         measures="""• % vacancies in DART team.
• Case file audit analysis shows compliance""",
         note="Multi-agency DART meetings are being held but work stills need to be undertaken to identify improvements, which will partly be determined by recruitment of staff to this team which is problematic.",
         rag="R"),
    dict(no="3.18", refs="",
         action="Review the service offered to children who are witnessing domestic abuse across the partnership to ensure that they are protected from significant harm.",
         timescale="To be agreed by WSCB", lead="WSCB Chair",
         measures="""• Multi-agency DART meetings review and report success in this area
• Reduction in referrals and CP Plans due to domestic abuse.""",
         note="To be progressed once new WSCB chair in place from Dec 2013", rag="Gr"),
    dict(no="3.19", refs="",
         action="Review leaflets and materials for children, young people and their families to ensure they reflect current processes, standards and referral pathways so that they are able to access the right help at the right time, and understand the services being provided for them.",
         timescale="30 Sep 2013", lead="Rose Collinson",
         measures="""• Reduction in complaints
• CYP and parents are aware of support available and what services are provided.""",
         note="This is a new action identified at a strategic planning meeting on 4th December. Once improvements and changes are achieved, literature for children and their families and carers will need to be reviewed to ensure it is still relevant and effective.",
         rag="Gr"),
    ("banner", """Ensure the Council's quality assurance systems are prepared in line with the Safeguarding Improvement Plan and quality assurance processes referred to in 'Working Together'. Ensure that quality assurance systems focus on qualitative evidence and the experience of the child and family, and are implemented by all those in the Council's Children's Service. The system must include regular qualitative auditing arrangements of case files, with independent oversight and challenge to ensure the quality and timeliness of recording and compliance with recording in individual case records (as set out in 'Working Together') and that an assessment of risk is recorded. The frequency of the oversight and challenge must be agreed by the Improvement Board ("the Improvement Board") who should also work with the Local Safeguarding Children's Board ("LSCB"). Regular qualitative feedback reports must be made available to the Improvement Board and LSCB which demonstrate continuing improvement in the quality and effectiveness of support to vulnerable children.
**Feedback from individual children, families and staff improves and shapes practice.** Ensure that the views of staff are considered in relation to their work and workplace through engagement and using feedback mechanisms such as staff surveys and report the results to the Improvement Board. To support this, consideration should be given to the Children's Safeguarding Performance Information Framework (published 12 June 2012).
Ensure that all management oversight and decision-making is conducted in line with standards set out by the Council (and agreed with the Improvement Board) and ensures safe practice. Evidence that management oversight and decision making is taking place must be set out in detail on each case file. Regular qualitative feedback reports must be made available to the Improvement Board and LSCB which demonstrate continuing improvement in the quality and effectiveness of management and decision making."""),
    dict(no="3.20", refs="",
         action="""An effective performance management framework is in place with a wide range of data and intelligence being used to assess outcomes and activity across children's services and partnerships
Performance framework to include Children's Safeguarding Performance Information Framework and inspection requirements.""",
         timescale="Diagnostic – Jan 2013", lead="Rose Collinson",
         measures="""• ICS and other data systems are effective
• Intelligence is available to an agreed schedule
• Intelligence effects improvements in keeping children safe from harm and improved outcomes.""",
         note="""C4EO undertaking diagnostic assessment of performance and data from November 2012 with draft report due end Dec 2012 and activities to improve already underway.
Responsibility for performance transferred from targeted service to Corporate services in October 2012
Development days and training planned for Jan-Mar 2013.""",
         rag="G"),
    dict(no="3.21", refs="OIS 2012 1.5, 1.7, 2.2",
         action="Implement a clear quality assurance and performance framework that balances qualitative and quantitative information, delivered by all managers and practitioners across the partnership which includes feedback from children, young people, their families and carers, staff and partner agencies.",
         timescale="31 Mar 2013", lead="Sue Butcher",
         measures="""• A QA and performance frameworks are in place to timescale
• Staff are aware and adhere to QA framework, measured through supervision notes and audits;
• Quality of assessments and work with children improves and is a uniform standard across Walsall as measured by case audits and reinspection
• Good quality intelligence is available to managers on which to monitor and improve services (peer/external review June 2013).""",
         note="C4EO have been commissioned to undertake this work. Initial meeting 19th Dec", rag="G"),
    dict(no="3.22", refs="",
         action="Audit complaints process and implement recommendations from this based on best practice, to ensure that there are effective arrangements for embedding the learning from complaints.",
         timescale="31 Jan 2013", lead="Sue Butcher",
         measures="""• Complaints process audited.
• Reduction in number of complaints reaching stage 2 and 3 from Mar 2013
• Reduction in complaints for same reason from Apr 2013""",
         note="""C4EO commissioned to carry out a review of the complaints process and outcomes for children, young people and their families.
AD is managing complaints on a case by case basis""",
         rag="G"),
    dict(no="3.23", refs="",
         action="Implement a robust system of case audits across early help and social care services",
         timescale="31 Mar 2013", lead="Sue Butcher",
         measures="""• Audit process in place and managers trained in undertaking audits.
• Target number of audits per month undertaken
• Learning from audits routine.""",
         note="C4EO have been commissioned to undertake this work. Initial onsite meeting 19th December. Discussions also held with PARIS team to utilise learning/resources from implementing audits in adult services. Work to include development of core audit questions across all casework.",
         rag="G"),
    ("section", "Looked After Children"),
    dict(no="3.24", refs="OIS 2012 IN 1.5, 2.1",
         action="Implement a robust system to oversee the appropriate use of and compliance with the Care Planning, Placement and Case Review regulations 2010 in relation to children placed at home on care orders.",
         timescale="30 Apr 2013", lead="New Head of Service",
         measures="""• Case audit
• Further measure to be added when baseline established.""",
         note="New Head of Service being recruited – interviews December. Baseline still to be established in January.",
         rag="R",
         more=[dict(
             action="Ensure that related, appropriate training is available for social workers and managers.",
             lead="Jones",
             note="Training will be incorporated into training plans.",
         )]),
    dict(no="3.25", refs="OIS 2012\nIN 1.3, 3.1",
         action="Ensure that Pathway Plans are of a consistently satisfactory quality and that they are completed by suitably qualified and experienced workers.",
         timescale="30 Apr 2013", lead="New Head of Service",
         measures="""• % LAC with pathway plans
• Case audits""",
         note="Prolonged post inspection restructure of Transition and Leaving Care Team has impacted on practice and staff morale. Working arrangements to be established.",
         rag="A"),
]
