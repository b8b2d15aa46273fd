"""Bath and North East Somerset 2012 plan, lines 1.1 - 1.16 (data only, no STEM).

Transcribed from seed 002 (a text dump of the lost PDF).  Each field holds
one printed paragraph per source line: ``• `` marks a bullet, ``**`` a bold
paragraph (the "Practice standards" / "Agency" sub-headings).  ``more`` holds
the continuation physical rows a line runs on into (area cell without a
number).  The RAG word stays where the plan prints it: at the end of the
progress cell.  Repairs of the dump's garbling are listed in
tests/golden/NOTES-bath-ne-somerset-2012-06.md.
"""

# ruff: noqa: E501
# (one printed paragraph per source line keeps the transcription diffable)

LINES_1 = [
    dict(
        area="""1.1 Ensure that core assessments are completed following all child protection investigations (Immediate)
**Practice standards
Working Together 2010
SWCP Procedures
BANES Quality Manual
**Agency
Children's Social Care Service
Children's Service""",
        actions="""1.1 Reiterate advice to all staff and reinforce in-service assurance and off-line auditing
Underpinned by:-
• Development and use of in-service audit tool
• Refresher training for Social Workers re Section 47s and core assessments
• Development and use of off-line audit tool and programme for auditing
• Staff involvement in task and finish group to confirm standards and share good practice
• Use of standard template for recording supervision sessions
• Rolling programme of reflective supervision workshops
Supplemented by:-
• Off-line auditing""",
        leads="""Maurice Lindsay
Trina Shane
Charlie Moat
Liz Jones
Trina Shane
Clive Diaz
Liz Jones
Clive Diaz
Trina Shane
Trina Shane
Clive Diaz
Liz Jones
Clive Diaz
Liz Jones""",
        dates="""April 2012
April 2012
April 2012
May 2012
March 2012
From June 2012""",
        assurance="""• Sign off by line manager
• Supervision records
• Sample audits by Service Managers
• Offline auditing
• SCSC (for those progressing to conference)
• Quarterly outcomes reports and LSCB Annual Report""",
        outcome="""Completed in every child protection investigation
Record of decisions and clear plans for any on-going work
Evidence of effective in-service quality assurance and sign-off
Culture of compliance and use of best practice established""",
        progress="""Main action and underpinning actions completed.
Management report for the period 1st March-31st May shows that this is now established practice – only 2 outstanding and being followed up.
Underpinning actions will be used to sustain and evidence improvements
Awaiting feedback from file audits to determine consistency of quality and timeliness.
GREEN""",
        impact="""Now established as standard practice. Audit of quality and timeliness to be completed to evidence sustained improvements""",
        review="July 2012",
    ),
    dict(
        area="""1.2 Ensure that assessments are high quality and recorded fully on case records (Immediate)
**Practice standards
Working Together 2010
SWCP Procedures
BANES Quality Manual
**Agency
Children's Social Care
Children's Service""",
        actions="""1.2 Use staff supervision sessions, training/workshops, task and finish group, in-service assurance and offline auditing to establish and maintain high quality assessments
Underpinned by:-
• Rolling programme of reflective supervision workshops""",
        leads="""Trina Shane
Charlie Moat
Liz Jones
Clive Diaz""",
        dates="From June 2012",
        assurance="""• Sign off by line manager
• Supervision records
• Sample audits by Service Managers
• Off-line auditing
• SCSC (for cases progressing to conference)
• Quarterly outcomes report and LSCB Annual Report""",
        outcome="""• Evidence of consistently high quality assessments and records of decisions and actions
• Evidence that high quality assessments are leading to clear plans for work
• Evidence shows that learning from audits is improving quality of assessments
• Evidence of effective in-service assurance and offline auditing
• Culture of use of best practice established""",
        progress="""Action and underpinning actions implemented and will be on-going.
Quality standards and practice guidance on assessments now agreed and on Care First as an aide memoir for social workers. Audit tools will now reflect these quality standards and managers are expected to refer to them in supervision of social workers.
Reflective supervision workshops reinforcing practice and focus on structured approach to supervision sessions and effective recording of actions and decisions.
Quality of assessments subject to off-line auditing AMBER""",
        impact="""Audits of supervision records are evidencing use of structured approach to sessions. In service assurance is showing improvements in quality but needs to be more consistent and sustained.""",
        review="July 2012",
    ),
    dict(
        area="""1.3 Ensure prompt sharing of information between Children's Social Care and Health Services (and other Children's Services) about children subject to child protection plans and children who are looked after (Immediate)
**Practice standards
Working Together 2010
SWCP Procedures
BANES Quality Manual
Care Planning Regulations
**Agency
Children's Social Care
Health Services""",
        actions="""1.3 Introduce same day notification system for all protection plans and care episodes
Underpinned by:-
• Prompt distribution of Child Protection conference notes
• Provision of updated lists of children with protection plans
• Redistribution of coming into care check list and mandatory notifications prior to placement
• Provision of updated lists of children who are looked after
• Review of information sharing systems, including electronic transfer""",
        leads="""Trina Shane
Charlie Moat
Designated Nurse
Michael Sidey
Imelda Murphy
Kate Townsend
Charlie Moat
Trina Shane
Designated Nurse""",
        dates="""Henceforth
From March 2012
March 2012
From March 2012
May 2012""",
        assurance="""• Team Manager assurance
• Audit and 3 monthly report from Service Manager to Divisional Director
• Request feedback from Health Services and other services""",
        outcome="""• Health Services and other Children's Services always have up to date information and lists
• Joined up working with protection plans and children looked after""",
        progress="""All actions implemented.
Coming into care checklist reissued. Same day notification system introduced for children admitted to care for health assessment, initial care review and PEP meeting.
Systems already in place for prompt notification of child protection plans and distribution of notes. GREEN""",
        impact="""Audits have confirmed that arrangements are in place and contributing to better sharing of information and timeliness of first reviews and PEPs for looked after children. Future audits to be used to test out if sustained""",
        review="July 2012",
    ),
    dict(
        area="""1.4 Ensure that referring agencies are promptly informed of the actions taken following their referral (Immediate)
**Practice standards
Working Together 2010
SWCP Procedures
BANES Quality Manual
Care Planning Regulations""",
        actions="""1.4 Duty Officer dealing with referral to provide feedback within 24 hours and record in child's record
Underpinned by:-
• Information Officer checking that this has been completed and providing weekly lists to Team Manager""",
        leads="All Team Managers and Deputy Team Managers to implement",
        dates="From March 2012",
        assurance="""• Team Manager sign off of referrals
• Reports to Service Performance Improvement Group
• LSCB seeks feedback from all LSCB agencies""",
        outcome="Prompt advice is provided and informs any ongoing work or referrals to other agencies",
        progress="""Process in place.
Arrangements made for reports to evidence.
Partner agencies to be audited via LSCB AMBER""",
        impact="Initial audits confirm compliance wider audit planned",
        review="July 2012",
        more=[dict(
            area="""**Agency
Children's Social Care Service""",
            actions="""Supplemented by:-
• Off-line auditing
• Audit by LSCB""",
            leads="""Clive Diaz
Jim Gould
Jim Gould""",
            dates="""From March 2012
September 2012""",
        )],
    ),
    dict(
        area="""1.5 Ensure that ethnic and cultural issues for children and their families are appropriately considered in assessment and case planning (Within 3 months)
**Practice standards
BANES Quality Manual
Working Together 2010
Care Planning Regulations
**Agency
Children's Social Care Service""",
        actions="""1.5 Use staff supervision sessions, reflective practice and training, best practice examples and learning from case reviews and audit to embed across the service
Underpinned by:
• Mandatory reflective practice workshops with SARI
• Supervision and PDPs
• Reviews of Equality Impact Assessments
• In-service quality assurance at regular interviews
Supplemented by:-
• Off-line audits of cases – including SCSC""",
        leads="""Charlie Moat
Trina Shane
Liz Jones
All Managers with staff
All Team Managers
Maurice Lindsay
Trina Shane
Charlie Moat
Clive Diaz""",
        dates="""May 2012 and ongoing
March 2012 and henceforth
With all staff during 2012 PRs
By March 2013
June 2012 and quarterly thereafter
On-going""",
        assurance="""• Supervision sessions
• Feedback from and follow-up evaluation of impact of reflective practice workshops
• Equalities Team feedback re EIA reviews
• In-service quality assurance
• Off-line auditing""",
        outcome="Consistent practice and assessments informing plans that meet children's ethnic and cultural needs",
        progress="""Main action and underpinning actions implemented and are on-going.
All EIAs updated.
Additional workshops planned to reinforce focus on ethnic and cultural issues.
Area for continuing work. Improvements to be evidenced by off-line audits AMBER""",
        impact="Improvements but not yet fully embedded in practice",
        review="July 2012",
    ),
    dict(
        area="""1.6 Ensure that case records contain high quality chronologies and that historic information is fully considered in case planning (Within 3 months)
**Practice standards
Working Together 2010
Care Planning Regulations
**Agency
Children's Social Care Service""",
        actions="""1.6 Introduce standard approach to compiling chronologies and reiterate to staff their critical purpose and that these must be compiled and used in all cases
Underpinned by:
• Introduction and trialling of revised forms with focus upon chronologies
• Reflective practice workshops and opportunities for learning from best practice
• Staff involvement in establishing and sharing exemplars
• Supervision sessions and file audits
• In-service quality assurance
Supplemented by:-
• Off-line quality assurance""",
        leads="""Trina Shane
Charlie Moat
Trina Shane
Liz Jones
Trina Shane
Charlie Moat
Liz Jones
All Team and Deputy Team Managers
Maurice Lindsay
Trina Shane
Charlie Moat
Clive Diaz
Indep Chairs
IROs""",
        dates="""April 2012
April 2012
May 2012
June 2012 and quarterly thereafter
June 2012 and quarterly thereafter""",
        assurance="""• In-service file audits and supervision records
• Feedback from, and evaluation of impact of, reflective practice workshops
• Senior Management Team audits
• Off-line audits – inc feedback from IRS and SCSC""",
        outcome="""That all cases have a high quality chronology and there is evidence that this, and historic information, is informing assessments and case planning
Consistent appreciation amongst staff that a chronology is a crucial tool for working with a child/family""",
        progress="""Main action and underpinning actions completed.
Quality standards and practice guidance on assessments are now agreed. Guidance on chronologies is incorporated. Audit tools now reflect these standards.
All case studies discussed in reflective practice workshops have a detailed chronology. The value of this and the importance of fully considering historical information is always emphasised. Workshop planned re chronologies for court proceedings.
Significant improvements noted in number of chronologies completed. Audits taking place to evidence improvements in quality and use AMBER""",
        impact="Audits of completion and quality need to establish greater consistency. Off-line audits to be completed in August 12",
        review="September 2012",
    ),
    dict(
        area="""1.7 Ensure that core groups are held in accordance with the plan of protection and that minutes of the group are recorded on case files (Within 3 months)
**Practice standards
Working Together 2010
SWCP Procedures
BANES Quality Manual
**Agency
Children's Social Care Service plus other involved agencies""",
        actions="""1.7 Team Managers to ensure that all core group meetings are held on time and that the Chair records and distributes the minutes
Underpinned by:-
• Establishing a system detailing dates of all core group meetings
• Use of standard agenda and template
• Preparation, planning and evaluation within staff supervision sessions
• Other agencies ensuring that their staff attend core group meetings
• Review by Independent Chair at next case conference
• Ensuring that all core group meetings are accessible in Documentum""",
        leads="""Trina Shane
Implemented by all Team Managers
Kate Townsend with all Team Managers
Trina Shane to distribute
All Team Managers
Deputy Team Managers
Maurice Lindsay with LSCB members
Michael Sidey
Imelda Murphy
Trina Shane
Kate Townsend""",
        dates="May 2012 and on-going",
        assurance="""• Team Manager oversight and sign-off
• Service Manager audit of supervision records and case files
• Independently chaired case conferences
• SCSC auditing of child protection cases
• Quarterly outcomes reports and LSCB Annual Report""",
        outcome="""• Core Groups are held on time and include parents and other involved agencies
• Notes from meetings clearly detail the work to be undertaken and reviewed
• Core group notes are accessible to those parties who may need to use them to inform decision making""",
        progress="""Actions completed but need more focus on evidencing that all core groups are held and notes recorded.
Case Conference Chairs to document within all child protection plans.
Report to be presented to Divisional Director. AMBER""",
        impact="Arrangements in place for all core group meetings.",
        review="July 2012",
    ),
    dict(
        area="""1.8 Ensure that social work reports to looked after children reviews are of a consistent high quality to inform care planning and to enable the plan to be effectively monitored and reviewed. (Within 3 months)
**Practice standards
BANES Quality Manual
Care Planning Regulations 2010
**Agency
Children's Social Care Service""",
        actions="""1.8 Re-state service standards to all practitioners and managers, and reinforce in-service assurance and off-line auditing and reporting to Divisional Director
Underpinned by:-
• Process whereby all reports are quality assured and signed off by Team and Service Managers prior to sharing with child/young person etc. and submitting to Independent Reviewing Officer
• Planning and preparation within supervision sessions
• Staff involvement short term working group to establish exemplars and share good practice
• Care planning workshops for all staff""",
        leads="""Charlie Moat
Trina Shane
All Team and Deputy Team Managers
Charlie Moat
Clive Diaz
Charlie Moat
Liz Jones""",
        dates="""February 2012
Introduced 09.02.2012
From March 2012
May/June 2012""",
        assurance="""• Service Manager quality assurance of all reports (for set period) and then sample audits
• Reports to Divisional Director
• DD sample audits
• Service Manager audits of supervision records
• Off-line audits
• Evaluations within IRS reports to CLT and corporate parenting group""",
        outcome="All reports are signed off as meeting service standards: have been prepared well in advance of reviews and shared with all parties: clearly detail progress and proposals for future work",
        progress="""Action and underpinning actions all implemented though some capacity issues in respect of Service Manager sign off of all reports.
More consistent improvements in quality of reports from Children in Care Team than in front of house teams where new arrangements are being embedded.
Further work required to reinforce use of staff supervision sessions for planning and preparation.
Further work required to ensure comments from children/young people and their parents about their view of their plan are always incorporated
To be reinforced within staff supervision AMBER.""",
        impact="Improved timeliness of submission of reports for established cases but not yet achieved for all new care episodes.",
        review="June 2012",
    ),
]
