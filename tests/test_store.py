"""store: reading files, the bundled banks, saving assessments atomically."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from conftest import MINI_BANK, assessment_text

from cse_assess.content.assessment import parse_assessment
from cse_assess.content.bank import MAX_BANK_BYTES
from cse_assess.core.errors import (
    AssessmentError,
    CseAssessWarning,
    NotFoundError,
    OutputError,
    QuestionnaireError,
)
from cse_assess.core.model import Answer, Assessment, Context
from cse_assess.io import store
from cse_assess.io.store import (
    bundled_ids,
    load_assessment,
    load_questionnaire,
    read_assessment,
    read_text,
    save_assessment,
)

Q = "values.customer-at-centre"


def sample(institution: str = "Zaļkalnu novada pašvaldība") -> Assessment:
    return Assessment(
        "readiness",
        "1.0.0",
        Context(institution=institution, assessor="Ilze Bērziņa", language="lv"),
        {Q: Answer(3, False, ("Domes lēmums „Par standartu”",), "ņēmām vērā")},
    )


# --- saving ----------------------------------------------------------------------------------
def test_save_then_load(tmp_path):
    path = tmp_path / "a.json"
    save_assessment(sample(), path)
    assert load_assessment(path) == sample()


def test_save_keeps_latvian_letters_as_utf8(tmp_path):
    path = tmp_path / "a.json"
    save_assessment(sample(), path)
    raw = path.read_bytes()
    assert "Zaļkalnu novada pašvaldība".encode() in raw
    assert "Ilze Bērziņa".encode() in raw
    assert b"\\u" not in raw
    assert not raw.startswith(b"\xef\xbb\xbf")


def test_save_writes_unix_newlines(tmp_path):
    path = tmp_path / "a.json"
    save_assessment(sample(), path)
    assert b"\r\n" not in path.read_bytes()


def test_save_replaces_an_existing_file(tmp_path):
    path = tmp_path / "a.json"
    save_assessment(sample("Vecā"), path)
    save_assessment(sample("Jaunā"), path)
    assert load_assessment(path).context.institution == "Jaunā"
    assert os.listdir(tmp_path) == ["a.json"]


def test_save_goes_through_a_temporary_file_and_os_replace(tmp_path, monkeypatch):
    calls = []
    real_replace = os.replace

    def spy(src, dst):
        calls.append((os.fspath(src), os.fspath(dst)))
        assert os.path.dirname(os.fspath(src)) == os.fspath(tmp_path)
        assert parse_assessment(Path(src).read_text(encoding="utf-8")) == sample()
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    save_assessment(sample(), tmp_path / "a.json")
    assert len(calls) == 1
    src, dst = calls[0]
    assert src != dst
    assert dst == os.fspath(tmp_path / "a.json")


def test_failed_save_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "a.json"
    save_assessment(sample("Vecā"), path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="no space left on the disk"):
        save_assessment(sample("Jaunā"), path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["a.json"]


def test_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OutputError, match="a read or write error"):
        save_assessment(sample(), tmp_path / "a.json")
    assert os.listdir(tmp_path) == []


def test_interrupted_save_leaves_no_temporary_file(tmp_path, monkeypatch):
    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_assessment(sample(), tmp_path / "a.json")
    assert os.listdir(tmp_path) == []


posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@posix_only
def test_save_keeps_the_mode_of_an_existing_file(tmp_path):
    path = tmp_path / "a.json"
    save_assessment(sample(), path)
    path.chmod(0o664)
    save_assessment(sample("Jaunā"), path)
    assert path.stat().st_mode & 0o777 == 0o664


@posix_only
def test_new_file_gets_the_usual_mode(tmp_path):
    # Like any file the user creates: 0o666 less the umask, not the temporary file's 0o600.
    mask = os.umask(0o022)
    try:
        save_assessment(sample(), tmp_path / "a.json")
    finally:
        os.umask(mask)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o644


def test_save_to_a_relative_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    save_assessment(sample(), "a.json")
    assert load_assessment("a.json") == sample()


# --- reading text ----------------------------------------------------------------------------
def test_byte_order_mark_is_ignored(tmp_path):
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + assessment_text({Q: {"value": 2}}).encode())
    assert load_assessment(path).answers[Q].value == 2


def test_byte_order_mark_in_a_bank_is_ignored(tmp_path):
    path = tmp_path / "bank.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINI_BANK.encode())
    assert load_questionnaire(path).id == "mini"


def test_windows_line_endings_are_read(tmp_path):
    path = tmp_path / "bank.yaml"
    path.write_bytes(MINI_BANK.replace("\n", "\r\n").encode())
    assert load_questionnaire(path).id == "mini"


def test_missing_file_names_the_path(tmp_path):
    path = tmp_path / "nowhere.json"
    with pytest.raises(NotFoundError) as info:
        load_assessment(path)
    assert str(path) in str(info.value)
    assert str(path) in info.value.localized("lv")
    assert "fails nav atrasts" in info.value.localized("lv")


def test_missing_bank_file_names_the_path(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(NotFoundError) as info:
        load_questionnaire(path)
    assert str(path) in str(info.value)


def test_oversized_file_refused(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (MAX_BANK_BYTES + 1))
    with pytest.raises(QuestionnaireError) as info:
        load_questionnaire(path)
    (p,) = info.value.problems
    assert p.code == "file_too_large"
    assert p.source == str(path)
    assert p.args == {"size": MAX_BANK_BYTES + 1, "limit": MAX_BANK_BYTES}


def test_oversized_assessment_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "MAX_ASSESSMENT_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_text(assessment_text({Q: {"value": 1}}), encoding="utf-8")
    with pytest.raises(AssessmentError) as info:
        load_assessment(path)
    assert info.value.problems[0].code == "file_too_large"


def test_file_at_the_limit_is_read(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(b"x" * 10)
    assert read_text(path, 10, AssessmentError) == "x" * 10


@pytest.mark.parametrize(
    ("content", "position"),
    [
        (b'{"a": "\xff"}', 7),
        ('{"a": "Ē"}'.encode("cp1257"), 7),
        ("{}".encode("utf-16"), 0),
    ],
)
def test_non_utf8_file(tmp_path, content, position):
    path = tmp_path / "legacy.json"
    path.write_bytes(content)
    with pytest.raises(AssessmentError) as info:
        load_assessment(path)
    (p,) = info.value.problems
    assert p.code == "file_not_utf8"
    assert p.args["position"] == position
    assert p.format().startswith(f"{path}: the file is not UTF-8 text")


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(AssessmentError) as info:
        load_assessment(tmp_path)
    assert info.value.problems[0].code == "file_unreadable"


# --- banks -----------------------------------------------------------------------------------
def test_bundled_ids():
    assert "readiness" in bundled_ids()
    assert bundled_ids() == sorted(bundled_ids())


def test_load_questionnaire_by_bundled_id():
    bank = load_questionnaire("readiness")
    assert (bank.id, bank.version) == ("readiness", "2.0.0")
    released = load_questionnaire("readiness@1.0.0")  # kept unchanged in the history folder
    assert (released.id, released.version, len(released.questions)) == ("readiness", "1.0.0", 53)


def test_load_questionnaire_by_path(tmp_path):
    path = tmp_path / "mini.yaml"
    path.write_text(MINI_BANK, encoding="utf-8")
    assert load_questionnaire(path).id == "mini"
    assert load_questionnaire(str(path)).id == "mini"


def test_load_questionnaire_by_relative_path(tmp_path, monkeypatch):
    (tmp_path / "mini.yaml").write_text(MINI_BANK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_questionnaire("mini.yaml").id == "mini"


def test_unknown_id_lists_bundled_ids():
    with pytest.raises(NotFoundError) as info:
        load_questionnaire("readines")
    message = str(info.value)
    assert "'readines'" in message
    assert "readiness" in message.split("bundled banks:")[1]


def test_bank_problems_name_the_file(tmp_path):
    path = tmp_path / "mini.yaml"
    path.write_text(MINI_BANK.replace("critical: true", "critical: 1"), encoding="utf-8")
    with pytest.raises(QuestionnaireError) as info:
        load_questionnaire(path)
    assert str(info.value).startswith(f"{path}:")


# --- assessments -----------------------------------------------------------------------------
def write(tmp_path, text: str, name: str = "a.json"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_assessment_warns_about_unknown_answers(tmp_path):
    path = write(tmp_path, assessment_text({Q: {"value": 1}, "values.old-one": {"value": 2}}))
    with pytest.warns(CseAssessWarning, match=r"values\.old-one") as caught:
        assessment = load_assessment(path)
    assert "values.old-one" in assessment.answers
    assert str(path) in str(caught[0].message)


def test_load_assessment_warns_about_another_version(tmp_path):
    path = write(tmp_path, assessment_text({Q: {"value": 1}}, version="0.9.0"))
    with pytest.warns(CseAssessWarning, match="0.9.0"):
        load_assessment(path)


def test_load_assessment_without_warnings_is_silent(tmp_path):
    path = write(tmp_path, assessment_text({Q: {"value": 1}}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_assessment(path)


def test_read_assessment_returns_warnings_with_lines(tmp_path):
    text = assessment_text({"values.old-one": {"value": 2}})
    loaded = read_assessment(write(tmp_path, text))
    (w,) = loaded.warnings
    assert w.code == "warn_unknown_answers"
    assert w.line is not None
    assert loaded.questionnaire.id == "readiness"


def test_invalid_answer_reports_file_and_line(tmp_path):
    text = assessment_text({Q: {"value": 9}})
    path = write(tmp_path, text)
    with pytest.raises(AssessmentError) as info:
        load_assessment(path)
    (p,) = info.value.problems
    assert p.code == "answer_off_scale"
    assert p.format().startswith(f"{path}:")
    assert p.line is not None


def test_assessment_for_an_unknown_bank_names_the_file(tmp_path):
    path = write(tmp_path, assessment_text({}, bank="nope"))
    with pytest.raises(AssessmentError) as info:
        load_assessment(path)
    (p,) = info.value.problems
    assert p.code == "unknown_questionnaire"
    assert p.source == str(path)
    assert p.path == "questionnaire.id"


def test_assessment_checked_against_a_given_bank(tmp_path):
    bank_path = write(tmp_path, MINI_BANK, "mini.yaml")
    path = write(tmp_path, assessment_text({"values.adopted": {"value": 2}}, bank="mini"))
    assessment = load_assessment(path, str(bank_path))
    assert assessment.answers["values.adopted"].value == 2


def test_assessment_against_the_wrong_given_bank(tmp_path):
    path = write(tmp_path, assessment_text({}))
    with pytest.raises(AssessmentError) as info:
        load_assessment(path, load_questionnaire(write(tmp_path, MINI_BANK, "mini.yaml")))
    assert info.value.problems[0].code == "other_bank"
