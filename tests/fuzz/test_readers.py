"""Fuzzing every reader: what comes out is a valid object or an error that says where and what.

The inputs are the bundled banks and examples changed the way a hostile or careless user
would change them (structure-aware: a value swapped for a hostile one, a key dropped or
added, a node cut out; and raw: characters and bytes changed at random), and plain random
bytes. Every reader (bank YAML, assessment JSON, targets YAML, the XLSX form; as text, as
data and as a file) must either return its object or raise a
:class:`~cse_assess.core.errors.CseAssessError` whose every problem names the file, its line,
place or cell, and reads as one line in Latvian and in English: never another exception.

CI runs a small number of inputs per test; ``CSE_ASSESS_FUZZ=long python -m pytest tests/fuzz``
runs thousands (the settings are explicit here, so no other test's settings change).
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import hostile
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cse_assess
from cse_assess.content.assessment import (
    assessment_from_data,
    dump_assessment,
    parse_assessment,
    parse_targets,
)
from cse_assess.content.bank import parse_questionnaire, questionnaire_from_data
from cse_assess.core.errors import CseAssessError, Problem
from cse_assess.forms.xlsx import import_form
from cse_assess.io.store import load_questionnaire, load_targets, read_assessment

LONG = os.environ.get("CSE_ASSESS_FUZZ") == "long"
FUZZ = settings(
    max_examples=3000 if LONG else 30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
"""Each fuzz test's settings: 30 inputs in CI, 3,000 with ``CSE_ASSESS_FUZZ=long``."""
FUZZ_FILES = settings(FUZZ, max_examples=max(5, FUZZ.max_examples // 3))
"""Inputs that are files on disk (a workbook above all) are slower: a third as many."""

ROOT = Path(__file__).resolve().parents[2]
BANK_FILES = sorted((ROOT / "questionnaires").glob("*.yaml"))
EXAMPLES = sorted((ROOT / "questionnaires" / "examples").glob("*-example.json"))

# Problems about a whole file, which has no line or place to name.
WHOLE_FILE = {
    "file_too_large",
    "file_unreadable",
    "file_not_utf8",
    "file_missing_named",
    "too_many_problems",
    "yaml_syntax",
    "json_syntax",
    "yaml_too_deep",
    "forms_unreadable",
    "forms_not_xlsx_file",
    "forms_no_sheet",
    "forms_unpacked_too_large",
    "forms_part_too_large",
    "forms_too_many_parts",
    "forms_missing_questions",
    "forms_bank_unknown",
    "unknown_questionnaire",
    "unknown_questionnaire_version",
}


def check(error: CseAssessError, source: str, *, data: bool = False) -> None:
    """Every problem of ``error`` names ``source`` and where in it (its line or cell; for data
    given in code, its ``loc``, the root included), in both languages, on one line."""
    assert error.problems
    for p in error.problems:
        assert p.source == source or p.code in ("unknown_questionnaire",), p
        assert data or p.line is not None or p.path or p.code in WHOLE_FILE, p
        for lang in ("lv", "en"):
            text = p.format(lang)
            text.encode("utf-8")
            assert "\n" not in text, text
            assert len(text) < 1500, text
    assert len(error.problems) <= 201
    error.localized("lv").encode("utf-8")
    json.dumps(error.to_dict(), allow_nan=False)


def outcome(read: Any, source: str, *, data: bool = False) -> Any:
    """``read()``'s object, or None after checking the error it raised."""
    try:
        return read()
    except CseAssessError as exc:
        check(exc, source, data=data)
        return None


# --- what a hostile user writes ---------------------------------------------------------------
HOSTILE_TEXT = st.sampled_from(
    [
        "",
        " ",
        hostile.LONE,
        f"x{hostile.LONE}y",
        "\udfff",
        "\x00",
        "\x1b[2J\x1b]0;pwned\x07",
        "=cmd|' /C calc'!A0",
        "<script>alert(1)</script>",
        "\u202eevil",
        "x" * 5000,
        "readiness@../../etc/passwd",
        "maybe",
        "1e400",
        "NaN",
        "🙂",
        "ā" * 300,
    ]
) | st.text(max_size=30)
HOSTILE_NUMBER = (
    st.sampled_from(
        [
            float("nan"),
            float("inf"),
            -float("inf"),
            1e300,
            -1e300,
            10**400,
            -(10**400),
            10**12,
            10**12 + 1,
            5e-324,
            0,
            -1,
            0.5,
            2**63,
        ]
    )
    | st.floats()
    | st.integers()
)
LEAF = HOSTILE_TEXT | HOSTILE_NUMBER | st.booleans() | st.none()
HOSTILE_VALUE = st.recursive(
    LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE_TEXT, inner, max_size=3),
    max_leaves=6,
)


def paths(data: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into ``data`` (the root included)."""
    found = [at]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(paths(value, (*at, key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found.extend(paths(value, (*at, i)))
    return found


@st.composite
def mutated(draw: Any, original: Any) -> Any:
    """``original`` with one to four changes: a value replaced, a key dropped or added, an
    item duplicated."""
    data = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(paths(data)))
        if not where:
            data = draw(HOSTILE_VALUE) if draw(st.integers(0, 9)) == 0 else data
            continue
        parent = data
        for key in where[:-1]:
            parent = parent[key]
        last = where[-1]
        action = draw(st.sampled_from(["replace", "replace", "drop", "add", "twice"]))
        if action == "replace":
            parent[last] = draw(HOSTILE_VALUE)
        elif action == "drop":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(HOSTILE_TEXT)] = draw(HOSTILE_VALUE)
        elif action == "twice" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
    return data


@st.composite
def scrambled(draw: Any, text: str) -> str:
    """``text`` with a few characters deleted, inserted or replaced at random places."""
    chars = list(text)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(chars)))
        what = draw(st.sampled_from(["delete", "insert", "insert", "replace"]))
        new = draw(st.sampled_from(list("{}[]:,\"'-\n\t &*!#|>%@`\\0123456789.eE")) | HOSTILE_TEXT)
        if what == "delete" and at < len(chars):
            del chars[at : at + draw(st.integers(1, 20))]
        elif what == "insert":
            chars.insert(at, new)
        elif at < len(chars):
            chars[at] = new
    return "".join(chars)


@cache
def bank_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in BANK_FILES}


@cache
def bank_data(name: str) -> Any:
    text = hostile.MINI_BANK if name == "mini" else bank_texts()[name]
    return yaml.load(text, Loader=yaml.CSafeLoader)  # (the pure Python loader stumbles on "?,")


@cache
def example_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in EXAMPLES}


@cache
def bank_of(example: str) -> cse_assess.Questionnaire:
    return load_questionnaire(example.removesuffix("-example.json"))


def yaml_text(data: Any) -> str | None:
    """``data`` as YAML, or None where YAML cannot write it (a lone surrogate, say)."""
    try:
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    except (yaml.YAMLError, UnicodeError, ValueError, OverflowError):
        return None


# --- banks -------------------------------------------------------------------------------------
@FUZZ
@given(st.sampled_from(["mini", "kpi.yaml"]), st.data())  # (the larger banks: by hand, slower)
def test_a_bank_changed_in_its_structure(name: str, data: st.DataObject) -> None:
    changed = data.draw(mutated(bank_data(name)))
    bank = outcome(
        lambda: questionnaire_from_data(changed, "posted.yaml"), "posted.yaml", data=True
    )
    assert bank is None or isinstance(bank, cse_assess.Questionnaire)
    text = yaml_text(changed)
    if text is not None:
        outcome(lambda: parse_questionnaire(text, "bank.yaml"), "bank.yaml")


@FUZZ
@given(st.data())
def test_a_bank_changed_character_by_character(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from([*sorted(bank_texts()), "mini"]))
    original = hostile.MINI_BANK if name == "mini" else bank_texts()[name]
    text = data.draw(scrambled(original))
    bank = outcome(lambda: parse_questionnaire(text, "bank.yaml"), "bank.yaml")
    assert bank is None or isinstance(bank, cse_assess.Questionnaire)


# --- assessments -------------------------------------------------------------------------------
@FUZZ
@given(st.sampled_from([p.name for p in EXAMPLES]), st.data())
def test_an_assessment_changed_in_its_structure(name: str, data: st.DataObject) -> None:
    changed = data.draw(mutated(json.loads(example_texts()[name])))
    bank = bank_of(name)
    outcome(lambda: assessment_from_data(changed, bank, "posted.json"), "posted.json", data=True)
    try:
        text = json.dumps(changed, indent=2)  # NaN and Infinity as JSON writes them
    except (ValueError, TypeError):  # a key JSON cannot take
        return
    got = outcome(lambda: cse_assess.assessment_from_text(text, bank, "a.json"), "a.json")
    if got is not None:  # what is read can be written and read back as it was
        assert parse_assessment(dump_assessment(got)) == got
    outcome(lambda: parse_assessment(text, "a.json"), "a.json")


@FUZZ
@given(st.sampled_from([p.name for p in EXAMPLES]), st.data())
def test_an_assessment_changed_character_by_character(name: str, data: st.DataObject) -> None:
    text = data.draw(scrambled(example_texts()[name]))
    got = outcome(lambda: cse_assess.assessment_from_text(text, bank_of(name), "a.json"), "a.json")
    if got is not None:
        assert parse_assessment(dump_assessment(got)) == got


# --- targets -----------------------------------------------------------------------------------
@FUZZ
@given(st.data())
def test_targets_changed_in_their_structure_and_characters(data: st.DataObject) -> None:
    kpi = load_questionnaire("kpi")
    original = (ROOT / "questionnaires" / "examples" / "kpi-targets.yaml").read_text("utf-8")
    text = data.draw(scrambled(original))
    outcome(lambda: parse_targets(text, kpi, "t.yaml"), "t.yaml")
    changed = data.draw(mutated(yaml.safe_load(original)))
    text = yaml_text(changed)
    if text is not None:
        got = outcome(lambda: parse_targets(text, kpi, "t.yaml"), "t.yaml")
        assert got is None or all(abs(v) <= 1e12 for v in got.values())


# --- every reader, from a file of any bytes ------------------------------------------------------
READERS = {
    "bank.yaml": lambda path: load_questionnaire(str(path)),
    "assessment.json": read_assessment,
    "targets.yaml": lambda path: load_targets(path, load_questionnaire("kpi")),
    "form.xlsx": import_form,
}


@FUZZ
@given(st.sampled_from(sorted(READERS)), st.binary(max_size=2000))
def test_any_bytes_through_every_reader(name: str, content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        outcome(lambda: READERS[name](path), str(path))


@FUZZ
@given(st.sampled_from(sorted(READERS)), st.data())
def test_bundled_files_with_bytes_changed_through_every_reader(
    name: str, data: st.DataObject
) -> None:
    originals = {
        "bank.yaml": BANK_FILES[0].read_bytes(),
        "assessment.json": EXAMPLES[0].read_bytes(),
        "targets.yaml": (ROOT / "questionnaires" / "examples" / "kpi-targets.yaml").read_bytes(),
        "form.xlsx": hostile.template_bytes(),
    }
    content = bytearray(originals[name])
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(content) - 1))
        content[at] = data.draw(st.integers(0, 255))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(bytes(content))
        outcome(lambda: READERS[name](path), str(path))


# --- forms ---------------------------------------------------------------------------------------
CELL_TYPES = st.sampled_from(["", ' t="s"', ' t="str"', ' t="b"', ' t="e"', ' t="n"', ' t="d"'])
CELL_VALUES = st.sampled_from(
    [
        "1",
        "3",
        "-1",
        "1e999",
        "1e300",
        "nan",
        "inf",
        "99999999999999999999999",
        "2026-13-45",
        "0",
        "9999999",
        "Yes",
        "Jā",
        "#DIV/0!",
        "3 — In place and reviewed",
        "x" * 300,
        "",
    ]
)


@st.composite
def cell_xml(draw: Any) -> str:
    row = draw(st.sampled_from([1, 3, 4, 5, 6, 40, 66, 2003, 2004, 70000, 1048576]))
    column = draw(st.sampled_from(["A", "B", "C", "E", "F", "G", "H", "I", "J", "XFD"]))
    kind = draw(st.sampled_from(["value", "formula", "inline"]))
    ref = f"{column}{row}"
    if kind == "formula":
        cached = draw(st.none() | CELL_VALUES)
        value = "" if cached is None else f"<v>{cached}</v>"
        return f'<row r="{row}"><c r="{ref}"{draw(CELL_TYPES)}><f>A1+1</f>{value}</c></row>'
    if kind == "inline":
        text = draw(CELL_VALUES).replace("&", "&amp;").replace("<", "&lt;")
        return f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c></row>'
    return f'<row r="{row}"><c r="{ref}"{draw(CELL_TYPES)}><v>{draw(CELL_VALUES)}</v></c></row>'


@FUZZ_FILES
@given(st.lists(cell_xml(), min_size=1, max_size=4))
def test_a_form_with_hostile_cells(cells: list[str]) -> None:
    ordered = sorted(cells, key=lambda c: int(c.split('"')[1]))  # rows in order, as Excel has
    content = hostile.with_cells("".join(ordered))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.xlsx"
        path.write_bytes(content)
        got = outcome(lambda: import_form(path), str(path))
        assert got is None or isinstance(got.assessment, cse_assess.Assessment)


@FUZZ_FILES
@given(st.data())
def test_a_form_with_its_xml_changed(data: st.DataObject) -> None:
    part = data.draw(
        st.sampled_from(
            [
                hostile.QUESTIONS_SHEET,
                "xl/worksheets/sheet1.xml",
                "xl/workbook.xml",
                "xl/styles.xml",
            ]
        )
    )
    change = data.draw(scrambled("x" * 1))  # a short hostile string, or a few characters

    def edit(name: str, xml: bytes) -> bytes:
        if name != part:
            return xml
        at = data.draw(st.integers(0, len(xml)))
        return xml[:at] + change.encode("utf-8", "surrogatepass") + xml[at:]

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.xlsx"
        path.write_bytes(hostile.rezip(hostile.template_bytes(), edit))
        outcome(lambda: import_form(path), str(path))


def test_the_checker_refuses_an_error_without_its_place_or_file() -> None:
    """The fuzz tests can fail: an error that names no line, place or cell, or another file,
    or that does not read as one line, is refused by :func:`check`."""
    check(
        cse_assess.AssessmentError([Problem("a.json", 3, "", "missing_key", {"key": "k"})]),
        "a.json",
    )
    for problem in (
        Problem("a.json", None, "", "missing_key", {"key": "k"}),
        Problem("other.json", 3, "", "empty_text"),
        Problem("a.json", 3, "", "missing_key", {"key": "a\nb"}),
    ):
        with pytest.raises(AssertionError):
            check(cse_assess.AssessmentError([problem]), "a.json")


# --- the roll-up's quick reader counts a file exactly when the full reader accepts it ------------
@FUZZ
@given(st.sampled_from([p.name for p in EXAMPLES]), st.data())
def test_the_rollup_counts_a_file_with_bytes_changed_exactly_as_score_does(
    name: str, data: st.DataObject
) -> None:
    """Bytes changed in a bundled example (a quote, a backslash, half of a UTF-8 character, a
    digit...): the roll-up's reader, quick path or full, counts the file exactly when
    ``read_assessment`` accepts it, with ``score``'s numbers; else skips it."""
    from cse_assess.core.errors import ContentError
    from cse_assess.io.rollup_files import FileReader
    from cse_assess.many.rollup import Skipped, summarize

    content = bytearray((ROOT / "questionnaires" / "examples" / name).read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(content) - 1))
        content[at] = data.draw(st.sampled_from([*b'"\\{}[],:0123456789 \n', 0xC4, 0x81, 0xFF]))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(bytes(content))
        bank = load_questionnaire(name.removesuffix("-example.json"))
        got = FileReader({bank.id: bank}).read(str(path))
        try:
            loaded = read_assessment(path, bank)
        except ContentError:
            assert isinstance(got, Skipped), bytes(content)
            return
        expected = summarize(cse_assess.score(bank, loaded.assessment), str(path))
        assert not isinstance(got, Skipped), got.problems
        assert (got.overall, got.verified, got.areas, got.verified_areas) == (
            expected.overall,
            expected.verified,
            expected.areas,
            expected.verified_areas,
        )
        assert (got.institution, got.unit, got.date) == (
            expected.institution,
            expected.unit,
            expected.date,
        )
