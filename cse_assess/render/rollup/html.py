"""The roll-up as one self-contained HTML page: a heat map per bank, inline CSS, no script.

Nothing is loaded from outside the file (no font, image, style sheet, script or link), and a
strict Content-Security-Policy says so to the browser too. Every text from the files (names,
paths, reasons) is escaped. The cells carry their number as well as their colour, so the
page reads in black and white; it prints on A4 landscape with the colours kept. The output is
deterministic: the same roll-up and language give the same bytes.
"""

from __future__ import annotations

from cse_assess._version import __version__
from cse_assess.core.model import localize
from cse_assess.many.rollup import (
    BY_INSTITUTION,
    CLAIMED,
    BankRollup,
    Rollup,
    heat,
    single_institution,
)
from cse_assess.render import number, percent, t
from cse_assess.render._bands import legend
from cse_assess.render._html import Markup, page
from cse_assess.render.report.html import e
from cse_assess.render.rollup._common import counts_line, details, skipped_summary, weakest_line

_CSS = """
:root { --ink: #1b2430; --muted: #556070; --line: #d5dbe3; --soft: #f3f5f8;
  --low: #f4c7c3; --low-ink: #7a1712; --mid: #fbe7a1; --mid-ink: #5c4300;
  --high: #c3e6cb; --high-ink: #0b4a22; --accent: #1f4e8c; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
    Arial, sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 80rem; margin: 0 auto; padding: 1.25rem 1rem 2.5rem; }
h1 { font-size: 1.8rem; margin: .25rem 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .3rem;
  border-bottom: 3px solid var(--accent); overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .35rem; }
p { margin: .4rem 0; }
.muted { color: var(--muted); }
.callout { color: var(--low-ink); font-weight: 700; border-left-color: var(--low-ink);
  background: var(--low); }
.callout.note { color: var(--ink); font-weight: 400; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 .75rem; }
caption { text-align: left; color: var(--muted); font-size: .9rem; padding-bottom: .3rem; }
th, td { padding: .3rem .45rem; border: 1px solid var(--line); vertical-align: top;
  text-align: left; }
thead th { background: var(--soft); font-size: .85rem; vertical-align: bottom; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; min-width: 4.2rem; hyphens: auto; }
td.date { white-space: nowrap; }
tbody th { font-weight: 600; overflow-wrap: anywhere; }
tbody.stats tr:first-child > * { border-top: 2px solid var(--ink); }
.h-low { background: var(--low); color: var(--low-ink); }
.h-mid { background: var(--mid); color: var(--mid-ink); }
.h-high { background: var(--high); color: var(--high-ink); }
.h-none { color: var(--muted); }
tr.withheld th, tr.withheld td { font-style: italic; background: var(--soft); }
.mark { font-size: .8rem; font-weight: 400; color: var(--warn); }
.legend span { display: inline-block; padding: 0 .5rem; margin-right: .35rem;
  border-radius: 3px; }
table.list td { overflow-wrap: anywhere; }
code { font: .85em ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace;
  overflow-wrap: anywhere; }
footer { margin-top: 2rem; padding-top: .6rem; border-top: 1px solid var(--line);
  color: var(--muted); font-size: .8rem; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  html { font-size: 8.5pt; }
  main { max-width: none; padding: 0; }
  .table-wrap { overflow: visible; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  section.bank + section.bank { break-before: page; }
}
"""


def _cell(score: float | None, lang: str, bank: BankRollup, tag: str = "td") -> str:
    return f'<{tag} class="num h-{heat(score, bank.bands)}">{e(number(score, lang))}</{tag}>'


def render_rollup_html(rollup: Rollup, lang: str, basis: str = CLAIMED) -> str:
    """The roll-up as a self-contained HTML page in ``lang``."""
    title = t("rollup.title", lang)
    out = [
        f"<h1>{e(title)}</h1>",
        f'<p class="muted">{e(counts_line(rollup, lang))}</p>',
    ]
    if not rollup.banks:
        out.append(f'<p class="callout">{e(t("rollup.no_rows", lang))}</p>')
    for bank in rollup.banks:
        out += _bank(rollup, bank, lang, basis)
    out += _skipped(rollup, lang)
    out += _superseded(rollup, lang)
    body = Markup("\n".join(out))  # every piece built with e() (markupsafe)
    return page(
        lang,
        title,
        body,
        css=_CSS,
        skip_label=t("report.skip", lang),
        footer=f"cse-assess {__version__}",
    )


def _bank(rollup: Rollup, bank: BankRollup, lang: str, basis: str) -> list[str]:
    by_institution = rollup.by == BY_INSTITUTION
    heading = t("rollup.bank", lang, title=localize(bank.title, lang), id=bank.id)
    out = [
        f'<section class="bank" data-bank="{e(bank.id)}">',
        f"<h2>{e(heading)}</h2>",
        f'<p class="muted">{e(details(rollup, bank, lang, basis))}</p>',
    ]
    weakest = weakest_line(bank, lang, basis)
    if weakest:
        out.append(f'<p class="callout">{e(weakest)}</p>')
    only = None if by_institution else single_institution(bank)
    if only:
        out.append(f"<p><strong>{e(t('institution', lang))}:</strong> {e(only)}</p>")
    names = [t("institution", lang), t("rollup.units", lang)] if by_institution else []
    if not by_institution:
        names = [t("unit", lang)] if only else [t("institution", lang), t("unit", lang)]
    head = "".join(f'<th scope="col">{e(n)}</th>' for n in names)
    head += f'<th scope="col">{e(t("date", lang))}</th>'
    head += f'<th scope="col" class="num">{e(t("coverage", lang))}</th>'
    head += f'<th scope="col" class="num">{e(t("rollup.overall", lang))}</th>'
    head += "".join(
        f'<th scope="col" class="num" data-area="{e(a.id)}">{e(localize(a.title, lang))}</th>'
        for a in bank.areas
    )
    out += [
        f'<div class="table-wrap" tabindex="0" role="region" '
        f'aria-label="{e(t("rollup.heatmap", lang))}">',
        '<table class="heat">',
        f"<caption>{e(t('rollup.heatmap', lang))}</caption>",
        f"<thead><tr>{head}</tr></thead>",
        "<tbody>",
    ]
    for r in bank.rows:
        if by_institution:
            cells = [r.institution or "–", str(r.units)]
        elif only:
            cells = [r.unit or "–"]
        else:
            cells = [r.institution or "–", r.unit or "–"]
        first = f'<th scope="row">{e(cells[0])}</th>'
        rest = "".join(
            f'<td class="num">{e(c)}</td>' if by_institution else f"<td>{e(c)}</td>"
            for c in cells[1:]
        )
        scores = "".join(_cell(s, lang, bank) for s in r.scores(basis))
        mark = ""
        if r.withheld:
            mark = (
                f' <span class="mark">{e(t("rollup.no_band_mark", lang, count=r.withheld))}</span>'
            )
        css = ' class="withheld"' if r.provisional else ""
        out.append(
            f'<tr{css}>{first[:-5]}{mark}</th>{rest}<td class="date">{e(r.date or "–")}</td>'
            f'<td class="num">{e(percent(r.coverage, lang))}</td>'
            f"{_cell(r.score(basis), lang, bank)}"
            f"{scores}</tr>"
        )
    out.append("</tbody>")
    out.append('<tbody class="stats">')  # not tfoot: printed once, after the rows
    span = len(names) + 2
    for key in ("mean", "min", "max", "stdev"):
        label = f'<th scope="row" colspan="{span}">{e(t(f"rollup.{key}", lang))}</th>'
        values = [bank.overall_stats(basis), *(a.stats(basis) for a in bank.areas)]
        if key == "stdev":
            cells_html = "".join(f'<td class="num">{e(number(s.stdev, lang))}</td>' for s in values)
        else:
            cells_html = "".join(_cell(getattr(s, key), lang, bank) for s in values)
        out.append(f"<tr>{label}{cells_html}</tr>")
    out += ["</tbody>", "</table>", "</div>"]
    keys = "".join(
        f'<span class="h-{tone}">{e(text)}</span>' for tone, text in legend(bank.bands, lang)
    )
    out.append(f'<p class="legend muted">{keys} {e(t("rollup.legend_bands", lang))}</p>')
    if bank.withheld_rows or any(r.withheld for r in bank.rows):
        note = t("rollup.withheld_note", lang, count=bank.withheld_rows)
        out.append(f'<p class="callout note">{e(note)}</p>')
    areas = bank.weakest_areas(basis)
    if areas:
        out.append(f"<h3>{e(t('rollup.weakest_areas', lang))}</h3>")
        out.append("<ol>")
        for a in areas:
            mean = a.stats(basis).mean
            out.append(
                f"<li>{e(localize(a.title, lang))}: "
                f'<span class="h-{heat(mean, bank.bands)}">{e(number(mean, lang))}</span></li>'
            )
        out.append("</ol>")
    rows = bank.weakest_rows(basis)
    if rows:
        label = "rollup.weakest_institutions" if by_institution else "rollup.weakest_units"
        out.append(f"<h3>{e(t(label, lang))}</h3>")
        out.append("<ol>")
        for r in rows:
            score = r.score(basis)
            out.append(
                f"<li>{e((r.unit or '–') if only else r.name)}: "
                f'<span class="h-{heat(score, bank.bands)}">{e(number(score, lang))}</span></li>'
            )
        out.append("</ol>")
    out.append("</section>")
    return out


def _skipped(rollup: Rollup, lang: str) -> list[str]:
    out = [
        '<section class="skipped">',
        f"<h2>{e(t('rollup.skipped', lang))} ({rollup.skipped_count})</h2>",
    ]
    if not rollup.skipped_count:
        out += [f'<p class="muted">{e(t("rollup.skipped_none", lang))}</p>', "</section>"]
        return out
    out.append(f"<p>{e(skipped_summary(rollup, lang))}</p>")
    out.append('<table class="list">')
    out.append(
        f'<thead><tr><th scope="col">{e(t("rollup.file", lang))}</th>'
        f'<th scope="col">{e(t("rollup.reason", lang))}</th></tr></thead>'
    )
    out.append("<tbody>")
    for s in rollup.skipped:
        out.append(f"<tr><td><code>{e(s.path)}</code></td><td>{e(s.reason(lang))}</td></tr>")
    out += ["</tbody>", "</table>"]
    more = rollup.skipped_count - len(rollup.skipped)
    if more > 0:
        line = t("rollup.more_not_listed", lang, count=more, kept=len(rollup.skipped))
        out.append(f'<p class="muted">{e(line)}</p>')
    out.append("</section>")
    return out


def _superseded(rollup: Rollup, lang: str) -> list[str]:
    """The superseded files: counted, the first few listed (a CSV of all is on request)."""
    out = [
        '<section class="superseded">',
        f"<h2>{e(t('rollup.superseded', lang))} ({rollup.superseded_count})</h2>",
    ]
    if not rollup.superseded_count:
        out += [f'<p class="muted">{e(t("rollup.superseded_none", lang))}</p>', "</section>"]
        return out
    out.append('<table class="list">')
    out.append(
        f'<thead><tr><th scope="col">{e(t("rollup.file", lang))}</th>'
        f'<th scope="col">{e(t("date", lang))}</th>'
        f'<th scope="col">{e(t("rollup.counts_instead", lang))}</th></tr></thead>'
    )
    out.append("<tbody>")
    for s in rollup.superseded:
        out.append(
            f"<tr><td><code>{e(s.path)}</code></td><td>{e(s.date or '–')}</td>"
            f"<td><code>{e(s.by)}</code></td></tr>"
        )
    out += ["</tbody>", "</table>"]
    more = rollup.superseded_count - len(rollup.superseded)
    if more > 0:
        out.append(f'<p class="muted">{e(t("rollup.more_superseded", lang, count=more))}</p>')
    out.append("</section>")
    return out
