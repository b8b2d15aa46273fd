"""Invented fixture: Leeds climate adaptation action plan, update at April 2025 (Word; PDF by LibreOffice).

Not transcribed from a seed.  It tests a plan written as paragraphs with
labelled fields, no table at all, as strategy action plans often are:
- a bold heading "Action N: …" opens each action, under section headings;
- one or two paragraphs describe the action;
- then one paragraph per field, each opening with its label ("Lead:",
  "Timeline:", "Measure of success:", "Status:"), one field continued on an
  indented second paragraph;
- a paragraph in the introduction that also opens with a label-like phrase
  ("Note: …") and a numbered list of consultation questions, which are not
  actions.
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Cm

from corpus import docx_kit as kit

STEM = "leeds-2025-04"
TITLE = "Leeds Climate Adaptation Action Plan"
SUBTITLE = "Progress update – April 2025"

# (section, [(number, title, description, lead, timeline, measures, status)])
PLAN: list[tuple[str, list[tuple[str, str, str, str, str, list[str], str]]]] = [
    ("Flood resilience", [
        ("1", "Map surface water flood risk for every ward",
         "The council will commission ward-level surface water modelling and publish the "
         "maps with guidance for residents.",
         "Head of Flood Risk Management", "By December 2025",
         ["Maps published for all 33 wards (Y/N)"], "On track"),
        ("2", "Install property flood resilience in 200 homes",
         "Homes on streets flooded in 2020 and 2023 will be offered doors, barriers and "
         "non-return valves.",
         "Flood Resilience Project Manager", "April 2025 to March 2027",
         ["Homes protected", "Residents' satisfaction with the installation"], "Delayed"),
    ]),
    ("Heat and health", [
        ("3", "Open cool spaces in libraries during heatwaves",
         "Libraries in the ten wards with the highest heat vulnerability will open as cool "
         "spaces when the Met Office issues an amber heat-health alert.",
         "Head of Libraries", "Summer 2025", ["Cool spaces opened when alerts issued (Y/N)"],
         "Complete"),
        ("4", "Plant 5,000 street trees in the hottest neighbourhoods",
         "Tree planting will be targeted using the city's heat map.",
         "Chief Officer, Parks and Countryside", "Within 3 years",
         ["Trees planted each season"], "Not started"),
    ]),
]


def labelled(doc: object, label: str, value: str) -> None:
    para = doc.add_paragraph()  # type: ignore[attr-defined]
    para.add_run(f"{label}: ").bold = True
    para.add_run(value)


def indented(doc: object, text: str) -> None:
    para = doc.add_paragraph(text)  # type: ignore[attr-defined]
    para.paragraph_format.left_indent = Cm(4.0)


def build_docx(path: Path) -> None:
    doc = kit.new_document(landscape=False, size=11)
    kit.add_paragraph(doc, TITLE, bold=True, size=18)
    kit.add_paragraph(doc, SUBTITLE, bold=True, size=13)
    kit.add_paragraph(doc, "This plan sets out what the council and its partners will do to "
                           "prepare Leeds for hotter summers and heavier rain.")
    kit.add_paragraph(doc, "Note: the actions below were agreed by the Executive Board in "
                           "January 2025.")
    kit.add_paragraph(doc, "Questions for consultation:")
    doc.add_paragraph("Which actions should be delivered first?", style="List Number")
    doc.add_paragraph("Who else should be involved?", style="List Number")
    for section, actions in PLAN:
        doc.add_heading(section, level=1)
        for number, title, description, lead, timeline, measures, status in actions:
            kit.add_paragraph(doc, f"Action {number}: {title}", bold=True, size=12)
            kit.add_paragraph(doc, description)
            labelled(doc, "Lead", lead)
            labelled(doc, "Timeline", timeline)
            labelled(doc, "Measure of success", measures[0])
            for more in measures[1:]:
                indented(doc, more)
            labelled(doc, "Status", status)
    doc.save(str(path))
