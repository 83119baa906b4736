# mypy: disable-error-code="import-untyped, no-untyped-call"
"""The report as a Word document (python-docx) that people edit before sending it on.

Headings and tables use Word's own styles (``Heading 1``, ``Table Grid``), so the document
takes the look of whatever template it is pasted into. It holds the summary (band or why there
is none, scores, coverage, the gaps that matter most with their first action, the strengths, the
cap notice), the table of areas with their targets, every gap with owner and due date fields,
the N/A answers, the answers marked to check later (where there are any) and the evidence
register. No clock inside: the document's times and the archive's are the assessment date, so
the same report gives the same bytes.
"""

from __future__ import annotations

import io
from typing import Any

from cse_assess.core.model import localize
from cse_assess.core.scoring import Result
from cse_assess.many.plan import ActionPlan
from cse_assess.output.archive import moment_of, rezip
from cse_assess.output.text import visible
from cse_assess.render import current_text, number, percent, t, target_text
from cse_assess.render._rows import area_title, reasons_text
from cse_assess.render.report._method import method_paragraphs
from cse_assess.render.report._model import (
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

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _v(text: object) -> str:
    """Text a Word document can hold: every control character made visible."""
    return visible(str(text))


class _Styled:
    """Adds paragraphs, headings and tables in Word's named styles to a python-docx document.

    python-docx finds a style's id by scanning every style of the document each time a style is
    set, by name or by style object (about half of a report's time went there): here each id is
    looked up once and written on the element, as python-docx itself writes it.
    """

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self._ids: dict[str, str] = {}

    def _id(self, name: str) -> str:
        found = self._ids.get(name)
        if found is None:
            found = self._ids[name] = self.doc.styles[name].style_id
        return found

    def paragraph(self, text: str = "", style: str | None = None) -> Any:
        """A paragraph of ``text`` (made visible), in ``style`` where one is named."""
        p = self.doc.add_paragraph(_v(text) if text else "")
        if style is not None:
            p._p.style = self._id(style)
        return p

    def heading(self, text: str, level: int) -> Any:
        """A heading, as ``Document.add_heading`` makes it (level 0: the title)."""
        return self.paragraph(text, "Title" if level == 0 else f"Heading {level}")

    def table(self, header: list[str], rows: list[list[str]]) -> Any:
        """A table in ``Table Grid``: a bold header row, then ``rows``."""
        table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table._tbl.tblStyle_val = self._id("Table Grid")
        lines = iter(table.rows)
        for cell, text in zip(next(lines).cells, header, strict=True):
            cell.paragraphs[0].add_run(_v(text)).bold = True
        for line, row in zip(lines, rows, strict=True):
            for cell, text in zip(line.cells, row, strict=True):
                cell.text = _v(text)
        return table


def render_docx(
    result: Result | Report,
    lang: str,
    *,
    previous: Result | None = None,
    plan: ActionPlan | None = None,
    made: str = "",
) -> bytes:
    """The report as DOCX bytes in ``lang``."""
    from docx import Document
    from docx.shared import Pt

    report = as_report(result, previous, plan, made)
    r = report.result
    bank, ctx = r.questionnaire, r.context
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    out = _Styled(doc)
    out.heading(ctx.institution or localize(bank.title, lang), 0)
    meta = [
        (t("unit", lang), ctx.unit),
        (t("assessor", lang), ctx.assessor),
        (t("date", lang), ctx.date),
        (t("questionnaire", lang), f"{localize(bank.title, lang)} ({bank.id} {bank.version})"),
    ]
    for label, value in meta:
        if value:
            p = doc.add_paragraph()
            p.add_run(_v(label) + ": ").bold = True
            p.add_run(_v(value))
    out.heading(t("report.summary", lang), 1)
    provisional = f" ({t('report.provisional', lang)})" if r.withheld else ""
    register = register_rows(r, lang)
    marked = marked_text(register, lang)
    out.table(
        ["", ""],
        [
            [band_name(r, lang), band_text(r, lang)],
            [t("band_verified", lang), band_text(r, lang, verified=True)],
            [t("overall_claimed", lang), number(r.overall, lang) + provisional],
            [t("overall_verified", lang), number(r.verified, lang) + provisional],
            [
                t("coverage", lang),
                t(
                    "coverage_value",
                    lang,
                    answered=r.answered,
                    applicable=r.applicable,
                    percent=percent(r.coverage, lang),
                ),
            ],
            *([[t("report.check_later", lang), marked]] if marked else []),
        ],
    )
    if r.band is not None:
        doc.add_paragraph(
            _v(f"{localize(r.band.label, lang)}: {localize(r.band.description, lang)}")
        )
    if withheld_text(r, lang):
        doc.add_paragraph(_v(t("report.provisional_note", lang)))
    cap = cap_text(r, lang)
    if cap:
        out.paragraph(f"{cap} {', '.join(r.capped_by)}", "Intense Quote")
    out.heading(t("report.next", lang), 2)
    for g in top_gaps(r):
        p = out.paragraph(style="List Number")
        p.add_run(_v(localize(g.question.text, lang))).bold = True
        if g.critical:
            p.add_run(_v(f" ({t('critical', lang)})"))
        p.add_run(_v(f"\n{t('report.first_action', lang)}: "))
        p.add_run(_v(first_action(localize(g.question.action, lang))))
        item = plan_item(report, g.id)
        if item is not None:
            p.add_run(
                _v(f"\n{item.owner} {item.due} {state_text(item, report.made, lang)}".strip())
            )
    for key, names in (
        (
            "report.strong_areas",
            [
                f"{area_title(bank, a.id, lang)}: {number(a.verified, lang)}"
                for a in strong_areas(r)
            ],
        ),
        ("report.strong_answers", [localize(q.question.text, lang) for q in strong_answers(r)]),
    ):
        out.heading(t(key, lang), 3)
        for name in names or [t("report.none_yet", lang)]:
            out.paragraph(name, "List Bullet")
    doc.add_paragraph(_v(made_text(report, lang)))
    out.heading(t("report.area_scores", lang), 1)
    out.table(
        [
            t("area", lang),
            t("claimed", lang),
            t("verified", lang),
            t("target", lang),
            t("answered", lang),
        ],
        [
            [
                area_title(bank, a.id, lang),
                number(a.score, lang),
                number(a.verified, lang),
                number(area_target(a), lang),
                f"{a.answered}/{a.applicable}",
            ]
            for a in r.areas
        ]
        + [
            [
                t("report.overall", lang),
                number(r.overall, lang),
                number(r.verified, lang),
                "",
                f"{r.answered}/{r.applicable}",
            ]
        ],
    )
    out.heading(f"{t('gaps', lang)} ({len(r.gaps)})", 1)
    if not r.gaps:
        doc.add_paragraph(_v(t("no_gaps", lang)))
    for i, g in enumerate(r.gaps, 1):
        critical = f" — {t('critical', lang)}" if g.critical else ""
        out.heading(f"{i}. {localize(g.question.text, lang)}{critical}", 3)
        item = plan_item(report, g.id)
        blank = "________"
        rows = [
            [t("priority", lang), number(g.priority, lang, 2)],
            [t("current", lang), current_text(g, lang)],
            [t("target", lang), target_text(r, g, lang)],
            [t("why", lang), reasons_text(g, lang)],
            [
                t("evidence_to_collect", lang),
                "\n".join(localize(e, lang) for e in g.question.evidence),
            ],
            [t("action", lang), localize(g.question.action, lang)],
            [t("report.owner", lang), item.owner if item and item.owner else blank],
            [t("report.due_date", lang), item.due if item and item.due else blank],
            [t("report.status", lang), state_text(item, report.made, lang) if item else blank],
        ]
        out.table(["", g.id], rows)
    na = na_rows(register)
    out.heading(f"{t('report.na_answers', lang)} ({len(na)})", 1)
    if na:
        out.table(
            [t("question", lang), t("report.justification", lang)],
            [[f"{x.question_id} {x.question}", x.na_justification or "–"] for x in na],
        )
    else:
        doc.add_paragraph(_v(t("report.na_none", lang)))
    flagged = marked_rows(register)
    if flagged:
        out.heading(f"{t('report.marked', lang)} ({len(flagged)})", 1)
        doc.add_paragraph(_v(t("report.marked_intro", lang)))
        out.table(
            [
                t("question", lang),
                t("area", lang),
                t("report.answer", lang),
                t("report.mark_note", lang),
            ],
            [
                [f"{x.question_id} {x.question}", x.area, x.answer, mark_note(x.mark, lang) or "–"]
                for x in flagged
            ],
        )
    out.heading(t("report.evidence_register", lang), 1)
    doc.add_paragraph(_v(t("report.register_intro", lang)))
    out.table(
        [
            t("question", lang),
            t("report.answer", lang),
            t("evidence", lang),
            t("report.note_or_reason", lang),
            t("report.proof", lang),
        ],
        [
            [
                f"{x.question_id} {x.question}"
                + (f"\n⚑ {mark_line(x, lang)}" if x.mark is not None else ""),
                status_text("na", lang) if x.status == "na" else x.answer,
                "\n".join(x.evidence) or "–",
                x.na_justification or x.note or "–",
                proof_text(x.proof, lang) or "–",
            ]
            for x in register
        ],
    )
    out.heading(t("report.method", lang), 1)
    for paragraph in method_paragraphs(r, lang):
        doc.add_paragraph(_v(paragraph))
    moment = moment_of(ctx.date)
    props = doc.core_properties
    props.author = "cse-assess"
    props.last_modified_by = "cse-assess"
    props.title = _v(ctx.institution or localize(bank.title, lang))[:255]
    props.language = lang
    props.created = moment
    props.modified = moment
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    return rezip(buffer.getvalue(), moment)
