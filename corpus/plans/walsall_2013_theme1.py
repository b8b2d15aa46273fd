"""Walsall Strategic Improvement Plan 2012, theme 1 table (data only, no STEM).

A theme table is a list of entries: ``("banner", text)`` is an objective
row spanning the table (``**`` opens and closes bold words, ``• `` a
bullet paragraph), ``("section", text)`` a short section banner, and a dict
an action line: no, refs (the "Reference to:" cell), action, timescale,
lead, measures, note (review note), rag (the printed letter) and ``more``,
run-on physical rows with an empty Action No. cell.  Repairs of the seed's
garbling are listed in tests/golden/NOTES-walsall-2013-01.md.
"""

# ruff: noqa: E501
# (one printed paragraph per source line keeps the transcription diffable)

WSCB_STEPS = """WSCB to consider – 31 Jan 2013
Plan for WSCB work – 31 Mar 2013
Following timescale to be set by WSCB"""

THEME_1 = [
    ("banner", """**Strengthen the role and leadership of Walsall Safeguarding Board (WSCB)** in areas of support, challenge and scrutiny of safeguarding activity to:
• Establish clear multi agency thresholds;
• Implement a borough wide multi-agency quality audit system;
• Provide evidence of the implementation of recommendations from serious case reviews;
• Put arrangements in place for prompt information sharing;
• Support the clinical commissioning group to discharge their safeguarding responsibilities."""),
    dict(no="1.1", refs="IN 3.1",
         action="WSCB Board to be asked to review the effectiveness of current multi-agency thresholds to ensure children access appropriate services and that there is consistency in referrals across all agencies. This will take into account Ofsted's recommendations and feedback from partner agencies; link to developing Early Help and pathways to provision and children's social care safeguarding 'front door' actions so that multi-agency thresholds are transparent and are understood and endorsed by partner agencies.",
         timescale=WSCB_STEPS, lead="Rose Collinson",
         measures="• WSCB have required action agreed and built into their work plan, which includes defining timescales and measures of success.",
         note="New WSCB chair - appointed and starting Dec 2012 - to be approached to take this forward as a priority. Once achieved, this action will be amended and the lead person will be the WSCB Chair.",
         rag="Gr"),
    dict(no="1.2", refs="IN 3.1",
         action="WSCB to review its governance and structure (subgroups) to ensure it meets LSCB good practice guidelines and evidences effectiveness.",
         timescale="Jun 2013", lead="WSCB Chair",
         measures="• Self-assessment and Peer Review of WSCB is good.",
         note="To be discussed with new WSCB chair in Dec 2012.", rag="G"),
    dict(no="1.3", refs="IN 3.1",
         action="WSCB to be asked to review quality and effectiveness of current multi-agency audit arrangements, recommend improvements and generate change.",
         timescale=WSCB_STEPS, lead="Rose Collinson",
         measures="• WSCB have required action agreed and built into their work plan, which includes defining timescales, measures of success and monitoring arrangements.",
         note="""Head of Safeguarding in children's social care is leading on undertaking and developing multi-agency audits and a limited amount have been completed. This work is being supported by C4EO.
New WSCB chair appointed and starting Dec 2012 to be approached to take this forward as a priority. Once achieved, this action will be amended and the lead person will be the WSCB Chair.""",
         rag="G"),
    dict(no="1.4", refs="IN 1.7, 3.1\nOIS 2012",
         action="WSCB to improve challenge and quality assurance standards to ensure the delivery of front line safeguarding services and partnership work is effective",
         timescale="30 Apr 2013", lead="WSCB Chair",
         measures="""• Multi-agency quality assurance standards in place;
• Audits show adherence to quality assurance standards
• Safeguarding Inspection Team (young inspectors) deployed to undertake audits.""",
         note="To be discussed with the new WSCB Chair in Dec 2012.", rag="Gr"),
    dict(no="1.5", refs="IN 3.1",
         action="Ensure there is evidence of the systematic implementation of recommendations from serious case reviews (SCR), Peer Reviews and complaints and compliments and their subsequent impact in shaping and informing practice.",
         timescale="30 Apr 2013", lead="WSCB Chair",
         measures="• Relevant performance reports including SCR and complaints and compliments data",
         note="By Feb 2013, Head of Safeguarding to assimilate learning from national SCRs and Peer Reviews and ensure that the recommendations from Walsall's most recent SCR and Peer Review have been implemented as appropriate.",
         rag="A",
         more=[dict(
             action="WSCB to establish levels, standards, reporting and quality of learning at single agency (i.e. schools, health sector, police) as well as on a multiagency basis.",
             note="""Assistant Director for Specialist Services to work with C4EO to lead a review of social care complaints and compliments system and the implementation of actions planned.
Regular monitoring on complaints and compliments in place from November 2012.""",
         )]),
    dict(no="1.6", refs="OIS 2012\nIN 3.1",
         action="""Put in place effective arrangements for prompt and sustained information sharing once a child enters the care system so that coherent health support is provided (LAC notification process).
Work with Children's Society to develop measures of how we will know children are healthy.""",
         timescale="Feb 2013", lead="Head of Corporate Parenting (to be appointed)",
         measures="""• Health and Education are aware of all children becoming and ceasing to be looked after.
• Health checks are completed on time""",
         note="Head of Corporate Parenting will take the lead on this when appointed. (Planned start date is Jan 2013). In the meantime, processes being identified including modifying PARIS (business support system) as an option.",
         rag="Gr"),
    dict(no="1.7", refs="IN 3.1",
         action="The Clinical Commissioning Group (CCG) has effective arrangements in place to discharge their safeguarding responsibilities with clarity about the role and remit of designated and named professionals and the impact of their strategic professional leadership.",
         timescale="31 Oct 2012\nReview: 30 Jun 2013", lead="Salma Ali",
         measures="To be determined",
         note="""CCG report October 2012 which sets out that arrangements will be in place by April 2013 and what these will be.
To be monitored and checked that they are sustainable once CCGs become statutory bodies, after April 2013""",
         rag="G"),
    dict(no="1.8", refs="",
         action="Ensure that there is efficient and effective planning and review in all aspects of working with children and young people.",
         timescale="31 May 2013", lead="Rose Collinson",
         measures="Measures of success will be agreed in Jan 2013.",
         note="""Strategic actions to improve 'the voice of the child' to be undertaken across all children's services from January 2013, to include the new Head of Corporate Parenting; Safeguarding Inspection Team (Young Inspectors); the Children's Society and other key stakeholders. Work with Children's Society already commissioned
A meeting is planned for 14th December with the Children's Society.""",
         rag="Gr"),
    dict(no="1.9", refs="",
         action="Work with schools to ensure there is a communications protocol which is understood and followed by police, schools and social care.",
         timescale="Rushall: 31 Jan 2013\nOthers: 30 Jun 2013", lead="Sue Butcher, Jane Parry, Kate Bargh",
         measures="""• Engagement with head teachers improves;
• Reduction in formal and informal complaints from Head Teachers;""",
         note="Good progress made with one primary school (Rushall) Police and Social Care.", rag="G"),
    dict(no="1.10", refs="",
         action="Ensure the local partnership achieves the key success factors from the health outcomes framework through the work of the Health and Wellbeing Board.",
         timescale="To be agreed by shadow HWBB", lead="Paul Sheehan",
         measures="""• HWB board is effective
• Children report feeling healthy""",
         note="Not started", rag="Gr"),
    dict(no="1.11", refs="IN 3.1",
         action="Ensure the involvement of partner agencies in the protection of children and young people in accordance with 'Working Together'.",
         timescale=WSCB_STEPS, lead="WSCB Chair",
         measures="• WSCB have required action agreed and built into their work plan, which includes monitoring",
         note="New WSCB chair - appointed starting Dec 2012 - to be approached to take this forward as a priority. Once achieved, this action will be amended and the lead person will be the WSCB Chair.",
         rag="Gr"),
    dict(no="1.12", refs="",
         action="Strategic review and challenge of improvement plan to take account of new inspection arrangements due to be implemented in June 2013.",
         timescale="To be determined by Ofsted", lead="Rose Collinson",
         measures="• Improvement plan reflects new inspection standards",
         note="This action will be implemented once Ofsted announce the new multi-agency inspection framework guidance expected in the New Year.",
         rag="Gr"),
]
