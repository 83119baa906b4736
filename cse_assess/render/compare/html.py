"""The comparison of two assessments as one self-contained HTML page.

Inline CSS, no script, nothing loaded from outside the file (a strict Content-Security-Policy
says so to the browser too). Every text from an assessment or a question bank is escaped. The
output is deterministic: the same comparison and language give the same bytes (no clock).
"""

from __future__ import annotations

from cse_assess._version import __version__
from cse_assess.core.model import localize
from cse_assess.many.compare import Change, Comparison
from cse_assess.render import number, t
from cse_assess.render._html import Markup, page
from cse_assess.render.compare.views import (
    answer_change,
    area_name,
    delta_text,
    direction,
    question_text,
    side,
)
from cse_assess.render.report.html import e

CSP = "default-src 'none'; style-src 'unsafe-inline'"
"""Nothing but the page's own inline styles."""


_CSS = """
:root { --ink: #1b2430; --muted: #556070; --line: #d5dbe3; --soft: #f3f5f8;
  --old: #9cc3e6; --new: #1f4e8c; --up: #027a48; --down: #b42318; --warn: #8a4b00;
  --warn-soft: #fff4e0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
    Arial, sans-serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; margin: .25rem 0 .75rem; line-height: 1.25; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-bottom: .3rem;
  border-bottom: 3px solid var(--new); }
p { margin: .5rem 0; }
code { font: .85em/1.3 ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace;
  background: var(--soft); padding: .05em .3em; border-radius: 3px; overflow-wrap: anywhere; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.callout { margin: 1rem 0 0; padding: .6rem 1rem; border-left: 5px solid var(--warn);
  background: var(--warn-soft); border-radius: 0 6px 6px 0; }
.callout.note { border-left-color: var(--new); background: var(--soft); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem;
  border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); font-size: .9rem; border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.overall th, tr.overall td { font-weight: 700; }
.up { color: var(--up); font-weight: 600; }
.down { color: var(--down); font-weight: 600; }
.same { color: var(--muted); }
.bars { width: 10rem; }
.bar { height: .45rem; border-radius: 2px; margin: .15rem 0; }
.bar.old { background: var(--old); }
.bar.new { background: var(--new); }
.muted { color: var(--muted); font-size: .9rem; }
th.key { font-weight: 400; white-space: nowrap; }
.swatch { display: inline-block; width: .9rem; height: .45rem; border-radius: 2px;
  margin-right: .25rem; vertical-align: middle; }
.swatch.old { background: var(--old); }
.swatch.new { background: var(--new); }
ul.ids { padding-left: 1.25rem; margin: .25rem 0; }
ul.ids li { margin: .15rem 0; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
@media print { main { max-width: none; padding: 0; } tr { break-inside: avoid; } }
""".strip()


def _bar(score: float | None, cls: str) -> str:
    if score is None:
        return ""
    width = max(0.0, min(score, 100.0))
    return f'<div class="bar {cls}" style="width: {width:.1f}%"></div>'


def _row(label: str, change: Change, lang: str, cls: str = "") -> str:
    way = direction(change.delta)
    klass = f' class="{cls}"' if cls else ""
    return (
        f'<tr{klass}><th scope="row">{e(label)}</th>'
        f'<td class="num">{e(number(change.old, lang))}</td>'
        f'<td class="num">{e(number(change.new, lang))}</td>'
        f'<td class="num {way}">{e(delta_text(change.delta, lang))}</td>'
        f'<td class="bars" aria-hidden="true">{_bar(change.old, "old")}'
        f"{_bar(change.new, 'new')}</td></tr>"
    )


def render_compare_html(c: Comparison, lang: str) -> str:
    """The comparison as one self-contained HTML page in ``lang``."""
    old, new = c.old, c.new
    title = t("compare.title", lang)
    who = new.context.institution or old.context.institution
    page_title = f"{who} — {title}" if who else title
    out = [
        f"<h1>{e(page_title)}</h1>",
        '<dl class="meta">',
        f"<dt>{e(t('questionnaire', lang))}</dt><dd>{e(localize(new.questionnaire.title, lang))}"
        f" ({e(new.questionnaire.id)})</dd>",
        f"<dt>{e(t('compare.old', lang))}</dt><dd>{e(side(old, lang))}</dd>",
        f"<dt>{e(t('compare.new', lang))}</dt><dd>{e(side(new, lang))}</dd>",
        "</dl>",
    ]
    warning = t("warning", lang).capitalize()
    for w in c.warnings:
        out.append(
            f'<div class="callout" role="note"><strong>{e(warning)}:</strong> '
            f"{e(w.message(lang))}</div>"
        )
    for n in c.notes:
        out.append(
            f'<div class="callout note" role="note"><strong>{e(t("compare.note", lang))}:</strong>'
            f" {e(n.message(lang))}</div>"
        )
    out += [
        f"<h2>{e(t('compare.areas', lang))}</h2>",
        '<div class="table-wrap"><table>',
        "<thead><tr>"
        f'<th scope="col">{e(t("area", lang))}</th>'
        f'<th scope="col" class="num">{e(t("compare.old", lang))}</th>'
        f'<th scope="col" class="num">{e(t("compare.new", lang))}</th>'
        f'<th scope="col" class="num">{e(t("compare.change", lang))}</th>'
        f'<th scope="col" class="key"><span class="swatch old"></span>{e(t("compare.old", lang))}'
        f' <span class="swatch new"></span>{e(t("compare.new", lang))}</th>'
        "</tr></thead>",
        "<tbody>",
        _row(t("compare.overall_claimed", lang), c.overall, lang, "overall"),
        _row(t("compare.overall_verified", lang), c.verified, lang, "overall"),
    ]
    for a in c.areas:
        label = area_name(c, a.id, lang)
        if not a.in_old:
            label += f" ({t('compare.only_new', lang)})"
        elif not a.in_new:
            label += f" ({t('compare.only_old', lang)})"
        out.append(_row(label, a.claimed, lang))
    out += [
        "</tbody></table></div>",
        f'<p class="muted">{e(t("compare.legend", lang))}</p>',
    ]
    for key, items in (("compare.improved", c.improved), ("compare.regressed", c.regressed)):
        out.append(f"<h2>{e(t(key, lang))} ({len(items)})</h2>")
        if not items:
            out.append(f'<p class="muted">{e(t("compare.none", lang))}</p>')
            continue
        out += [
            '<div class="table-wrap"><table>',
            "<thead><tr>"
            f'<th scope="col">{e(t("question", lang))}</th>'
            f'<th scope="col">{e(t("compare.old", lang))}</th>'
            f'<th scope="col">{e(t("compare.new", lang))}</th>'
            "</tr></thead>",
            "<tbody>",
        ]
        for q in items:
            before, after = answer_change(q, lang)
            out.append(
                f"<tr><td><code>{e(q.id)}</code><br>{e(localize(q.question.text, lang))}</td>"
                f"<td>{e(before)}</td><td>{e(after)}</td></tr>"
            )
        out.append("</tbody></table></div>")
    for key, ids in (
        ("compare.gaps_closed", c.gaps_closed),
        ("compare.gaps_opened", c.gaps_opened),
        ("compare.added", c.added),
        ("compare.removed", c.removed),
    ):
        if key in ("compare.added", "compare.removed") and not c.version_changed and not ids:
            continue
        out.append(f"<h2>{e(t(key, lang))} ({len(ids)})</h2>")
        if not ids:
            out.append(f'<p class="muted">{e(t("compare.none", lang))}</p>')
            continue
        out.append('<ul class="ids">')
        out += [f"<li><code>{e(qid)}</code> {e(question_text(c, qid, lang))}</li>" for qid in ids]
        out.append("</ul>")
    return page(
        lang,
        page_title,
        Markup("\n".join(out)),  # every piece built with e() (markupsafe)
        css=_CSS,
        skip_label=t("report.skip", lang),
        footer=t("compare.generated", lang, version=__version__),
    )
