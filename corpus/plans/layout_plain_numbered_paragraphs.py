"""Invented fixture: Rochdale children's services improvement plan, progress at February 2025 (Word only).

Not from a seed.  A plan typed in Word as plain paragraphs, nothing styled:
- each action of the first section opens with a **plain** paragraph whose
  number is typed ("1. Improve the quality of supervision"): not bold, not a
  heading style, not a Word list; the actions of the second section have no
  number at all;
- then one paragraph per field, each opening with its label ("Lead officer:",
  "By when:", "Progress:", "RAG:"), the same labels in every action; action 2
  has a description paragraph between its title and its fields, action 3 a
  lead and a progress note that run on in a second plain paragraph;
- negatives in the same file: memo lines at the top ("Date:", "To:", "From:",
  each once), a typed numbered list of practice principles with no fields,
  and a glossary at the end whose terms repeat "Definition:" and "Example:"
  (labelled blocks that are no actions).
Published as .docx only.
"""

from __future__ import annotations

from pathlib import Path

from corpus import docx_kit as kit

STEM = "rochdale-2025-02"
PUBLISH_PDF = False

MEMO = [("Date", "28 February 2025"), ("To", "Children's Services Improvement Board"),
        ("From", "Director of Children's Services")]
PRINCIPLES = ["Children are seen and heard.", "Families are helped as early as possible.",
              "Plans are clear, shared and reviewed."]

# (section, [(typed number or "", title, description, lead, by when, progress, rag)])
Action = tuple[str, str, list[str], list[str], str, list[str], str]
PLAN: list[tuple[str, list[Action]]] = [
    ("Practice quality", [
        ("1", "Improve the quality of supervision", [],
         ["Head of Service, Children's Social Care"], "31 March 2025",
         ["Monthly audits of supervision records began in December 2024; 78% met the "
          "standard in January 2025."], "Amber"),
        ("2", "Strengthen management oversight of children in need plans",
         ["Team managers will review every child in need plan at least every three months."],
         ["Service Manager, Children in Need"], "April 2025 to September 2025",
         ["A new oversight template is in use in two of the four locality teams."], "Green"),
        ("3", "Reduce caseloads for newly qualified social workers", [],
         ["Principal Social Worker", "Supported by the Workforce Development Manager"],
         "Q1 2025/26",
         ["The average caseload of a newly qualified social worker is 17 children "
          "(target 15).", "Two agency posts were filled in January 2025."], "Red"),
    ]),
    ("Early help", [
        ("", "Open family hubs in Heywood and Middleton", [], ["Head of Early Help"],
         "Summer 2025",
         ["Building work at the Heywood hub is complete; the Middleton hub opens in June "
          "2025."], "Green"),
        ("", "Agree one early help assessment with partners", [],
         ["Early Help Partnership Manager"], "Ongoing",
         ["Partners are commenting on a draft assessment form."], "Amber"),
    ]),
]

GLOSSARY = [
    ("Child in need", "A child whose health or development is likely to be impaired "
                      "without the provision of services.",
     "A disabled child whose family needs support at home."),
    ("Supervision", "A regular, recorded discussion between a social worker and their "
                    "manager about each child's plan.",
     "A monthly meeting that reviews every child on the worker's caseload."),
]


def labelled(doc: object, label: str, value: str) -> None:
    """A field: the label and its value in one plain paragraph, nothing bold."""
    kit.add_paragraph(doc, f"{label}: {value}")  # type: ignore[arg-type]


def fields(doc: object, name: str, values: list[str]) -> None:
    """A field whose text runs on in plain paragraphs of its own."""
    labelled(doc, name, values[0])
    for more in values[1:]:
        kit.add_paragraph(doc, more)  # type: ignore[arg-type]


def build_docx(path: Path) -> None:
    doc = kit.new_document(landscape=False, size=11)
    kit.add_paragraph(doc, "Rochdale Borough Council", bold=True, size=16)
    kit.add_paragraph(doc, "Children's Services Improvement Plan", bold=True, size=14)
    kit.add_paragraph(doc, "Progress report – February 2025", bold=True, size=12)
    for label, value in MEMO:
        labelled(doc, label, value)
    kit.add_paragraph(doc, "This report sets out progress against the improvement plan agreed "
                           "by the Improvement Board after the inspection of our services.")
    kit.add_paragraph(doc, "Our practice principles:")
    for number, principle in enumerate(PRINCIPLES, start=1):
        kit.add_paragraph(doc, f"{number}. {principle}")
    for section, actions in PLAN:
        doc.add_heading(section, level=1)
        for number, title, description, lead, by_when, progress, rag in actions:
            kit.add_paragraph(doc, f"{number}. {title}" if number else title)
            for text in description:
                kit.add_paragraph(doc, text)
            fields(doc, "Lead officer", lead)
            labelled(doc, "By when", by_when)
            fields(doc, "Progress", progress)
            labelled(doc, "RAG", rag)
    doc.add_heading("Glossary", level=1)
    for term, definition, example in GLOSSARY:
        kit.add_paragraph(doc, term)
        labelled(doc, "Definition", definition)
        labelled(doc, "Example", example)
    doc.save(str(path))
