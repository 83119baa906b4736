# mypy: disable-error-code="import-untyped"
"""The one XLSX writer: every workbook cse-assess writes (the action plan, the roll-up, the
offline form) is built and saved through it.

- :func:`put` writes a cell: a text is always stored as text (never a formula), made visible
  (:func:`cse_assess.output.text.visible`: no control character, which XML cannot hold, no
  bidirectional override), and one a spreadsheet could read as a formula when it is edited
  (``=``, ``+``, ``-``, ``@`` first, also after invisible characters or as a fullwidth
  look-alike) carries Excel's quote prefix; a number that is not finite is left empty.
- :func:`workbook_bytes` saves a workbook with no clock inside: the document's created and
  modified times and every ZIP entry's time are the ``moment`` given (the assessment's date),
  so the same input gives the same bytes with the same openpyxl and zlib.

**Large sheets: write-only mode.** ``new_workbook(write_only=True)`` makes a workbook whose
sheets are written out row by row as they are added (openpyxl's write-only mode), so a sheet of
100,000 rows takes the memory of one row. Such a sheet has no cell to go back to, so:

- set what applies to the whole sheet first (``ws.column_dimensions["A"].width``,
  ``ws.freeze_panes``, ``ws.auto_filter.ref``, ``ws.add_data_validation``, print titles),
  before the first row;
- add rows in order with :func:`append` (never :func:`put`, which needs random access): each
  value is written as :func:`put` writes it; a value that needs its own style is a cell made by
  :func:`cell` (``cell(ws, "Total", font=BOLD)``);
- no merged cells, no reading back; :func:`workbook_bytes` saves it once, as any workbook.

:func:`append` and :func:`cell` work on an ordinary sheet too, so one writer can serve both.

openpyxl is imported inside the functions: it is slow to import and only these outputs need it.
"""

from __future__ import annotations

import datetime
import io
import math
import re
import zipfile
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from cse_assess.output.archive import FALLBACK, moment_of, rezip
from cse_assess.output.text import formula_like, visible

if TYPE_CHECKING:
    from openpyxl import Workbook

Worksheet = Any  # openpyxl.worksheet.worksheet.Worksheet
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
"""The media type of an XLSX workbook."""
MAX_CELL = 32_767
"""The most characters a cell holds (Excel's limit)."""

_SHEET_ILLEGAL = re.compile(r"[\[\]:*?/\\]")

__all__ = [
    "FALLBACK",
    "MEDIA_TYPE",
    "append",
    "cell",
    "cell_text",
    "moment_of",
    "new_workbook",
    "put",
    "sheet_title",
    "workbook_bytes",
]


def cell_text(text: str) -> str:
    """``text`` as a cell can hold it: visible, at most :data:`MAX_CELL` characters."""
    shown = visible(text)
    return shown if len(shown) <= MAX_CELL else shown[: MAX_CELL - 1] + "…"


def put(ws: Worksheet, row: int, column: int, value: Any, **style: Any) -> Any:
    """Write one cell (and its ``style`` attributes); return the cell.

    A text is stored as text, never read as a formula, and keeps Excel's quote prefix where it
    looks like one, so that editing the cell later does not turn it into a formula either.
    """
    return _fill(ws.cell(row=row, column=column), value, style)


def _fill(target: Any, value: Any, style: dict[str, Any]) -> Any:
    """Give the cell ``target`` its value (as :func:`put` says) and style attributes."""
    if isinstance(value, str):
        text = cell_text(value)
        target.value = text
        target.data_type = "s"
        if formula_like(text) or formula_like(value):
            target.quotePrefix = True
    elif isinstance(value, float) and not math.isfinite(value):
        target.value = None
    else:
        target.value = value
    for key, setting in style.items():
        setattr(target, key, setting)
    return target


def cell(ws: Worksheet, value: Any, **style: Any) -> Any:
    """A cell of ``ws`` not yet in a row, for :func:`append`: ``value`` written as :func:`put`
    writes it, with ``style`` (``font=``, ``fill=``, ``alignment=``, ``number_format=``...).

    .. versionadded:: 0.2.0
    """
    from openpyxl.cell import Cell

    return _fill(Cell(ws, row=1, column=1), value, style)


def append(ws: Worksheet, values: Iterable[Any]) -> None:
    """Add a row after the last one, each value written as :func:`put` writes it; a cell made
    by :func:`cell` keeps its style. The only way to add rows to a write-only sheet (see the
    module's notes); on an ordinary sheet it is ``ws.append`` with :func:`put`'s rules.

    .. versionadded:: 0.2.0
    """
    from openpyxl.cell import Cell

    row: list[Any] = []
    for value in values:
        if isinstance(value, str):
            text = cell_text(value)
            # openpyxl takes a text beginning with "=" for a formula and "#N/A" for an error:
            # those (and any a spreadsheet could read as a formula) go in as cells of text
            if text[:1] == "#" or formula_like(text) or formula_like(value):
                value = _fill(Cell(ws, row=1, column=1), value, {})
            else:
                value = text
        elif isinstance(value, float) and not math.isfinite(value):
            value = None
        row.append(value)
    ws.append(row)


def sheet_title(text: str, used: set[str] | None = None) -> str:
    """A valid, unique sheet title: no ``[]:*?/\\``, at most 31 characters."""
    base = _SHEET_ILLEGAL.sub("-", visible(text, keep_lines=False)).strip("'")[:31] or "sheet"
    if used is None:
        return base
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def new_workbook(*, write_only: bool = False) -> Workbook:
    """An empty workbook (no sheet): add sheets with ``create_sheet``.

    ``write_only``: for large sheets, written out as rows are added (see the module's notes).

    .. versionchanged:: 0.2.0 ``write_only``.
    """
    from openpyxl import Workbook

    if write_only:
        return Workbook(write_only=True)  # it has no sheet to begin with
    wb = Workbook()
    first = wb.active
    if first is not None:
        wb.remove(first)
    return wb


def workbook_bytes(
    wb: Workbook,
    moment: datetime.datetime | str = FALLBACK,
    *,
    title: str = "",
    subject: str = "",
    lang: str = "",
) -> bytes:
    """The workbook as XLSX bytes that are the same on every run: no clock inside the file.

    ``moment`` (a datetime, or an ISO date) is the created and modified time of the document
    and the time of every entry of the archive.
    """
    from openpyxl.writer.excel import ExcelWriter

    when = moment_of(moment) if isinstance(moment, str) else moment
    props = wb.properties
    props.creator = "cse-assess"
    props.lastModifiedBy = None
    if title:
        props.title = cell_text(title)
    if subject:
        props.subject = cell_text(subject)
    if lang:
        props.language = lang
    props.created = when
    props.modified = when
    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save, which stamps "modified" with the clock
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return rezip(buffer.getvalue(), when)
