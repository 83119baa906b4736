"""A unit's trend over three or more assessments: a table of scores by date and area, and (in
HTML) an SVG line chart per area with the overall one first. Text, Markdown, JSON and HTML.

Each assessment keeps the scores it got against its own bank version; where the version
changed between two assessments, a note says so and the step is compared on the questions both
versions share (:func:`cse_assess.many.compare.trend`).
"""

from __future__ import annotations

from typing import Any

from tabulate import tabulate

from cse_assess.core.model import localize
from cse_assess.many.compare import Trend
from cse_assess.output.text import dumps, visible
from cse_assess.render import number, t
from cse_assess.render._bands import tone
from cse_assess.render._html import Markup, el, join, page
from cse_assess.render.compare.views import delta_text, side
from cse_assess.render.report.markdown import md

FORMAT = "cse-assess/trend"
FORMAT_VERSION = 1


def area_name(tr: Trend, area_id: str, lang: str) -> str:
    """An area's title in the newest version that has it."""
    for p in reversed(tr.points):
        area = p.result.questionnaire.area(area_id)
        if area is not None:
            return localize(area.title, lang)
    return area_id


def _label(tr: Trend, i: int) -> str:
    p = tr.points[i]
    return p.result.context.date or p.source


def _rows(tr: Trend, lang: str, cell: Any) -> list[list[str]]:
    rows = [
        [cell(t("compare.overall_claimed", lang))] + [number(s, lang) for s in tr.overall()],
        [cell(t("compare.overall_verified", lang))] + [number(s, lang) for s in tr.overall(True)],
    ]
    rows += [
        [cell(area_name(tr, a, lang))] + [number(s, lang) for s in tr.area_scores(a)]
        for a in tr.area_ids
    ]
    first, last = tr.overall()[0], tr.overall()[-1]
    rows.append(
        [cell(t("trend.change", lang))]
        + [""] * (len(tr.points) - 1)
        + [delta_text(None if first is None or last is None else last - first, lang)]
    )
    return rows


def _headers(tr: Trend, lang: str, cell: Any) -> list[str]:
    return [t("area", lang)] + [cell(_label(tr, i)) for i in range(len(tr.points))]


def render_trend_text(tr: Trend, lang: str) -> str:
    """The trend as plain text."""
    out = [t("trend.title", lang, count=len(tr.points)), ""]
    out += [f"{i + 1}. {visible(side(p.result, lang))}" for i, p in enumerate(tr.points)]
    out += ["", t("trend.claimed_note", lang), ""]
    out.append(
        tabulate(
            _rows(tr, lang, visible),
            headers=_headers(tr, lang, visible),
            disable_numparse=True,
            colalign=("left",) + ("right",) * len(tr.points),
        )
    )
    for notice in (*tr.warnings, *tr.notes):
        out += ["", notice.message(lang)]
    return "\n".join(out) + "\n"


def render_trend_markdown(tr: Trend, lang: str) -> str:
    """The trend as Markdown."""
    out = [f"# {md(t('trend.title', lang, count=len(tr.points)))}", ""]
    out += [f"{i + 1}. {md(side(p.result, lang))}" for i, p in enumerate(tr.points)]
    out += ["", md(t("trend.claimed_note", lang)), ""]
    out.append(
        tabulate(
            _rows(tr, lang, md),
            headers=_headers(tr, lang, md),
            tablefmt="github",
            disable_numparse=True,
            colalign=("left",) + ("right",) * len(tr.points),
        )
    )
    for notice in (*tr.warnings, *tr.notes):
        out += ["", f"> {md(notice.message(lang))}"]
    return "\n".join(out) + "\n"


def trend_data(tr: Trend, lang: str) -> dict[str, Any]:
    """The trend as plain data: unrounded scores, ``null`` where there is none."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "language": lang,
        "questionnaire": tr.points[-1].result.questionnaire.id,
        "assessments": [
            {
                "file": p.source,
                "date": p.result.context.date,
                "version": p.result.questionnaire.version,
                "overall": p.result.overall,
                "verified": p.result.verified,
                "band": p.result.band.id if p.result.band else None,
                "areas": {a: tr.area_scores(a)[i] for a in tr.area_ids},
                "verified_areas": {a: tr.area_scores(a, True)[i] for a in tr.area_ids},
                "version_changed": bool(p.step and p.step.version_changed),
            }
            for i, p in enumerate(tr.points)
        ],
        "areas": [{"id": a, "title": area_name(tr, a, lang)} for a in tr.area_ids],
        "warnings": [w.message(lang) for w in tr.warnings],
        "notes": [n.message(lang) for n in tr.notes],
    }


def render_trend_json(tr: Trend, lang: str) -> str:
    """The trend as JSON text."""
    return dumps(trend_data(tr, lang)) + "\n"


# --- HTML ---------------------------------------------------------------------------------------
_W, _H, _L, _R, _T, _B = 300, 150, 34, 30, 14, 34  # the chart and its margins


def _line_chart(
    tr: Trend,
    title: str,
    claimed: tuple[float | None, ...],
    verified: tuple[float | None, ...],
    lang: str,
    key: str,
) -> Markup:
    n = len(tr.points)
    bands = tr.points[-1].result.questionnaire.bands

    def x(i: int) -> float:
        return _L + (_W - _L - _R) * (i / (n - 1) if n > 1 else 0.5)

    def y(score: float) -> float:
        return _T + (_H - _T - _B) * (1 - max(0.0, min(score, 100.0)) / 100)

    parts: list[Markup] = [el("title", title, id=f"t-{key}")]
    for tick in (0, 50, 100):
        parts.append(
            el(
                "line",
                x1=_L,
                y1=f"{y(tick):.1f}",
                x2=_W - _R,
                y2=f"{y(tick):.1f}",
                stroke="#d5dbe3",
                stroke_width="1",
            )
        )
        parts.append(
            el(
                "text",
                tick,
                x=_L - 4,
                y=f"{y(tick) + 4:.1f}",
                text_anchor="end",
                font_size="11",
                fill="#4d5866",
            )
        )
    for i in range(n):
        parts.append(
            el(
                "text",
                _label(tr, i),
                x=f"{x(i):.1f}",
                y=_H - _B + 16,
                text_anchor="middle",
                font_size="10",
                fill="#4d5866",
            )
        )
    for series, colour, width, dash in (
        (claimed, "#4f86c0", 2, "4 3"),
        (verified, "#1f4e8c", 3, None),
    ):
        points = [(x(i), y(s)) for i, s in enumerate(series) if s is not None]
        if len(points) > 1:
            parts.append(
                el(
                    "polyline",
                    points=" ".join(f"{a:.1f},{b:.1f}" for a, b in points),
                    fill="none",
                    stroke=colour,
                    stroke_width=width,
                    stroke_dasharray=dash,
                )
            )
        for i, s in enumerate(series):
            if s is not None:
                parts.append(
                    el(
                        "circle",
                        cx=f"{x(i):.1f}",
                        cy=f"{y(s):.1f}",
                        r="3.5",
                        fill=colour,
                        class_=f"pt t-{tone(bands, s)}",
                    )
                )
    return el(
        "svg",
        parts,
        viewBox=f"0 0 {_W} {_H}",
        width=_W,
        height=_H,
        role="img",
        aria_label=title,
        font_family="inherit",
    )


_CSS = """
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
.charts figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; }
.charts svg { width: 100%; height: auto; }
.key { font-size: .9rem; color: var(--muted); }
.swatch { display: inline-block; width: 1.2rem; height: .25rem; vertical-align: middle;
  margin: 0 .3rem 0 .6rem; }
@page { size: A4 landscape; margin: 12mm; }
"""


def render_trend_html(tr: Trend, lang: str) -> str:
    """The trend as one self-contained HTML page: the table, then a line chart per area."""
    last = tr.points[-1].result
    who = last.context.institution
    title = t("trend.title", lang, count=len(tr.points))
    page_title = f"{who} — {title}" if who else title
    head = el(
        "tr",
        [
            el("th", h, scope="col", class_=None if i == 0 else "num")
            for i, h in enumerate(_headers(tr, lang, str))
        ],
    )
    body = [
        el("tr", el("th", r[0], scope="row"), [el("td", c, class_="num") for c in r[1:]])
        for r in _rows(tr, lang, str)
    ]
    charts = [
        el(
            "figure",
            _line_chart(
                tr, t("compare.overall", lang), tr.overall(), tr.overall(True), lang, "overall"
            ),
            el("figcaption", t("compare.overall", lang)),
        )
    ]
    for i, a in enumerate(tr.area_ids):
        name = area_name(tr, a, lang)
        charts.append(
            el(
                "figure",
                _line_chart(tr, name, tr.area_scores(a), tr.area_scores(a, True), lang, f"a{i}"),
                el("figcaption", name),
            )
        )
    notes = [
        el("div", n.message(lang), class_="callout note", role="note")
        for n in (*tr.warnings, *tr.notes)
    ]
    content = join(
        [
            el("h1", page_title),
            el("ol", [el("li", side(p.result, lang)) for p in tr.points]),
            notes,
            el("h2", t("trend.table", lang)),
            el("p", t("trend.claimed_note", lang), class_="muted"),
            el("div", el("table", el("thead", head), el("tbody", body)), class_="table-wrap"),
            el("h2", t("trend.charts", lang)),
            el(
                "p", el("span", "", class_="swatch", style=None), t("trend.key", lang), class_="key"
            ),
            el("div", charts, class_="charts"),
        ],
        "\n",
    )
    return page(
        lang,
        page_title,
        content,
        css=_CSS,
        skip_label=t("report.skip", lang),
        footer=t(
            "compare.generated",
            lang,
            version=__import__("cse_assess._version", fromlist=["v"]).__version__,
        ),
    )
