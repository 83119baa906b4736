# mypy: disable-error-code="import-untyped"
# (openpyxl has no type stubs; every import of it in this file is inside a function)
"""The action plan as an Excel workbook: the gaps ready to assign, a summary, the evidence.

Three sheets, each with its header row first (bold, frozen), in the report's language:

1. the action plan: one row per gap, highest priority first, with Owner, Due date, Status and
   Comment columns for the team (empty, or carried over from an action plan read back);
   Status offers a drop-down list, Due date accepts dates, and the sheet has an autofilter and
   prints on A4 landscape, one page wide. ``cse-assess plan`` reads it back;
2. the summary: who, what and when, the overall scores, the band (or why there is none),
   coverage, how many questions are marked to check later (where any are), and the scores and
   targets of each area;
3. the evidence register: every question with its status, answer, evidence (one item per line),
   note, N/A justification, proof, and whether it is marked to check later and what to check.

Every workbook is written by the one writer, :mod:`cse_assess.output.xlsx` (texts never become
formulas; no clock inside: the same result gives the same bytes with the same openpyxl and
zlib). openpyxl is imported inside :func:`render_xlsx`.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from cse_assess.core.model import localize
from cse_assess.core.scoring import Result
from cse_assess.many.plan import ActionPlan
from cse_assess.output.archive import moment_of
from cse_assess.output.xlsx import MEDIA_TYPE, new_workbook, put, sheet_title
from cse_assess.output.xlsx import workbook_bytes as write_bytes
from cse_assess.render import number, percent, t
from cse_assess.render._rows import PLAN_COLUMNS, area_title, plan_header, plan_rows, statuses
from cse_assess.render.report._model import (
    Report,
    area_target,
    as_report,
    band_name,
    band_text,
    made_text,
    mark_note,
    marked_text,
    proof_text,
    register_rows,
    status_text,
    withheld_text,
)

Worksheet = Any  # openpyxl.worksheet.worksheet.Worksheet (openpyxl has no type stubs)

XLSX_MEDIA_TYPE = MEDIA_TYPE
__all__ = ["XLSX_MEDIA_TYPE", "fixed_time", "render_xlsx", "workbook_bytes"]

# the action plan's column widths (characters) and which columns wrap their text
_PLAN_WIDTHS = {
    "priority": 11,
    "area": 20,
    "question_id": 28,
    "question": 50,
    "current_level": 22,
    "target_level": 22,
    "why": 22,
    "action": 60,
    "evidence_to_collect": 50,
    "owner": 20,
    "due_date": 13,
    "status": 16,
    "comment": 40,
}
_PLAN_WRAP = {
    "area",
    "question",
    "current_level",
    "target_level",
    "why",
    "action",
    "evidence_to_collect",
    "comment",
}


def fixed_time(result: Result) -> datetime.datetime:
    """The workbook's created and modified time: midnight of the assessment date (2000-01-01
    without a usable one)."""
    return moment_of(result.context.date)


_put = put


def _header(ws: Worksheet, labels: Sequence[str], start: int = 1) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    bold = Font(bold=True)
    fill = PatternFill("solid", start_color="FFE8EDF3", end_color="FFE8EDF3")
    line = Border(bottom=Side(style="thin", color="FF7A8799"))
    align = Alignment(vertical="center", wrap_text=True)
    for i, label in enumerate(labels):
        _put(ws, 1, start + i, label, font=bold, fill=fill, border=line, alignment=align)


def _widths(ws: Worksheet, widths: Sequence[float], start: int = 1) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(start + i)].width = width


def _action_plan(ws: Worksheet, result: Result, lang: str, plan: ActionPlan | None) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    _header(ws, plan_header(lang))
    top = Alignment(vertical="top")
    wrap = Alignment(vertical="top", wrap_text=True)
    critical = Font(bold=True, color="FFB42318")
    rows = plan_rows(result, lang, plan)
    for r, row in enumerate(rows, start=2):
        values: dict[str, Any] = {
            "priority": round(row.priority, 2),
            "area": row.area,
            "question_id": row.question_id,
            "question": row.question,
            "current_level": row.current_level,
            "target_level": row.target_level,
            "why": row.why,
            "action": row.action,
            "evidence_to_collect": "\n".join(f"• {x}" for x in row.evidence_to_collect),
            "owner": row.owner or None,
            "due_date": _date_value(row.due_date),
            "status": row.status or None,
            "comment": row.comment or None,
        }
        for c, key in enumerate(PLAN_COLUMNS, start=1):
            style: dict[str, Any] = {"alignment": wrap if key in _PLAN_WRAP else top}
            if key == "priority":
                style["number_format"] = "0.00"
                if row.critical:
                    style["font"] = critical
            if key == "due_date":
                style["number_format"] = "yyyy-mm-dd"
            _put(ws, r, c, values[key], **style)
    _widths(ws, [_PLAN_WIDTHS[c] for c in PLAN_COLUMNS])
    last = get_column_letter(len(PLAN_COLUMNS))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    status_col = get_column_letter(PLAN_COLUMNS.index("status") + 1)
    options = statuses(lang)
    status = DataValidation(
        type="list",
        formula1='"' + ",".join(options) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=t("report.status", lang),
        error=t("report.status_prompt", lang),
        promptTitle=t("report.status", lang),
        prompt=t("report.status_prompt", lang),
        showInputMessage=True,
    )
    status.add(f"{status_col}2:{status_col}1048576")
    ws.add_data_validation(status)
    due_col = get_column_letter(PLAN_COLUMNS.index("due_date") + 1)
    due = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="DATE(2000,1,1)",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=t("report.due_date", lang),
        error=t("report.due_date_prompt", lang),
    )
    due.add(f"{due_col}2:{due_col}1048576")
    ws.add_data_validation(due)
    _print_setup(ws, landscape=True)


def _date_value(iso: str) -> datetime.date | None:
    """A due date as a date cell (``None`` for none)."""
    try:
        return datetime.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _summary(ws: Worksheet, report: Report, lang: str) -> None:
    from openpyxl.styles import Alignment

    r = report.result
    bank, ctx = r.questionnaire, r.context
    wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")

    def score(value: float | None) -> float | str:
        return round(value, 1) if value is not None else number(None, lang)

    critical = sum(1 for g in r.gaps if g.critical)
    provisional = f" ({t('report.provisional', lang)})" if r.withheld else ""
    items: list[tuple[str, Any, str | None]] = [
        (t("institution", lang), ctx.institution, None),
        (t("unit", lang), ctx.unit, None),
        (t("assessor", lang), ctx.assessor, None),
        (t("date", lang), ctx.date, None),
        (t("questionnaire", lang), localize(bank.title, lang), None),
        (t("version", lang), f"{bank.id} {bank.version}", None),
        (t("overall_claimed", lang) + provisional, score(r.overall), "0.0"),
        (t("overall_verified", lang) + provisional, score(r.verified), "0.0"),
        (band_name(r, lang), band_text(r, lang), None),
        (t("band_verified", lang), band_text(r, lang, verified=True), None),
    ]
    if withheld_text(r, lang):
        items.append((t("report.provisional", lang), t("report.provisional_note", lang), None))
    if r.capped or r.verified_capped:
        items.append((t("report.capped_by", lang), ", ".join(r.capped_by), None))
    items += [
        (
            t("coverage", lang),
            r.coverage if r.coverage is not None else percent(None, lang),
            "0%",
        ),
        (t("answered", lang), f"{r.answered}/{r.applicable}", None),
        (t("report.na_short", lang), r.na, "0"),
        (t("report.gap_count", lang), len(r.gaps), "0"),
        (t("report.critical_gaps", lang), critical, "0"),
    ]
    marked = marked_text(register_rows(r, lang), lang)
    if marked:
        items.append((t("report.check_later", lang), marked, None))
    items.append(("", made_text(report, lang), None))
    _header(ws, [t("report.item", lang), t("report.value", lang)])
    for i, (label, value, fmt) in enumerate(items, start=2):
        put(ws, i, 1, label, alignment=top)
        style: dict[str, Any] = {"alignment": wrap}
        if fmt is not None and not isinstance(value, str):
            style["number_format"] = fmt
            style["alignment"] = Alignment(vertical="top", horizontal="left")
        put(ws, i, 2, value, **style)
    # the areas, beside the summary so that both headers are in the frozen first row
    area_headers = [
        t("area", lang),
        t("claimed", lang),
        t("verified", lang),
        t("target", lang),
        t("answered", lang),
        t("questions", lang),
        t("report.na_short", lang),
    ]
    _header(ws, area_headers, start=4)
    for i, a in enumerate(r.areas, start=2):
        put(ws, i, 4, area_title(bank, a.id, lang), alignment=wrap)
        put(ws, i, 5, score(a.score), number_format="0.0", alignment=top)
        put(ws, i, 6, score(a.verified), number_format="0.0", alignment=top)
        put(ws, i, 7, score(area_target(a)), number_format="0.0", alignment=top)
        put(ws, i, 8, a.answered, alignment=top)
        put(ws, i, 9, a.applicable, alignment=top)
        put(ws, i, 10, a.na, alignment=top)
    _widths(ws, [30, 48, 3, 28, 12, 12, 12, 12, 12, 12])
    ws.freeze_panes = "A2"
    _print_setup(ws, landscape=True)


def _register(ws: Worksheet, result: Result, lang: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from cse_assess.render.report.csv import REGISTER_COLUMNS, register_header

    wrap = Alignment(vertical="top", wrap_text=True)
    missing = Font(bold=True, color="FFB42318")
    _header(ws, register_header(lang))
    rows = register_rows(result, lang)
    yes = t("yes", lang)
    for r, row in enumerate(rows, start=2):
        values = (
            row.area,
            row.question_id,
            row.question,
            yes if row.critical else "",
            status_text(row.status, lang),
            row.answer,
            "\n".join(row.evidence),
            row.note,
            row.na_justification,
            proof_text(row.proof, lang),
            yes if row.mark is not None else "",
            mark_note(row.mark, lang),
        )
        for c, value in enumerate(values, start=1):
            style: dict[str, Any] = {"alignment": wrap}
            if REGISTER_COLUMNS[c - 1] == "proof" and row.proof == "missing":
                style["font"] = missing
            put(ws, r, c, value, **style)
    _widths(ws, [20, 28, 50, 11, 16, 22, 50, 36, 36, 22, 14, 36])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(REGISTER_COLUMNS))}{len(rows) + 1}"
    _print_setup(ws, landscape=True)


def _print_setup(ws: Worksheet, *, landscape: bool) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def workbook_bytes(wb: Any, moment: datetime.datetime) -> bytes:
    """The workbook as XLSX bytes with no clock inside (see
    :func:`cse_assess.output.xlsx.workbook_bytes`)."""
    from cse_assess.output.xlsx import workbook_bytes as write

    return write(wb, moment)


def render_xlsx(
    result: Result | Report,
    lang: str,
    *,
    plan: ActionPlan | None = None,
    made: str = "",
) -> bytes:
    """The action plan, summary and evidence register as an XLSX workbook, in ``lang``; the
    team's owner, due date, status and comment carried over from ``plan``."""
    report = as_report(result, plan=plan, made=made)
    r = report.result
    wb = new_workbook()
    used: set[str] = set()
    _action_plan(
        wb.create_sheet(sheet_title(t("report.action_plan", lang), used)), r, lang, report.plan
    )
    _summary(wb.create_sheet(sheet_title(t("report.summary", lang), used)), report, lang)
    _register(wb.create_sheet(sheet_title(t("report.evidence_register", lang), used)), r, lang)
    bank, ctx = r.questionnaire, r.context
    title = t("report.action_plan", lang)
    return write_bytes(
        wb,
        fixed_time(r),
        title=f"{title}: {ctx.institution}" if ctx.institution else title,
        subject=localize(bank.title, lang),
        lang=lang,
    )
