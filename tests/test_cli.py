"""The command line, run as a real process: ``python -m cse_assess ...``."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import assessment_text

from cse_assess.cli.main import detect_language
from cse_assess.io.store import bundled_dir, example_path, load_questionnaire

LOCALE_KEYS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "CSE_ASSESS_DEBUG")


def run(*args: str, lang: str = "C.UTF-8", cwd=None, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in LOCALE_KEYS}
    environ.update({"LANG": lang, "PYTHONUTF8": "1"}, **env)
    return subprocess.run(
        [sys.executable, "-m", "cse_assess", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def ok(*args: str, **kwargs) -> subprocess.CompletedProcess:
    proc = run(*args, **kwargs)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc


@pytest.fixture
def example_copy(tmp_path):
    """The bundled example, with its own language set by the test."""

    def make(language: str) -> str:
        data = json.loads(example_path().read_text(encoding="utf-8"))
        data["context"]["language"] = language
        path = tmp_path / f"example-{language or 'none'}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return str(path)

    return make


EN_WORDS = ("Overall score (claimed)", "Gaps to close", "Readiness band")
LV_WORDS = ("Kopvērtējums (norādītais)", "Novēršamās nepilnības", "Gatavības līmenis")


def is_english(text: str) -> bool:
    return all(w in text for w in EN_WORDS) and not any(w in text for w in LV_WORDS)


def is_latvian(text: str) -> bool:
    return all(w in text for w in LV_WORDS) and not any(w in text for w in EN_WORDS)


# --- basics ----------------------------------------------------------------------------------
def test_help():
    proc = ok("--help")
    assert "usage: cse-assess" in proc.stdout
    for command in ("questionnaires", "validate", "show", "score"):
        assert command in proc.stdout


def test_score_help():
    proc = ok("score", "--help")
    assert "--example" in proc.stdout
    assert "--explain" in proc.stdout


def test_python_m_without_arguments_and_without_a_terminal_does_not_hang_or_crash():
    proc = run()
    assert proc.returncode in (0, 2)
    assert "Traceback" not in proc.stderr
    assert (proc.stdout + proc.stderr).strip()


def test_version():
    proc = ok("--version")
    assert proc.stdout.startswith("cse-assess ")


def test_unknown_command_is_a_usage_error():
    proc = run("frobnicate")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_questionnaires_lists_readiness():
    proc = ok("questionnaires", "--lang", "en")
    line = next(line for line in proc.stdout.splitlines() if line.startswith("readiness"))
    bank = load_questionnaire("readiness")
    assert bank.version in line
    assert str(len(bank.questions)) in line
    assert "Readiness to put the Customer Service Standard into practice" in line


def test_validate_bundled_bank():
    path = str(bundled_dir() / "readiness.yaml")
    proc = ok("validate", path, "--lang", "en")
    assert "valid, 9 areas and" in proc.stdout


def test_validate_bundled_example():
    proc = ok("validate", str(example_path()), "--lang", "en")
    assert "valid," in proc.stdout


def test_validate_reports_every_file(tmp_path):
    good = str(example_path())
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    proc = run("validate", good, str(bad), "--lang", "en")
    assert proc.returncode == 2
    assert "valid," in proc.stdout
    assert f"{bad}:" in proc.stdout + proc.stderr


def test_show_is_markdown_with_every_question_id():
    proc = ok("show", "readiness", "--lang", "en")
    assert proc.stdout.startswith("# Readiness to put the Customer Service Standard into practice")
    for q in load_questionnaire("readiness").questions:
        assert q.id in proc.stdout
        assert q.text["en"] in proc.stdout
    assert "## " in proc.stdout


def test_show_to_a_file(tmp_path):
    out = tmp_path / "bank.md"
    proc = ok("show", "readiness", "--lang", "lv", "-o", str(out))
    assert proc.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# Gatavība")


# --- score -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def report() -> dict:
    proc = run("score", "--example", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_json_report_top_level(report):
    for key in ("overall", "verified", "coverage", "band", "areas", "gaps"):
        assert key in report
    assert isinstance(report["overall"], float)
    assert isinstance(report["verified"], float)
    assert 0 <= report["verified"] <= report["overall"] <= 100
    assert 0 <= report["coverage"] <= 1
    assert set(report["band"]) >= {"id", "label"}


def test_json_report_areas(report):
    bank = load_questionnaire("readiness")
    assert [a["id"] for a in report["areas"]] == [a.id for a in bank.areas]
    for area in report["areas"]:
        assert set(area) >= {"id", "score", "verified", "answered", "applicable"}
        assert 0 <= area["answered"] <= area["applicable"]


def test_json_report_gaps(report):
    assert report["gaps"]
    keys = {"question", "area", "current", "target", "priority", "critical", "evidence", "action"}
    for gap in report["gaps"]:
        assert set(gap) >= keys
        assert gap["question"].startswith(gap["area"] + ".")
        assert isinstance(gap["critical"], bool)
        assert gap["evidence"]
        assert all(isinstance(e, str) for e in gap["evidence"])
    priorities = [g["priority"] for g in report["gaps"]]
    assert priorities == sorted(priorities, reverse=True)


def test_json_report_follows_the_language():
    en = json.loads(ok("score", "--example", "--format", "json", "--lang", "en").stdout)
    lv = json.loads(ok("score", "--example", "--format", "json", "--lang", "lv").stdout)
    assert en["band"]["id"] == lv["band"]["id"]
    assert en["band"]["label"] != lv["band"]["label"]
    assert en["gaps"][0]["action"] != lv["gaps"][0]["action"]


def test_text_report_in_english_and_latvian():
    en = ok("score", "--example", "--lang", "en").stdout
    lv = ok("score", "--example", "--lang", "lv").stdout
    assert en != lv
    assert is_english(en)
    assert is_latvian(lv)


def test_language_falls_back_to_the_assessments_own(example_copy):
    assert is_latvian(ok("score", example_copy("lv"), lang="C.UTF-8").stdout)
    assert is_english(ok("score", example_copy("en"), lang="lv_LV.UTF-8").stdout)


def test_lang_option_wins_over_the_assessments_language(example_copy):
    assert is_english(ok("score", example_copy("lv"), "--lang", "en").stdout)


def test_language_falls_back_to_the_locale(example_copy):
    path = example_copy("")
    assert is_latvian(ok("score", path, lang="lv_LV.UTF-8").stdout)
    assert is_english(ok("score", path, lang="C.UTF-8").stdout)


def test_lc_all_wins_over_lang(example_copy):
    assert is_latvian(ok("score", example_copy(""), lang="C.UTF-8", LC_ALL="lv_LV.UTF-8").stdout)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "lv_LV.UTF-8"}, "lv"),
        ({"LANG": "LV_lv"}, "lv"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8", "LC_ALL": "lv_LV.UTF-8"}, "lv"),
        ({"LANG": "lv_LV.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "", "LANGUAGE": "lv"}, "lv"),
    ],
)
def test_detect_language(environ, expected):
    assert detect_language(environ) == expected


def test_explain_prints_the_trace():
    plain = ok("score", "--example", "--lang", "en").stdout
    explained = ok("score", "--example", "--lang", "en", "--explain").stdout
    assert "How the scores were computed" in explained
    assert "(3 − 0) / (4 − 0) × 100" in explained
    assert "How the scores were computed" not in plain
    assert len(explained) > len(plain)


def test_explain_in_latvian():
    assert "Kā aprēķināti vērtējumi" in ok("score", "--example", "--lang", "lv", "--explain").stdout


def test_output_md_writes_markdown(tmp_path):
    out = tmp_path / "report.md"
    proc = ok("score", "--example", "--lang", "en", "-o", str(out))
    assert proc.stdout == ""
    assert f"Written: {out}" in proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Readiness to put the Customer Service Standard into practice")
    assert "## Areas" in text
    assert "|---" in text
    assert "goals.satisfaction-targets" in text
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_output_json_by_extension(tmp_path):
    out = tmp_path / "report.json"
    ok("score", "--example", "-o", str(out))
    assert "gaps" in json.loads(out.read_text(encoding="utf-8"))


def test_output_into_a_missing_folder_is_a_clear_error(tmp_path):
    out = tmp_path / "no-such-folder" / "report.md"
    proc = run("score", "--example", "--lang", "en", "-o", str(out))
    assert "internal error" not in proc.stderr
    assert proc.returncode == 2
    assert str(out) in proc.stderr
    assert ".tmp" not in proc.stderr


def test_markdown_format_to_stdout():
    proc = ok("score", "--example", "--format", "markdown", "--lang", "en")
    assert proc.stdout.startswith("# ")


def test_gaps_option_limits_the_text_report():
    short = ok("score", "--example", "--lang", "en", "--gaps", "2").stdout
    assert "1. " in short
    assert "2. " in short
    assert "\n3. " not in short
    assert "--gaps 0" in short


def test_score_without_a_file_is_a_usage_error():
    proc = run("score")
    assert proc.returncode == 2
    assert "--example" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_score_with_file_and_example_is_a_usage_error(tmp_path):
    proc = run("score", str(example_path()), "--example")
    assert proc.returncode == 2


def test_score_shows_warnings_on_stderr(tmp_path):
    path = tmp_path / "a.json"
    answers = {"values.customer-at-centre": {"value": 2}, "values.old-one": {"value": 1}}
    path.write_text(assessment_text(answers), encoding="utf-8")
    proc = ok("score", str(path), "--lang", "en")
    assert "values.old-one" in proc.stderr
    assert "(warning)" in proc.stderr
    assert "values.old-one" not in proc.stdout


def test_score_of_an_invalid_file_exits_2(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(assessment_text({"values.customer-at-centre": {"value": 7}}), encoding="utf-8")
    proc = run("score", str(path), "--lang", "en")
    assert proc.returncode == 2
    assert f"{path}:" in proc.stderr
    assert "7 is not a level of the scale" in proc.stderr
    assert proc.stdout == ""


def test_errors_in_latvian(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("{", encoding="utf-8")
    proc = run("validate", str(path), lang="lv_LV.UTF-8")
    assert proc.returncode == 2
    assert "nederīgs JSON" in proc.stdout + proc.stderr
