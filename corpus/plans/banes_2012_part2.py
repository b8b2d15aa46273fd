"""Bath and North East Somerset 2012 plan, lines 1.9 - 1.16 (data only, no STEM).

Same conventions as ``banes_2012_part1``.
"""

# ruff: noqa: E501
# (one printed paragraph per source line keeps the transcription diffable)

LINES_2 = [
    dict(
        area="""1.9 Ensure robust notification arrangements to IROs and key partners, including health and education, following a child or young person becoming looked after by the Local Authority (Within 3 months)
**Practice standards
BANES Quality Manual
Care Planning Regulations 2010
**Agency
Children's Social Care Service""",
        actions="""1.9 Reiterate advice to all staff and reinforce arrangements for Service Managers only approving new care episodes when these notifications have been completed
Underpinned by:
• Redistribution of coming into care checklist
• Same day notification arrangements
• Care planning workshops
Supplemented by:
• Off-line auditing
• Health audit""",
        leads="""Maurice Lindsay
Charlie Moat
Charlie Moat
Trina Shane
Charlie Moat
Clive Diaz
Designated Nurse""",
        dates="""February 2012
February 2012
February 2012
May/June 2012
From March 2012
From June 2012""",
        assurance="""• Service Manager approval of new care episodes
• Feedback from Independent Reviewing Service
• IRS reports to CLT and corporate parenting group""",
        outcome="All notifications issued and as a result the first review, health assessment and PEP are in place",
        progress="""Main action and underpinning actions completed.
GREEN""",
        impact="""Confirmed by audit of all new care episodes since March.
Feedback from Independent Review Service, Virtual School Head and LAC Education Coordinator confirmed this position which has resulted in timely first reviews and PEPs.
Need to confirm impact upon timely completion of health assessments""",
        review="September 2012",
    ),
    dict(
        area="""1.10 Ensure that all relevant health professionals are invited to and able to contribute effectively to looked after children reviews (Immediate)
**Practice standards
BANES Quality Manual
Care Planning Regulations 2010
Duty to promote health of looked after children
**Agency
Children's Social Care Service""",
        actions="""1.10 Establish system for routine invitations to health professionals to contribute to looked after children reviews – through either attendance (if in line with the child/young person's wishes) or reports to the IRO
Underpinned by:-
• Team Managers and social workers making full preparations for all review meetings within supervision sessions
• IRO's preparatory meeting with child/young person
Supplemented by:-
• Audit by Health""",
        leads="""Charlie Moat with Sirona Care and Health
All Team Managers
IROs
Designated Doctor for LAC""",
        dates="""March 2012
Henceforth
September 2012""",
        assurance="""• Supervision sessions and Team Manager oversight of preparations for review
• IRO review of attenders and reports
• Feedback from health professionals
• Child Care Strategy and Quality Assurance Group
• IRS reports to CLT and corporate parenting group
• Annual Health Report to CP Group and HWPB
• Feedback from In-Care Council""",
        outcome="Health input to looked after children reviews ensures that the health needs of the child/young person are being met",
        progress="""IRS sending out review consultation form as matter of routine to Child Health
IRS asked to send out excerpt of review notes on health issues to Child Health as matter of routine after reviews
GREEN""",
        impact="All relevant health professionals are invited (in line with the child/young person's views) and are contributing.",
        review="September 2012",
    ),
    dict(
        area="""1.11 Ensure that health staff attend looked after children reviews, where appropriate and relevant, and that they receive minutes of the review (Within 3 months)
**Practice standards
BANES Quality Manual
Care Planning Regulations 2010
Duty to promote health of looked after children
**Agency
Health Services
Children's Social Care Service""",
        actions="""1.11 Health agencies are asked to ensure that health professionals are available to attend, and advised that Children's Social Care Service will send copies of all minutes
Underpinned by:-
• Process for distributing minutes to Health professionals and services
• Health agencies ensuring capacity for health staff to attend
• IRO's preparatory meetings with child/young person""",
        leads="""IROs
Chrissie Hardman
IROs""",
        dates="""April 2012
April 2012
Henceforth""",
        assurance="""• Supervision sessions and Team Manager oversight of preparations for review
• IRO review of attenders and reports
• Feedback from health professionals
• Child Care Strategy and Quality Assurance Group
• IRS reports to CLT and corporate parenting group
• Annual Health Report to CP Group and HWPB
• Feedback from In-Care Council""",
        outcome="Health input to looked after children reviews ensures that the health needs of the child/young person are being met",
        progress="""Main action completed.
Independent Reviewing service sending copies of minutes to relevant health professionals.
Awaiting confirmation from Sirona Care and Health that health professionals are available to attend when requested. Meeting arranged with reviewing service and child health to finalise detail of protocol around this. AMBER""",
        impact="""Actions have been taken to ensure that appropriate processes are in place.
Impact upon quality of health plans to be incorporated into future IRS reports to Children's Leadership Team
Health cannot yet confirm that they can resource this.""",
        review="July 2012",
    ),
    dict(
        area="""1.12 Ensure that looked after statutory reviews are timely in order to promote the timely and effective monitoring of care plans (Within 3 months)
**Practice standards
BANES Quality Manual
Care Planning Regulations 2010
**Agency
Children's Service""",
        actions="""1.12 Maintain timetable for all existing reviews and ensure early notifications of all new care episodes and arranging reviews accordingly
Underpinned by:
• Ensuring consistent high quality reports to reviews (see 1.8 above)
• Ensuring robust notification arrangements (see 1.9 above)
• Service Manager arrangements for approving placements and same day notifications (see 1.3 above)
• Maintaining sufficient IRS capacity
• Care planning workshops for staff""",
        leads="""Clive Diaz
Charlie Moat
Trina Shane
As above (1.8)
Charlie Moat
Trina Shane
Children's Leadership Team
Charlie Moat
Charlie Moat""",
        dates="""April 2012
As above
March 2012
Review annually
May/June 2012""",
        assurance="""Monthly reports re reviews due and completed
Service Manager assurance that notification of new care episodes has been provided to IRS.
IRS reports to CLT and corporate parenting group""",
        outcome="",
        progress="",
        impact="""Audit June 2012 shows 100% notifications made.
Audit of admissions in March shows all initial reviews held on time""",
        review="September 2012",
    ),
    dict(
        area="""1.13 Ensure the timely completion of all health assessments and reviews (Immediate)
**Practice standards
BANES Quality Manual
Care Planning Regulations 2010
Duty to promote the health of looked after children
**Agency
Children's Service
Health Services
Sirona Care and Health""",
        actions="""1.13 Children's Service requires Sirona Care and Health to ensure the timely completion of all health assessments and reviews
Underpinned by:-
• Re-distribute the existing looked after children/Health Service protocol and ensure that this is consistently implemented
• Introduction of new service specification in contract with Sirona Care and Health
• Introduction of operational protocol between Children's Social Care and Sirona Care and Health
Supplemented by:-
• IRS review of health assessments (within looked after children review meeting)
• Audit by Health""",
        leads="""Liz Price
Jenny Theed
Charlie Moat
Chrissie Hardman
Charlie Moat
Chrissie Hardman
Charlie Moat
Chrissie Hardman
Charlie Moat
Chrissie Chardman
Charlie Moat""",
        dates="""March 2012
April 2012
April 2012
On-going
On-going""",
        assurance="""• Independent chairing of review meetings
• Child Care Strategy and Quality Assurance Group
• Offline auditing of LAC reviews
• IRS reports to CLT and Corporate Parenting Group
• Annual Health Report to CPG and HWPB
• Health audit by Designated Nurse for LAC""",
        outcome="That all health assessments and plans are up to date and meeting the chid/young person's immediate health needs, and anticipating any future health needs",
        progress="",
        impact="""Provider internal audit of files resulted in improvement plan for administration of service.
Admin check shows all health assessments for admissions since February have been held or requested""",
        review="",
    ),
    dict(
        area="""1.14 Ensure that robust quality assurance and case file audit arrangements (for looked after children) are in place (3 months)
**Practice standards
BANES Quality Manual
Care Planning Regulations 2010
**Agency
Children's Social Care Service""",
        actions="""1.14 Reiterate advice to all staff and reinforce in-service assurance and off-line auditing
Underpinned by:-
• Link with actions re 1.8 (above)
• Front line staff involvement in case auditing
• Team Manager quality assurance
• Sample audits by Service Managers
• Use of standard template for recording supervision notes and decisions
Supplemented by:-
• Off-line auditing""",
        leads="""Charlie Moat
All Team Managers
Trina Shane
Charlie Moat
Trina Shane
Clive Diaz""",
        dates="""February 2012
April 2012
From March 2012
From March 2012
March 2012""",
        assurance="""• CCSQA Group to Divisional Director
• Feedback from off-line auditing
• IRS reports to CLT and corporate parenting group""",
        outcome="Consistent use across the Children's Social Care Service of quality assurance and evidence within case records that this is robust and effective",
        progress="""Main action completed and underpinning actions (also linked to 1.8) completed.
Robust arrangements in place within both Children's Social Care and multi-agency Quality Assurance group.""",
        impact="""Evidence of quality assurance and improvements across the Service
Confirmed by in-service assurance.""",
        review="",
    ),
    dict(
        area="""1.15 Ensure that actions identified in looked after children health plans are carried out and robustly monitored (Immediate)
**Agency
Children's Service
Children's Social Care
Health""",
        actions="""1.15 Every looked after children review to include a focus upon progress with health plans
Underpinned by:-
• Arrangements for health professionals input and distribution of meeting minutes to Health (see 1.10 and 1.11 above)
Supplemented by:-
• Audit by Health""",
        leads="""Clive Diaz
IROs
As detailed in 1.10 and 1.11 above
Designated Nurse for LAC""",
        dates="""From April 2012
As detailed in 1.10 and 1.11 above
From April 2012""",
        assurance="""• Independent Chairing of review meetings
• Child Care Strategy and Quality Assurance Group
• Off-line auditing of LAC reviews
• Health participation in Corporate Parenting Group
• IRS reports to CLT and CPG
• Annual Health Report to CPG and HWPB""",
        outcome="That all health plans are progressed and are meeting the child/young person's immediate health needs, and anticipating any future health needs",
        progress="""Actions completed.
IROs ensuring all LAC reviews include focus on health.
LAC health service continuing to use BAAF health plans. Further work needed on improving formats. Clinical audit of health plans underway
Guaranteeing overview of progress of all health plans not possible by health provider until additional capacity in place. Meetings arranged with reviewing service and child health to finalise detail of protocol around this. AMBER""",
        impact="Annual Health Report to be compiled in August 2012 and presented to LSCB, CTB, HWPB in September 2012",
        review="September 2012",
    ),
    dict(
        area="""1.16 Ensure that there is effective 'flagging' of all children and young people known to Social Care Services on hospital information systems to facilitate risk identification and protection from harm (Immediate)
**Practice standards
Working Together 2010
SWCP Procedures
Information sharing guidelines
**Agency
Children's Social Care Service
RUH""",
        actions="""1.16 Explore the scope to enable RUH to access social care records via Total View
Underpinned by:-
• RUH to research systems for achieving this flagging
• Meeting to review position and determine next steps
• Establish information sharing protocol and practice between Children's Social Care and Royal United Hospital
• Work of Hospital liaison group to embed and monitor practice
• Inclusion in multiagency training programme
• Provision of regular and updated information""",
        leads="""Charlie Moat
Liz Price
Kerry Hempleman
Karen Littlewood
Trina Shane
Charlie Moat
Karen Littlewood
Joe Duncan
Trina Shane
Training Management Group/Nicola Bennett
Joe Duncan
Charlie Moat""",
        dates="""April 2012
April 2012
May 2012
From April 2012
During 2012/13""",
        assurance="""• SCSC auditing of relevant cases
• Annual audit of arrangements
• Review of information sharing protocol and practice""",
        outcome="""RUH staff are able to access and use social care records to inform decision making about individual children presented to the hospital or causing concern
Improved sharing of information and joint working""",
        progress="""Action completed but whilst technically possible should not be implemented due to data protection issues – legal view being sought to inform response to Ofsted.
Focus upon ensuring that RUH staff are focussing upon the child as presented and liaise with Children's social care as required
RUH have reported to SHA re progress with improving IT systems. RUH have installed new IT alert function but will take 2 months to migrate data and train staff
Need assurance that systems are 'talking' to each other. departments. AMBER""",
        impact="""None thus far as action not implementable.
Clear working arrangements in place between RUH and Hospital based Social Work Team.""",
        review="""May 2012
August 2012""",
    ),
]
