"""The progress of an action plan read back (``cse-assess plan``): done, late, in progress and
not started, by owner; then every late action. Text, Markdown and JSON."""

from __future__ import annotations

from typing import Any

from tabulate import tabulate

from cse_assess.many.plan import ActionPlan, OwnerProgress, Progress
from cse_assess.output.text import dumps, visible
from cse_assess.render import t
from cse_assess.render.report.markdown import md

FORMAT = "cse-assess/plan-progress"
FORMAT_VERSION = 1


def _row(p: OwnerProgress, name: str) -> list[str]:
    return [name, str(p.done), str(p.late), str(p.in_progress), str(p.not_started), str(p.total)]


def _header(lang: str) -> list[str]:
    return [
        t("report.owner", lang),
        t("plan.state.done", lang),
        t("plan.state.late", lang),
        t("plan.state.in_progress", lang),
        t("plan.state.not_started", lang),
        t("plan.total", lang),
    ]


def _rows(found: Progress, lang: str, cell: Any) -> list[list[str]]:
    rows = [_row(p, cell(p.owner) if p.owner else t("plan.no_owner", lang)) for p in found.owners]
    rows.append(_row(found.total, t("plan.total", lang)))
    return rows


def render_plan_text(plan: ActionPlan, found: Progress, lang: str) -> str:
    """The progress as plain text."""
    out = [
        t("plan.title", lang, path=visible(plan.source), today=found.today),
        "",
        tabulate(
            _rows(found, lang, visible),
            headers=_header(lang),
            disable_numparse=True,
            colalign=("left", "right", "right", "right", "right", "right"),
        ),
    ]
    if found.total.late_items:
        out += ["", t("plan.late", lang)]
        out += [
            f"  {visible(i.question_id)}  {visible(i.owner) or '–'}  {i.due}"
            for i in found.total.late_items
        ]
    return "\n".join(out) + "\n"


def render_plan_markdown(plan: ActionPlan, found: Progress, lang: str) -> str:
    """The progress as Markdown."""
    out = [
        f"# {md(t('plan.title', lang, path=plan.source, today=found.today))}",
        "",
        tabulate(
            _rows(found, lang, md),
            headers=_header(lang),
            tablefmt="github",
            disable_numparse=True,
            colalign=("left", "right", "right", "right", "right", "right"),
        ),
    ]
    if found.total.late_items:
        out += ["", f"## {md(t('plan.late', lang))}", ""]
        out += [
            f"- `{i.question_id}` {md(i.owner) or '–'}, {i.due}" for i in found.total.late_items
        ]
    return "\n".join(out) + "\n"


def plan_data(plan: ActionPlan, found: Progress) -> dict[str, Any]:
    """The progress as plain data."""

    def counts(p: OwnerProgress) -> dict[str, Any]:
        return {
            "owner": p.owner,
            "done": p.done,
            "late": p.late,
            "in_progress": p.in_progress,
            "not_started": p.not_started,
            "total": p.total,
        }

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "file": plan.source,
        "today": found.today,
        "owners": [counts(p) for p in found.owners],
        "total": counts(found.total),
        "items": [
            {
                "question": i.question_id,
                "owner": i.owner,
                "due_date": i.due,
                "status": i.status,
                "state": i.state(found.today),
                "comment": i.comment,
                "row": i.row,
            }
            for i in plan.items
        ],
    }


def render_plan_json(plan: ActionPlan, found: Progress) -> str:
    """The progress as JSON text."""
    return dumps(plan_data(plan, found)) + "\n"
