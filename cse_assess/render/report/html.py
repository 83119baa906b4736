"""The management report as one self-contained HTML file: inline CSS and SVG, no script.

Nothing is loaded from outside the file (no font, image, style sheet or script); a strict
Content-Security-Policy in the page says so to the browser too. The page reads on a phone
(responsive CSS) and prints to A4 (a print style sheet, each major section on a new page).
Every text that comes from an assessment or a question bank is escaped, also inside the SVG
chart. The output is deterministic: the same result and language give the same bytes.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from cse_assess._version import __version__
from cse_assess.core.model import Band, Questionnaire, localize
from cse_assess.core.scoring import AreaResult, Gap, Result
from cse_assess.render import current_text, missing_text, number, percent, t, target_text
from cse_assess.render._rows import (
    answer_text,
    area_title,
    reasons_text,
    value_text,
    with_evidence,
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""The page's Content-Security-Policy: nothing but its own inline styles."""


def e(text: object) -> str:
    """``text`` escaped for HTML and SVG, in element content and in quoted attributes."""
    return html.escape(str(text), quote=True)


_CSS = """
:root {
  --ink: #1b2430; --muted: #556070; --line: #d5dbe3; --soft: #f3f5f8;
  --claimed: #9cc3e6; --claimed-edge: #4f86c0; --verified: #1f4e8c;
  --crit: #b42318; --crit-soft: #fdecea; --warn: #8a4b00; --warn-soft: #fff4e0;
  --band0: #b42318; --band1: #a15c00; --band2: #027a48; --band3: #05603a;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
    "Liberation Sans", Arial, sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h1 { font-size: 2rem; margin: .25rem 0 .75rem; overflow-wrap: anywhere; }
h2 {
  font-size: 1.45rem; margin: 2.5rem 0 1rem; padding-bottom: .35rem;
  border-bottom: 3px solid var(--verified);
}
h3 { font-size: 1.1rem; }
h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  margin: .75rem 0 .25rem; }
p { margin: .5rem 0; }
code { font: .85em/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono",
  monospace; background: var(--soft); padding: .05em .3em; border-radius: 3px;
  overflow-wrap: anywhere; }
ul { margin: .25rem 0; padding-left: 1.25rem; }
li { margin: .15rem 0; }
a { color: var(--verified); }
.eyebrow { margin: 0; color: var(--muted); font-size: .95rem; }
.muted { color: var(--muted); }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
nav.toc { margin: 1.5rem 0 0; padding: .6rem .9rem; background: var(--soft);
  border-radius: 6px; font-size: .95rem; }
nav.toc ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap;
  gap: .25rem 1.25rem; }
nav.toc strong { margin-right: .75rem; }
.cards { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .75rem; }
.cards .band-card { grid-column: span 2; }
@media (min-width: 48rem) {
  .cards { grid-template-columns: repeat(5, minmax(0, 1fr)); }
  .cards .band-card { grid-column: auto; }
}
.card { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem;
  break-inside: avoid; }
.card .label { color: var(--muted); font-size: .9rem; }
.card .value { font-size: 2.1rem; font-weight: 700; line-height: 1.15;
  font-variant-numeric: tabular-nums; }
.card .value.text { font-size: 1.3rem; padding-top: .3rem; }
.card .sub { color: var(--muted); font-size: .85rem; }
.card.verified { border-top: 5px solid var(--verified); }
.card.claimed { border-top: 5px solid var(--claimed-edge); }
.band { display: inline-block; font-weight: 700; }
.band-0 { color: var(--band0); } .band-1 { color: var(--band1); }
.band-2 { color: var(--band2); } .band-3 { color: var(--band3); }
.band-desc { margin: .9rem 0 0; }
.callout { margin: 1rem 0 0; padding: .75rem 1rem; border-left: 5px solid var(--warn);
  background: var(--warn-soft); border-radius: 0 6px 6px 0; break-inside: avoid; }
.callout p { margin: 0 0 .3rem; font-weight: 600; }
.print-hint { font-size: .9rem; }
figure { margin: 0 0 1.25rem; break-inside: avoid; }
figure svg { display: block; width: 100%; max-width: 30rem; height: auto; }
table.area-table { max-width: 44rem; }
.table-wrap { overflow-x: auto; }
tbody th { font-weight: 600; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; color: var(--muted); font-size: .9rem; padding-bottom: .3rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem;
  border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); font-size: .9rem; border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; }
.gap { border: 1px solid var(--line); border-left: 5px solid var(--claimed-edge);
  border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
.gap.critical { border-left-color: var(--crit); }
.gap-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem .8rem;
  font-size: .9rem; color: var(--muted); margin-bottom: .35rem; }
.rank { font-weight: 700; color: var(--ink); font-size: 1rem; }
.prio b { color: var(--ink); font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem;
  font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.badge.crit { background: var(--crit-soft); color: var(--crit); }
.gap h3 { margin: 0 0 .2rem; }
.qid { margin: 0 0 .5rem; font-size: .9rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem;
  margin: .4rem 0; font-size: .95rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.facts dd ul { margin: 0; padding-left: 1.1rem; }
.todo { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
table.register { table-layout: fixed; }
.register .c-question { width: 46%; }
.register .c-answer { width: 18%; }
.register td ul { margin: 0; padding-left: 1.1rem; }
table.overview { font-size: .92rem; }
.overview td.rank-cell { white-space: nowrap; font-weight: 700; }
.overview a { color: inherit; text-decoration: none; }
.overview a:hover { text-decoration: underline; }
.overview .o-level { font-size: .88rem; }
.overview .crit-mark { color: var(--crit); font-weight: 700; }
.count { color: var(--muted); font-weight: 400; font-size: .95rem; }
section.register-area { margin-top: 1.25rem; }
footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 1px solid var(--line);
  color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) {
  main { padding: 1rem .85rem 2rem; }
  h1 { font-size: 1.55rem; }
  h2 { font-size: 1.25rem; margin-top: 2rem; }
  .card .value { font-size: 1.8rem; }
  .todo { grid-template-columns: 1fr; }
  .meta { grid-template-columns: 1fr; gap: 0; }
  .meta dd { margin-bottom: .35rem; }
  .facts { font-size: .9rem; gap: .15rem .6rem; }
  .gap { padding: .6rem .75rem; }
  .gap h3 { font-size: 1rem; }
  table { font-size: .9rem; }
  th, td { padding: .35rem .4rem; }
  table.area-table { font-size: .85rem; }
  .area-table th, .area-table td { padding: .35rem .3rem; }
  table.register, .register tbody, .register tr, .register td { display: block; width: 100%; }
  .register thead { display: none; }
  .register tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
  .register td { border: 0; padding: .15rem 0; }
  .overview .o-area, .overview .o-level { display: none; }
  .register td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
@media (max-width: 30rem) {
  .area-table .answered { display: none; }
}
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  html { font-size: 9pt; }
  body { font-size: 1rem; }
  main { max-width: none; padding: 0; }
  nav.toc, .print-hint { display: none; }
  a { color: inherit; text-decoration: none; }
  h1 { font-size: 1.9rem; }
  h2 { margin: 1.2rem 0 .6rem; break-after: avoid; }
  section.page > h2:first-child { margin-top: 0; }
  h3, h4 { break-after: avoid; }
  section.page { break-before: page; }
  thead { display: table-header-group; }
  tr, .gap, .card, figure, .callout { break-inside: avoid; }
  .cards { grid-template-columns: repeat(5, minmax(0, 1fr)); gap: .5rem; }
  .cards .band-card { grid-column: auto; }
  .card { padding: .5rem .7rem; }
  .card .value { font-size: 1.8rem; }
  .card .value.text { font-size: 1.15rem; }
  figure svg { max-width: 92mm; }
  .facts { grid-template-columns: max-content minmax(0, 1fr) max-content minmax(0, 1fr);
    gap: .1rem .8rem; }
  .qid { margin-bottom: .25rem; }
  h4 { margin-top: .4rem; }
  footer { break-before: avoid; margin-top: 1rem; }
  .gap { margin-bottom: .5rem; padding: .45rem .7rem; }
  .gap h3 { font-size: 1.05rem; }
  .overview .o-question { width: 42%; }
  .overview .o-area { width: 14%; }
  .overview .o-level { width: 16%; }
}
""".strip()


def _band_class(bank: Questionnaire, band: Band | None) -> str:
    """``band-0`` (lowest) to ``band-3`` (highest), spread over the bank's bands."""
    if band is None or band not in bank.bands or len(bank.bands) < 2:
        return "band-1"
    position = bank.bands.index(band) / (len(bank.bands) - 1)
    return f"band-{round(position * 3)}"


def _band_label(band: Band | None, lang: str) -> str:
    return localize(band.label, lang) if band is not None else t("no_score", lang)


# --- the chart ---------------------------------------------------------------------------------

_W = 400  # the chart's coordinate width; the SVG scales to the page
_X0, _X1 = 6, 350  # the 0 and 100 of the axis
_TOP = 30  # below the legend
_GROUP = 58  # the height of one area: its title and two bars
_BAR = 14


def _x(score: float) -> float:
    return _X0 + (_X1 - _X0) * max(0.0, min(score, 100.0)) / 100.0


def _f(x: float) -> str:
    """A coordinate with one decimal, the same on every platform."""
    return f"{x:.1f}"


def _bar(score: float | None, y: float, css_fill: str, stroke: str, lang: str, bold: bool) -> str:
    weight = ' font-weight="700"' if bold else ""
    if score is None:
        return (
            f'<text x="{_f(_X0 + 2)}" y="{_f(y + _BAR - 2)}" font-size="13" '
            f'fill="#556070">{e(t("no_score", lang))}</text>'
        )
    end = _x(score)
    width = max(end - _X0, 0.0)
    return (
        f'<rect x="{_f(_X0)}" y="{_f(y)}" width="{_f(width)}" height="{_BAR}" '
        f'fill="{css_fill}" stroke="{stroke}" stroke-width="1"/>'
        f'<text x="{_f(end + 5)}" y="{_f(y + _BAR - 2)}" font-size="13"{weight} '
        f'fill="#1b2430">{e(number(score, lang))}</text>'
    )


def chart(result: Result, lang: str) -> str:
    """The SVG chart: a claimed and a verified bar for each area, on an axis from 0 to 100."""
    bank = result.questionnaire
    areas = result.areas
    bottom = _TOP + _GROUP * len(areas)
    height = bottom + 42
    title = t("report.chart_title", lang)
    out = [
        f'<svg viewBox="0 0 {_W} {height}" width="{_W}" height="{height}" role="img" '
        f'aria-label="{e(title)}" aria-describedby="chart-desc" '
        f'preserveAspectRatio="xMinYMin meet" font-family="inherit">',
        f'<title id="chart-title">{e(title)}</title>',
        f'<desc id="chart-desc">{e(t("report.chart_desc", lang))}</desc>',
        # the legend
        '<g class="legend" font-size="14">',
        f'<rect x="{_X0}" y="6" width="14" height="14" fill="#9cc3e6" stroke="#4f86c0"/>',
        f'<text x="{_X0 + 20}" y="18">{e(t("claimed", lang))}</text>',
        f'<rect x="{_X0 + 150}" y="6" width="14" height="14" fill="#1f4e8c" stroke="#1f4e8c"/>',
        f'<text x="{_X0 + 170}" y="18">{e(t("verified", lang))}</text>',
        "</g>",
        # the grid and the axis
        '<g class="axis" font-size="12" fill="#556070">',
    ]
    for tick in (0, 25, 50, 75, 100):
        x = _f(_x(tick))
        out.append(
            f'<line x1="{x}" y1="{_TOP - 4}" x2="{x}" y2="{bottom}" stroke="#d5dbe3" '
            'stroke-width="1"/>'
        )
        out.append(f'<text x="{x}" y="{bottom + 15}" text-anchor="middle">{tick}</text>')
    out.append(
        f'<line x1="{_X0}" y1="{bottom}" x2="{_X1}" y2="{bottom}" stroke="#556070" '
        f'stroke-width="1"/>'
    )
    out.append(
        f'<text x="{_f((_X0 + _X1) / 2)}" y="{bottom + 34}" text-anchor="middle">'
        f"{e(t('report.axis', lang))}</text>"
    )
    out.append("</g>")
    for i, a in enumerate(areas):
        y = _TOP + i * _GROUP
        name = area_title(bank, a.id, lang)
        label = t(
            "report.chart_label",
            lang,
            area=name,
            claimed=number(a.score, lang),
            verified=number(a.verified, lang),
        )
        out.append(f'<g class="area" data-area="{e(a.id)}">')
        out.append(f"<title>{e(label)}</title>")
        out.append(
            f'<text x="{_X0}" y="{_f(y + 14)}" font-size="14.5" font-weight="600" '
            f'fill="#1b2430">{e(name)}</text>'
        )
        out.append(_bar(a.score, y + 20, "#9cc3e6", "#4f86c0", lang, bold=False))
        out.append(_bar(a.verified, y + 20 + _BAR + 3, "#1f4e8c", "#1f4e8c", lang, bold=True))
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


# --- the sections ------------------------------------------------------------------------------


def _header(result: Result, lang: str) -> list[str]:
    bank, ctx = result.questionnaire, result.context
    heading = ctx.institution or localize(bank.title, lang)
    rows = [
        (t("unit", lang), ctx.unit),
        (t("assessor", lang), ctx.assessor),
        (t("date", lang), ctx.date),
        (
            t("questionnaire", lang),
            f"{localize(bank.title, lang)} ({bank.id} {bank.version})",
        ),
    ]
    out = [
        "<header>",
        f'<p class="eyebrow">{e(t("report.kind", lang))}</p>',
        f"<h1>{e(heading)}</h1>",
        '<dl class="meta">',
    ]
    for label, value in rows:
        if value:
            out.append(f"<dt>{e(label)}</dt><dd>{e(value)}</dd>")
    out.append("</dl>")
    out.append("</header>")
    return out


def _nav(result: Result, lang: str) -> list[str]:
    links = [
        ("summary", t("report.summary", lang)),
        ("method", t("report.method", lang)),
        ("areas", t("report.area_scores", lang)),
        ("gaps", f"{t('gaps', lang)} ({len(result.gaps)})"),
        ("register", t("report.evidence_register", lang)),
    ]
    items = "".join(f'<li><a href="#{key}">{e(label)}</a></li>' for key, label in links)
    return [
        f'<nav class="toc" aria-label="{e(t("report.contents", lang))}">',
        f"<ol>{items}</ol>",
        "</nav>",
    ]


def _summary(result: Result, lang: str) -> list[str]:
    r, bank = result, result.questionnaire
    out100 = e(t("report.out_of", lang))
    critical = sum(1 for g in r.gaps if g.critical)
    coverage = t("report.coverage_sub", lang, answered=r.answered, applicable=r.applicable)
    band_class = _band_class(bank, r.band)
    verified_class = _band_class(bank, r.verified_band)
    out = [
        '<section id="summary" class="summary">',
        f"<h2>{e(t('report.summary', lang))}</h2>",
        '<div class="cards">',
        '<div class="card claimed">'
        f'<div class="label">{e(t("overall_claimed", lang))}</div>'
        f'<div class="value">{e(number(r.overall, lang))}</div>'
        f'<div class="sub">{out100}</div></div>',
        '<div class="card verified">'
        f'<div class="label">{e(t("overall_verified", lang))}</div>'
        f'<div class="value">{e(number(r.verified, lang))}</div>'
        f'<div class="sub">{out100}</div></div>',
        '<div class="card band-card">'
        f'<div class="label">{e(t("band", lang))}</div>'
        f'<div class="value text"><span class="band {band_class}">'
        f"{e(_band_label(r.band, lang))}</span></div>"
        f'<div class="sub">{e(t("band_verified", lang))}: '
        f'<span class="band {verified_class}">{e(_band_label(r.verified_band, lang))}</span>'
        "</div></div>",
        '<div class="card">'
        f'<div class="label">{e(t("coverage", lang))}</div>'
        f'<div class="value">{e(percent(r.coverage, lang))}</div>'
        f'<div class="sub">{e(coverage)}</div></div>',
        '<div class="card">'
        f'<div class="label">{e(t("report.gap_count", lang))}</div>'
        f'<div class="value">{len(r.gaps)}</div>'
        f'<div class="sub">{e(t("critical", lang))}: {critical}</div></div>',
        "</div>",
    ]
    if r.band is not None:
        out.append(
            f'<p class="band-desc"><strong class="band {band_class}">'
            f"{e(localize(r.band.label, lang))}</strong>: "
            f"{e(localize(r.band.description, lang))}</p>"
        )
    if r.capped_by and bank.critical_cap:
        cap = bank.band(bank.critical_cap)
        label = localize(cap.label, lang) if cap is not None else bank.critical_cap
        out.append('<div class="callout" role="note">')
        out.append(f"<p>{e(t('report.cap_note', lang, band=label))}</p>")
        out.append("<ul>")
        for qid in r.capped_by:
            question = bank.question(qid)
            text = localize(question.text, lang) if question is not None else ""
            out.append(f'<li><a href="#gap-{e(qid)}"><code>{e(qid)}</code></a> {e(text)}</li>')
        out.append("</ul>")
        out.append("</div>")
    out.append(f'<p class="print-hint muted">{e(t("report.print_hint", lang))}</p>')
    out.append("</section>")
    return out


def _areas(result: Result, lang: str) -> list[str]:
    bank = result.questionnaire
    out = [
        '<section id="areas" class="page">',
        f"<h2>{e(t('report.area_scores', lang))}</h2>",
        "<figure>",
        chart(result, lang),
        "</figure>",
        '<div class="table-wrap">',
        '<table class="area-table">',
        f"<caption>{e(t('report.table_caption', lang))}</caption>",
        "<thead><tr>"
        f'<th scope="col">{e(t("area", lang))}</th>'
        f'<th scope="col" class="num">{e(t("claimed", lang))}</th>'
        f'<th scope="col" class="num">{e(t("verified", lang))}</th>'
        f'<th scope="col" class="num answered">{e(t("answered", lang))}</th>'
        "</tr></thead>",
        "<tbody>",
    ]
    out += [_area_row(bank, a, lang) for a in result.areas]
    out.append("</tbody>")
    out.append(
        "<tfoot><tr>"
        f'<th scope="row">{e(t("report.overall", lang))}</th>'
        f'<td class="num"><strong>{e(number(result.overall, lang))}</strong></td>'
        f'<td class="num"><strong>{e(number(result.verified, lang))}</strong></td>'
        f'<td class="num answered">{result.answered}/{result.applicable}</td>'
        "</tr></tfoot>"
    )
    out.append("</table>")
    out.append("</div>")
    out.append("</section>")
    return out


def _area_row(bank: Questionnaire, a: AreaResult, lang: str) -> str:
    return (
        f'<tr data-area="{e(a.id)}">'
        f'<th scope="row">{e(area_title(bank, a.id, lang))}</th>'
        f'<td class="num">{e(number(a.score, lang))}</td>'
        f'<td class="num">{e(number(a.verified, lang))}</td>'
        f'<td class="num answered">{a.answered}/{a.applicable}</td>'
        "</tr>"
    )


def _gaps(result: Result, lang: str) -> list[str]:
    out = [
        '<section id="gaps" class="page">',
        f"<h2>{e(t('gaps', lang))} ({len(result.gaps)})</h2>",
    ]
    if not result.gaps:
        out.append(f"<p>{e(t('no_gaps', lang))}</p>")
    else:
        out.append(f'<p class="muted">{e(t("report.gaps_intro", lang))}</p>')
        out += _overview(result, lang)
    for i, g in enumerate(result.gaps, 1):
        out += _gap(result, g, i, lang)
    out.append("</section>")
    return out


def _overview(result: Result, lang: str) -> list[str]:
    """The gaps at a glance: one line each, linked to its card below."""
    bank = result.questionnaire
    out = [
        '<div class="table-wrap">',
        '<table class="overview">',
        f"<caption>{e(t('report.overview', lang))}</caption>",
        "<thead><tr>"
        '<th scope="col">#</th>'
        f'<th scope="col" class="o-question">{e(t("question", lang))}</th>'
        f'<th scope="col" class="o-area">{e(t("area", lang))}</th>'
        f'<th scope="col" class="o-level">{e(t("current", lang))}</th>'
        f'<th scope="col" class="o-level">{e(t("target", lang))}</th>'
        f'<th scope="col" class="num">{e(t("priority", lang))}</th>'
        "</tr></thead>",
        "<tbody>",
    ]
    for i, g in enumerate(result.gaps, 1):
        mark = f' <span class="crit-mark">({e(t("critical", lang))})</span>' if g.critical else ""
        out.append(
            "<tr>"
            f'<td class="rank-cell">{i}.</td>'
            f'<td><a href="#gap-{e(g.id)}">{e(localize(g.question.text, lang))}</a>{mark}</td>'
            f'<td class="o-area">{e(area_title(bank, g.area, lang))}</td>'
            f'<td class="o-level">{e(current_text(g, lang))}</td>'
            f'<td class="o-level">{e(target_text(result, g, lang))}</td>'
            f'<td class="num">{e(number(g.priority, lang, 2))}</td>'
            "</tr>"
        )
    out += ["</tbody>", "</table>", "</div>"]
    return out


def _gap(result: Result, g: Gap, rank: int, lang: str) -> list[str]:
    bank = result.questionnaire
    css = "gap critical" if g.critical else "gap"
    badge = f'<span class="badge crit">{e(t("critical", lang))}</span>' if g.critical else ""
    facts = [
        (t("current", lang), e(current_text(g, lang))),
        (t("target", lang), e(target_text(result, g, lang))),
        (t("why", lang), e(reasons_text(g, lang))),
    ]
    if g.next_level is not None:
        facts.append(
            (
                t("next_level", lang),
                f"<strong>{e(value_text(g.question, g.next_level.value, lang))}</strong>: "
                f"{e(localize(g.next_level.description, lang))}",
            )
        )
    missing = missing_text(g, lang)
    if missing:
        facts.append((t("missing", lang), _list(missing)))
    out = [
        f'<article class="{css}" id="gap-{e(g.id)}">',
        '<div class="gap-head">'
        f'<span class="rank">{rank}.</span>'
        f'<span class="prio">{e(t("priority", lang))} '
        f"<b>{e(number(g.priority, lang, 2))}</b></span>"
        f"{badge}"
        f'<span class="area">{e(area_title(bank, g.area, lang))}</span>'
        "</div>",
        f"<h3>{e(localize(g.question.text, lang))}</h3>",
        f'<p class="qid"><code>{e(g.id)}</code></p>',
        '<dl class="facts">',
    ]
    out += [f"<dt>{e(label)}</dt><dd>{value}</dd>" for label, value in facts]
    out.append("</dl>")
    out.append('<div class="todo">')
    out.append(f"<div><h4>{e(t('evidence_to_collect', lang))}</h4>")
    out.append(_list(localize(x, lang) for x in g.question.evidence))
    out.append("</div>")
    out.append(
        f"<div><h4>{e(t('action', lang))}</h4><p>{e(localize(g.question.action, lang))}</p></div>"
    )
    out.append("</div>")
    out.append("</article>")
    return out


def _list(items: Iterable[str]) -> str:
    texts = list(items)
    if not texts:
        return "<p>–</p>"
    return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in texts) + "</ul>"


def _register(result: Result, lang: str) -> list[str]:
    bank = result.questionnaire
    given = [q for a in result.areas for q in with_evidence(a)]
    count = sum(len(q.answer.evidence) for q in given if q.answer is not None)
    out = [
        '<section id="register" class="page">',
        f"<h2>{e(t('report.evidence_register', lang))}</h2>",
        f'<p class="muted">{e(t("report.register_intro", lang))} '
        f"{e(t('report.register_count', lang, count=count, questions=len(given)))}</p>",
    ]
    question_label = e(t("question", lang))
    answer_label = e(t("report.answer", lang))
    evidence_label = e(t("evidence", lang))
    for a in result.areas:
        rows = with_evidence(a)
        items = sum(len(q.answer.evidence) for q in rows if q.answer is not None)
        out.append(f'<section class="register-area" data-area="{e(a.id)}">')
        out.append(
            f'<h3>{e(area_title(bank, a.id, lang))} <span class="count">({items})</span></h3>'
        )
        if not rows:
            out.append(f'<p class="muted">{e(t("report.register_empty", lang))}</p>')
            out.append("</section>")
            continue
        out.append('<table class="register">')
        out.append(
            "<thead><tr>"
            f'<th scope="col" class="c-question">{question_label}</th>'
            f'<th scope="col" class="c-answer">{answer_label}</th>'
            f'<th scope="col" class="c-evidence">{evidence_label}</th>'
            "</tr></thead>"
        )
        out.append("<tbody>")
        for q in rows:
            assert q.answer is not None
            out.append(
                "<tr>"
                f"<td><code>{e(q.id)}</code> {e(localize(q.question.text, lang))}</td>"
                f'<td data-label="{answer_label}">{e(answer_text(q, lang))}</td>'
                f"<td>{_list(q.answer.evidence)}</td>"
                "</tr>"
            )
        out.append("</tbody>")
        out.append("</table>")
        out.append("</section>")
    out.append("</section>")
    return out


def _method(result: Result, lang: str) -> list[str]:
    bank = result.questionnaire
    text = t("report.method_text", lang)
    cap = bank.band(bank.critical_cap) if bank.critical_cap else None
    if cap is not None:
        text += " " + t("report.method_cap", lang, band=localize(cap.label, lang))
    text += " " + t("report.method_gaps", lang)
    return [
        '<section id="method" class="method">',
        f"<h2>{e(t('report.method', lang))}</h2>",
        f"<p>{e(text)}</p>",
        "</section>",
    ]


def render_html(result: Result, lang: str) -> str:
    """The report as one self-contained HTML page in ``lang`` (``"lv"`` or ``"en"``)."""
    bank, ctx = result.questionnaire, result.context
    title = localize(bank.title, lang)
    if ctx.institution:
        title = f"{ctx.institution} — {title}"
    if ctx.date:
        title += f" ({ctx.date})"
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light">',
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="cse-assess {e(__version__)}">',
        f"<title>{e(title)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    out += _header(result, lang)
    out += _nav(result, lang)
    out += _summary(result, lang)
    out += _method(result, lang)
    out += _areas(result, lang)
    out += _gaps(result, lang)
    out += _register(result, lang)
    out.append(
        f"<footer>{e(t('report.generated', lang, version=__version__))} "
        f"{e(t('questionnaire', lang))}: {e(bank.id)} {e(bank.version)}.</footer>"
    )
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
