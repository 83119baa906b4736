"""Markdown: the score report, and a whole question bank for a workshop on paper."""

from __future__ import annotations

from tabulate import tabulate

from cse_assess.core.conditions import AllOf, AnyOf, Condition, Not
from cse_assess.core.model import Questionnaire, localize
from cse_assess.core.scoring import Result
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
from cse_assess.views import view


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(result: Result, lang: str, *, show_explain: bool = False) -> str:
    """The report as Markdown: summary, areas table, every gap with evidence and action."""
    r, bank, ctx = result, result.questionnaire, result.context
    out = [f"# {localize(bank.title, lang)}", ""]
    summary = [
        (t("institution", lang), ctx.institution),
        (t("unit", lang), ctx.unit),
        (t("assessor", lang), ctx.assessor),
        (t("date", lang), ctx.date),
        (t("questionnaire", lang), f"{bank.id} {bank.version}"),
        (t("overall_claimed", lang), number(r.overall, lang)),
        (t("overall_verified", lang), number(r.verified, lang)),
        (t("band", lang), localize(r.band.label, lang) if r.band else t("no_score", lang)),
        (
            t("band_verified", lang),
            localize(r.verified_band.label, lang) if r.verified_band else t("no_score", lang),
        ),
        (
            t("coverage", lang),
            t(
                "coverage_value",
                lang,
                answered=r.answered,
                applicable=r.applicable,
                percent=percent(r.coverage, lang),
            ),
        ),
    ]
    out.append(
        tabulate([(k, _cell(v)) for k, v in summary if v], tablefmt="github", headers=["", ""])
    )
    if r.capped_by and bank.critical_cap:
        cap = bank.band(bank.critical_cap)
        label = localize(cap.label, lang) if cap else bank.critical_cap
        out += ["", f"> {t('capped', lang, band=label, ids=', '.join(r.capped_by))}"]
    out += ["", f"## {t('areas', lang)}", ""]
    rows = []
    for a in r.areas:
        area = bank.area(a.id)
        rows.append(
            (
                _cell(localize(area.title, lang) if area else a.id),
                number(a.score, lang),
                number(a.verified, lang),
                f"{a.answered}/{a.applicable}",
            )
        )
    out.append(
        tabulate(
            rows,
            headers=[t("area", lang), t("claimed", lang), t("verified", lang), t("answered", lang)],
            tablefmt="github",
            disable_numparse=True,
            colalign=("left", "right", "right", "right"),
        )
    )
    out += ["", f"## {t('gaps', lang)} ({len(r.gaps)})", ""]
    if not r.gaps:
        out.append(t("no_gaps", lang))
    for i, g in enumerate(r.gaps, 1):
        current = current_text(g, lang)
        critical = f" — **{t('critical', lang)}**" if g.critical else ""
        out += [
            f"### {i}. `{g.id}`{critical}",
            "",
            localize(g.question.text, lang),
            "",
            f"- {t('priority', lang)}: {number(g.priority, lang, 2)}",
            f"- {t('current', lang)}: {current} → {t('target', lang)}: {target_text(r, g, lang)}",
            f"- {t('why', lang)}: " + ", ".join(t(f"reason.{x}", lang) for x in g.reasons),
        ]
        if g.next_level is not None:
            out.append(
                f"- {t('next_level', lang)}: {level(g.next_level.value)} "
                f"{localize(g.next_level.label, lang)}: "
                f"{localize(g.next_level.description, lang)}"
            )
        missing = missing_text(g, lang)
        if missing:
            out.append(f"- {t('missing', lang)}:")
            out += [f"  - {m}" for m in missing]
        out.append(f"- {t('evidence_to_collect', lang)}:")
        out += [f"  - {localize(e, lang)}" for e in g.question.evidence]
        out += [f"- {t('action', lang)}: {localize(g.question.action, lang)}", ""]
    if show_explain:
        out += [f"## {t('explain', lang)}", ""]
        out.append(
            tabulate(
                [(a, b, _cell(c), d) for a, b, c, d in explain_rows(r, lang)],
                headers=["", t("id", lang), "=", ""],
                tablefmt="github",
                disable_numparse=True,
            )
        )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


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
