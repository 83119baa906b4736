"""The one XLSX writer's write-only mode: rows written out as they come, under the same rules."""

from __future__ import annotations

import io
import math
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Font

from cse_assess.output import xlsx

HOSTILE = [
    '=HYPERLINK("http://x")',
    "+1",
    "\u200b@SUM(A1)",
    "#N/A",
    "#DIV/0!",
    "plain text",
    "esc\x1b[31m",
    "rtl\u202eexe.txt",
]


def write(write_only: bool) -> bytes:
    wb = xlsx.new_workbook(write_only=write_only)
    ws = wb.create_sheet(xlsx.sheet_title("Rows"))
    ws.column_dimensions["A"].width = 40
    ws.freeze_panes = "A2"
    xlsx.append(ws, [xlsx.cell(ws, "Header", font=Font(bold=True)), "Value"])
    for n, text in enumerate(HOSTILE):
        xlsx.append(ws, [text, n])
    xlsx.append(ws, ["not a number", math.nan])
    xlsx.append(ws, ["a float", 2.5])
    return xlsx.workbook_bytes(wb, "2026-11-30", title="Rows", lang="en")


def read(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))["Rows"]


@pytest.mark.parametrize("write_only", [True, False])
def test_rows_appended_follow_the_rules_of_put(write_only: bool) -> None:
    ws = read(write(write_only))
    assert ws["A1"].value == "Header"
    assert ws["A1"].font.b
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width == 40
    for row, text in enumerate(HOSTILE, start=2):
        got = ws.cell(row=row, column=1)
        assert got.data_type == "s", text  # never a formula, never an error value
        assert got.value == xlsx.cell_text(text)
        assert "\x1b" not in got.value
        assert "\u202e" not in got.value
        assert got.quotePrefix == (text[0] in "=+" or text.startswith("\u200b@")), text
        assert ws.cell(row=row, column=2).value == row - 2
    assert ws.cell(row=len(HOSTILE) + 2, column=2).value is None  # NaN: left empty
    assert ws.cell(row=len(HOSTILE) + 3, column=2).value == 2.5


def test_write_only_gives_the_same_cells_as_an_ordinary_sheet() -> None:
    one, other = read(write(True)), read(write(False))
    assert [[c.value for c in r] for r in one.iter_rows()] == [
        [c.value for c in r] for r in other.iter_rows()
    ]


def test_a_write_only_workbook_is_the_same_bytes_each_time() -> None:
    assert write(True) == write(True)


def test_a_write_only_sheet_is_written_as_rows_come() -> None:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    wb = xlsx.new_workbook(write_only=True)
    ws = wb.create_sheet("Big")
    assert isinstance(ws, WriteOnlyWorksheet)
    assert wb.sheetnames == ["Big"]  # no empty first sheet
    for n in range(2_000):
        xlsx.append(ws, [f"unit {n}", n, n / 3])
    back = openpyxl.load_workbook(io.BytesIO(xlsx.workbook_bytes(wb)), read_only=True)["Big"]
    rows = list(back.iter_rows(values_only=True))
    assert len(rows) == 2_000
    assert rows[-1] == ("unit 1999", 1999, 1999 / 3)
