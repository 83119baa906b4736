"""The shell of the offline forms: writing a template and reading a filled-in form with openpyxl.

:func:`write_template` draws a :func:`~cse_assess.forms.layout.form_layout` into a workbook
and saves it atomically; :func:`read_form` reads the cells that matter into a
:class:`~cse_assess.forms.layout.FormData`; :func:`import_form` reads, checks and converts a form in
one call. openpyxl is imported inside the functions, so importing this module is cheap.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import secrets
import stat
from typing import TYPE_CHECKING, Any

from cse_assess.content._yaml import shorten
from cse_assess.core.errors import AssessmentError, NotFoundError, OutputError, Problem
from cse_assess.core.model import Questionnaire
from cse_assess.forms.layout import (
    COLUMN,
    COLUMNS,
    CONTEXT_FIRST_ROW,
    CONTEXT_HEADER_ROW,
    CONTEXT_KEYS,
    LETTERS,
    QUESTIONS_FIRST_ROW,
    QUESTIONS_HEADER_ROW,
    Cell,
    FormData,
    FormLayout,
    Imported,
    Uncalculated,
    form_layout,
    form_reference,
    form_to_assessment,
    t,
)
from cse_assess.i18n import os_reason
from cse_assess.output.xlsx import FALLBACK, cell_text, put, sheet_title, workbook_bytes

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

MAX_FORM_BYTES = 20_000_000
"""The largest form accepted (a filled-in readiness form is about 30 kB)."""
EXTENSIONS = (".xlsx", ".xlsm")

_WIDTHS = {
    "area": 18,
    "id": 16,
    "question": 46,
    "guidance": 50,
    "answer": 26,
    "na": 13,
    "justification": 26,
    "evidence": 34,
    "note": 26,
}
_GREY, _HEADER, _INPUT_BORDER = "F2F2F2", "D9E1F2", "A6A6A6"


# --- writing --------------------------------------------------------------------------------
def write_template(bank: Questionnaire, path: str | os.PathLike[str], lang: str) -> FormLayout:
    """Write the form of ``bank`` in ``lang`` to ``path`` (``.xlsx``), atomically.

    .. versionadded:: 0.1.0
    """
    target = os.fspath(path)
    if not target.lower().endswith(".xlsx"):
        from cse_assess.core.errors import MessageError

        raise MessageError("forms_not_xlsx_name", path=target)
    layout = form_layout(bank, lang)
    _atomic_write_bytes(target, template_bytes(layout))
    return layout


def template_bytes(layout: FormLayout) -> bytes:
    """The template as XLSX bytes: the same layout gives the same bytes (no clock inside).

    .. versionadded:: 0.2.0
    """
    return workbook_bytes(build_workbook(layout), FALLBACK, title=layout.title, lang=layout.lang)


def build_workbook(layout: FormLayout) -> Workbook:
    """The template as an openpyxl workbook (not saved)."""
    from openpyxl import Workbook

    wb = Workbook()
    context = wb.active
    assert context is not None
    context.title = sheet_title(layout.context_sheet)
    questions = wb.create_sheet(layout.questions_sheet)
    lists = wb.create_sheet(layout.lists_sheet)
    ranges = _write_lists(lists, layout)
    _write_context(context, layout, ranges)
    _write_questions(questions, layout, ranges)
    wb.properties.title = cell_text(layout.title)
    wb.properties.creator = "cse-assess"
    wb.active = 0
    return wb


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    thin = Side(style="thin", color=_INPUT_BORDER)
    return {
        "bold": Font(bold=True),
        "title": Font(bold=True, size=14),
        "grey_font": Font(color="595959", size=9),
        "italic": Font(italic=True, color="595959"),
        "header_fill": PatternFill("solid", fgColor=_HEADER),
        "grey_fill": PatternFill("solid", fgColor=_GREY),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "wrap_item": Alignment(wrap_text=True, vertical="top", indent=2),
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "open": Protection(locked=False),
        "locked": Protection(locked=True),
    }


def _set(ws: Worksheet, ref: str, value: Any) -> None:
    """Write a cell by reference through the one writer (a text never becomes a formula)."""
    _value(ws[ref], value)


def _value(cell: Any, value: Any) -> None:
    put(cell.parent, cell.row, cell.column, value)


def _protect(ws: Worksheet) -> None:
    """Lock the form's own cells; people may still resize and format (no password)."""
    ws.protection.sheet = True
    ws.protection.formatCells = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _write_lists(ws: Worksheet, layout: FormLayout) -> dict[str, str]:
    """One column per drop-down list; returns each list's range for data validations."""
    ranges: dict[str, str] = {}
    for i, drop in enumerate(layout.lists):
        letter = _letter(i + 1)
        put(ws, 1, i + 1, drop.key)
        for j, value in enumerate(drop.values, start=2):
            put(ws, j, i + 1, value)
        last = 1 + len(drop.values)
        ranges[drop.key] = f"{_quote(layout.lists_sheet)}!${letter}$2:${letter}${last}"
    ws.sheet_state = "hidden"
    _protect(ws)
    return ranges


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))


def _quote(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"


def _list_validation(formula: str, title: str, prompt: str, layout: FormLayout) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle=t("error_title", layout.lang)[:32],
        error=t("error_list", layout.lang)[:255],
        showInputMessage=bool(title or prompt),
        promptTitle=title[:32] or None,
        prompt=prompt[:255] or None,
    )


def _write_context(ws: Worksheet, layout: FormLayout, ranges: dict[str, str]) -> None:
    s = _styles()
    _set(ws, "A1", layout.title)
    ws["A1"].font = s["title"]
    _set(ws, "A2", layout.context_intro)
    ws["A2"].alignment = s["wrap"]
    ws.merge_cells("A2:C2")
    ws.row_dimensions[2].height = 60
    for col, text in zip("ABC", layout.context_header, strict=True):
        cell = ws[f"{col}{CONTEXT_HEADER_ROW}"]
        _value(cell, text)
        cell.font = s["bold"]
        cell.fill = s["header_fill"]
        cell.border = s["border"]
    for i, row in enumerate(layout.context):
        r = CONTEXT_FIRST_ROW + i
        label, value, hint = ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"]
        _value(label, row.label)
        label.font = s["bold"]
        _value(value, row.value or None)
        _value(hint, row.hint)
        hint.font = s["italic"]
        hint.alignment = s["wrap"]
        for cell in (label, value, hint):
            cell.border = s["border"]
        if row.editable:
            value.protection = s["open"]
        else:
            value.fill = s["grey_fill"]
            label.fill = s["grey_fill"]
        if row.key == "date":
            value.number_format = "yyyy-mm-dd"
        if row.key == "language":
            dv = _list_validation(
                ranges["language"],
                t("language", layout.lang),
                t("hint_language", layout.lang),
                layout,
            )
            ws.add_data_validation(dv)
            dv.add(value.coordinate)
    r = CONTEXT_FIRST_ROW + len(layout.context) + 1
    _set(ws, f"A{r}", layout.levels_title)
    ws[f"A{r}"].font = s["title"]
    for heading, levels in layout.levels:
        if len(layout.levels) > 1:  # one scale needs no heading of its own
            r += 1
            _set(ws, f"A{r}", heading)
            ws[f"A{r}"].font = s["bold"]
        for text, description in levels:
            r += 1
            _set(ws, f"A{r}", text)
            _set(ws, f"B{r}", description)
            ws[f"B{r}"].alignment = s["wrap"]
            ws.merge_cells(f"B{r}:C{r}")
            ws.row_dimensions[r].height = 15 * _lines(description, 30 + 60)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 60
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    _fit_to_page(ws)
    _protect(ws)


def _fit_to_page(ws: Worksheet) -> None:
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes in a wrapped cell ``width`` characters wide."""
    per_line = max(int(width * 1.2), 1)
    return max(1, sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n")))


def _write_questions(ws: Worksheet, layout: FormLayout, ranges: dict[str, str]) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    s = _styles()
    last = LETTERS[-1]
    _set(ws, "A1", layout.questions_title)
    ws["A1"].font = s["title"]
    _set(ws, "A2", layout.questions_intro)
    ws["A2"].alignment = s["wrap"]
    ws.merge_cells(f"A2:{last}2")
    ws.row_dimensions[2].height = 48
    for col, text in zip(LETTERS, layout.headers, strict=True):
        cell = ws[f"{col}{QUESTIONS_HEADER_ROW}"]
        _value(cell, text)
        cell.font = s["bold"]
        cell.fill = s["header_fill"]
        cell.border = s["border"]
        cell.alignment = s["wrap"]
    ws.row_dimensions[QUESTIONS_HEADER_ROW].height = 30
    lists = {
        drop.key: _list_validation(ranges[drop.key], drop.prompt_title, drop.prompt, layout)
        for drop in layout.lists
    }
    na_title, na_prompt = layout.na_prompt
    na_validation = _list_validation(ranges["yes_no"], na_title, na_prompt, layout)
    used: set[str] = set()
    numbers: list[Any] = []
    for i, row in enumerate(layout.rows):
        r = QUESTIONS_FIRST_ROW + i
        item = row.kind == "item"
        values = {
            "area": row.area,
            "id": row.id,
            "question": row.text,
            "guidance": row.guidance or None,
        }
        for name in COLUMNS:
            cell = ws[f"{COLUMN[name]}{r}"]
            _value(cell, values.get(name))
            cell.border = s["border"]
            cell.alignment = s["wrap_item"] if item and name == "question" else s["wrap"]
            open_ = (
                (name == "answer" and row.answer_open)
                or (name in ("na", "justification") and row.na_open)
                or (name in ("evidence", "note") and not item)
            )
            if open_:
                cell.protection = s["open"]
            else:
                cell.fill = s["grey_fill"]
        ws[f"B{r}"].font = s["grey_font"]
        if row.critical:
            ws[f"C{r}"].font = s["bold"]
        answer_ref = f"{COLUMN['answer']}{r}"
        if row.answer_list is not None:
            lists[row.answer_list].add(answer_ref)
            used.add(row.answer_list)
        elif row.number is not None:
            numbers.append(_number_validation(DataValidation, row.number, answer_ref, layout))
        if row.na_open:
            na_validation.add(f"{COLUMN['na']}{r}")
        height = max(
            _lines(row.id, _WIDTHS["id"] * 0.8),  # a smaller font, broken at hyphens
            _lines(row.text, _WIDTHS["question"] - (4 if item else 0)),
            _lines(row.guidance, _WIDTHS["guidance"]) if row.guidance else 1,
        )
        ws.row_dimensions[r].height = min(409, 15 * height)
    for key in sorted(used):
        ws.add_data_validation(lists[key])
    if na_validation.sqref:
        ws.add_data_validation(na_validation)
    for dv in numbers:
        ws.add_data_validation(dv)
    for name in COLUMNS:
        ws.column_dimensions[COLUMN[name]].width = _WIDTHS[name]
    ws.freeze_panes = f"A{QUESTIONS_FIRST_ROW}"
    ws.print_title_rows = f"{QUESTIONS_HEADER_ROW}:{QUESTIONS_HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    _fit_to_page(ws)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.auto_filter.ref = f"A{QUESTIONS_HEADER_ROW}:{last}{QUESTIONS_HEADER_ROW + len(layout.rows)}"
    ws.protection.autoFilter = False
    _protect(ws)


def _number_validation(factory: Any, rule: Any, ref: str, layout: FormLayout) -> Any:
    low = -1e15 if rule.min is None else rule.min
    high = 1e15 if rule.max is None else rule.max
    dv = factory(
        type="decimal",
        operator="between",
        formula1=_excel_number(low),
        formula2=_excel_number(high),
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle=t("error_title", layout.lang)[:32],
        error=f"{t('error_number', layout.lang)} {rule.prompt}"[:255],
        showInputMessage=True,
        promptTitle=t("prompt_number", layout.lang)[:32],
        prompt=rule.prompt[:255],
    )
    dv.add(ref)
    return dv


def _excel_number(value: float) -> str:
    return (
        str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))
    )


def _atomic_write_bytes(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that it is never seen half-written.

    Like :func:`cse_assess.io.store.atomic_write`, for bytes: a new temporary file beside the
    target, flushed to disk, then renamed over it; an existing file keeps its mode.
    """
    directory = os.path.dirname(path) or "."
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = None
    try:
        tmp = os.path.join(directory, f".{os.path.basename(path)}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, flags, 0o666)
    except OSError as exc:
        raise OutputError(path, os_reason(exc)) from None
    try:
        if mode is not None:
            os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(path, os_reason(exc)) from None


# --- reading --------------------------------------------------------------------------------
MAX_FORM_UNPACKED = 5_000_000
"""The most bytes a form may unpack to, summed from its zip directory before anything is
parsed (a filled-in readiness form unpacks to about 125 kB)."""
MAX_FORM_PART = 1_000_000
"""The most bytes one part of a form other than its sheets and their text may unpack to
(styles, the workbook's own list of sheets...: a few kilobytes in a form)."""
MAX_FORM_PARTS = 200
"""The most files a form's zip may hold (a form has about a dozen)."""
MAX_FORM_ROWS = 2_000
"""The most rows a form's question sheet may use below its header (the readiness bank needs
about 80); a cell below them is a problem, never silently left out."""
_CONTEXT_LAST_ROW = CONTEXT_FIRST_ROW + len(CONTEXT_KEYS) - 1
_QUESTIONS_LAST_ROW = QUESTIONS_HEADER_ROW + MAX_FORM_ROWS


def _sheet(wb: Any, key: str) -> Any:
    names = {t(key, "en").casefold(), t(key, "lv").casefold()}
    for ws in wb.worksheets:
        if str(ws.title).casefold() in names and hasattr(ws, "_get_source"):
            return ws
    return None


def read_form(path: str | os.PathLike[str]) -> FormData:
    """The cells of a filled-in form; raises when the file is not a readable form.

    Only a regular file of at most :data:`MAX_FORM_BYTES` is read, and only once its zip
    directory says it unpacks to at most :data:`MAX_FORM_UNPACKED` bytes in at most
    :data:`MAX_FORM_PARTS` files. The workbook is opened read-only, its XML parsed with
    ``defusedxml`` (no entity expansion, no external entities), and only the rows a form can
    have are read: the work is bounded whatever the file holds. A formula cell without a
    calculated value is kept as :class:`~cse_assess.forms.layout.Uncalculated`, so that it is
    reported rather than read as an empty cell.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 bounded reading; formulas without a value are kept.
    """
    from cse_assess.io.store import read_bytes

    source = os.fspath(path)
    if not os.path.lexists(source):
        raise NotFoundError("file_missing_named", path=source)
    if os.path.isdir(source) or not source.lower().endswith(EXTENSIONS):
        raise AssessmentError([Problem(source, None, "", "forms_not_xlsx_file")])
    data, _ = read_bytes(source, MAX_FORM_BYTES, AssessmentError)
    _check_zip(data, source)
    import warnings

    import defusedxml  # type: ignore[import-untyped]  # noqa: F401  (openpyxl parses with it)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # openpyxl warns of what it drops; nothing is read there
            warnings.simplefilter("ignore")
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
            try:
                return _form_data(wb, source)
            finally:
                wb.close()
    except AssessmentError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise AssessmentError(
            [Problem(source, None, "", "forms_unreadable", {"reason": _reason(exc)})]
        ) from None


def _check_zip(data: bytes, source: str) -> None:
    """Refuse a workbook whose zip directory promises too much, before anything is unpacked."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise AssessmentError(
            [Problem(source, None, "", "forms_unreadable", {"reason": _reason(exc)})]
        ) from None
    if len(parts) > MAX_FORM_PARTS:
        raise AssessmentError(
            [
                Problem(
                    source,
                    None,
                    "",
                    "forms_too_many_parts",
                    {"count": len(parts), "limit": MAX_FORM_PARTS},
                )
            ]
        )
    for part in parts:
        name = part.filename
        text = name.startswith("xl/worksheets/sheet") or name == "xl/sharedStrings.xml"
        markup = name.endswith((".xml", ".rels", ".vml"))
        if markup and not text and part.file_size > MAX_FORM_PART:
            raise AssessmentError(
                [
                    Problem(
                        source,
                        None,
                        "",
                        "forms_part_too_large",
                        {"part": shorten(name), "size": part.file_size, "limit": MAX_FORM_PART},
                    )
                ]
            )
    size = sum(part.file_size for part in parts)  # zipfile unpacks no more than this
    if size > MAX_FORM_UNPACKED:
        raise AssessmentError(
            [
                Problem(
                    source,
                    None,
                    "",
                    "forms_unpacked_too_large",
                    {"size": size, "limit": MAX_FORM_UNPACKED},
                )
            ]
        )


def _reason(exc: BaseException) -> str:
    """An exception in one short line: the type and first words of what caused it (openpyxl
    wraps the XML parser's error in one of its own)."""
    seen = {id(exc)}
    while (cause := exc.__cause__ or exc.__context__) is not None and id(cause) not in seen:
        seen.add(id(cause))
        exc = cause
    text = " ".join(str(exc).split())
    return shorten(f"{type(exc).__name__}: {text}" if text else type(exc).__name__, 200)


def _form_data(wb: Any, source: str) -> FormData:
    context = _sheet(wb, "sheet_context")
    questions = _sheet(wb, "sheet_questions")
    problems: list[Problem] = []
    for ws, key in ((context, "sheet_context"), (questions, "sheet_questions")):
        if ws is None:
            names = f"'{t(key, 'lv')}' / '{t(key, 'en')}'"
            problems.append(Problem(source, None, "", "forms_no_sheet", {"names": names}))
    if context is None or questions is None:
        raise AssessmentError(problems)
    found, _ = _cells(context, CONTEXT_FIRST_ROW, _CONTEXT_LAST_ROW, 2)
    context_cells = tuple(
        (
            Cell(f"A{r}", found.get((r, 1))),
            Cell(f"B{r}", found.get((r, 2))),
        )
        for r in range(CONTEXT_FIRST_ROW, _CONTEXT_LAST_ROW + 1)
    )
    width = len(LETTERS)
    found, beyond = _cells(questions, QUESTIONS_HEADER_ROW, _QUESTIONS_LAST_ROW, width)
    if beyond is not None:
        ref = f"{questions.title}!{beyond}"
        raise AssessmentError(
            [Problem(source, None, ref, "forms_beyond_last_row", {"limit": _QUESTIONS_LAST_ROW})]
        )
    header = tuple(
        Cell(f"{col}{QUESTIONS_HEADER_ROW}", found.get((QUESTIONS_HEADER_ROW, i)))
        for i, col in enumerate(LETTERS, start=1)
    )
    last = max((r for r, _ in found), default=QUESTIONS_HEADER_ROW)
    rows = tuple(
        tuple(Cell(f"{col}{r}", found.get((r, i))) for i, col in enumerate(LETTERS, start=1))
        for r in range(QUESTIONS_FIRST_ROW, last + 1)
    )
    return FormData(str(context.title), str(questions.title), context_cells, header, rows)


def _cells(
    ws: Any, first_row: int, last_row: int, columns: int
) -> tuple[dict[tuple[int, int], object], str | None]:
    """The values of the cells in ``first_row..last_row`` and columns 1..``columns`` that hold
    something, and the first cell below ``last_row`` that holds something (or None).

    The sheet's XML is read as a stream and left at the first row below ``last_row`` that is
    not empty: a cell on row 1,048,576 costs one row, not a million.
    """
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            if cell["value"] is None:
                formula = element.find(FORMULA_TAG)
                if formula is not None:  # a formula whose value was never calculated
                    cell["value"] = Uncalculated("=" + (formula.text or ""))
            return cell

    wb = ws.parent
    found: dict[tuple[int, int], object] = {}
    with ws._get_source() as xml:
        parser = Parser(
            xml,
            ws._shared_strings,
            data_only=True,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        for number, row in parser.parse():
            if number < first_row:
                continue
            filled = [
                c
                for c in row
                if c["value"] is not None and c["value"] != "" and 1 <= c["column"] <= columns
            ]
            if number > last_row:
                if filled:
                    cell = filled[0]
                    return found, f"{get_column_letter(cell['column'])}{cell['row']}"
                continue
            for cell in filled:
                found[(cell["row"], cell["column"])] = cell["value"]
    return found, None


def import_form(
    path: str | os.PathLike[str], questionnaire: Questionnaire | str | None = None
) -> Imported:
    """Read a filled-in form and turn it into an assessment of its bank.

    The bank is the one the form names (a bundled bank at that version) unless
    ``questionnaire`` (a bank, or its id or path) is given; it must be the form's bank at the
    form's version. Raises :class:`~cse_assess.core.errors.AssessmentError` with every bad cell.

    .. versionadded:: 0.1.0
    """
    from cse_assess.io.store import load_questionnaire

    source = os.fspath(path)
    data = read_form(source)
    ref = form_reference(data, source)
    if questionnaire is None:
        try:
            bank = load_questionnaire(f"{ref.id}@{ref.version}")
        except NotFoundError:
            raise AssessmentError(
                [
                    Problem(
                        source,
                        None,
                        f"{data.context_sheet}!{ref.id_cell}",
                        "forms_bank_unknown",
                        {"name": ref.id, "version": ref.version},
                    )
                ]
            ) from None
    elif isinstance(questionnaire, str):
        bank = load_questionnaire(questionnaire)
    else:
        bank = questionnaire
    return form_to_assessment(data, bank, ref, source)
