"""The roll-up as Markdown: per bank a table of rows by areas, with the network's statistics."""

from __future__ import annotations

from tabulate import tabulate

from cse_assess.core.model import Band, localize
from cse_assess.many.rollup import BY_INSTITUTION, CLAIMED, BankRollup, Rollup, heat
from cse_assess.render import number, t
from cse_assess.render.rollup._common import counts_line, details, skipped_summary, weakest_line

MARKS = {"low": "🟥", "mid": "🟨", "high": "🟩", "none": ""}
"""A coloured square before each score, for viewers without colour in tables."""


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no raw HTML, no Markdown syntax from data."""
    from cse_assess.render.report.markdown import md

    return md(text)


def _score(score: float | None, lang: str, bands: tuple[Band, ...] = ()) -> str:
    mark = MARKS[heat(score, bands)]
    return f"{mark} {number(score, lang)}" if mark else number(score, lang)


def render_rollup_markdown(rollup: Rollup, lang: str, basis: str = CLAIMED) -> str:
    """The roll-up as Markdown; the skipped and superseded files kept are listed, all counted."""
    out = [f"# {t('rollup.title', lang)}", "", counts_line(rollup, lang), ""]
    if not rollup.banks:
        out += [t("rollup.no_rows", lang), ""]
    for bank in rollup.banks:
        out += _bank(rollup, bank, lang, basis)
    out += [f"## {t('rollup.skipped', lang)} ({rollup.skipped_count})", ""]
    if rollup.skipped_count:
        out += [
            skipped_summary(rollup, lang),
            "",
            tabulate(
                [(_cell(s.path), _cell(s.reason(lang))) for s in rollup.skipped],
                headers=(t("rollup.file", lang), t("rollup.reason", lang)),
                tablefmt="pipe",
                disable_numparse=True,
            ),
            "",
        ]
        more = rollup.skipped_count - len(rollup.skipped)
        if more > 0:
            out += [t("rollup.more_not_listed", lang, count=more, kept=len(rollup.skipped)), ""]
    else:
        out += [t("rollup.skipped_none", lang), ""]
    out += [f"## {t('rollup.superseded', lang)} ({rollup.superseded_count})", ""]
    if rollup.superseded_count:
        out += [
            tabulate(
                [(_cell(s.path), s.date or "–", _cell(s.by)) for s in rollup.superseded],
                headers=(t("rollup.file", lang), t("date", lang), t("rollup.counts_instead", lang)),
                tablefmt="pipe",
                disable_numparse=True,
            ),
            "",
        ]
        more = rollup.superseded_count - len(rollup.superseded)
        if more > 0:
            out += [_cell(t("rollup.more_superseded", lang, count=more)), ""]
    else:
        out += [t("rollup.superseded_none", lang), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _bank(rollup: Rollup, bank: BankRollup, lang: str, basis: str) -> list[str]:
    by_institution = rollup.by == BY_INSTITUTION
    out = [
        f"## {_cell(t('rollup.bank', lang, title=localize(bank.title, lang), id=bank.id))}",
        "",
        details(rollup, bank, lang, basis),
        "",
    ]
    weakest = weakest_line(bank, lang, basis)
    if weakest:
        out += [f"**{_cell(weakest)}**", ""]
    names = (
        [t("institution", lang), t("rollup.units", lang)]
        if by_institution
        else [t("institution", lang), t("unit", lang)]
    )
    headers = [*names, t("date", lang), t("rollup.overall", lang)]
    headers += [_cell(localize(a.title, lang)) for a in bank.areas]
    rows: list[list[str]] = []
    for r in bank.rows:
        mark = f" ({t('rollup.no_band_mark', lang, count=r.withheld)})" if r.withheld else ""
        first = [
            _cell(r.institution),
            (str(r.units) if by_institution else _cell(r.unit)) + mark,
        ]
        rows.append(
            [
                *first,
                r.date or "–",
                _score(r.score(basis), lang, bank.bands),
                *(_score(s, lang, bank.bands) for s in r.scores(basis)),
            ]
        )
    for key in ("mean", "min", "max", "stdev"):
        overall = getattr(bank.overall_stats(basis), key)
        areas = [getattr(a.stats(basis), key) for a in bank.areas]
        if key == "stdev":
            shown = [number(overall, lang), *(number(v, lang) for v in areas)]
        else:
            shown = [
                _score(overall, lang, bank.bands),
                *(_score(v, lang, bank.bands) for v in areas),
            ]
        rows.append([f"**{t(f'rollup.{key}', lang)}**", "", "", *shown])
    out += [
        tabulate(rows, headers=headers, tablefmt="pipe", disable_numparse=True),
        "",
        t("rollup.legend", lang),
        "",
    ]
    if bank.withheld_rows or any(r.withheld for r in bank.rows):
        out += [_cell(t("rollup.withheld_note", lang, count=bank.withheld_rows)), ""]
    weak_rows = bank.weakest_rows(basis)
    if weak_rows:
        label = "rollup.weakest_institutions" if by_institution else "rollup.weakest_units"
        out += [f"### {t(label, lang)}", ""]
        out += [
            f"{i}. {_cell(r.name)}: {number(r.score(basis), lang)}"
            for i, r in enumerate(weak_rows, 1)
        ]
        out.append("")
    return out
