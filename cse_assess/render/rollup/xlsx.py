# mypy: disable-error-code="import-untyped, no-untyped-call"
# (openpyxl may have no type stubs; every import of it in this file is inside a function)
"""The roll-up as an Excel workbook: a sheet per bank, and the files left out.

Each bank's sheet holds the table of rows by areas (scores as numbers, shown with one
decimal), coloured by conditional formatting (red below 40, yellow below 70, green from 70,
as the number is shown), the header row and the name columns frozen, and the network's mean,
minimum, maximum and standard deviation below. A "skipped" sheet lists every file left out
with the reason, a "superseded" sheet the older assessments of units (the first
:data:`~cse_assess.many.rollup.SUPERSEDED_KEPT`, then how many more: ``--superseded FILE.csv``
lists every one).

openpyxl is imported inside :func:`render_rollup_xlsx`, which returns the bytes; the caller
writes them. The bytes are deterministic: the workbook's times and the ZIP entries' times are
set from the latest assessment date, not the clock.
"""

from __future__ import annotations

import datetime
from typing import Any

from cse_assess.core.model import localize
from cse_assess.many.rollup import BY_INSTITUTION, CLAIMED, HEAT_HIGH, HEAT_LOW, BankRollup, Rollup
from cse_assess.output.xlsx import new_workbook, put, sheet_title, workbook_bytes
from cse_assess.render import t
from cse_assess.render._bands import band_tone

Worksheet = Any  # openpyxl's Worksheet

_FALLBACK = datetime.datetime(2000, 1, 1)
FILLS = {"low": "FFF4C7C3", "mid": "FFFBE7A1", "high": "FFC3E6CB"}
"""The fill colour of each heat-map band."""


_put = put


def _sheet_name(text: str, used: set[str]) -> str:
    return sheet_title(text, used)


def _moment(rollup: Rollup) -> datetime.datetime:
    dates = [r.date for b in rollup.banks for r in b.rows if r.date]
    try:
        moment = datetime.datetime.strptime(max(dates), "%Y-%m-%d") if dates else _FALLBACK
    except ValueError:
        return _FALLBACK
    return moment if moment.year >= 1980 else _FALLBACK


def _header(ws: Worksheet, labels: list[str]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    bold = Font(bold=True)
    fill = PatternFill("solid", start_color="FFE8EDF3", end_color="FFE8EDF3")
    line = Border(bottom=Side(style="thin", color="FF7A8799"))
    align = Alignment(vertical="bottom", wrap_text=True)
    for i, label in enumerate(labels, 1):
        _put(ws, 1, i, label, font=bold, fill=fill, border=line, alignment=align)


def _bank_sheet(ws: Worksheet, rollup: Rollup, bank: BankRollup, lang: str, basis: str) -> None:
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    by_institution = rollup.by == BY_INSTITUTION
    names = [t("institution", lang), t("rollup.units" if by_institution else "unit", lang)]
    labels = [*names, t("date", lang), t("version", lang), t("rollup.overall", lang)]
    labels += [localize(a.title, lang) for a in bank.areas]
    labels.append(t("rollup.file", lang))
    # the sheet's settings first, then the rows in order: ready for a write-only sheet
    ws.freeze_panes = f"{get_column_letter(len(names) + 1)}2"
    widths = [30, 10 if by_institution else 28, 11, 9, 10] + [12] * len(bank.areas) + [40]
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.row_dimensions[1].height = 45
    _print(ws)
    _header(ws, labels)
    first_score = len(names) + 3  # the overall score's column
    last_score = first_score + len(bank.areas)
    row = 1
    for r in bank.rows:
        row += 1
        _put(ws, row, 1, r.institution)
        if by_institution:
            _put(ws, row, 2, r.units)
        else:
            _put(ws, row, 2, r.unit)
        _put(ws, row, 3, r.date)
        _put(ws, row, 4, r.version)
        for col, score in enumerate((r.score(basis), *r.scores(basis)), first_score):
            _put(ws, row, col, score, number_format="0.0")
        _put(ws, row, last_score + 1, "; ".join(r.paths))
    last_row = row
    row += 1
    bold = Font(bold=True)
    for key in ("mean", "min", "max", "stdev"):
        row += 1
        _put(ws, row, 1, t(f"rollup.{key}", lang), font=bold)
        stats = [bank.overall_stats(basis), *(a.stats(basis) for a in bank.areas)]
        for col, s in enumerate(stats, first_score):
            _put(ws, row, col, getattr(s, key), number_format="0.0")
    # colour the rows and the mean, min and max (not the standard deviation) by band
    start, end = get_column_letter(first_score), get_column_letter(last_score)
    mean_row = last_row + 2  # then min and max; the standard deviation is not coloured
    ranges = [(f"{start}{mean_row}:{end}{mean_row + 2}", f"{start}{mean_row}")]
    if last_row >= 2:
        ranges.insert(0, (f"{start}2:{end}{last_row}", f"{start}2"))
    for cells, corner in ranges:
        shown = f"ROUND({corner},1)"
        for band, rule in _rules(bank, shown):
            fill = PatternFill("solid", start_color=FILLS[band], end_color=FILLS[band])
            ws.conditional_formatting.add(
                cells, FormulaRule(formula=[f"AND(ISNUMBER({corner}),{rule})"], fill=fill)
            )


def _rules(bank: BankRollup, shown: str) -> list[tuple[str, str]]:
    """One colour rule per band of the bank (its tone's fill), on the number as shown."""
    bands = bank.bands
    if not bands:
        return [
            ("low", f"{shown}<{HEAT_LOW:g}"),
            ("mid", f"AND({shown}>={HEAT_LOW:g},{shown}<{HEAT_HIGH:g})"),
            ("high", f"{shown}>={HEAT_HIGH:g}"),
        ]
    rules = []
    for i, band in enumerate(bands):
        tone = band_tone(bands, band)
        if tone not in FILLS:
            continue
        low = f"{shown}>={band.min:g}" if i else "TRUE"
        high = f"{shown}<{bands[i + 1].min:g}" if i + 1 < len(bands) else "TRUE"
        rules.append((tone, f"AND({low},{high})"))
    return rules


def _print(ws: Worksheet) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def _list_sheet(ws: Worksheet, labels: list[str], rows: list[list[str]], widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    _header(ws, labels)
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            _put(ws, r, c, value)
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    _print(ws)


def render_rollup_xlsx(rollup: Rollup, lang: str, basis: str = CLAIMED) -> bytes:
    """The roll-up as an XLSX workbook in ``lang``: a sheet per bank, then the files left out."""

    wb = new_workbook()
    used: set[str] = set()
    for bank in rollup.banks:
        _bank_sheet(wb.create_sheet(_sheet_name(bank.id, used)), rollup, bank, lang, basis)
    skipped = [[s.path, s.reason(lang), s.code] for s in rollup.skipped]
    more = rollup.skipped_count - len(rollup.skipped)
    if more > 0:
        skipped.append([t("rollup.more_not_listed", lang, count=more, kept=len(skipped))])
    _list_sheet(
        wb.create_sheet(_sheet_name(t("rollup.sheet_skipped", lang), used)),
        [t("rollup.file", lang), t("rollup.reason", lang), "code"],
        skipped,
        [50, 90, 24],
    )
    superseded = [[s.path, s.institution, s.unit, s.date, s.by] for s in rollup.superseded]
    more = rollup.superseded_count - len(rollup.superseded)
    if more > 0:
        superseded.append([t("rollup.more_superseded", lang, count=more)])
    _list_sheet(
        wb.create_sheet(_sheet_name(t("rollup.sheet_superseded", lang), used)),
        [
            t("rollup.file", lang),
            t("institution", lang),
            t("unit", lang),
            t("date", lang),
            t("rollup.counts_instead", lang),
        ],
        superseded,
        [50, 30, 28, 11, 50],
    )
    return workbook_bytes(wb, _moment(rollup), title=t("rollup.title", lang), lang=lang)
