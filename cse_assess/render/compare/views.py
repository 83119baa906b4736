"""The comparison of two assessments as terminal text (rich), Markdown (tabulate) and JSON.

The HTML page is in :mod:`cse_assess.render.compare.html`. Answers are shown in words through
each question's kind (``format_value``), each in the words of its own bank version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cse_assess.core.model import Context, localize
from cse_assess.core.scoring import Result
from cse_assess.many.compare import AreaChange, Change, Comparison, QuestionChange, unit_name
from cse_assess.output.text import dumps, visible
from cse_assess.render import number, t
from cse_assess.render._rows import value_text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

FORMAT = "cse-assess/comparison"
FORMAT_VERSION = 1

UP, DOWN, SAME = "▲", "▼", "="
"""The arrows shown beside a change."""


def direction(delta: float | None) -> str:
    """``up``, ``down`` or ``same`` (a change under 0.05 points shows as 0.0: same); ``""``
    where there is no change to show."""
    if delta is None:
        return ""
    if delta >= 0.05:
        return "up"
    return "down" if delta <= -0.05 else "same"


def delta_text(delta: float | None, lang: str) -> str:
    """``▲ +5.0``, ``▼ −3.2``, ``= 0.0`` (a comma in Latvian), ``–`` where there is none."""
    way = direction(delta)
    if delta is None:
        return "–"
    if way == "up":
        return f"{UP} +{number(delta, lang)}"
    if way == "down":
        return f"{DOWN} −{number(-delta, lang)}"
    return f"{SAME} {number(0.0, lang)}"


def area_name(c: Comparison, area_id: str, lang: str) -> str:
    """An area's title in the new version (else the old), or its id."""
    for bank in (c.new.questionnaire, c.old.questionnaire):
        area = bank.area(area_id)
        if area is not None:
            return visible(localize(area.title, lang))
    return visible(area_id)


def question_text(c: Comparison, question_id: str, lang: str) -> str:
    """A question's text in the new version (else the old), or its id."""
    for bank in (c.new.questionnaire, c.old.questionnaire):
        question = bank.question(question_id)
        if question is not None:
            return visible(localize(question.text, lang))
    return visible(question_id)


def answer_change(q: QuestionChange, lang: str) -> tuple[str, str]:
    """The old and the new answer in words, each through its own version's question."""
    old = q.old.answer.value if q.old.answer is not None else None
    new = q.new.answer.value if q.new.answer is not None else None
    return visible(value_text(q.old.question, old, lang)), visible(
        value_text(q.new.question, new, lang)
    )


def side(result: Result, lang: str) -> str:
    """``Institution / Unit, 2025-10-15, Ilze Bērziņa (readiness 1.0.0)``."""
    context, bank = result.context, result.questionnaire
    parts = [p for p in (unit_name(context), context.date, context.assessor) if p]
    return visible(", ".join(parts) + f" ({bank.id} {bank.version})")


def _rows(c: Comparison) -> list[tuple[str, Change, bool]]:
    """The lines of the score table: overall claimed, overall verified, then each area."""
    rows: list[tuple[str, Change, bool]] = [
        ("compare.overall_claimed", c.overall, True),
        ("compare.overall_verified", c.verified, True),
    ]
    rows += [(a.id, a.claimed, False) for a in c.areas]
    return rows


def _area_note(a: AreaChange, lang: str) -> str:
    if not a.in_old:
        return t("compare.only_new", lang)
    if not a.in_new:
        return t("compare.only_old", lang)
    return ""


# --- JSON ---------------------------------------------------------------------------------------


def _change(change: Change) -> dict[str, float | None]:
    return {"old": change.old, "new": change.new, "delta": change.delta}


def comparison_data(
    c: Comparison, lang: str, sources: tuple[str, str] = ("", "")
) -> dict[str, Any]:
    """The comparison as plain data; unrounded scores, ``null`` where there is none."""
    old, new = c.old, c.new

    def about(context: Context, version: str, source: str) -> dict[str, str]:
        return {
            "file": source,
            "institution": context.institution,
            "unit": context.unit,
            "assessor": context.assessor,
            "date": context.date,
            "version": version,
        }

    questions = []
    for way, items in (("improved", c.improved), ("regressed", c.regressed)):
        for q in items:
            old_text, new_text = answer_change(q, lang)
            questions.append(
                {
                    "id": q.id,
                    "area": q.question.area,
                    "text": localize(q.question.text, lang),
                    "change": way,
                    "old": q.score.old,
                    "new": q.score.new,
                    "delta": q.score.delta,
                    "old_value": q.old.answer.value if q.old.answer else None,
                    "new_value": q.new.answer.value if q.new.answer else None,
                    "old_text": old_text,
                    "new_text": new_text,
                }
            )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "language": lang,
        "questionnaire": {
            "id": new.questionnaire.id,
            "old_version": old.questionnaire.version,
            "new_version": new.questionnaire.version,
        },
        "old": about(old.context, old.questionnaire.version, sources[0]),
        "new": about(new.context, new.questionnaire.version, sources[1]),
        "version_changed": c.version_changed,
        "shared_questions": len(c.shared),
        "overall": _change(c.overall),
        "verified": _change(c.verified),
        "band": {
            "old": old.band.id if old.band else None,
            "new": new.band.id if new.band else None,
        },
        "areas": [
            {
                "id": a.id,
                "title": area_name(c, a.id, lang),
                **_change(a.claimed),
                "verified": _change(a.verified),
                "in_old": a.in_old,
                "in_new": a.in_new,
            }
            for a in c.areas
        ],
        "improved": [q.id for q in c.improved],
        "regressed": [q.id for q in c.regressed],
        "questions": questions,
        "gaps_closed": list(c.gaps_closed),
        "gaps_opened": list(c.gaps_opened),
        "gaps_remaining": list(c.gaps_remaining),
        "added": list(c.added),
        "removed": list(c.removed),
        "warnings": [w.message(lang) for w in c.warnings],
        "notes": [n.message(lang) for n in c.notes],
    }


def render_compare_json(c: Comparison, lang: str, sources: tuple[str, str] = ("", "")) -> str:
    """The comparison as JSON text."""
    return dumps(comparison_data(c, lang, sources)) + "\n"


# --- Markdown -----------------------------------------------------------------------------------


def _cell(text: str) -> str:
    from cse_assess.render.report.markdown import md

    return md(text)


def render_compare_markdown(c: Comparison, lang: str) -> str:
    """The comparison as Markdown."""
    from tabulate import tabulate

    out = [f"# {t('compare.title', lang)}", ""]
    out.append(
        tabulate(
            [
                (
                    t("compare.old", lang),
                    _cell(side(c.old, lang)),
                ),
                (
                    t("compare.new", lang),
                    _cell(side(c.new, lang)),
                ),
            ],
            headers=["", ""],
            tablefmt="github",
        )
    )
    for w in c.warnings:
        out += ["", f"> **{t('warning', lang).capitalize()}:** {_cell(w.message(lang))}"]
    for n in c.notes:
        out += ["", f"> {t('compare.note', lang)}: {_cell(n.message(lang))}"]
    out += ["", f"## {t('compare.areas', lang)}", ""]
    rows = []
    for key, change, overall in _rows(c):
        if overall:
            name = f"**{t(key, lang)}**"
        else:
            area = next(a for a in c.areas if a.id == key)
            name = _cell(area_name(c, key, lang))
            note = _area_note(area, lang)
            if note:
                name += f" ({note})"
        rows.append(
            (
                name,
                number(change.old, lang),
                number(change.new, lang),
                delta_text(change.delta, lang),
            )
        )
    out.append(
        tabulate(
            rows,
            headers=[
                t("area", lang),
                t("compare.old", lang),
                t("compare.new", lang),
                t("compare.change", lang),
            ],
            tablefmt="github",
            disable_numparse=True,
            colalign=("left", "right", "right", "right"),
        )
    )
    out += ["", t("compare.legend", lang)]
    for key, items in (("compare.improved", c.improved), ("compare.regressed", c.regressed)):
        out += ["", f"## {t(key, lang)} ({len(items)})", ""]
        if not items:
            out.append(t("compare.none", lang))
            continue
        table = []
        for q in items:
            before, after = answer_change(q, lang)
            table.append(
                (
                    f"`{q.id}`",
                    _cell(localize(q.question.text, lang)),
                    _cell(before),
                    _cell(after),
                )
            )
        out.append(
            tabulate(
                table,
                headers=[
                    t("id", lang),
                    t("question", lang),
                    t("compare.old", lang),
                    t("compare.new", lang),
                ],
                tablefmt="github",
                disable_numparse=True,
            )
        )
    for key, ids in (
        ("compare.gaps_closed", c.gaps_closed),
        ("compare.gaps_opened", c.gaps_opened),
        ("compare.added", c.added),
        ("compare.removed", c.removed),
    ):
        if key in ("compare.added", "compare.removed") and not c.version_changed and not ids:
            continue
        out += ["", f"## {t(key, lang)} ({len(ids)})", ""]
        if not ids:
            out.append(t("compare.none", lang))
        out += [f"- `{qid}` {_cell(question_text(c, qid, lang))}" for qid in ids]
    return "\n".join(out) + "\n"


# --- the terminal -------------------------------------------------------------------------------

_STYLE = {"up": "green", "down": "red", "same": "dim", "": "dim"}


class CompareView:
    """The comparison for a rich console: a table of areas old → new with ▲/▼ in colour."""

    def __init__(self, c: Comparison, lang: str) -> None:
        self.c = c
        self.lang = lang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.padding import Padding
        from rich.table import Table
        from rich.text import Text

        c, lang = self.c, self.lang
        yield Text(t("compare.title", lang), style="bold underline")
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        grid.add_row(t("compare.old", lang), Text(side(c.old, lang)))
        grid.add_row(t("compare.new", lang), Text(side(c.new, lang)))
        yield grid
        for w in c.warnings:
            yield Text(
                f"{t('warning', lang).capitalize()}: {visible(w.message(lang))}",
                style="bold yellow",
            )
        for n in c.notes:
            yield Text(f"{t('compare.note', lang)}: {visible(n.message(lang))}", style="cyan")
        table = Table(title=t("compare.areas", lang), title_justify="left")
        table.add_column(t("area", lang))
        table.add_column(t("compare.old", lang), justify="right")
        table.add_column("", justify="center")
        table.add_column(t("compare.new", lang), justify="right")
        table.add_column(t("compare.change", lang), justify="right")
        for key, change, overall in _rows(c):
            if overall:
                name = Text(t(key, lang), style="bold")
            else:
                area = next(a for a in c.areas if a.id == key)
                note = _area_note(area, lang)
                name = Text(area_name(c, key, lang) + (f" ({note})" if note else ""))
            table.add_row(
                name,
                number(change.old, lang),
                "→",
                Text(number(change.new, lang), style="bold" if overall else ""),
                Text(delta_text(change.delta, lang), style=_STYLE[direction(change.delta)]),
            )
        yield table
        yield Text(t("compare.legend", lang), style="dim")
        for key, items, style, arrow in (
            ("compare.improved", c.improved, "green", UP),
            ("compare.regressed", c.regressed, "red", DOWN),
        ):
            yield Text(f"\n{t(key, lang)} ({len(items)})", style="bold underline")
            if not items:
                yield Text(t("compare.none", lang), style="dim")
            for q in items:
                before, after = answer_change(q, lang)
                yield Text.assemble(
                    (f"{arrow} ", style), (q.id, "bold cyan"), f"  {before} → {after}"
                )
                yield Padding(
                    Text(visible(localize(q.question.text, lang)), style="dim"), (0, 0, 0, 2)
                )
        for key, ids, style in (
            ("compare.gaps_closed", c.gaps_closed, "green"),
            ("compare.gaps_opened", c.gaps_opened, "red"),
            ("compare.added", c.added, "cyan"),
            ("compare.removed", c.removed, "cyan"),
        ):
            if key in ("compare.added", "compare.removed") and not c.version_changed and not ids:
                continue
            yield Text(f"\n{t(key, lang)} ({len(ids)})", style="bold underline")
            if not ids:
                yield Text(t("compare.none", lang), style="dim")
            for qid in ids:
                yield Text.assemble(
                    ("• ", style), (qid, "cyan"), f"  {question_text(c, qid, lang)}"
                )


def render_compare_text(c: Comparison, lang: str, *, width: int = 100, color: bool = False) -> str:
    """The comparison as plain text (ANSI colours only when ``color``)."""
    from cse_assess.render.report.text import to_text

    text = to_text(CompareView(c, lang), width=width, color=color)
    return "".join(line.rstrip() + "\n" for line in text.splitlines())
