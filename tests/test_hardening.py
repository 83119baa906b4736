"""Issue 16: hostile and broken input never crashes, hangs or loses work.

Every input of the issue, through the readers and the store: the outcome is a valid object or
an error whose every problem names the file, its line or cell and the problem, in Latvian and
in English, and can be printed. The store detects a file changed since it was read, saves
through a symbolic link, leaves no temporary file and keeps the old file on a failed save. A
roll-up survives its worst file. (How long each worst case takes is measured in
``benchmarks/worst_case.py``, never here.)
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI_BANK, mutate
from hostile import (
    ENDLESS_INT,
    HUGE_INT,
    LONE,
    bad_answers,
    bad_questions,
    bomb_form,
    example,
    example_text,
    first_answer,
    flow_ints,
    formula_form,
    last_row_form,
    on_answer_cell,
    rezip,
    template_bytes,
    valid_big,
    with_cells,
)

import cse_assess
from cse_assess.content._reader import MAX_NUMBER, MAX_PROBLEMS
from cse_assess.content._yaml import MAX_NODES, parse_yaml
from cse_assess.content.assessment import (
    MAX_ASSESSMENT_BYTES,
    assessment_from_data,
    dump_assessment,
    parse_assessment,
    parse_targets,
)
from cse_assess.content.bank import parse_questionnaire, questionnaire_from_data
from cse_assess.core.errors import (
    AssessmentError,
    CseAssessError,
    NotFoundError,
    OutputError,
    Problem,
)
from cse_assess.core.model import Answer
from cse_assess.forms.layout import Cell, FormData, form_reference, form_to_assessment
from cse_assess.forms.xlsx import MAX_FORM_PARTS, MAX_FORM_ROWS, import_form, read_form
from cse_assess.io import store
from cse_assess.io.rollup_files import FileReader, rollup_paths
from cse_assess.io.store import (
    NO_FILE,
    FileChangedError,
    SessionFiles,
    atomic_write,
    load_questionnaire,
    load_targets,
    read_assessment,
    read_text,
    save_assessment,
)
from cse_assess.many.rollup import Skipped

posix_only = pytest.mark.skipif(os.name != "posix", reason="named pipes and devices are POSIX")


def problems(call: Any) -> tuple[Problem, ...]:
    """The problems ``call()`` raises: a CseAssessError, nothing else, each one printable in
    both languages on one line."""
    with pytest.raises(CseAssessError) as caught:
        call()
    found = caught.value.problems
    assert found
    for p in found:
        for lang in ("lv", "en"):
            line = p.format(lang)
            line.encode("utf-8")  # no lone surrogate reaches a message
            assert "\n" not in line.strip()
            assert len(line) < 1000, line
        assert caught.value.localized("lv").encode("utf-8")
    return found


def one(call: Any) -> Problem:
    (found,) = problems(call)
    return found


def codes(found: tuple[Problem, ...]) -> list[str]:
    return [p.code for p in found]


# --- 1. every reader is total: numbers --------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("1.0e+400", "not_finite"),  # YAML reads it as infinity
        (".inf", "not_finite"),
        (".nan", "not_finite"),
        (HUGE_INT, "number_too_large"),
        (ENDLESS_INT, "number_too_large"),
        ("1.0e+300", "out_of_range"),  # finite, past the documented bound
        ("2000000000000", "out_of_range"),
    ],
)
@pytest.mark.parametrize(
    ("old", "path"),
    [
        ("weight: 1.5", "areas[1].questions[0].weight"),
        ("weight: 2", "areas[1].weight"),
        ("{value: 2, label", "scales[0].options[2].value"),
        ("target: 1\n", "areas[0].questions[1].target"),
    ],
)
def test_a_number_out_of_bounds_in_a_bank_is_a_problem_with_its_place(old, path, written, code):
    new = old.replace("1.5", written).replace("2", written, 1).replace("1\n", f"{written}\n")
    text = mutate(MINI_BANK, old, new)
    found = problems(lambda: parse_questionnaire(text, "b.yaml"))
    assert (found[0].code, found[0].path) == (code, path)
    assert found[0].line == next(
        i for i, line in enumerate(text.splitlines(), 1) if written in line
    )


@pytest.mark.parametrize("weight", ["0.0001", "1001", "1.0e+6"])
def test_weights_stay_within_their_documented_bounds(weight):
    text = mutate(MINI_BANK, "weight: 1.5", f"weight: {weight}")
    p = one(lambda: parse_questionnaire(text, "b.yaml"))
    assert (p.code, p.args["allowed"]) == ("out_of_range", "0.001…1000")


def test_weights_at_their_bounds_are_accepted():
    for weight in ("0.001", "1000"):
        bank = parse_questionnaire(mutate(MINI_BANK, "weight: 1.5", f"weight: {weight}"))
        assert bank.question("goals.targets").weight == float(weight)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("NaN", "not_finite"),
        ("Infinity", "not_finite"),
        ("1e999", "not_finite"),
        (HUGE_INT, "number_too_large"),
        (ENDLESS_INT, "number_too_large"),
        ("1e300", "out_of_range"),
        ("-2000000000000", "out_of_range"),
    ],
)
def test_a_number_out_of_bounds_in_an_answer_is_a_problem_with_its_line(readiness, written, code):
    data = example()
    qid = first_answer(data)
    data["answers"][qid]["value"] = 123456789
    text = example_text(data).replace("123456789", written)
    p = one(lambda: cse_assess.assessment_from_text(text, readiness, "a.json"))
    assert (p.code, p.loc) == (code, ("answers", qid, "value"))
    assert p.line == next(i for i, line in enumerate(text.splitlines(), 1) if written in line)


def test_a_number_at_the_bound_is_still_checked_against_the_bank(kpi_bank):
    number = next(q for q in kpi_bank.questions if q.kind == "number" and q.max is None)
    data = {"questionnaire": {"id": "kpi", "version": kpi_bank.version}, "answers": {}}
    data["answers"][number.id] = {"value": MAX_NUMBER}
    assert assessment_from_data(data, kpi_bank).answers[number.id].value == MAX_NUMBER


@pytest.fixture(scope="module")
def kpi_bank():
    return load_questionnaire("kpi")


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("1.0e+400", "not_finite"),
        (HUGE_INT, "number_too_large"),
        (ENDLESS_INT, "number_too_large"),
        ("!!bool maybe", "yaml_syntax"),
        ("!!int twelve", "yaml_syntax"),
        ("!!python/name:os.system ''", "yaml_syntax"),
        ("1.0e+200", "out_of_range"),
    ],
)
def test_targets_are_total(kpi_bank, written, code):
    number = next(q for q in kpi_bank.questions if q.kind == "number")
    text = f"# our targets\n{number.id}: {written}\n"
    p = one(lambda: parse_targets(text, kpi_bank, "t.yaml"))
    assert (p.code, p.line, p.path) == (code, 2, number.id)


@pytest.mark.parametrize("tag", ["!!bool maybe", "!!bool 2", "!!float x", "!!timestamp never"])
def test_a_tag_that_cannot_be_read_is_never_a_key_error(tag):
    text = mutate(MINI_BANK, "critical: true", f"critical: {tag}")
    p = one(lambda: parse_questionnaire(text, "b.yaml"))
    assert (p.code, p.path) == ("yaml_syntax", "areas[0].questions[0].critical")
    assert "cannot read" in p.message() or "timestamp" in p.message()


# --- 1. text is Unicode, ids are bounded ------------------------------------------------------
@pytest.mark.parametrize(
    "where",
    [
        ("answers", "*", "note"),
        ("answers", "*", "evidence", 0),
        ("context", "institution"),
        ("context", "assessor"),
        ("answers", "key"),
        ("questionnaire", "version"),
    ],
)
def test_a_lone_surrogate_in_any_text_of_an_assessment_is_a_problem_with_its_place(
    readiness, where
):
    data = example()
    qid = first_answer(data)
    if where == ("answers", "key"):
        data["answers"][f"values.x{LONE}"] = {"value": 1}
        loc: tuple[str | int, ...] = ("answers", f"values.x{LONE}")
    else:
        loc = tuple(qid if part == "*" else part for part in where)
        target = data
        for part in loc[:-1]:
            target = target[part]
        if isinstance(loc[-1], int):
            target.insert(loc[-1], f"a{LONE}b")
        else:
            target[loc[-1]] = f"a{LONE}b"
    text = json.dumps(data, indent=2)  # JSON writes the half character as \ud800
    for read in (
        lambda: cse_assess.assessment_from_text(text, readiness, "a.json"),
        lambda: parse_assessment(text, "a.json"),
        lambda: assessment_from_data(json.loads(text), readiness),
    ):
        p = one(read)
        assert (p.code, p.loc) == ("text_not_unicode", loc)
    if where == ("answers", "key"):  # the place itself shows the half character, written out
        assert "values.x\\ud800:" in one(lambda: parse_assessment(text, "a.json")).format()


def test_a_whole_emoji_written_as_two_escapes_is_text(readiness):
    data = example()
    qid = first_answer(data)
    data["answers"][qid]["note"] = "labi 🙂"
    text = json.dumps(data)  # ensure_ascii: "\ud83d\ude42", one character
    assert "\\ud83d" in text
    assert cse_assess.assessment_from_text(text, readiness).answers[qid].note == "labi 🙂"


def test_a_lone_surrogate_in_a_bank_is_a_problem(readiness):
    text = MINI_BANK.replace("Help A", f"Help {LONE} A")
    p = one(lambda: parse_questionnaire(text, "b.yaml"))
    assert (p.code, p.line) == ("text_not_unicode", text[: text.index(LONE)].count("\n") + 1)
    data = json.loads(json.dumps(cse_assess.questionnaire_data(readiness)))
    data["areas"][0]["questions"][0]["help"]["lv"] = f"x{LONE}"
    found = problems(lambda: questionnaire_from_data(data))
    assert ("text_not_unicode", ("areas", 0, "questions", 0, "help", "lv")) in {
        (p.code, p.loc) for p in found
    }


def test_an_assessment_with_a_lone_surrogate_is_never_written(tmp_path):
    built = cse_assess.Assessment(
        "readiness", "2.0.0", cse_assess.Context(institution=f"x{LONE}"), {}
    )  # built in code: terminal input decoded with surrogateescape could hold one
    p = one(lambda: dump_assessment(built))
    assert (p.code, p.loc) == ("text_not_unicode", ("context", "institution"))
    with pytest.raises(AssessmentError):
        save_assessment(built, tmp_path / "a.json")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    ("old", "new", "path", "limit"),
    [
        ("id: mini", "id: " + "m" * 300, "id", 64),
        ("version: 1.0.0", "version: 1.0." + "0" * 300, "version", 32),
        ("- id: values\n", "- id: " + "v" * 101 + "\n", "areas[0].id", 100),
    ],
)
def test_ids_and_versions_are_bounded(old, new, path, limit):
    text = mutate(MINI_BANK, old, new)
    found = problems(lambda: parse_questionnaire(text, "b.yaml"))
    p = next(p for p in found if p.code == "id_too_long")
    assert (p.path, p.args["limit"]) == (path, limit)
    assert len(p.format()) < 250  # the value is quoted cut short


@pytest.mark.parametrize(
    ("key", "value"), [("id", "r" * 300), ("version", "1" * 300), ("id", "../../etc/passwd")]
)
def test_an_assessment_names_a_bank_that_is_safe_as_a_file_name(tmp_path, key, value):
    data = example()
    data["questionnaire"][key] = value
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    p = one(lambda: read_assessment(path))
    assert p.loc == ("questionnaire", key)
    assert p.code in {"id_too_long", "bad_pattern"}


def test_a_name_no_file_can_have_is_not_found_rather_than_an_os_error():
    with pytest.raises(NotFoundError):
        load_questionnaire("x" * 5000)
    with pytest.raises(NotFoundError):
        store.bundled_path("readiness@" + "1" * 5000)
    p = one(lambda: load_questionnaire("x" * 5000 + ".yaml"))
    assert p.code == "file_unreadable"


# --- 2. bounded work: only regular files, no more bytes than the limit -------------------------
@posix_only
@pytest.mark.parametrize("reader", ["bank", "assessment", "targets", "form"])
def test_a_named_pipe_is_refused_at_once(tmp_path, reader):
    fifo = tmp_path / ("pipe.xlsx" if reader == "form" else "pipe.json")
    os.mkfifo(fifo)
    read = _reader(reader, fifo)
    outcome: list[Any] = []
    worker = threading.Thread(target=lambda: outcome.append(_catch(read)), daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():  # unblock the reader before failing: open the other end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a named pipe blocked")
    (p,) = outcome[0]
    assert p.code == "file_unreadable"
    assert p.message() == "cannot read the file: it is a named pipe (FIFO), not a file"
    assert p.message("lv") == "failu nevar nolasīt: tas ir nosaukts kanāls (FIFO), nevis fails"


@posix_only
@pytest.mark.parametrize("reader", ["bank", "assessment", "targets", "form"])
def test_a_link_to_dev_zero_is_refused_before_reading(tmp_path, reader):
    link = tmp_path / ("zero.xlsx" if reader == "form" else "zero.yaml")
    os.symlink("/dev/zero", link)
    p = one(_reader(reader, link))
    assert p.code == "file_unreadable"
    assert p.source == str(link)
    assert p.message() == "cannot read the file: it is a device, not a file"


@pytest.mark.parametrize("reader", ["bank", "assessment", "targets", "form"])
def test_a_folder_is_refused(tmp_path, reader):
    folder = tmp_path / ("f.xlsx" if reader == "form" else "f.yaml")
    folder.mkdir()
    found = problems(_reader(reader, folder))
    assert found[0].code in {"file_unreadable", "forms_not_xlsx_file"}


def _reader(kind: str, path: Path) -> Any:
    if kind == "bank":
        return lambda: load_questionnaire(str(path))
    if kind == "assessment":
        return lambda: read_assessment(path)
    if kind == "targets":
        return lambda: load_targets(path, load_questionnaire("kpi"))
    return lambda: read_form(path)


def _catch(read: Any) -> tuple[Problem, ...]:
    try:
        read()
    except CseAssessError as exc:
        return exc.problems
    raise AssertionError("read without an error")


def test_no_more_than_the_limit_is_read(tmp_path, monkeypatch):
    path = tmp_path / "grows.json"
    path.write_bytes(b" " * 100)
    real_fstat = os.fstat
    reads: list[int] = []
    real_read = os.read

    def fstat(fd):  # the file grows after its size was checked
        path.write_bytes(b" " * 10_000)
        return real_fstat(fd)

    def read(fd, n):
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "fstat", fstat)
    monkeypatch.setattr(os, "read", read)
    p = one(lambda: store.read_bytes(path, 1000, AssessmentError))
    assert p.code == "file_too_large"
    assert sum(reads) <= 1001


def test_text_past_the_limit_is_refused_before_it_is_parsed():
    text = "{" + " " * MAX_ASSESSMENT_BYTES + "}"
    assert one(lambda: parse_assessment(text)).code == "file_too_large"
    assert one(lambda: parse_questionnaire("#" + " " * 2_000_000)).code == "file_too_large"


# --- 2. bounded work: documents that expand, problems that multiply --------------------------
def test_a_document_of_many_values_is_refused_after_the_limit():
    p = one(lambda: parse_questionnaire(flow_ints(1_900_000), "many.yaml"))
    assert (p.code, p.args["limit"]) == ("yaml_too_many_nodes", MAX_NODES)


def test_thousands_of_bad_answers_give_the_first_200_and_a_count(tmp_path, readiness):
    path = tmp_path / "bad.json"
    path.write_text(bad_answers(8000), encoding="utf-8")
    found = problems(lambda: read_assessment(path))
    assert len(found) == MAX_PROBLEMS + 1
    assert all(p.line is not None for p in found[:-1])
    last = found[-1]
    assert last.code == "too_many_problems"
    assert last.args["count"] == 3 * 8000 - MAX_PROBLEMS
    assert last.format() == f"{path}: ... and 23800 more problems (only the first 200 are listed)"
    assert last.format("lv") == f"{path}: ... un vēl 23800 kļūdas (parādītas tikai pirmās 200)"


def test_thousands_of_bad_questions_give_the_first_200_and_a_count():
    found = problems(lambda: parse_questionnaire(bad_questions(4000), "bad.yaml"))
    assert len(found) == MAX_PROBLEMS + 1
    assert found[-1].code == "too_many_problems"
    assert found[-1].args["count"] > 4000


def test_the_same_problem_found_twice_is_listed_once():
    from cse_assess.content._reader import Reader

    reader = Reader("b.yaml", {})
    for path in (("a",), ("a",), ("b",), ("a",)):
        reader.problem(path, "empty_text")
    reader.problem(("a",), "unknown_key", key="x", allowed="y")
    assert [(p.path, p.code) for p in reader.problems] == [
        ("a", "empty_text"),
        ("b", "empty_text"),
        ("a", "unknown_key"),
    ]


def test_a_value_quoted_in_a_message_is_cut_short():
    text = mutate(MINI_BANK, "format: cse-assess/questionnaire", "format: " + "f" * 100_000)
    text = mutate(text, "  - id: values\n", "  - id: " + "V" * 50 + "\n")
    text = mutate(
        text, "critical: true", "critical: true\n        ? " + "k" * 100_000 + "\n        : 1"
    )
    found = problems(lambda: parse_questionnaire(text, "b.yaml"))
    assert {"wrong_format", "bad_pattern", "unknown_key"} <= set(codes(found))
    assert all(len(p.format()) < 600 for p in found)


def test_a_huge_key_is_cut_short_in_the_path(readiness):
    data = example()
    data["answers"]["x" * 100_000] = {"value": 1, "colour": "blue"}
    p = one(lambda: cse_assess.assessment_from_text(json.dumps(data), readiness))
    assert p.code == "unknown_key"
    assert p.loc[1] == "x" * 100_000  # the place itself is kept whole for a program
    assert len(p.format()) < 400


def test_the_warning_of_many_unknown_answers_is_one_short_line(tmp_path):
    path = tmp_path / "big.json"
    path.write_text(valid_big(2_000_000), encoding="utf-8")
    loaded = read_assessment(path)
    (warning,) = [w for w in loaded.warnings if w.code == "warn_unknown_answers"]
    assert warning.args["count"] > 10_000
    assert len(warning.format()) < 500
    assert warning.args["ids"].endswith(", …")


def test_a_valid_file_at_the_size_limit_is_read(tmp_path):
    path = tmp_path / "big.json"
    path.write_text(valid_big(MAX_ASSESSMENT_BYTES), encoding="utf-8")
    assert path.stat().st_size <= MAX_ASSESSMENT_BYTES
    count = len(read_assessment(path).assessment.answers)
    assert count > 80_000


def test_lines_are_found_in_a_large_file_along_the_problems_paths(tmp_path):
    data = json.loads(valid_big(3_000_000))
    qid = first_answer(data)
    data["answers"][qid]["value"] = "three"
    last = list(data["answers"])[-1]  # the last answer of the file, megabytes further on
    data["answers"][last]["na"] = "yes"
    text = json.dumps(data, indent=2)
    found = problems(lambda: parse_assessment(text, "a.json"))
    lines = text.splitlines()
    for p in found:
        assert p.line is not None
        assert p.loc[-1] in lines[p.line - 1], (p.loc, lines[p.line - 1])


def test_a_key_given_twice_deep_in_a_large_file_is_found_with_both_lines():
    data = json.loads(valid_big(1_000_000))
    text = json.dumps(data, indent=2)
    at = text.rindex('"note": ""')
    text = text[:at] + '"note": "a", "note": "b"' + text[at + len('"note": ""') :]
    p = one(lambda: parse_assessment(text, "a.json"))
    assert p.code == "yaml_duplicate_key"
    assert p.line == p.args["first"] == text[:at].count("\n") + 1
    assert p.loc[-1] == "note"


# --- 2. forms: read-only, bounded, defused ---------------------------------------------------
def form(tmp_path: Path, data: bytes, name: str = "form.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_cell_on_the_last_row_of_a_sheet_is_one_problem_not_a_million_rows(tmp_path):
    p = one(lambda: import_form(form(tmp_path, last_row_form())))
    assert (p.code, p.path) == ("forms_beyond_last_row", "Questions!E1048576")
    assert p.args["limit"] == 3 + MAX_FORM_ROWS


def test_rows_up_to_the_last_a_form_may_have_are_read(tmp_path):
    last = 3 + MAX_FORM_ROWS
    data = with_cells(f'<row r="{last}"><c r="E{last}" t="inlineStr"><is><t>x</t></is></c></row>')
    found = problems(lambda: import_form(form(tmp_path, data)))
    assert (found[0].code, found[0].path) == ("forms_row_without_id", f"Questions!E{last}")


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path):
    data = bomb_form(0.2)  # 200 MB of zeros in 200 kB (the corpus has the 1.5 GB one)
    assert len(data) < 1_000_000
    p = one(lambda: import_form(form(tmp_path, data)))
    assert p.code == "forms_part_too_large"
    assert p.args["size"] > 100_000_000


def test_a_form_that_unpacks_too_far_is_refused(tmp_path):
    parts = {f"xl/media/image{i}.png": b"\0" * 400_000 for i in range(15)}
    p = one(lambda: import_form(form(tmp_path, rezip(template_bytes(), extra=parts))))
    assert p.code == "forms_unpacked_too_large"
    parts = {f"docProps/x{i}.txt": b"" for i in range(MAX_FORM_PARTS)}
    p = one(lambda: import_form(form(tmp_path, rezip(template_bytes(), extra=parts))))
    assert p.code == "forms_too_many_parts"


def test_an_entity_bomb_in_a_form_is_refused(tmp_path):
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )

    def edit(name: str, part: bytes) -> bytes:
        if name == "xl/worksheets/sheet2.xml":
            body = part.decode().split("?>", 1)[-1]
            return (lol + body.replace("<t>", "<t>&lol2;", 1)).encode()
        return part

    p = one(lambda: import_form(form(tmp_path, rezip(template_bytes(), edit))))
    assert p.code == "forms_unreadable"
    assert "EntitiesForbidden" in p.args["reason"]


def test_a_formula_without_a_value_is_a_cell_problem(tmp_path):
    p = one(lambda: import_form(form(tmp_path, formula_form())))
    assert (p.code, p.path, p.args["formula"]) == ("forms_formula_no_value", "Questions!E4", "=2+1")
    assert "LibreOffice" in p.message("lv")


def test_a_formula_with_its_value_is_read_as_the_value(tmp_path):
    data = on_answer_cell('<c r="E4" t="str"><f>"3 — In place"&amp;""</f><v>x</v></c>')
    found = problems(lambda: import_form(form(tmp_path, data)))
    assert (found[0].code, found[0].path) == ("forms_not_level", "Questions!E4")  # 'x' was read


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ('<c r="E4"><v>1e999</v></c>', "not_finite"),
        ('<c r="E4"><v>-1e999</v></c>', "not_finite"),
        ('<c r="E4"><v>1e300</v></c>', "out_of_range"),
    ],
)
def test_a_number_cell_out_of_bounds_is_a_cell_problem(tmp_path, cell, code):
    p = one(lambda: import_form(form(tmp_path, on_answer_cell(cell))))
    assert (p.code, p.path) == (code, "Questions!E4")


def test_a_cell_that_cannot_be_read_at_all_is_reported_with_the_others():
    bank = load_questionnaire("readiness")
    data = read_form_data(bank)
    rows = list(data.rows)  # a FormData an embedder built: a note with half a character
    rows[0] = tuple(Cell(c.ref, f"x{LONE}") if c.ref.startswith("I") else c for c in rows[0])
    rows[1] = tuple(Cell(c.ref, "nonsense") if c.ref.startswith("E") else c for c in rows[1])
    broken = FormData(
        data.context_sheet, data.questions_sheet, data.context, data.header, tuple(rows)
    )
    ref = form_reference(broken)
    found = problems(lambda: form_to_assessment(broken, bank, ref))
    assert [(p.code, p.path) for p in found] == [
        ("text_not_unicode", "Questions!I4"),
        ("forms_not_level", "Questions!E5"),
    ]


def read_form_data(bank: Any) -> FormData:
    import tempfile

    from cse_assess.forms.xlsx import write_template

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.xlsx"
        write_template(bank, path, "en")
        return read_form(path)


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04garbage", b"not a zip at all" * 100])
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path, data):
    assert one(lambda: import_form(form(tmp_path, data))).code == "forms_unreadable"


# --- 3. a roll-up survives its worst file ----------------------------------------------------
@pytest.fixture
def worst_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "network"
    folder.mkdir()
    good = example()
    (folder / "good.json").write_text(json.dumps(good), encoding="utf-8")
    bad = example()
    bad["answers"][first_answer(bad)]["note"] = LONE
    (folder / "surrogate.json").write_text(json.dumps(bad), encoding="utf-8")
    bad = example()
    bad["questionnaire"]["id"] = "r" * 300
    (folder / "long-id.json").write_text(json.dumps(bad), encoding="utf-8")
    (folder / "huge.json").write_text(
        example_text().replace('"value": 2', '"value": ' + ENDLESS_INT, 1), encoding="utf-8"
    )
    (folder / "broken.json").write_text('{"answers": 1', encoding="utf-8")
    (folder / "folder.json").mkdir()
    if os.name == "posix":
        os.mkfifo(folder / "pipe.json")
        os.symlink("/dev/zero", folder / "zero.json")
        os.symlink("loop.json", folder / "loop.json")
    return folder


def test_a_rollup_skips_every_bad_file_with_its_reason(worst_folder):
    rollup = rollup_paths([str(worst_folder)])
    assert rollup.counted == 1
    skipped = {Path(s.path).name: s for s in rollup.skipped}
    expected = {"surrogate.json", "long-id.json", "huge.json", "broken.json"}
    if os.name == "posix":
        expected |= {"pipe.json", "zero.json", "loop.json"}
    assert set(skipped) == expected
    for s in skipped.values():
        for lang in ("lv", "en"):
            assert s.reason(lang).encode("utf-8")
    if os.name == "posix":
        assert "named pipe" in skipped["pipe.json"].reason("en")
        assert "device" in skipped["zero.json"].reason("en")


def test_a_file_that_breaks_the_reader_is_skipped_not_the_rollup(worst_folder, monkeypatch):
    import cse_assess.io.rollup_files as module

    real = module.score

    def score(bank, assessment, **kwargs):
        if assessment.context.institution == "Boom":
            raise OverflowError("a bug a hostile file found")
        return real(bank, assessment, **kwargs)

    monkeypatch.setattr(module, "score", score)
    boom = example()
    boom["context"]["institution"] = "Boom"
    (worst_folder / "boom.json").write_text(json.dumps(boom), encoding="utf-8")
    result = FileReader().read(str(worst_folder / "boom.json"))
    assert isinstance(result, Skipped)
    assert result.code == "rollup_unexpected"
    assert result.reason("en") == "could not be read: OverflowError: a bug a hostile file found"
    rollup = rollup_paths([str(worst_folder)])
    assert rollup.counted == 1


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANG", "LANGUAGE")}
    return subprocess.run(
        [sys.executable, "-m", "cse_assess", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**environ, "PYTHONUTF8": "1"},
        stdin=subprocess.DEVNULL,
        timeout=120,
        cwd=cwd,
    )


def test_the_rollup_command_exits_0_with_the_skipped_count(worst_folder):
    proc = cli("rollup", str(worst_folder), "--lang", "en", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    skipped = len(json.loads(proc.stdout)["skipped"])
    assert f"1 counted, 0 superseded, {skipped} skipped" in proc.stderr


def test_the_rollup_command_exits_2_when_every_file_is_skipped(worst_folder):
    (worst_folder / "good.json").unlink()
    proc = cli("rollup", str(worst_folder), "--lang", "en")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "every file was skipped" in proc.stderr


# --- 5. no silent overwrite, no silent drop ---------------------------------------------------
def sample(institution: str = "Zaļkalnu novada pašvaldība") -> cse_assess.Assessment:
    return cse_assess.Assessment(
        "readiness",
        "2.0.0",
        cse_assess.Context(institution=institution, language="lv"),
        {"values.customer-at-centre": Answer(3, False, ("Rīkojums",), "")},
    )


def test_a_file_changed_by_another_session_is_not_overwritten(tmp_path):
    path = tmp_path / "a.json"
    save_assessment(sample("Pirmā"), path)
    mine = read_assessment(path)
    theirs = read_assessment(path)
    save_assessment(sample("Otrā"), path, expected=theirs.stamp)  # the other session saves
    before = path.read_bytes()
    with pytest.raises(FileChangedError) as caught:
        save_assessment(sample("Trešā"), path, expected=mine.stamp)
    assert path.read_bytes() == before
    assert isinstance(caught.value, OutputError)
    assert caught.value.localized("en") == (
        f"{path} was changed on disk after it was read (by another session or by hand), so it"
        " was not overwritten; save to another file, or open it again to go on from what it"
        " holds now"
    )
    assert caught.value.localized("lv").startswith(f"{path} pēc nolasīšanas ir mainīts diskā")
    assert os.listdir(tmp_path) == ["a.json"]


def test_a_hand_edit_is_detected_and_a_touch_is_not(tmp_path):
    path = tmp_path / "a.json"
    save_assessment(sample(), path)
    loaded = read_assessment(path)
    os.utime(path, (time.time() + 5, time.time() + 5))  # touched, not changed
    save_assessment(sample("Jaunā"), path, expected=loaded.stamp)
    loaded = read_assessment(path)
    text = path.read_text(encoding="utf-8").replace("Jaunā", "Labotā")  # same size? no matter
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileChangedError):
        save_assessment(sample("Vēl"), path, expected=loaded.stamp)
    assert "Labotā" in path.read_text(encoding="utf-8")


def test_a_session_keeps_the_stamp_of_each_save(tmp_path):
    path = tmp_path / "a.json"
    save_assessment(sample(), path)
    session = SessionFiles({str(path): read_assessment(path).stamp})
    for name in ("Viens", "Divi", "Trīs"):  # its own saves never look like a change
        session(sample(name), str(path))
    assert read_assessment(path).assessment.context.institution == "Trīs"
    path.write_text(path.read_text(encoding="utf-8").replace("Trīs", "Četri"), encoding="utf-8")
    with pytest.raises(FileChangedError):
        session(sample("Pieci"), str(path))
    assert "Četri" in path.read_text(encoding="utf-8")


def test_a_new_file_that_appears_before_the_first_save_is_not_overwritten(tmp_path):
    path = tmp_path / "new.json"
    session = SessionFiles({str(path): NO_FILE})
    path.write_text("someone else's", encoding="utf-8")
    with pytest.raises(FileChangedError):
        session(sample(), str(path))
    assert path.read_text(encoding="utf-8") == "someone else's"


def test_a_file_moved_away_during_a_session_is_written_again(tmp_path):
    path = tmp_path / "a.json"
    save_assessment(sample(), path)
    loaded = read_assessment(path)
    path.rename(tmp_path / "moved.json")
    save_assessment(sample("Jaunā"), path, expected=loaded.stamp)
    assert read_assessment(path).assessment.context.institution == "Jaunā"


@posix_only
def test_saving_through_a_link_updates_the_file_it_points_to(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "a.json"
    save_assessment(sample("Vecā"), target)
    link = tmp_path / "link.json"
    os.symlink(target, link)
    loaded = read_assessment(link)
    save_assessment(sample("Jaunā"), link, expected=loaded.stamp)
    assert link.is_symlink()
    assert read_assessment(target).assessment.context.institution == "Jaunā"
    assert sorted(os.listdir(tmp_path)) == ["link.json", "shared"]
    assert os.listdir(shared) == ["a.json"]


@posix_only
def test_a_link_to_a_file_not_yet_written_creates_it(tmp_path):
    link = tmp_path / "link.json"
    os.symlink(tmp_path / "later.json", link)
    atomic_write(link, "{}\n")
    assert link.is_symlink()
    assert (tmp_path / "later.json").read_text() == "{}\n"


@pytest.mark.parametrize("broken", ["write", "fsync"])
def test_a_full_disk_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path, monkeypatch, broken):
    path = tmp_path / "a.json"
    save_assessment(sample("Vecā"), path)
    before = path.read_bytes()

    def full(*args: Any) -> Any:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if broken == "write":
        real_fdopen = os.fdopen

        class HalfWritten:  # writes a little, then the disk is full
            def __init__(self, fd: int, *args: Any) -> None:
                self.file = real_fdopen(fd, *args)

            def __enter__(self) -> HalfWritten:
                return self

            def __exit__(self, *args: Any) -> None:
                self.file.close()

            def write(self, data: bytes) -> int:
                self.file.write(data[:10])
                self.file.flush()
                return full()

            def __getattr__(self, name: str) -> Any:
                return getattr(self.file, name)

        monkeypatch.setattr(os, "fdopen", HalfWritten)
    else:
        monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError) as caught:
        save_assessment(sample("Jaunā"), path)
    assert caught.value.code == "cannot_write"
    assert "there is no space left on the disk" in caught.value.localized("en")
    assert "diskā vairs nav brīvas vietas" in caught.value.localized("lv")  # not the system's
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["a.json"]


@posix_only
def test_a_read_only_folder_keeps_the_old_file(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "a.json"
    save_assessment(sample("Vecā"), path)
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere: refuse the new file as the folder would
        real_open = os.open

        def read_only(name: Any, flags: int, *args: Any) -> int:
            if flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), name)
            return real_open(name, flags, *args)

        monkeypatch.setattr(os, "open", read_only)
    try:
        with pytest.raises(OutputError) as caught:
            save_assessment(sample("Jaunā"), path)
        assert "permission denied" in caught.value.localized("en")
        assert "nav atļaujas" in caught.value.localized("lv")
        monkeypatch.undo()
        assert read_assessment(path).assessment.context.institution == "Vecā"
        assert os.listdir(folder) == ["a.json"]
    finally:
        folder.chmod(0o755)


def test_an_interrupted_save_leaves_no_temporary_file_at_any_step(tmp_path, monkeypatch):
    path = tmp_path / "a.json"
    save_assessment(sample("Vecā"), path)
    for name in ("open", "chmod", "fsync", "replace"):
        real = getattr(os, name)

        def interrupted(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            if _name == "fsync" or str(args[0]).endswith(".tmp"):  # Ctrl-C at this step
                raise KeyboardInterrupt
            return _real(*args, **kwargs)

        monkeypatch.setattr(os, name, interrupted)
        with pytest.raises(KeyboardInterrupt):
            save_assessment(sample("Jaunā"), path)
        monkeypatch.undo()
        assert os.listdir(tmp_path) == ["a.json"], name
        assert read_assessment(path).assessment.context.institution == "Vecā"
    assert not store._LIVE


def test_a_temporary_file_of_a_killed_process_is_removed_at_exit_or_later(tmp_path):
    script = (
        "import os, sys\n"
        "from cse_assess.io import store\n"
        "real = os.replace\n"
        "def stop(src, dst):\n"
        "    sys.exit(3)\n"  # exits mid-save, as a process told to stop would
        "os.replace = stop\n"
        f"store.atomic_write({str(tmp_path / 'a.json')!r}, 'x')\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert proc.returncode == 3
    assert os.listdir(tmp_path) == []
    stale = tmp_path / ".a.json.0123abcd.tmp"  # what SIGKILL leaves: removed on the next save
    stale.write_text("half")
    old = time.time() - store.STALE_AFTER - 60
    os.utime(stale, (old, old))
    fresh = tmp_path / ".a.json.89abcdef.tmp"  # another process saving right now: kept
    fresh.write_text("busy")
    other = tmp_path / ".b.json.0123abcd.tmp"
    other.write_text("not ours")
    os.utime(other, (old, old))
    atomic_write(tmp_path / "a.json", "{}")
    assert sorted(os.listdir(tmp_path)) == [
        ".a.json.89abcdef.tmp",
        ".b.json.0123abcd.tmp",
        "a.json",
    ]


def test_a_failed_save_keeps_the_answer_in_the_session(tmp_path, monkeypatch):
    """The terminal, with the real store: the disk is full at the first save; the session
    says so in Latvian, keeps the answer and saves it to the file the assessor gives."""
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput
    from rich.console import Console

    from cse_assess.terminal.flow import Flow

    bank = load_questionnaire("readiness")
    path, other = tmp_path / "a.json", tmp_path / "elsewhere.json"
    out = io.StringIO()
    flow = Flow(bank, sample(), str(path), "lv", Console(file=out, width=100), save=SessionFiles())
    real_fsync, failures = os.fsync, []

    def full_once(fd: int) -> None:
        if not failures:
            failures.append(fd)
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_once)
    question = bank.questions[1]
    with create_pipe_input() as keys, create_app_session(input=keys, output=DummyOutput()):
        keys.send_text("\x15" + str(other) + "\r")  # Ctrl-U empties the line, then the name
        flow.record(question, Answer(2, False, (), "svarīgi"))
    assert failures
    assert not path.exists()
    assert read_assessment(other).assessment.answers[question.id].note == "svarīgi"
    assert flow.path == str(other)
    shown = " ".join(out.getvalue().split())
    assert "diskā vairs nav brīvas vietas" in shown
    assert "No space" not in shown


# --- the command line: one line and exit 2, never a traceback --------------------------------
@posix_only
def test_validate_and_score_refuse_a_named_pipe_at_once(tmp_path):
    fifo = tmp_path / "a.json"
    os.mkfifo(fifo)
    for command in ("validate", "score"):
        proc = cli(command, str(fifo), "--lang", "lv")
        assert proc.returncode == 2
        assert proc.stdout.strip() + proc.stderr.strip() == (
            f"{fifo}: failu nevar nolasīt: tas ir nosaukts kanāls (FIFO), nevis fails"
        )


def test_reading_a_file_reads_it_once(tmp_path, monkeypatch):
    path = tmp_path / "a.json"
    path.write_text(example_text(), encoding="utf-8")
    opened: list[str] = []
    real_open = os.open

    def spy(name: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(os.fspath(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    read_text(path, MAX_ASSESSMENT_BYTES, AssessmentError)
    assert opened == [str(path)]


def test_yaml_lines_survive_the_event_builder():
    data, lines, found = parse_yaml("a:\n  - &x {b: 1}\n  - *x\nc: 'q'\n", "f.yaml")
    assert found == []
    assert data == {"a": [{"b": 1}, {"b": 1}], "c": "q"}
    assert data["a"][0] is not data["a"][1]  # an alias is a copy, never a shared value
    assert (lines[("a",)], lines[("a", 0, "b")], lines[("a", 1)], lines[("c",)]) == (1, 2, 3, 4)


def test_a_long_value_is_quoted_short_in_the_engine_s_problems_too():
    """Found by the long fuzz run: an unknown ticked item of 5,000 characters was quoted whole
    by the answer check (validate), which does not go through the file readers."""
    import json

    from cse_assess.content.assessment import assessment_from_data

    path = Path(cse_assess.example_path("standard-content"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["answers"]["indicators.written-response"]["value"] = ["x" * 5000]
    with pytest.raises(AssessmentError) as raised:
        assessment_from_data(data, load_questionnaire("standard-content"), "posted.json")
    for problem in raised.value.problems:
        for lang in ("en", "lv"):
            assert len(problem.format(lang)) < 400, problem.format(lang)[:200]
    assert any("xxx…" in p.format("lv") for p in raised.value.problems)
