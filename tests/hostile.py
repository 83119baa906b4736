"""Hostile and broken inputs of issue 16, made on demand for the tests, the fuzz tests and the
corpus: what a careless or hostile user could hand cse-assess.

Each maker returns the content (text or bytes); nothing here checks anything.
"""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from conftest import MINI_BANK

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "questionnaires" / "examples" / "readiness-example.json"
KPI_EXAMPLE = ROOT / "questionnaires" / "examples" / "kpi-example.json"
QUESTIONS_SHEET = "xl/worksheets/sheet2.xml"
"""The questions sheet in a template cse-assess writes (context, questions, lists)."""

HUGE_INT = "1" + "0" * 400  # 10^400: past a float, short enough for int()
ENDLESS_INT = "9" * 5000  # past Python's own int() limit of 4,300 digits
LONE = "\ud800"  # half of a character: not Unicode text


def example() -> dict[str, Any]:
    """The bundled readiness example as data (a fresh copy each time)."""
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def example_text(data: dict[str, Any] | None = None) -> str:
    """An assessment file's text, indented so that every value has a line of its own."""
    return json.dumps(example() if data is None else data, ensure_ascii=False, indent=2) + "\n"


def first_answer(data: dict[str, Any]) -> str:
    return next(iter(data["answers"]))


def bad_answers(count: int = 8000) -> str:
    """An assessment of about 700 kB with ``count`` answers wrong in three ways each."""
    data = example()
    data["answers"] = {
        f"values.q{i}": {"value": "x", "na": "no", "evidence": "e", "extra": 1}
        for i in range(count)
    }
    return json.dumps(data, indent=1)


def bad_questions(count: int = 4000) -> str:
    """A bank of about 250 kB with ``count`` questions, each with several problems."""
    head = MINI_BANK.split("areas:")[0]
    area = "areas:\n  - id: values\n    title: {lv: V, en: V}\n    intro: {lv: I, en: I}\n"
    questions = "".join(
        f"      - {{id: values.q{i}, kind: scale, weight: -1, target: 9}}\n" for i in range(count)
    )
    return head + area + "    questions:\n" + questions


def valid_big(limit: int, broken: bool = False) -> str:
    """A valid readiness assessment just under ``limit`` bytes: the example, and as many
    answers to questions the bank no longer has as fit (kept, and warned of). ``broken``: the
    very last of them is wrong (its N/A is text), so the problem is found at the file's end."""
    base = example()

    def text(count: int) -> str:
        data = example()
        gone = {"value": 1, "na": False, "evidence": [], "note": ""}
        data["answers"] = {**base["answers"], **({"gone.question-#": gone} if count else {})}
        whole = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if not count:
            return whole
        # The encoder writes one entry; its text, numbered, stands for them all (the indenting
        # encoder is pure Python: it took a second for 10 MB)
        start = whole.index('"gone.question-#"')
        end = whole.index("}", start) + 1
        entries = [whole[start:end].replace("#", str(i), 1) for i in range(count)]
        if broken:
            entries[-1] = entries[-1].replace('"na": false', '"na": "yes"')
        return whole[:start] + ",\n    ".join(entries) + whole[end:]

    empty = len(text(0).encode())
    if limit < empty + 1000:
        raise ValueError(f"the example alone takes {empty:,} bytes: no room in {limit:,}")
    # Each entry is as long as the first plus the extra digits of its number: the count that
    # fits (with 500 bytes to spare) is worked out exactly, and the text written once.
    first = len(text(1).encode()) - empty
    count, size = 0, empty + 500
    for digits in range(1, 12):
        numbers = 9 * 10 ** (digits - 1) if digits > 1 else 10
        each = first + digits - 1
        fit = min(numbers, (limit - size) // each)
        count, size = count + fit, size + fit * each
        if fit < numbers:
            break
    out = text(count)
    assert len(out.encode()) == size - 500, "an entry's length is not what was worked out"
    return out


def flow_ints(size: int) -> str:
    """A YAML document of ``size`` bytes that is one long list of numbers: many values."""
    return "x: [" + "1," * ((size - 8) // 2) + "1]\n"


# --- forms -----------------------------------------------------------------------------------
@cache
def template_bytes(lang: str = "en") -> bytes:
    """The readiness form as ``cse-assess template`` writes it."""
    import tempfile

    from cse_assess.forms.xlsx import write_template
    from cse_assess.io.store import load_questionnaire

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.xlsx"
        write_template(load_questionnaire("readiness"), path, lang)
        return path.read_bytes()


def rezip(data: bytes, edit: Any = None, extra: dict[str, bytes] | None = None) -> bytes:
    """The zip ``data`` with each part passed through ``edit(name, bytes)`` and ``extra``
    parts added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if edit is not None:
                part = edit(info.filename, part)
            target.writestr(info.filename, part)
        for name, part in (extra or {}).items():
            target.writestr(name, part)
    return out.getvalue()


def _question_row() -> int:
    from cse_assess.forms.layout import QUESTIONS_FIRST_ROW

    return QUESTIONS_FIRST_ROW


def with_cells(cells: str, data: bytes | None = None) -> bytes:
    """The template with raw ``<c>`` XML put before the end of the questions sheet's data
    (in a row of its own: ``<row r="N">...</row>``)."""

    def edit(name: str, part: bytes) -> bytes:
        if name == QUESTIONS_SHEET:
            return part.replace(b"</sheetData>", cells.encode() + b"</sheetData>")
        return part

    return rezip(template_bytes() if data is None else data, edit)


def on_answer_cell(xml: str, data: bytes | None = None) -> bytes:
    """The template with the first question's answer cell (E4) replaced by ``xml``."""
    row = _question_row()

    def edit(name: str, part: bytes) -> bytes:
        if name != QUESTIONS_SHEET:
            return part
        text = part.decode()
        text, count = re.subn(rf'<c r="E{row}"[^>]*?(/>|>.*?</c>)', xml, text, count=1)
        assert count == 1
        return text.encode()

    return rezip(template_bytes() if data is None else data, edit)


def last_row_form() -> bytes:
    """A form with one cell on the last row a spreadsheet has (1,048,576)."""
    return with_cells('<row r="1048576"><c r="E1048576" t="inlineStr"><is><t>x</t></is></c></row>')


def formula_form() -> bytes:
    """A form whose first answer is a formula saved without its value (as some programs do)."""
    return on_answer_cell(f'<c r="E{_question_row()}"><f>2+1</f></c>')


def bomb_form(gigabytes: float = 1.5) -> bytes:
    """A form with one more part of zeros: about 1.5 MB that unpacks to 1.5 GB.

    Made without deflating 1.5 GB: one block of zeros is compressed once and repeated (each copy
    ends in a full flush, so the copies join into one valid deflate stream), stored as the
    part's data, and the part's headers then say what it is: deflated, its CRC, its sizes.
    """
    chunk = b"\0" * (1 << 24)
    count = int(gigabytes * 1e9) // len(chunk)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = block * count + compressor.flush()
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    size = count * len(chunk)
    assert size < 1 << 32  # the 32-bit size fields hold it: no zip64 fields to patch
    out = io.BytesIO(template_bytes())
    with zipfile.ZipFile(out, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/zeros.xml", stream)
        local = archive.getinfo("xl/zeros.xml").header_offset
    data = bytearray(out.getvalue())
    central = data.rindex(b"PK\x01\x02")  # the last entry of the directory: this part's
    assert data[central + 46 : central + 46 + 12] == b"xl/zeros.xml"
    for header, method, fields in ((local, 8, 14), (central, 10, 16)):
        struct.pack_into("<H", data, header + method, zipfile.ZIP_DEFLATED)
        struct.pack_into("<III", data, header + fields, crc, len(stream), size)
    return bytes(data)
