"""The consensus as an HTML page to review before the consensus meeting: the assessors, the
agreement figure, and for each disagreement every assessor's answer, evidence and note beside
the proposed consensus; then the consensus score. Built on the one page chrome."""

from __future__ import annotations

from collections.abc import Sequence

from cse_assess._version import __version__
from cse_assess.core.model import Assessment, localize
from cse_assess.core.scoring import Result
from cse_assess.many.consensus import Consensus
from cse_assess.render import number, percent, t
from cse_assess.render._html import Markup, el, join, page
from cse_assess.render.consensus.views import (
    answer_words,
    facts,
    spread_words,
    value_words,
)
from cse_assess.render.report._model import band_name, band_text

_CSS = """
.dis { border: 1px solid var(--line); border-left: 5px solid var(--warn); border-radius: 6px;
  padding: .6rem .9rem; margin: 0 0 1rem; break-inside: avoid; }
.dis h3 { margin: 0 0 .3rem; }
.dis table { font-size: .92rem; margin-bottom: .3rem; }
.dis tr.agreed th, .dis tr.agreed td { font-weight: 700; background: var(--soft); }
.dis ul { margin: 0; padding-left: 1.1rem; }
.spread { color: var(--warn); font-weight: 600; font-size: .9rem; }
"""


def _area(bank: object, area_id: str, lang: str) -> str:
    from cse_assess.core.model import Questionnaire

    assert isinstance(bank, Questionnaire)
    area = bank.area(area_id)
    return localize(area.title, lang) if area is not None else area_id


def render_consensus_html(
    c: Consensus,
    result: Result,
    lang: str,
    output: str = "",
    assessments: Sequence[Assessment] = (),
) -> str:
    """The consensus report as one self-contained HTML page in ``lang``.

    ``assessments`` are the assessors' own files in the order given (the names of
    ``c.report.assessors``): their evidence and notes are shown per disagreement.
    """
    report = c.report
    ctx = c.assessment.context
    own = dict(zip(report.assessors, assessments, strict=False))
    title = t("consensus.title", lang)
    page_title = f"{ctx.institution} — {title}" if ctx.institution else title
    meta = facts(c, result, lang, output)
    parts: list[object] = [
        el("h1", page_title),
        el("dl", [(el("dt", k), el("dd", v)) for k, v in meta if v], class_="meta"),
    ]
    if report.warnings:
        parts.append(
            el(
                "div",
                el("ul", [el("li", w.message(lang)) for w in report.warnings]),
                class_="callout",
                role="note",
            )
        )
    parts.append(el("h2", t("consensus.disagreements", lang), f" ({len(report.disagreements)})"))
    if not report.disagreements:
        parts.append(el("p", t("consensus.no_disagreements", lang)))
    else:
        parts.append(el("p", t("consensus.disagreements_intro", lang), class_="muted"))
    for i, q in enumerate(report.disagreements, 1):
        rows = []
        for name, value in q.values:
            mine = own.get(name)
            answer = mine.answers.get(q.id) if mine is not None else None
            evidence = list(answer.evidence) if answer is not None else []
            note = answer.note if answer is not None else ""
            rows.append(
                el(
                    "tr",
                    el("th", name, scope="row"),
                    el("td", value_words(q.question, value, lang)),
                    el("td", el("ul", [el("li", x) for x in evidence]) if evidence else "–"),
                    el("td", note or "–"),
                )
            )
        rows.append(
            el(
                "tr",
                el("th", t("consensus.result", lang), scope="row"),
                el("td", answer_words(q.question, q.answer, lang)),
                el("td", ""),
                el("td", ""),
                class_="agreed",
            )
        )
        how = spread_words(q, lang)
        parts.append(
            el(
                "article",
                el("h3", f"{i}. ", localize(q.question.text, lang)),
                el("p", el("code", q.id), " ", el("span", how, class_="spread") if how else None),
                el(
                    "div",
                    el(
                        "table",
                        el(
                            "thead",
                            el(
                                "tr",
                                el("th", t("consensus.assessor", lang), scope="col"),
                                el("th", t("report.answer", lang), scope="col"),
                                el("th", t("evidence", lang), scope="col"),
                                el("th", t("report.note", lang), scope="col"),
                            ),
                        ),
                        el("tbody", rows),
                    ),
                    class_="table-wrap",
                ),
                class_="dis",
                id=f"q-{q.id}",
            )
        )
    parts.append(el("h2", t("consensus.score", lang)))
    summary = [
        (t("overall_claimed", lang), number(result.overall, lang)),
        (t("overall_verified", lang), number(result.verified, lang)),
        (band_name(result, lang), band_text(result, lang)),
        (
            t("coverage", lang),
            t(
                "coverage_value",
                lang,
                answered=result.answered,
                applicable=result.applicable,
                percent=percent(result.coverage, lang),
            ),
        ),
    ]
    parts.append(el("dl", [(el("dt", k), el("dd", v)) for k, v in summary], class_="meta"))
    bank = result.questionnaire
    parts.append(
        el(
            "div",
            el(
                "table",
                el(
                    "thead",
                    el(
                        "tr",
                        el("th", t("area", lang), scope="col"),
                        el("th", t("claimed", lang), scope="col", class_="num"),
                        el("th", t("verified", lang), scope="col", class_="num"),
                    ),
                ),
                el(
                    "tbody",
                    [
                        el(
                            "tr",
                            el(
                                "th",
                                _area(bank, a.id, lang),
                                scope="row",
                            ),
                            el("td", number(a.score, lang), class_="num"),
                            el("td", number(a.verified, lang), class_="num"),
                        )
                        for a in result.areas
                    ],
                ),
            ),
            class_="table-wrap",
        )
    )
    body: Markup = join(parts, "\n")
    return page(
        lang,
        page_title,
        body,
        css=_CSS,
        skip_label=t("report.skip", lang),
        footer=t("compare.generated", lang, version=__version__),
    )
