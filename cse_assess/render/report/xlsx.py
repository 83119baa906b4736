# mypy: disable-error-code="import-untyped"
# (openpyxl has no type stubs; every import of it in this file is inside a function)
"""The action plan as an Excel workbook: the gaps ready to assign, a summary, the evidence.

Three sheets, each with its header row first (bold, frozen), in the report's language:

1. the action plan: one row per gap, highest priority first, with empty Owner, Due date and
   Status columns; Status offers a drop-down list, Due date accepts dates, and the sheet has
   an autofilter and prints on A4 landscape, one page wide;
2. the summary: who, what and when, the overall scores, bands and coverage, and the scores
   of each area;
3. the evidence register: every evidence reference given in the answers, one per row.

openpyxl is imported inside :func:`render_xlsx`: it is slow to import, and only this format
needs it. The bytes are deterministic: the workbook's created and modified times and the
timestamps inside the ZIP file are set from the assessment date, not the clock (the same
result gives the same bytes with the same versions of openpyxl and zlib).
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cse_assess.core.model import localize
from cse_assess.core.scoring import Result
from cse_assess.render import number, percent, t
from cse_assess.render._rows import (
    PLAN_COLUMNS,
    area_title,
    evidence_rows,
    plan_header,
    plan_rows,
    statuses,
)

if TYPE_CHECKING:
    from openpyxl import Workbook

Worksheet = Any  # openpyxl.worksheet.worksheet.Worksheet (openpyxl has no type stubs)

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

_FALLBACK_DATE = datetime.datetime(2000, 1, 1)
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")  # control characters XML cannot hold
_SHEET_NAME_ILLEGAL = re.compile(r"[\[\]:*?/\\]")

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
}
_PLAN_WRAP = {
    "area",
    "question",
    "current_level",
    "target_level",
    "why",
    "action",
    "evidence_to_collect",
}


def fixed_time(result: Result) -> datetime.datetime:
    """The workbook's created and modified time: midnight of the assessment date.

    An assessment without a date (or with one before 1980, which a ZIP file cannot hold)
    gets 2000-01-01.
    """
    try:
        moment = datetime.datetime.strptime(result.context.date, "%Y-%m-%d")
    except ValueError:
        return _FALLBACK_DATE
    return moment if moment.year >= 1980 else _FALLBACK_DATE


def _text(value: str) -> str:
    return _ILLEGAL.sub("", value)


def _sheet_title(text: str) -> str:
    return _SHEET_NAME_ILLEGAL.sub("-", text)[:31]


def _put(ws: Worksheet, row: int, column: int, value: Any, **style: Any) -> None:
    """Write one cell; a text is always stored as text, never read as a formula."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = _text(value)
        cell.data_type = "s"  # "=..." from a bank or an assessment stays text
    else:
        cell.value = value
    for key, setting in style.items():
        setattr(cell, key, setting)


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


def _action_plan(ws: Worksheet, result: Result, lang: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    _header(ws, plan_header(lang))
    top = Alignment(vertical="top")
    wrap = Alignment(vertical="top", wrap_text=True)
    critical = Font(bold=True, color="FFB42318")
    rows = plan_rows(result, lang)
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
            "owner": None,
            "due_date": None,
            "status": None,
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


def _summary(ws: Worksheet, result: Result, lang: str) -> None:
    from openpyxl.styles import Alignment

    r, bank, ctx = result, result.questionnaire, result.context
    wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")

    def band(b: Any) -> str:
        return localize(b.label, lang) if b is not None else t("no_score", lang)

    def score(value: float | None) -> float | str:
        return round(value, 1) if value is not None else number(None, lang)

    critical = sum(1 for g in r.gaps if g.critical)
    items: list[tuple[str, Any, str | None]] = [
        (t("institution", lang), ctx.institution, None),
        (t("unit", lang), ctx.unit, None),
        (t("assessor", lang), ctx.assessor, None),
        (t("date", lang), ctx.date, None),
        (t("questionnaire", lang), localize(bank.title, lang), None),
        (t("version", lang), f"{bank.id} {bank.version}", None),
        (t("overall_claimed", lang), score(r.overall), "0.0"),
        (t("overall_verified", lang), score(r.verified), "0.0"),
        (t("band", lang), band(r.band), None),
        (t("band_verified", lang), band(r.verified_band), None),
    ]
    if r.capped_by:
        items.append((t("report.capped_by", lang), ", ".join(r.capped_by), None))
    items += [
        (
            t("coverage", lang),
            r.coverage if r.coverage is not None else percent(None, lang),
            "0%",
        ),
        (t("answered", lang), f"{r.answered}/{r.applicable}", None),
        (t("report.gap_count", lang), len(r.gaps), "0"),
        (t("report.critical_gaps", lang), critical, "0"),
    ]
    _header(ws, [t("report.item", lang), t("report.value", lang)])
    for i, (label, value, fmt) in enumerate(items, start=2):
        _put(ws, i, 1, label, alignment=top)
        style: dict[str, Any] = {"alignment": wrap}
        if fmt is not None and not isinstance(value, str):
            style["number_format"] = fmt
            style["alignment"] = Alignment(vertical="top", horizontal="left")
        _put(ws, i, 2, value, **style)
    # the areas, beside the summary so that both headers are in the frozen first row
    area_headers = [
        t("area", lang),
        t("claimed", lang),
        t("verified", lang),
        t("answered", lang),
        t("questions", lang),
    ]
    _header(ws, area_headers, start=4)
    for i, a in enumerate(r.areas, start=2):
        _put(ws, i, 4, area_title(bank, a.id, lang), alignment=wrap)
        _put(ws, i, 5, score(a.score), number_format="0.0", alignment=top)
        _put(ws, i, 6, score(a.verified), number_format="0.0", alignment=top)
        _put(ws, i, 7, a.answered, alignment=top)
        _put(ws, i, 8, a.applicable, alignment=top)
    _widths(ws, [30, 48, 3, 28, 12, 12, 12, 12])
    ws.freeze_panes = "A2"
    _print_setup(ws, landscape=True)


def _register(ws: Worksheet, result: Result, lang: str) -> None:
    from openpyxl.styles import Alignment

    wrap = Alignment(vertical="top", wrap_text=True)
    _header(
        ws,
        [
            t("area", lang),
            t("report.question_id", lang),
            t("question", lang),
            t("report.answer", lang),
            t("report.evidence_item", lang),
        ],
    )
    rows = evidence_rows(result, lang)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(
            (row.area, row.question_id, row.question, row.answer, row.evidence), start=1
        ):
            _put(ws, r, c, value, alignment=wrap)
    _widths(ws, [20, 30, 50, 22, 60])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:E{len(rows) + 1}"
    _print_setup(ws, landscape=True)


def _print_setup(ws: Worksheet, *, landscape: bool) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def workbook_bytes(wb: Workbook, moment: datetime.datetime) -> bytes:
    """The workbook as XLSX bytes that are the same on every run: no clock inside the file."""
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save, which stamps "modified" with the clock
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return _rezip(buffer.getvalue(), moment)


def _rezip(data: bytes, moment: datetime.datetime) -> bytes:
    """The same ZIP archive with every entry's timestamp set to ``moment``, not the clock."""
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0  # the same bytes on Windows and elsewhere
            entry.external_attr = 0
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def render_xlsx(result: Result, lang: str) -> bytes:
    """The action plan, summary and evidence register as an XLSX workbook, in ``lang``."""
    from openpyxl import Workbook

    moment = fixed_time(result)
    wb = Workbook()
    plan = wb.active
    assert plan is not None
    plan.title = _sheet_title(t("report.action_plan", lang))
    _action_plan(plan, result, lang)
    _summary(wb.create_sheet(_sheet_title(t("report.summary", lang))), result, lang)
    _register(wb.create_sheet(_sheet_title(t("report.evidence_register", lang))), result, lang)

    bank, ctx = result.questionnaire, result.context
    props = wb.properties
    props.creator = "cse-assess"
    props.lastModifiedBy = None
    props.title = _text(
        f"{t('report.action_plan', lang)}: {ctx.institution}"
        if ctx.institution
        else t("report.action_plan", lang)
    )
    props.subject = _text(localize(bank.title, lang))
    props.language = lang
    props.created = moment
    props.modified = moment
    return workbook_bytes(wb, moment)
