"""The management report as one self-contained HTML page: inline CSS and SVG, no script.

Page one is the executive summary a manager takes to the meeting: the band (or why there is
none yet), the claimed and verified scores, coverage, the five gaps that matter most with their
first action, the strongest areas and answers, and what changed since the previous assessment.
The appendix follows, each part on a new printed page: scores by area (a chart with each area's
target), every gap as a card with owner, due date and status, the N/A answers with their
justifications, the answers marked to check later (only where there are any), the evidence
register of every answer, and the method.

The page is built on the one chrome of :mod:`cse_assess.render._html` (structural escaping,
nothing loaded from elsewhere, a strict Content-Security-Policy); it reads on a phone and
prints on A4. The same report gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable

from cse_assess.core.model import localize
from cse_assess.core.scoring import AreaResult, Gap, Result
from cse_assess.many.compare import Comparison, compare
from cse_assess.many.plan import ActionPlan
from cse_assess.render import current_text, missing_text, number, percent, t, target_text
from cse_assess.render._html import CSP, Markup, el, join, page
from cse_assess.render._rows import area_title, reasons_text, value_text
from cse_assess.render.report._model import (
    RegisterRow,
    Report,
    area_target,
    as_report,
    band_name,
    band_text,
    band_tone,
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
    score_tone,
    state_text,
    status_text,
    strong_answers,
    strong_areas,
    top_gaps,
    withheld_text,
)

__all__ = ["CSP", "chart", "e", "render_html"]


def e(text: object) -> Markup:
    """``text`` escaped for HTML (kept for callers of the former helper)."""
    return join([str(text)])


_CSS = """
:root { --claimed: #9cc3e6; --claimed-edge: #4f86c0; --verified: #1f4e8c;
  --t-low: #b42318; --t-mid: #8a5300; --t-high: #05603a; }
.t-low { color: var(--t-low); } .t-mid { color: var(--t-mid); } .t-high { color: var(--t-high); }
.t-none { color: var(--muted); }
.eyebrow { margin: 0; color: var(--muted); font-size: .95rem; }
.headline { display: grid;
  grid-template-columns: minmax(0, 2fr) repeat(3, minmax(0, 1fr)); gap: .6rem;
  margin: 1rem 0 .5rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .9rem;
  break-inside: avoid; }
.card .label { color: var(--muted); font-size: .85rem; }
.card .value { font-size: 2rem; font-weight: 700; line-height: 1.15;
  font-variant-numeric: tabular-nums; }
.card .value.text { font-size: 1.25rem; padding-top: .25rem; }
.card .sub { color: var(--muted); font-size: .85rem; }
.card.verified { border-top: 5px solid var(--verified); }
.card.claimed { border-top: 5px solid var(--claimed-edge); }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .75rem;
  font-weight: 700; letter-spacing: .02em; background: var(--warn-soft); color: var(--warn);
  vertical-align: middle; }
.badge.crit { background: var(--crit-soft); color: var(--crit); }
.band-desc { margin: .3rem 0 0; font-size: .95rem; }
ol.next { padding-left: 1.4rem; margin: .3rem 0 .6rem; }
ol.next li { margin: .35rem 0; }
ol.next .q { font-weight: 600; }
ol.next .act { display: block; }
ol.next .who { display: block; color: var(--muted); font-size: .9rem; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
.two ul { padding-left: 1.1rem; }
.num-inline { font-variant-numeric: tabular-nums; font-weight: 700; }
.made { color: var(--muted); font-size: .85rem; margin: .3rem 0 0; }
nav.toc { margin: 1rem 0 0; padding: .5rem .9rem; background: var(--soft); border-radius: 6px;
  font-size: .95rem; }
nav.toc ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap;
  gap: .25rem 1.25rem; }
figure svg { display: block; width: 100%; max-width: 34rem; height: auto; }
table.area-table { max-width: 48rem; }
.gap { border: 1px solid var(--line); border-left: 5px solid var(--claimed-edge);
  border-radius: 6px; padding: .6rem .9rem; margin: 0 0 .8rem; break-inside: avoid; }
.gap.critical { border-left-color: var(--crit); }
.gap-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem .8rem;
  font-size: .9rem; color: var(--muted); margin-bottom: .3rem; }
.rank { font-weight: 700; color: var(--ink); font-size: 1rem; }
.gap h3 { margin: 0 0 .2rem; font-size: 1.05rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .9rem; margin: .3rem 0;
  font-size: .95rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.facts dd ul { margin: 0; padding-left: 1.1rem; }
.assign { display: grid; grid-template-columns: repeat(3, 1fr); gap: .2rem 1rem; margin-top: .4rem;
  padding-top: .35rem; border-top: 1px dashed var(--line); font-size: .9rem; }
.assign .blank { color: var(--muted); }
table.overview, table.register, table.na, table.marked { font-size: .92rem; }
.register td ul { margin: 0; padding-left: 1.1rem; }
.register .c-q { width: 38%; }
.proof-missing { color: var(--crit); font-weight: 600; }
.mark-line { color: var(--warn); font-size: .9rem; }
.count { color: var(--muted); font-weight: 400; font-size: .95rem; }
@media (max-width: 48rem) {
  .headline { grid-template-columns: 1fr 1fr; }
  .headline .band-card { grid-column: span 2; }
  .two, .assign { grid-template-columns: 1fr; }
  .facts { grid-template-columns: 1fr; }
}
@page { size: A4; margin: 13mm 13mm 14mm; }
@media print {
  html { font-size: 8.6pt; }
  nav.toc { display: none; }
  h1 { font-size: 1.7rem; margin-bottom: .4rem; }
  h2 { margin: .9rem 0 .5rem; }
  section.summary h2 { margin-top: .7rem; }
  section.page { break-before: page; }
  section.page > h2:first-child { margin-top: 0; }
  .headline { grid-template-columns: minmax(0, 2fr) repeat(3, minmax(0, 1fr)); gap: .4rem; }
  .headline .band-card { grid-column: auto; }
  header .meta { grid-template-columns: max-content 1fr max-content 1fr; gap: .1rem .8rem; }
  .card { padding: .4rem .6rem; }
  .card .value { font-size: 1.5rem; }
  ol.next li { margin: .2rem 0; }
  section.summary { font-size: .93rem; }
  section#gaps, section#register, section#na, section#marked { font-size: .9rem; }
  .register th, .register td, .overview th, .overview td { padding: .25rem .4rem; }
  .gap { margin-bottom: .45rem; padding: .4rem .7rem; }
  .facts { grid-template-columns: max-content minmax(0, 1fr) max-content minmax(0, 1fr); }
  figure svg { max-width: 120mm; }
  .two, .assign { grid-template-columns: 1fr 1fr; }
  .assign { grid-template-columns: repeat(3, 1fr); }
  footer { margin-top: 1rem; }
}
"""


# --- the chart ---------------------------------------------------------------------------------
_W = 440  # the chart's coordinate width; the SVG scales to the page
_X0, _X1 = 6, 380  # the 0 and 100 of the axis
_TOP = 30
_GROUP = 56
_BAR = 13
_TARGET = "#b42318"


def _x(score: float) -> float:
    return _X0 + (_X1 - _X0) * max(0.0, min(score, 100.0)) / 100.0


def _f(x: float) -> str:
    """A coordinate with one decimal, the same on every platform."""
    return f"{x:.1f}"


def _bar(score: float | None, y: float, fill: str, stroke: str, lang: str, bold: bool) -> Markup:
    if score is None:
        return el(
            "text",
            t("no_score", lang),
            x=_f(_X0 + 2),
            y=_f(y + _BAR - 2),
            font_size="13",
            fill="#4d5866",
        )
    end = _x(score)
    return el(
        "rect",
        x=_f(_X0),
        y=_f(y),
        width=_f(max(end - _X0, 0.0)),
        height=_BAR,
        fill=fill,
        stroke=stroke,
        stroke_width="1",
    ) + el(
        "text",
        number(score, lang),
        x=_f(end + 5),
        y=_f(y + _BAR - 2),
        font_size="13",
        font_weight="700" if bold else None,
        fill="#1b2430",
    )


def chart(result: Result, lang: str) -> Markup:
    """The SVG chart: each area's claimed and verified bars on an axis from 0 to 100, with a
    red mark at the area's target."""
    bank = result.questionnaire
    bottom = _TOP + _GROUP * len(result.areas)
    height = bottom + 42
    title = t("report.chart_title", lang)
    parts: list[Markup] = [
        el("title", title, id="chart-title"),
        el("desc", t("report.chart_desc", lang), id="chart-desc"),
        el(
            "g",
            el("rect", x=_X0, y=6, width=14, height=14, fill="#9cc3e6", stroke="#4f86c0"),
            el("text", t("claimed", lang), x=_X0 + 20, y=18),
            el("rect", x=_X0 + 130, y=6, width=14, height=14, fill="#1f4e8c", stroke="#1f4e8c"),
            el("text", t("verified", lang), x=_X0 + 150, y=18),
            el("line", x1=_X0 + 262, y1=4, x2=_X0 + 262, y2=22, stroke=_TARGET, stroke_width="3"),
            el("text", t("target", lang), x=_X0 + 270, y=18),
            class_="legend",
            font_size="14",
            fill="#1b2430",
        ),
    ]
    axis: list[Markup] = []
    for tick in (0, 25, 50, 75, 100):
        x = _f(_x(tick))
        axis.append(
            el("line", x1=x, y1=_TOP - 4, x2=x, y2=bottom, stroke="#d5dbe3", stroke_width="1")
        )
        axis.append(el("text", tick, x=x, y=bottom + 15, text_anchor="middle"))
    axis.append(
        el("line", x1=_X0, y1=bottom, x2=_X1, y2=bottom, stroke="#4d5866", stroke_width="1")
    )
    axis.append(
        el(
            "text",
            t("report.axis", lang),
            x=_f((_X0 + _X1) / 2),
            y=bottom + 34,
            text_anchor="middle",
        )
    )
    parts.append(el("g", axis, class_="axis", font_size="12", fill="#4d5866"))
    for i, a in enumerate(result.areas):
        y = _TOP + i * _GROUP
        name = area_title(bank, a.id, lang)
        target = area_target(a)
        label = t(
            "report.chart_label",
            lang,
            area=name,
            claimed=number(a.score, lang),
            verified=number(a.verified, lang),
            target=number(target, lang),
        )
        group = [
            el("title", label),
            el(
                "text", name, x=_X0, y=_f(y + 14), font_size="14", font_weight="600", fill="#1b2430"
            ),
            _bar(a.score, y + 19, "#9cc3e6", "#4f86c0", lang, bold=False),
            _bar(a.verified, y + 19 + _BAR + 3, "#1f4e8c", "#1f4e8c", lang, bold=True),
        ]
        if target is not None:
            x = _f(_x(target))
            group.append(
                el(
                    "line",
                    x1=x,
                    y1=_f(y + 16),
                    x2=x,
                    y2=_f(y + 22 + 2 * _BAR + 3),
                    stroke=_TARGET,
                    stroke_width="3",
                    class_="target",
                )
            )
        parts.append(el("g", group, class_="area", data_area=a.id))
    return el(
        "svg",
        parts,
        viewBox=f"0 0 {_W} {height}",
        width=_W,
        height=height,
        role="img",
        aria_label=title,
        aria_describedby="chart-desc",
        preserveAspectRatio="xMinYMin meet",
        font_family="inherit",
    )


# --- page one: the summary ---------------------------------------------------------------------
def _header(report: Report, lang: str) -> Markup:
    result = report.result
    bank, ctx = result.questionnaire, result.context
    rows = [
        (t("unit", lang), ctx.unit),
        (t("assessor", lang), ctx.assessor),
        (t("date", lang), ctx.date),
        (t("questionnaire", lang), f"{localize(bank.title, lang)} ({bank.id} {bank.version})"),
    ]
    return el(
        "header",
        el("p", t("report.kind", lang), class_="eyebrow"),
        el("h1", ctx.institution or localize(bank.title, lang)),
        el("dl", [(el("dt", k), el("dd", v)) for k, v in rows if v], class_="meta"),
        el("p", made_text(report, lang), class_="made"),
    )


def _card(label: str, value: object, sub: object, cls: str = "", value_cls: str = "") -> Markup:
    return el(
        "div",
        el("div", label, class_="label"),
        el("div", value, class_=f"value {value_cls}".strip()),
        el("div", sub, class_="sub"),
        class_=f"card {cls}".strip(),
    )


def _headline(result: Result, lang: str, marked: str | None = None) -> list[Markup]:
    r = result
    withheld = withheld_text(r, lang)
    provisional = el("span", t("report.provisional", lang), class_="badge") if withheld else None
    out100 = t("report.out_of", lang)
    sub_verified: object = [t("band_verified", lang), ": ", band_text(r, lang, verified=True)]
    if withheld:
        band_value = el("span", withheld, class_="t-none")
        sub_band: object = t(
            "report.withheld_hint", lang, coverage=percent(r.questionnaire.min_coverage, lang)
        )
    else:
        band_value = el("span", band_text(r, lang), class_=f"t-{band_tone(r)}")
        sub_band = sub_verified
    na = t("report.na_count", lang, count=r.na) if r.na else ""
    cards = el(
        "div",
        _card(band_name(r, lang), band_value, sub_band, "band-card", "text"),
        _card(
            t("overall_claimed", lang),
            number(r.overall, lang),
            [out100, " ", provisional] if provisional else out100,
            "claimed",
        ),
        _card(
            t("overall_verified", lang),
            number(r.verified, lang),
            [out100, " ", provisional] if provisional else out100,
            "verified",
        ),
        _card(
            t("coverage", lang),
            percent(r.coverage, lang),
            [
                t("report.coverage_sub", lang, answered=r.answered, applicable=r.applicable),
                "; " if na else "",
                na,
            ],
        ),
        class_="headline",
    )
    out = [cards]
    if r.band is not None:
        out.append(
            el(
                "p",
                el("strong", localize(r.band.label, lang), class_=f"t-{band_tone(r)}"),
                ": ",
                localize(r.band.description, lang),
                class_="band-desc",
            )
        )
    if withheld:
        out.append(el("p", t("report.provisional_note", lang), class_="band-desc"))
    cap = cap_text(r, lang)
    if cap:
        items = []
        for qid in r.capped_by:
            question = r.questionnaire.question(qid)
            text = localize(question.text, lang) if question is not None else ""
            items.append(el("li", el("a", el("code", qid), href=f"#gap-{qid}"), " ", text))
        out.append(
            el("div", el("p", el("strong", cap)), el("ul", items), class_="callout", role="note")
        )
    if marked:
        out.append(
            el(
                "p",
                el("span", "⚑", aria_hidden="true"),
                " ",
                el("a", marked, href="#marked"),
                class_="callout note",
            )
        )
    return out


def _assignment(report: Report, gap: Gap, lang: str) -> list[object]:
    item = plan_item(report, gap.id)
    if item is None:
        return []
    parts: list[object] = []
    if item.owner:
        parts.append(t("report.owner_is", lang, owner=item.owner))
    if item.due:
        parts.append(t("report.due_is", lang, due=item.due))
    parts.append(state_text(item, report.made, lang))
    return [", ".join(str(p) for p in parts if p)]


def _next(report: Report, lang: str) -> list[Markup]:
    result = report.result
    gaps = top_gaps(result)
    out = [el("h2", t("report.next", lang))]
    if not gaps:
        out.append(el("p", t("no_gaps", lang)))
        return out
    items = []
    for g in gaps:
        badge = el("span", t("critical", lang), class_="badge crit") if g.critical else None
        who = _assignment(report, g, lang)
        items.append(
            el(
                "li",
                el("a", localize(g.question.text, lang), href=f"#gap-{g.id}", class_="q"),
                " ",
                badge,
                el(
                    "span",
                    t("report.first_action", lang),
                    ": ",
                    first_action(localize(g.question.action, lang)),
                    class_="act",
                ),
                el(
                    "span",
                    t(
                        "report.gap_line",
                        lang,
                        current=current_text(g, lang),
                        target=target_text(result, g, lang),
                        priority=number(g.priority, lang, 2),
                    ),
                    " ",
                    who,
                    class_="who",
                ),
            )
        )
    out.append(el("ol", items, class_="next"))
    more = len(result.gaps) - len(gaps)
    if more > 0:
        out.append(
            el("p", el("a", t("report.more_gaps", lang, count=more), href="#gaps"), class_="muted")
        )
    return out


def _strengths(result: Result, lang: str) -> Markup:
    bank = result.questionnaire
    areas = strong_areas(result)
    answers = strong_answers(result)
    left = [el("h3", t("report.strong_areas", lang))]
    if areas:
        left.append(
            el(
                "ul",
                [
                    el(
                        "li",
                        area_title(bank, a.id, lang),
                        ": ",
                        el(
                            "span",
                            number(a.verified, lang),
                            class_=f"num-inline t-{score_tone(result, a.verified)}",
                        ),
                    )
                    for a in areas
                ],
            )
        )
    else:
        left.append(el("p", t("report.none_yet", lang), class_="muted"))
    right = [el("h3", t("report.strong_answers", lang))]
    if answers:
        right.append(
            el(
                "ul",
                [
                    el(
                        "li",
                        localize(q.question.text, lang),
                        " — ",
                        value_text(q.question, q.answer.value if q.answer else None, lang),
                    )
                    for q in answers
                ],
            )
        )
    else:
        right.append(el("p", t("report.none_yet", lang), class_="muted"))
    return el("div", el("div", left), el("div", right), class_="two")


def _since(report: Report, c: Comparison, lang: str) -> list[Markup]:
    from cse_assess.render.compare.views import delta_text, side

    old = c.old
    out = [
        el("h2", t("report.since", lang)),
        el("p", t("report.previous_is", lang, previous=side(old, lang)), class_="muted"),
    ]
    facts = [
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
        (
            band_name(report.result, lang),
            f"{band_text(old, lang)} → {band_text(report.result, lang)}",
        ),
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
    out.append(el("dl", [(el("dt", k), el("dd", v)) for k, v in facts], class_="meta"))
    for key, items in (("report.improved", c.improved[:3]), ("report.regressed", c.regressed[:3])):
        if items:
            out.append(
                el(
                    "p",
                    el("strong", t(key, lang)),
                    ": ",
                    join([localize(q.question.text, lang) for q in items], "; "),
                )
            )
    if c.warnings or c.notes:
        out.append(
            el("p", join([w.message(lang) for w in (*c.warnings, *c.notes)], " "), class_="muted")
        )
    return out


def _summary(report: Report, lang: str, c: Comparison | None, marked: str | None = None) -> Markup:
    result = report.result
    body: list[object] = [el("h2", t("report.summary", lang), class_="visually-plain")]
    body += _headline(result, lang, marked)
    body += _next(report, lang)
    body.append(_strengths(result, lang))
    if c is not None:
        body += _since(report, c, lang)
    return el("section", body, id="summary", class_="summary")


def _nav(result: Result, lang: str, marked: int = 0) -> Markup:
    links = [
        ("summary", t("report.summary", lang)),
        ("areas", t("report.area_scores", lang)),
        ("gaps", f"{t('gaps', lang)} ({len(result.gaps)})"),
        ("na", t("report.na_answers", lang)),
        *([("marked", f"{t('report.marked', lang)} ({marked})")] if marked else []),
        ("register", t("report.evidence_register", lang)),
        ("method", t("report.method", lang)),
    ]
    return el(
        "nav",
        el("ol", [el("li", el("a", label, href=f"#{key}")) for key, label in links]),
        class_="toc",
        aria_label=t("report.contents", lang),
    )


# --- the appendix ------------------------------------------------------------------------------
def _areas(result: Result, lang: str) -> Markup:
    head = el(
        "tr",
        [el("th", t("area", lang), scope="col")]
        + [
            el("th", label, scope="col", class_="num")
            for label in (
                t("claimed", lang),
                t("verified", lang),
                t("target", lang),
                t("answered", lang),
                t("report.na_short", lang),
            )
        ],
    )
    rows = [_area_row(result, a, lang) for a in result.areas]
    foot = el(
        "tr",
        el("th", t("report.overall", lang), scope="row"),
        el("td", el("strong", number(result.overall, lang)), class_="num"),
        el("td", el("strong", number(result.verified, lang)), class_="num"),
        el("td", "", class_="num"),
        el("td", f"{result.answered}/{result.applicable}", class_="num"),
        el("td", result.na, class_="num"),
    )
    table = el(
        "table",
        el("caption", t("report.table_caption", lang)),
        el("thead", head),
        el("tbody", rows),
        el("tfoot", foot),
        class_="area-table",
    )
    return el(
        "section",
        el("h2", t("report.area_scores", lang)),
        el("figure", chart(result, lang)),
        el("div", table, class_="table-wrap"),
        id="areas",
        class_="page",
    )


def _area_row(result: Result, a: AreaResult, lang: str) -> Markup:
    bank = result.questionnaire
    return el(
        "tr",
        el("th", area_title(bank, a.id, lang), scope="row"),
        el("td", number(a.score, lang), class_="num"),
        el("td", number(a.verified, lang), class_=f"num t-{score_tone(result, a.verified)}"),
        el("td", number(area_target(a), lang), class_="num"),
        el("td", f"{a.answered}/{a.applicable}", class_="num"),
        el("td", a.na, class_="num"),
        data_area=a.id,
    )


def _gaps(report: Report, lang: str) -> Markup:
    result = report.result
    out: list[object] = [
        el("h2", t("gaps", lang), " ", el("span", f"({len(result.gaps)})", class_="count"))
    ]
    if not result.gaps:
        out.append(el("p", t("no_gaps", lang)))
    else:
        out.append(
            el(
                "p",
                t(
                    "report.gaps_intro",
                    lang,
                    factor=result.questionnaire.critical_factor,
                    proof=result.questionnaire.proof_factor,
                ),
                class_="muted",
            )
        )
        out.append(_overview(report, lang))
    out += [_gap(report, g, i, lang) for i, g in enumerate(result.gaps, 1)]
    return el("section", out, id="gaps", class_="page")


def _overview(report: Report, lang: str) -> Markup:
    result = report.result
    bank = result.questionnaire
    head = el(
        "tr",
        el("th", "#", scope="col"),
        el("th", t("question", lang), scope="col"),
        el("th", t("area", lang), scope="col"),
        el("th", t("why", lang), scope="col"),
        el("th", t("priority", lang), scope="col", class_="num"),
    )
    rows = []
    for i, g in enumerate(result.gaps, 1):
        mark = [" ", el("span", t("critical", lang), class_="badge crit")] if g.critical else []
        rows.append(
            el(
                "tr",
                el("td", f"{i}."),
                el("td", el("a", localize(g.question.text, lang), href=f"#gap-{g.id}"), mark),
                el("td", area_title(bank, g.area, lang)),
                el("td", reasons_text(g, lang)),
                el("td", number(g.priority, lang, 2), class_="num"),
            )
        )
    return el(
        "div",
        el(
            "table",
            el("caption", t("report.overview", lang)),
            el("thead", head),
            el("tbody", rows),
            class_="overview",
        ),
        class_="table-wrap",
    )


def _list(items: Iterable[str]) -> Markup:
    texts = list(items)
    if not texts:
        return el("span", "–")
    return el("ul", [el("li", x) for x in texts])


def _gap(report: Report, g: Gap, rank: int, lang: str) -> Markup:
    result = report.result
    bank = result.questionnaire
    facts: list[tuple[str, object]] = [
        (t("current", lang), current_text(g, lang)),
        (t("target", lang), target_text(result, g, lang)),
        (t("why", lang), reasons_text(g, lang)),
    ]
    if g.next_level is not None:
        facts.append(
            (
                t("next_level", lang),
                [
                    el("strong", value_text(g.question, g.next_level.value, lang)),
                    ": ",
                    localize(g.next_level.description, lang),
                ],
            )
        )
    missing = missing_text(g, lang)
    if missing:
        facts.append((t("missing", lang), _list(missing)))
    facts.append(
        (t("evidence_to_collect", lang), _list(localize(x, lang) for x in g.question.evidence))
    )
    facts.append((t("action", lang), localize(g.question.action, lang)))
    item = plan_item(report, g.id)
    blank = el("span", "________", class_="blank")
    assign = el(
        "div",
        el("div", t("report.owner", lang), ": ", item.owner if item and item.owner else blank),
        el("div", t("report.due_date", lang), ": ", item.due if item and item.due else blank),
        el(
            "div",
            t("report.status", lang),
            ": ",
            state_text(item, report.made, lang) if item else blank,
        ),
        class_="assign",
    )
    comment = (
        el("p", t("report.comment", lang), ": ", item.comment, class_="muted")
        if item and item.comment
        else None
    )
    return el(
        "article",
        el(
            "div",
            el("span", f"{rank}.", class_="rank"),
            el("span", t("priority", lang), " ", el("b", number(g.priority, lang, 2))),
            el("span", t("critical", lang), class_="badge crit") if g.critical else None,
            el("span", area_title(bank, g.area, lang)),
            el("code", g.id),
            class_="gap-head",
        ),
        el("h3", localize(g.question.text, lang)),
        el("dl", [(el("dt", k), el("dd", v)) for k, v in facts], class_="facts"),
        assign,
        comment,
        class_="gap critical" if g.critical else "gap",
        id=f"gap-{g.id}",
    )


def _table(head: Markup, body: list[Markup], class_: str) -> Markup:
    """A table with its header row, in the wrapper that lets a wide one scroll on a phone."""
    return el(
        "div",
        el("table", el("thead", head), el("tbody", body), class_=class_),
        class_="table-wrap",
    )


def _na(result: Result, rows: list[RegisterRow], lang: str) -> Markup:
    out: list[object] = [
        el("h2", t("report.na_answers", lang), " ", el("span", f"({len(rows)})", class_="count"))
    ]
    if not rows:
        out.append(el("p", t("report.na_none", lang), class_="muted"))
    else:
        out.append(el("p", t("report.na_intro", lang), class_="muted"))
        head = el(
            "tr",
            el("th", t("question", lang), scope="col"),
            el("th", t("area", lang), scope="col"),
            el("th", t("report.justification", lang), scope="col"),
        )
        body = [
            el(
                "tr",
                el("td", el("code", r.question_id), " ", r.question),
                el("td", r.area),
                el("td", r.na_justification or "–"),
            )
            for r in rows
        ]
        out.append(_table(head, body, "na"))
    return el("section", out, id="na", class_="page")


def _marked(rows: list[RegisterRow], lang: str) -> Markup | None:
    if not rows:
        return None
    head = el(
        "tr",
        el("th", t("question", lang), scope="col"),
        el("th", t("area", lang), scope="col"),
        el("th", t("report.answer", lang), scope="col"),
        el("th", t("report.mark_note", lang), scope="col"),
    )
    body = [
        el(
            "tr",
            el("td", el("code", r.question_id), " ", r.question),
            el("td", r.area),
            el("td", r.answer),
            el("td", mark_note(r.mark, lang) or "–"),
        )
        for r in rows
    ]
    return el(
        "section",
        el("h2", t("report.marked", lang), " ", el("span", f"({len(rows)})", class_="count")),
        el("p", t("report.marked_intro", lang), class_="muted"),
        _table(head, body, "marked"),
        id="marked",
        class_="page",
    )


def _register(result: Result, rows: list[RegisterRow], lang: str) -> Markup:
    with_evidence = [r for r in rows if r.evidence]
    count = sum(len(r.evidence) for r in rows)
    out: list[object] = [
        el("h2", t("report.evidence_register", lang)),
        el(
            "p",
            t("report.register_intro", lang),
            " ",
            t("report.register_count", lang, count=count, questions=len(with_evidence)),
            class_="muted",
        ),
    ]
    for area in result.areas:
        mine = [r for r in rows if r.area_id == area.id]
        if not mine:
            continue
        head = el(
            "tr",
            el("th", t("question", lang), scope="col", class_="c-q"),
            el("th", t("report.answer", lang), scope="col"),
            el("th", t("evidence", lang), scope="col"),
            el("th", t("report.note_or_reason", lang), scope="col"),
            el("th", t("report.proof", lang), scope="col"),
        )
        body = []
        for r in mine:
            mark = mark_line(r, lang)
            note = (
                [t("report.justification", lang), ": ", r.na_justification]
                if r.na_justification
                else r.note or "–"
            )
            body.append(
                el(
                    "tr",
                    el(
                        "td",
                        el("code", r.question_id),
                        " ",
                        r.question,
                        [" ", el("span", t("critical", lang), class_="badge crit")]
                        if r.critical
                        else [],
                        el(
                            "div",
                            el("span", "⚑", aria_hidden="true"),
                            " ",
                            mark,
                            class_="mark-line",
                        )
                        if mark
                        else None,
                    ),
                    el("td", r.answer if r.status != "na" else status_text("na", lang)),
                    el("td", _list(r.evidence)),
                    el("td", note),
                    el(
                        "td",
                        proof_text(r.proof, lang) or "–",
                        class_="proof-missing" if r.proof == "missing" else None,
                    ),
                )
            )
        out.append(
            el(
                "section",
                el("h3", area_title(result.questionnaire, area.id, lang)),
                _table(head, body, "register"),
                class_="register-area",
                data_area=area.id,
            )
        )
    return el("section", out, id="register", class_="page")


def _method(result: Result, lang: str) -> Markup:
    from cse_assess.render.report._method import method_paragraphs

    return el(
        "section",
        el("h2", t("report.method", lang)),
        [el("p", p) for p in method_paragraphs(result, lang)],
        id="method",
        class_="page",
    )


def render_html(
    result: Result | Report,
    lang: str,
    *,
    previous: Result | None = None,
    plan: ActionPlan | None = None,
    made: str = "",
) -> str:
    """The report as one self-contained HTML page in ``lang`` (``"lv"`` or ``"en"``).

    ``previous`` (an earlier assessment's result) adds what improved and regressed; ``plan``
    (an action plan read back) shows each gap's owner, due date and state; ``made`` is the day
    the report is made (an ISO date), printed on page one.
    """
    report = as_report(result, previous, plan, made)
    r = report.result
    bank, ctx = r.questionnaire, r.context
    title = localize(bank.title, lang)
    if ctx.institution:
        title = f"{ctx.institution} — {title}"
    if ctx.date:
        title += f" ({ctx.date})"
    c = compare(report.previous, r, ("", "")) if report.previous is not None else None
    rows = register_rows(r, lang)
    marked = marked_rows(rows)
    body = join(
        [
            _header(report, lang),
            _nav(r, lang, len(marked)),
            _summary(report, lang, c, marked_text(rows, lang)),
            _areas(r, lang),
            _gaps(report, lang),
            _na(r, na_rows(rows), lang),
            _marked(marked, lang),
            _register(r, rows, lang),
            _method(r, lang),
        ],
        "\n",
    )
    footer = [
        t(
            "report.generated",
            lang,
            version=__import__("cse_assess._version", fromlist=["x"]).__version__,
        ),
        " ",
        made_text(report, lang),
    ]
    return page(lang, title, body, css=_CSS, skip_label=t("report.skip", lang), footer=footer)
