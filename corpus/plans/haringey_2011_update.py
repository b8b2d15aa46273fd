"""Haringey: the May 2011 milestone report's next issue, August 2011 (invented).

Built from ``haringey_2011`` (same layout, key, appendix and lines) with
exactly these changes, which tests/test_history.py expects to find:

- 1.5: status green D -> blue ② (on track -> complete), new progress;
- 3.1: status green D -> amber ○, new progress;
- 22.1: status red ● -> green D, due 31 May 2011 -> 30 Sep 2011 (slipped),
  new progress;
- 14.4: due 31 Oct 2011 -> 31 Dec 2011 (slipped), progress unchanged;
- 19.1 renumbered 19.2, its text unchanged;
- 7.1 dropped (with its action, "7. Improve the standard of refuges");
- 5.3 added to action 5.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corpus import docx_kit
from corpus.plans import haringey_2011 as base
from corpus.plans.haringey_2011 import Group, Milestone, Theme

STEM = "haringey-2011-08"
TITLE = base.TITLE.replace("Milestone Report May 2011", "Milestone Report August 2011")

NEW_MILESTONE = Milestone(
    "5.3 Children in Care Council members trained to take part in interviews for senior "
    "social care posts (Ofsted Feb 2011)", "01-Jun- 2011", "30-Nov- 2011", "green",
    "August 2011 - On track. Six members trained in July 2011.", "Chris Chalmers")

CHANGES: dict[str, dict[str, str]] = {
    "1.5": {"status": "blue", "progress": "August 2011 - Achieved. Monthly review of Child in "
            "Need cases by Heads of Service is embedded and audited."},
    "3.1": {"status": "amber", "progress": "August 2011 - Not on track. Communications plan "
            "delayed by the CAF team restructure; no support required."},
    "22.1": {"status": "green", "due": "30-Sep- 2011", "progress": "August 2011 - On track. "
             "Supervision audit shows 85% of supervision within timescale."},
    "14.4": {"due": "31-Dec- 2011"},
}


def number(milestone: Milestone) -> str:
    return milestone.text.split(" ", 1)[0]


def updated_milestone(m: Milestone) -> Milestone:
    if number(m) == "19.1":
        return replace(m, text="19.2" + m.text[len("19.1"):])
    return replace(m, **CHANGES.get(number(m), {}))


def updated_group(group: Group) -> Group | None:
    if group.action.startswith("7. "):
        return None
    milestones = tuple(updated_milestone(m) for m in group.milestones)
    if group.action.startswith("5. "):
        milestones += (NEW_MILESTONE,)
    return replace(group, milestones=milestones)


def updated_themes() -> tuple[Theme, ...]:
    themes = []
    for theme in base.THEMES:
        groups = tuple(g for g in map(updated_group, theme.groups) if g is not None)
        themes.append(replace(theme, groups=groups))
    return tuple(themes)


def add_plan(doc) -> None:
    table = docx_kit.add_table(doc, base.HEADER, base.WIDTHS_CM)
    for theme in updated_themes():
        base.add_banner(table, theme.banner)
        for group in theme.groups:
            base.add_group(table, group)


def build_docx(path: Path) -> None:
    doc = docx_kit.new_document(landscape=True, font="Arial", size=base.BODY_SIZE)
    docx_kit.add_paragraph(doc, TITLE, bold=True, size=13)
    docx_kit.add_paragraph(doc, "")
    base.add_key(doc)
    add_plan(doc)
    base.add_appendix(doc)
    doc.save(str(path))
