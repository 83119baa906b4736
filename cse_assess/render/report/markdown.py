"""Markdown: the score report, and a whole question bank for a workshop on paper."""

from __future__ import annotations

from collections.abc import Sequence

from tabulate import tabulate

from cse_assess.core.conditions import AllOf, AnyOf, Condition, Not
from cse_assess.core.model import Questionnaire, localize
from cse_assess.core.scoring import Result
from cse_assess.many.plan import ActionPlan, PlanItem
from cse_assess.output.text import visible
from cse_assess.render import (
    current_text,
    level,
    missing_text,
    number,
    percent,
    refs_text,
    t,
    target_text,
)
from cse_assess.render._explain import rows as explain_rows
from cse_assess.render._rows import answer_text, area_title, reasons_text
from cse_assess.render.report._method import method_paragraphs
from cse_assess.render.report._model import (
    RegisterRow,
    Report,
    area_target,
    as_report,
    band_name,
    band_text,
    cap_text,
    first_action,
    made_text,
    mark_line,
    mark_note,
    marked_rows,
    marked_text,
    na_rows,
    plan_item,
    proof_text,
    register_rows,
    state_text,
    status_text,
    strong_answers,
    strong_areas,
    top_gaps,
    withheld_text,
)
from cse_assess.views import view

_MD_SPECIAL = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "<": "&lt;",
        ">": "&gt;",
        "&": "&amp;",
        "\n": " ",
        "\r": " ",
    }
)


def md(text: object) -> str:
    """Text from a bank or an assessment, safe in Markdown: no raw HTML (``<`` is ``&lt;``), no
    emphasis, link, code or table syntax, one line, control characters made visible."""
    shown = visible(str(text)).translate(_MD_SPECIAL)
    return "\\" + shown if shown[:1] in ("#", "+", "-", "=", ">") else shown


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return md(text) or " "


def _table(rows: Sequence[Sequence[str]], headers: Sequence[str], align: Sequence[str] = ()) -> str:
    """A pipe table of cells already made safe (:func:`md`)."""
    return tabulate(
        rows,
        headers=list(headers),
        tablefmt="github",
        disable_numparse=True,
        colalign=tuple(align) if align else None,
    )


def render_markdown(
    result: Result | Report,
    lang: str,
    *,
    show_explain: bool = False,
    previous: Result | None = None,
    plan: ActionPlan | None = None,
    made: str = "",
) -> str:
    """The report as Markdown: the summary first (band or why there is none, scores, coverage,
    how many questions are marked to check later, the gaps that matter most with their first
    action, strengths, what changed), then scores by area, every gap, the N/A answers, the
    answers marked to check later, the evidence register and the method."""
    report = as_report(result, previous, plan, made)
    r = report.result
    bank, ctx = r.questionnaire, r.context
    out = [f"# {md(localize(bank.title, lang))}", ""]
    meta = [
        (t("institution", lang), ctx.institution),
        (t("unit", lang), ctx.unit),
        (t("assessor", lang), ctx.assessor),
        (t("date", lang), ctx.date),
        (t("questionnaire", lang), f"{localize(bank.title, lang)} ({bank.id} {bank.version})"),
    ]
    out.append(_table([(md(k), _cell(v)) for k, v in meta if v], ["", ""]))
    out += ["", f"## {md(t('report.summary', lang))}", ""]
    withheld = withheld_text(r, lang)
    provisional = f" ({t('report.provisional', lang)})" if withheld else ""
    summary = [
        (band_name(r, lang), band_text(r, lang)),
        (t("band_verified", lang), band_text(r, lang, verified=True)),
        (t("overall_claimed", lang), number(r.overall, lang) + provisional),
        (t("overall_verified", lang), number(r.verified, lang) + provisional),
        (
            t("coverage", lang),
            t(
                "coverage_value",
                lang,
                answered=r.answered,
                applicable=r.applicable,
                percent=percent(r.coverage, lang),
            )
            + (f"; {t('report.na_count', lang, count=r.na)}" if r.na else ""),
        ),
    ]
    rows = register_rows(r, lang)
    marked = marked_text(rows, lang)
    if marked:
        summary.append((t("report.check_later", lang), marked))
    out.append(_table([(md(k), _cell(v)) for k, v in summary], ["", ""]))
    if r.band is not None:
        out += [
            "",
            f"**{md(localize(r.band.label, lang))}**: {md(localize(r.band.description, lang))}",
        ]
    if withheld:
        out += ["", md(t("report.provisional_note", lang))]
    cap = cap_text(r, lang)
    if cap:
        out += ["", f"> {md(cap)} " + ", ".join(f"`{q}`" for q in r.capped_by)]
    out += ["", f"### {md(t('report.next', lang))}", ""]
    gaps = top_gaps(r)
    if not gaps:
        out.append(md(t("no_gaps", lang)))
    for i, g in enumerate(gaps, 1):
        critical = f" (**{md(t('critical', lang))}**)" if g.critical else ""
        out.append(f"{i}. **{md(localize(g.question.text, lang))}**{critical}  ")
        action = first_action(localize(g.question.action, lang))
        out.append(f"   {md(t('report.first_action', lang))}: {md(action)}  ")
        line = t(
            "report.gap_line",
            lang,
            current=current_text(g, lang),
            target=target_text(r, g, lang),
            priority=number(g.priority, lang, 2),
        )
        item = plan_item(report, g.id)
        if item is not None:
            line += " · " + _assigned(item, report.made, lang)
        out.append(f"   {md(line)}")
    more = len(r.gaps) - len(gaps)
    if more > 0:
        out += ["", md(t("report.more_gaps", lang, count=more))]
    out += ["", f"### {md(t('report.strong_areas', lang))}", ""]
    areas = strong_areas(r)
    out += [f"- {md(area_title(bank, a.id, lang))}: {number(a.verified, lang)}" for a in areas] or [
        md(t("report.none_yet", lang))
    ]
    out += ["", f"### {md(t('report.strong_answers', lang))}", ""]
    answers = strong_answers(r)
    out += [
        f"- {md(localize(q.question.text, lang))} — {md(answer_text(q, lang))}" for q in answers
    ] or [md(t("report.none_yet", lang))]
    if report.previous is not None:
        out += _since(report, lang)
    out += ["", f"*{md(made_text(report, lang))}*"]
    out += _areas(r, lang)
    out += _gaps(report, lang)
    out += _na(na_rows(rows), lang)
    out += _marked(marked_rows(rows), lang)
    out += _register(r, rows, lang)
    out += ["", f"## {md(t('report.method', lang))}", ""]
    for paragraph in method_paragraphs(r, lang):
        out += [md(paragraph), ""]
    if show_explain:
        out += [f"## {md(t('explain', lang))}", ""]
        out.append(
            _table(
                [(md(a), _cell(b), _cell(c), d) for a, b, c, d in explain_rows(r, lang)],
                ["", t("id", lang), "=", ""],
            )
        )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _assigned(item: PlanItem, today: str, lang: str) -> str:
    parts = []
    if item.owner:
        parts.append(t("report.owner_is", lang, owner=item.owner))
    if item.due:
        parts.append(t("report.due_is", lang, due=item.due))
    parts.append(state_text(item, today, lang))
    return ", ".join(parts)


def _since(report: Report, lang: str) -> list[str]:
    from cse_assess.many.compare import compare
    from cse_assess.render.compare.views import delta_text, side

    assert report.previous is not None
    c = compare(report.previous, report.result)
    out = ["", f"### {md(t('report.since', lang))}", ""]
    out.append(md(t("report.previous_is", lang, previous=side(c.old, lang))))
    out.append("")
    rows = [
        (
            t("overall_claimed", lang),
            f"{number(c.overall.old, lang)} → {number(c.overall.new, lang)} "
            f"({delta_text(c.overall.delta, lang)})",
        ),
        (
            t("overall_verified", lang),
            f"{number(c.verified.old, lang)} → {number(c.verified.new, lang)} "
            f"({delta_text(c.verified.delta, lang)})",
        ),
        (band_name(report.result, lang), f"{band_text(c.old, lang)} → {band_text(c.new, lang)}"),
        (
            t("report.changes", lang),
            t(
                "report.changes_value",
                lang,
                improved=len(c.improved),
                regressed=len(c.regressed),
                closed=len(c.gaps_closed),
                opened=len(c.gaps_opened),
            ),
        ),
    ]
    out.append(_table([(md(k), _cell(v)) for k, v in rows], ["", ""]))
    for key, items in (("report.improved", c.improved[:3]), ("report.regressed", c.regressed[:3])):
        if items:
            texts = "; ".join(md(localize(q.question.text, lang)) for q in items)
            out += ["", f"**{md(t(key, lang))}:** {texts}"]
    for notice in (*c.warnings, *c.notes):
        out += ["", f"> {md(notice.message(lang))}"]
    return out


def _areas(r: Result, lang: str) -> list[str]:
    bank = r.questionnaire
    out = ["", f"## {md(t('areas', lang))}", ""]
    rows = [
        (
            _cell(area_title(bank, a.id, lang)),
            number(a.score, lang),
            number(a.verified, lang),
            number(area_target(a), lang),
            f"{a.answered}/{a.applicable}",
            str(a.na),
        )
        for a in r.areas
    ]
    rows.append(
        (
            f"**{md(t('report.overall', lang))}**",
            number(r.overall, lang),
            number(r.verified, lang),
            "",
            f"{r.answered}/{r.applicable}",
            str(r.na),
        )
    )
    out.append(
        _table(
            rows,
            [
                t("area", lang),
                t("claimed", lang),
                t("verified", lang),
                t("target", lang),
                t("answered", lang),
                t("report.na_short", lang),
            ],
            ("left", "right", "right", "right", "right", "right"),
        )
    )
    return out


def _gaps(report: Report, lang: str) -> list[str]:
    r = report.result
    bank = r.questionnaire
    out = ["", f"## {md(t('gaps', lang))} ({len(r.gaps)})", ""]
    if not r.gaps:
        return [*out, md(t("no_gaps", lang))]
    out += [
        md(
            t(
                "report.gaps_intro",
                lang,
                factor=bank.critical_factor,
                proof=bank.proof_factor,
            )
        ),
        "",
    ]
    for i, g in enumerate(r.gaps, 1):
        critical = f" — **{md(t('critical', lang))}**" if g.critical else ""
        out += [
            f"### {i}. {md(localize(g.question.text, lang))}{critical}",
            "",
            f"`{g.id}` · {md(area_title(bank, g.area, lang))}",
            "",
            f"- {md(t('priority', lang))}: {number(g.priority, lang, 2)}",
            f"- {md(t('current', lang))}: {md(current_text(g, lang))} → "
            f"{md(t('target', lang))}: {md(target_text(r, g, lang))}",
            f"- {md(t('why', lang))}: {md(reasons_text(g, lang))}",
        ]
        if g.next_level is not None:
            out.append(
                f"- {md(t('next_level', lang))}: {level(g.next_level.value)} "
                f"{md(localize(g.next_level.label, lang))}: "
                f"{md(localize(g.next_level.description, lang))}"
            )
        missing = missing_text(g, lang)
        if missing:
            out.append(f"- {md(t('missing', lang))}:")
            out += [f"  - {md(m)}" for m in missing]
        out.append(f"- {md(t('evidence_to_collect', lang))}:")
        out += [f"  - {md(localize(e, lang))}" for e in g.question.evidence]
        out.append(f"- {md(t('action', lang))}: {md(localize(g.question.action, lang))}")
        item = plan_item(report, g.id)
        blank = "________"
        out.append(
            f"- {md(t('report.owner', lang))}: {md(item.owner) if item and item.owner else blank}"
            f" · {md(t('report.due_date', lang))}: {item.due if item and item.due else blank}"
            f" · {md(t('report.status', lang))}: "
            f"{md(state_text(item, report.made, lang)) if item else blank}"
        )
        if item is not None and item.comment:
            out.append(f"- {md(t('report.comment', lang))}: {md(item.comment)}")
        out.append("")
    return out


def _na(rows: Sequence[RegisterRow], lang: str) -> list[str]:
    out = ["", f"## {md(t('report.na_answers', lang))} ({len(rows)})", ""]
    if not rows:
        return [*out, md(t("report.na_none", lang))]
    out += [md(t("report.na_intro", lang)), ""]
    out.append(
        _table(
            [
                (f"`{r.question_id}`", _cell(r.question), _cell(r.na_justification or "–"))
                for r in rows
            ],
            [t("id", lang), t("question", lang), t("report.justification", lang)],
        )
    )
    return out


def _marked(rows: Sequence[RegisterRow], lang: str) -> list[str]:
    if not rows:
        return []
    out = ["", f"## {md(t('report.marked', lang))} ({len(rows)})", ""]
    out += [md(t("report.marked_intro", lang)), ""]
    out.append(
        _table(
            [
                (
                    f"`{r.question_id}`",
                    _cell(r.question),
                    _cell(r.area),
                    _cell(r.answer),
                    _cell(mark_note(r.mark, lang) or "–"),
                )
                for r in rows
            ],
            [
                t("id", lang),
                t("question", lang),
                t("area", lang),
                t("report.answer", lang),
                t("report.mark_note", lang),
            ],
        )
    )
    return out


def _register(r: Result, rows: Sequence[RegisterRow], lang: str) -> list[str]:
    count = sum(len(x.evidence) for x in rows)
    given = sum(1 for x in rows if x.evidence)
    out = [
        "",
        f"## {md(t('report.evidence_register', lang))}",
        "",
        md(t("report.register_intro", lang))
        + " "
        + md(t("report.register_count", lang, count=count, questions=given)),
    ]
    for area in r.areas:
        mine = [x for x in rows if x.area_id == area.id]
        if not mine:
            continue
        out += ["", f"### {md(area_title(r.questionnaire, area.id, lang))}", ""]
        table = []
        for x in mine:
            note = x.note
            if x.na_justification:
                note = f"{t('report.justification', lang)}: {x.na_justification}"
            mark = mark_line(x, lang)
            table.append(
                (
                    f"`{x.question_id}`",
                    _cell(x.question) + (f"<br>⚑ {md(mark)}" if mark else ""),
                    _cell(status_text("na", lang) if x.status == "na" else x.answer),
                    "<br>".join(md(e) for e in x.evidence) or "–",
                    _cell(note or "–"),
                    _cell(proof_text(x.proof, lang) or "–"),
                )
            )
        out.append(
            _table(
                table,
                [
                    t("id", lang),
                    t("question", lang),
                    t("report.answer", lang),
                    t("evidence", lang),
                    t("report.note_or_reason", lang),
                    t("report.proof", lang),
                ],
            )
        )
    return out


def condition_text(condition: Condition, bank: Questionnaire, lang: str) -> str:
    """A skip-logic condition in words: ``channels.website = Yes and not (...)``."""
    if isinstance(condition, AllOf | AnyOf):
        joiner = f" {t('and' if isinstance(condition, AllOf) else 'or', lang)} "
        return joiner.join(f"({condition_text(c, bank, lang)})" for c in condition.conditions)
    if isinstance(condition, Not):
        return f"{t('not', lang)} ({condition_text(condition.condition, bank, lang)})"
    question = bank.question(condition.question)
    if question is None:  # pragma: no cover - the bank loader refuses such conditions
        return condition.question
    shown_view = view(question)
    value, operator = condition.value, condition.operator
    if operator == "in":
        shown = ", ".join(shown_view.condition_value(question, operator, v, lang) for v in value)
        return f"{condition.question} ∈ {{{shown}}}"
    words = shown_view.condition_value(question, operator, value, lang)
    if operator == "checked":
        return f"{condition.question} ✓ {words}"
    symbol = {"equals": "=", "not_equals": "≠", "at_least": "≥", "at_most": "≤"}[operator]
    return f"{condition.question} {symbol} {words}"


def render_bank(bank: Questionnaire, lang: str) -> str:
    """A whole question bank as Markdown, to print for a workshop on paper."""
    out = [
        f"# {localize(bank.title, lang)}",
        "",
        f"`{bank.id}` {bank.version}",
        "",
        localize(bank.description, lang),
        "",
    ]
    for scale in bank.scales:
        out += [f"## {t('levels', lang)} (`{scale.id}`)", ""]
        out.append(
            tabulate(
                [
                    (level(o.value), localize(o.label, lang), _cell(localize(o.description, lang)))
                    for o in scale.options
                ],
                headers=["", t("title", lang), ""],
                tablefmt="github",
                disable_numparse=True,
            )
        )
        out.append("")
    out += [f"## {t('bands', lang)}", ""]
    out.append(
        tabulate(
            [
                (
                    localize(b.label, lang),
                    t("band_from", lang, min=level(b.min)),
                    _cell(localize(b.description, lang)),
                )
                for b in bank.bands
            ],
            headers=[t("band", lang), "", ""],
            tablefmt="github",
            disable_numparse=True,
        )
    )
    out.append("")
    n = 0
    for i, area in enumerate(bank.areas, 1):
        out += [f"## {i}. {localize(area.title, lang)}", "", localize(area.intro, lang), ""]
        if area.when is not None:
            out += [
                f"*{t('asked_when', lang, condition=condition_text(area.when, bank, lang))}*",
                "",
            ]
        for q in area.questions:
            n += 1
            kind = view(q)
            critical = f" — **{t('critical', lang)}**" if q.critical else ""
            out += [f"### {n}. {localize(q.text, lang)}", "", f"`{q.id}`{critical}", ""]
            if q.when is not None:
                out += [
                    f"*{t('asked_when', lang, condition=condition_text(q.when, bank, lang))}*",
                    "",
                ]
            choices = kind.choices(q, lang)
            if choices:
                out += [f"- [ ] {c}" for c in choices]
            else:  # a value to write in (a number): say what is expected, leave a line
                out += [*(f"- {line}" for line in kind.describe(q, lang))]
                out += ["", f"{t('answer', lang)}: ________"]
            out += ["", f"**{t('target', lang)}:** {kind.format_target(q, lang)}"]
            out += [
                "",
                f"**{t('help', lang)}:** {localize(q.help, lang)}",
                "",
                f"**{t('evidence', lang)}:**",
                "",
            ]
            out += [f"- {localize(e, lang)}" for e in q.evidence]
            out += ["", f"**{t('action', lang)}:** {localize(q.action, lang)}", ""]
            refs = refs_text(q.refs, lang)
            if refs:
                out += [f"*{t('refs', lang)}: {'; '.join(refs)}*", ""]
    return "\n".join(out).rstrip("\n") + "\n"
