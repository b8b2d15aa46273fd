"""Walsall Strategic Improvement Plan 2012: the text before and between the
theme tables (data only, no STEM).  Same ``(kind, text)`` entries as
``walsall_2013_report``, plus ``n`` for a numbered outcome.
"""

# ruff: noqa: E501
# (one printed paragraph per source line keeps the transcription diffable)

PLAN_FRONT = [
    ("title", "Walsall Children Services"),
    ("title", "Strategic Improvement Plan 2012"),
    ("table", "version"),
    ("h3", "Introduction"),
    ("p", "This Strategic Improvement Plan (SIP) sets out the priority actions that must be delivered to improve the quality of services and the improvements to outcomes for children and young people as detailed in a variety of reports and the Improvement Notice issued by the Department for Education. The content of this plan will evolve overtime as actions are delivered and their impact assessed. This plan is focussed on the immediate strategic actions that need to be undertaken to accelerate and sustain improvements to provide the foundation for continuous improvement."),
    ("h3", "Context"),
    ("p", "This Plan has been developed in response to the June 2012 Ofsted Report on the inspection of safeguarding and looked after children services and the Department for Education (DfE) Improvement Notice issued November 2012 which identified significant weaknesses in our safeguarding services. The findings were more positive in respect of services for looked after children which were judged as adequate and good in some areas. Recognising it is important to strive for improvements in all services; all areas for improvement identified in the Ofsted report are noted and referenced in the improvement plan as are recommendations from the Peer Review that took place in March 2012 and outstanding issues from previous unannounced inspection reports."),
    ("p", "The delivery of this SIP will be in the context of emerging policy changes such as focus on adoption and delay, greater focus on children that are looked after, more emphasis on 'early help' offer, implementing the health accountabilities framework, welfare reform and changes in policing arrangements. It is important that sufficient consideration is given to the national context so to ensure improvements will be sustained in this changing environment. In addition the impact of the recession on families and rising demand for social care must be considered as changes are implemented and mainstreamed."),
    ("h3", "Governance Arrangements"),
    ("p", "Corporate governance arrangements remain unchanged. The SIP will be driven by the Improvement Board. The purpose of the Board is to ensure effective, cross-partnership oversight to the delivery of the SIP, enabling it to deliver the requirements set out in the Improvement Notice and Ofsted report."),
    ("p", "The Board has an independent chair, approved by the Parliamentary Under Secretary of State for Children and Families. The chair must provide the Parliamentary Under Secretary of State for Children and Families with written monthly reports on a 6 monthly basis and an initial report 2 months after commencement of the notice. The Board meets on a monthly basis and will delegate work to relevant organisations or partnership working groups. Membership includes:"),
    ("b", "Council Chief Executive"),
    ("b", "Lead Elected Members (Conservative Group and Labour Group)"),
    ("b", "West Midlands Police"),
    ("b", "Walsall Primary Care Trust (NHS Walsall)"),
    ("b", "Walsall Healthcare Trust"),
    ("b", "Walsall Safeguarding Children Board"),
    ("b", "Primary Schools Forum representative"),
    ("b", "Walsall Association of Secondary Head Teachers representative"),
    ("b", "Department for Education Participant Observer"),
    ("b", "LGA Children Improvement Board Participant Observer"),
    ("p", "In addition to reports to the Minister, the Board will report to the Leader of Walsall Council. Its work will also be reported to:"),
    ("b", "Walsall Safeguarding Children Board"),
    ("b", "The Children and Young People Scrutiny and Performance Panel"),
    ("b", "The Council's Audit Committee"),
    ("b", "Children and Young People Partnership Board"),
    ("b", "Partner's individual governance arrangements"),
    ("p", "A baseline of Walsall's position at October 2012 featured in the November 2012 plan and will be in the performance report in future."),
    ("h3", "Model for Improvement"),
    ("p", "The SIP is structured into 3 broad themes, in line with the Improvement Notice and is supported by more detailed delivery plans that are owned and managed by operational leads from across a number of services and partner organisations. Operational leads report to the theme lead officers as detailed below:"),
    ("table", "theme_leads"),
    ("p", "A multiagency operational group has been established to drive through activity to ensure improvements are delivered and membership includes representatives from all partners and a range of support services (e.g. Human Resources, Communications, PARIS (ICS) team etc.). The role of the group is to:"),
    ("b", "Enable delivery of improvements by ensuring issues are addressed and there are no blockages to making necessary changes to current way of operating to ensure outcomes for children improve."),
    ("b", "Co-ordinate updates to Improvement Board and facilitate the monthly monitoring reporting via the provision of timely and accurate updates on activity and impact of activity on children and their families."),
    ("b", "Drive forward the required actions in own organisations / services to deliver required sustained improvements that improve outcomes for children and their families."),
    ("b", "Collectively manage risks associated with the delivery of the SIP."),
    ("h1", "Plan Key"),
    ("p", "The use of RAG provides a visual of progress made. At the September 2012 Improvement Board meeting it was agreed to apply a 3 RAG rating at objective level but 2 further ratings are proposed from December 2012. The description of each RAG is detailed below:"),
    ("table", "plan_key"),
    ("h3", "Abbreviations"),
    ("table", "abbreviations"),
    ("h3", "Our Current Vision"),
    ("p", "We believe that all children and young people in Walsall have the right to be healthy, happy and safe, to be loved, valued and respected and to have high aspirations for a successful future."),
    ("h3", "Our Values"),
    ("b", "We **respect** all children, young people and their families by listening carefully to their views and acting on them wherever possible."),
    ("b", "We are **open** and **trustworthy** by making decisions transparently, involving others and doing what we say we will."),
    ("b", "We believe in the **potential** of all children by doing all we can to support their development and talents."),
    ("b", "We are **caring** and **responsible** by acting as good corporate parents and going the 'extra mile' in our supportive approaches to all children."),
    ("b", "We will **protect** vulnerable children and young people by taking firm urgent action when needed, sharing information and not tolerating oppressive behaviour."),
    ("b", "We **engage** with children and young people, helping to empower them through supporting their aspirations and giving them responsibility."),
    ("b", "We **celebrate** and support cultural diversity and children's sense of identity."),
    ("h3", "Our Standards"),
    ("p", "In additional to delivering against the objectives in the Improvement Notice and the recommendations from Ofsted and previous Peer Review we will ensure:"),
    ("b", "Prompt action is taken to safeguard children and young people."),
    ("b", "Feedback from children and their families shapes and informs future service design and delivery."),
    ("b", "Quality assurance and performance management is rigorous."),
    ("b", "Partners work together to secure and embed improvements."),
    ("b", "External challenge is used to support and challenge sustained improvements."),
    ("b", "A learning culture is nurtured."),
    ("h3", "Delivering Outcomes"),
    ("p", "Delivering the required improvements seeks to achieve the following outcomes for children and their families:"),
    ("n", "1. All Children and Young People are effectively protected and not left at significant harm."),
    ("n", "2. Provision of a range of preventative services is in place which avoid unnecessary family breakdown and target support for children with additional needs."),
    ("n", "3. Clear quality assurance and performance framework in place which support continuing improvement in the quality and effectiveness of support to vulnerable children."),
    ("n", "4. The quality of individual supervision ensures safe and effective practice."),
    ("n", "5. Feedback from individual children, families and staff improves and shapes practice."),
    ("n", "6. Policies, procedures and practice standards support safe, good quality multi-agency practice with children and families."),
    ("n", "7. A culture of accountability is developed with managers, staff and partners holding each other to account with action taken when required to challenge poor and unacceptable performance."),
    ("n", "8. The ambition for children and young people across Walsall is understood and endorsed in practice throughout the council and across the partnership."),
    ("n", "9. Clear multi-agency thresholds in place, shared with and understood by all partners, which ensure children access appropriate services and that there is consistency in referrals across all agencies."),
]

VERSION = [("Date and Version:", "10th Dec 2012\n(for 17th Dec 2012 improvement board)")]

THEME_LEADS = [
    ("Improvement Theme", "Theme Lead"),
    ("Improving the quality of partnerships and governance", "Rose Collinson (Interim Executive Director Children Services)"),
    ("Capacity, capability and culture", "Rose Collinson (Interim Executive Director Children Services)"),
    ("Quality and effectiveness of front line practice", "Sue Butcher (Interim Assistant Director for Specialist Services)"),
]

# (label, meaning, fill): the plan's own RAG key
PLAN_KEY = [
    ("Grey\n(Gr)", "Not yet started as not yet due to start", "a6a6a6"),
    ("Blue\n(B)", "Completed", "00b0f0"),
    ("Green\n(G)", "Work Progressing as expected", "00b050"),
    ("Amber\n(A)", "Work is not on track but plans are in place to ensure progress by identified timescale", "ffc000"),
    ("Red\n(R)", "Work is not progressing as expected and needs attention of the Improvement Board", "ff0000"),
]

ABBREVIATIONS = [
    ("Abbreviation", "Explanation"),
    ("DCS", "Director for Children Services"),
    ("AD SS", "Assistant Director for Specialist Services"),
    ("WSCB", "Walsall Safeguarding Children Board"),
    ("IN", "Improvement Notice from DfE, November 2012"),
    ("IP", "Improvement Plan"),
    ("IB", "Improvement Board"),
    ("OIS 2012", "Ofsted Inspection Safeguarding Report – July 2012"),
    ("PR 2012", "Peer Review – March 2012 – reported in May 2012"),
]

THEMES = {
    1: ("THEME 1 - IMPROVING THE QUALITY OF PARTNERSHIP AND GOVERNANCE", "Rose Collinson", [
        "There are robust partnership and governance arrangements that are rigorously followed and achieve positive outcomes for children and their families across all services.",
        "Clear multi-agency thresholds in place, shared with and understood by all partners, which ensure children access appropriate services and that there is consistency in referrals across all agencies.",
        "A culture of learning across all agencies generates continuous improvement.",
    ]),
    2: ("THEME 2 - CAPACITY, CAPABILITY AND CULTURE", "Rose Collinson", [
        "Policies, procedures and practice standards support safe, good quality multi-agency practice with children and families.",
        "A culture of accountability is developed with managers, staff and partners holding each other to account with action taken when required to challenge poor and unacceptable performance",
        "The ambition for children and young people across Walsall is understood and endorsed in practice throughout the council and across the partnership.",
    ]),
    3: ("THEME 3 - QUALITY AND EFFECTIVENESS OF FRONT LINE PRACTICE", "Sue Butcher", [
        "All Children and Young People are effectively protected and not left at significant harm.",
        "Provision of a range of preventative services is in place which avoid unnecessary family breakdown and target support for children with additional needs.",
        "Clear quality assurance and performance framework in place which support continuing improvement in the quality and effectiveness of support to vulnerable children.",
        "The quality of individual supervision ensures safe and effective practice.",
        "Feedback from individual children, families and staff improves and shapes practice.",
    ]),
}
