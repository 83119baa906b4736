"""The command line: in this process through ``cli.main.main`` (tests/cli_run.py), and a few
smoke tests as a real process (``python -m cse_assess ...``)."""

from __future__ import annotations

import argparse
import inspect
import json
import os
import re
import subprocess
import sys

import pytest
from cli_run import LOCALE_KEYS, ok, run
from conftest import MINI_BANK, assessment_text

from cse_assess.cli.main import detect_language
from cse_assess.cli.parser import ARGPARSE
from cse_assess.io.store import bundled_dir, example_path, load_questionnaire


def process(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """``python -m cse_assess ARGS`` as a real process (the smoke tests)."""
    environ = {k: v for k, v in os.environ.items() if k not in LOCALE_KEYS}
    environ.update({"LANG": lang, "PYTHONUTF8": "1"})
    return subprocess.run(
        [sys.executable, "-m", "cse_assess", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


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


# --- smoke tests: a real process --------------------------------------------------------------
def test_process_help():
    proc = process("--help")
    assert proc.returncode == 0, proc.stderr
    assert "usage: cse-assess" in proc.stdout
    for command in ("questionnaires", "validate", "show", "score"):
        assert command in proc.stdout


def test_process_scores_the_example():
    proc = process("score", "--example", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert is_english(proc.stdout)


def test_process_bad_input_exits_2_in_the_users_language(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("{", encoding="utf-8")
    proc = process("score", str(path), lang="lv_LV.UTF-8")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert f"{path}:1: nederīgs JSON" in proc.stderr


def test_python_m_without_arguments_and_without_a_terminal_does_not_hang_or_crash():
    proc = process()
    assert proc.returncode in (0, 2)
    assert "Traceback" not in proc.stderr
    assert (proc.stdout + proc.stderr).strip()


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


# --- Latvian everywhere: help, usage errors, syntax errors, the file's own language ----------
COMMANDS = (
    "assess",
    "resume",
    "review",
    "questionnaires",
    "validate",
    "show",
    "score",
    "consensus",
    "compare",
    "rollup",
    "template",
    "import",
)
# English words of the help texts and of argparse's own; a Latvian --help shows none of them.
# (The command names, options, metavariables of values such as {lv,en} and the format names
# are what one types; they stay as they are.)
HELP_ENGLISH = re.compile(
    r"\b(usage|positional|arguments|options|show|this|help|message|exit|the|file|files|"
    r"bank|default|write|assessment|answer|score|report|language|questions?|of|and|or|"
    r"with|from|for|your|each|every|COMMAND|FILE|PATH|BANK|OLD|NEW|FORM)\b"
)
TYPED = re.compile(r"--[\w-]+|\{[\w,.-]+\}|-[a-zA-Z]\b|'cse-assess[^']*'|„cse-assess[^”]*”")


def latvian_words(text: str) -> str:
    """``text`` without what one types: options, choices, commands quoted as commands."""
    text = TYPED.sub("", text)
    for command in COMMANDS:
        text = re.sub(rf"(?<![\w-]){command}(?![\w-])", "", text)
    for value in (
        "text",
        "markdown",
        "html",
        "json",
        "csv",
        "xlsx",
        "readiness",
        "kpi",
        "standard-content",
        "claimed",
        "unit",
        "institution",
        "verified",
    ):
        text = re.sub(rf"(?<![\w-]){value}(?![\w-])", "", text)
    return text


@pytest.mark.parametrize("command", [None, *COMMANDS])
@pytest.mark.parametrize("how", ["locale", "option"])
def test_every_help_is_latvian_in_a_latvian_session(command, how):
    argv = ([command] if command else []) + ["--help"]
    proc = ok(*argv, lang="lv_LV.UTF-8") if how == "locale" else ok(*argv, "--lang", "lv")
    assert proc.stdout.startswith("lietojums: cse-assess")
    assert "opcijas:" in proc.stdout
    found = HELP_ENGLISH.findall(latvian_words(proc.stdout))
    assert not found, (found, proc.stdout)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_help_is_english_in_an_english_session(command):
    argv = ([command] if command else []) + ["--help"]
    proc = ok(*argv, lang="en_GB.UTF-8")
    assert proc.stdout.startswith("usage: cse-assess")
    assert "options:" in proc.stdout
    assert "lietojums" not in proc.stdout


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["frobnicate"], "nederīga izvēle: 'frobnicate'"),
        (["score", "--gaps", "x"], "arguments --gaps: nederīga vesela skaitļa vērtība: 'x'"),
        (["score", "--format", "pdf"], "nederīga izvēle: 'pdf'"),
        (["compare", "a.json"], "nav norādīti obligātie argumenti: JAUNAIS"),
        (["score", "--nope"], "nezināmi argumenti: --nope"),
        (["consensus", "a.json", "b.json"], "nav norādīti obligātie argumenti: --output/-o"),
    ],
)
def test_usage_errors_are_latvian(argv, expected):
    proc = run(*argv, lang="lv_LV.UTF-8")
    assert proc.returncode == 2
    assert proc.stderr.startswith("lietojums: cse-assess")
    assert "kļūda: " in proc.stderr
    assert expected in proc.stderr
    assert "error:" not in proc.stderr


def test_lang_option_decides_the_usage_error_language_before_the_parser_is_built():
    proc = run("score", "--lang", "lv", "--gaps", "x", lang="en_GB.UTF-8")
    assert "nederīga vesela skaitļa vērtība" in proc.stderr
    proc = run("score", "--lang=en", "--gaps", "x", lang="lv_LV.UTF-8")
    assert "invalid whole number value: 'x'" in proc.stderr


def test_help_and_errors_leave_argparse_as_it_was():
    run("score", "--gaps", "x", lang="lv_LV.UTF-8")
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_every_message_argparse_can_show_has_a_translation():
    """Every text argparse words with ``_()`` is in the table, or is a programmer's error.

    A new Python may word argparse differently: this test then says which text to add.
    """
    source = inspect.getsource(argparse)
    found = set(re.findall(r"""_\\((['"])(.*?)\\1\\)""", source))
    texts = {text.encode().decode("unicode_escape") for _, text in found}
    developers = {
        "'required' is an invalid argument for positionals",
        "%r is not callable",
        ".__call__() not defined",
        'argument "-" with mode %r',
        "cannot have multiple subparser arguments",
        "cannot merge actions - two groups are named %r",
        "conflicting subparser alias: %s",
        "conflicting subparser: %s",
        "dest= is required for options like %r",
        "invalid conflict_resolution value: %r",
        "invalid option string %(option)r: ",
        "mutually exclusive arguments must be optional",
        "unexpected option string: %s",
        "%(prog)s: error: %(message)s\\n",  # Parser.error words it
    }
    missing = sorted(texts - set(ARGPARSE) - developers)
    assert not missing


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("bank.yaml", "a: b: c\n", "nederīgs YAML: šeit nav atļauta atslēga ar vērtību"),
        ("bank.yaml", "a: [1, 2\n", "nederīgs YAML: saraksts nav noslēgts"),
        ("bank.yaml", "a:\n\t- b\n", "nederīgs YAML:"),
        ("a.json", '{"a": 1,}', "nederīgs JSON: bija gaidīts nosaukums dubultpēdiņās"),
        ("a.json", '{"a" 1}', "nederīgs JSON: pēc nosaukuma bija gaidīts „:”"),
        ("a.json", "[1 2]", "nederīgs JSON: starp divām vērtībām bija gaidīts „,”"),
        ("a.json", '{"a": 1} x', "nederīgs JSON: aiz dokumenta beigām ir vēl teksts"),
    ],
)
def test_syntax_errors_are_latvian(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    proc = run("validate", str(path), "--lang", "lv")
    assert proc.returncode == 2
    assert expected in proc.stdout
    words = proc.stdout.split("nederīgs", 1)[1]
    assert not re.search(r"\b(found|expected|while|allowed|Expecting|delimiter)\b", words)


def test_an_error_about_a_file_follows_the_files_language(tmp_path):
    """The file says "lv": its errors are Latvian, even in an English locale, unless --lang."""
    path = tmp_path / "a.json"
    text = assessment_text({"values.customer-at-centre": {"value": 7}}, context={"language": "lv"})
    path.write_text(text, encoding="utf-8")
    proc = run("score", str(path), lang="en_GB.UTF-8")
    assert proc.returncode == 2
    assert "nav skalas līmenis" in proc.stderr or "nav" in proc.stderr
    assert "is not a level" not in proc.stderr
    broken = tmp_path / "b.json"
    broken.write_text('{"context": {"language": "lv"}, "answers": [1 2]}', encoding="utf-8")
    proc = run("score", str(broken), lang="en_GB.UTF-8")
    assert "nederīgs JSON" in proc.stderr
    assert "not valid JSON" in run("score", str(broken), "--lang", "en").stderr


# --- no file is ever overwritten by surprise ---------------------------------------------------
@pytest.fixture
def assessment(tmp_path):
    path = tmp_path / "my.json"
    path.write_text(example_path().read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "extra", [[], ["--format", "html"], ["--format", "json"], ["--format", "text"]]
)
def test_score_refuses_to_write_the_result_over_the_assessment(assessment, extra):
    before = assessment.read_bytes()
    proc = run("score", str(assessment), *extra, "-o", str(assessment), "--lang", "en")
    assert proc.returncode == 2
    assert "one of the files the command reads" in proc.stderr
    assert assessment.read_bytes() == before


def test_score_refuses_to_write_over_its_targets_file(assessment, tmp_path):
    targets = tmp_path / "targets.json"
    targets.write_text("{}", encoding="utf-8")
    proc = run("score", str(assessment), "--targets", str(targets), "-o", str(targets))
    assert proc.returncode == 2
    assert targets.read_text(encoding="utf-8") == "{}"


def test_compare_refuses_to_write_over_either_file(assessment):
    before = assessment.read_bytes()
    proc = run("compare", str(assessment), str(assessment), "-o", str(assessment))
    assert proc.returncode == 2
    assert assessment.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "extension", "allowed"),
    [
        (
            ["score", "{a}", "-o", "{d}/report.pdf"],
            ".pdf",
            ".txt, .md, .html, .json, .csv, .xlsx, .docx",
        ),
        (["score", "{a}", "-o", "{d}/report.odt"], ".odt", ".txt, .md, .html, .json, .csv"),
        (["consensus", "{a}", "{b}", "-o", "{d}/agreed.xlsx"], ".xlsx", ".json, .html, .md"),
        (["show", "readiness", "-o", "{d}/bank.xlsx"], ".xlsx", ".md, .txt"),
        (["compare", "{a}", "{b}", "-o", "{d}/c.xlsx"], ".xlsx", ".txt, .md, .json, .html"),
        (
            ["rollup", "{a}", "-o", "{d}/r.docx"],
            ".docx",
            ".txt, .md, .json, .html, .xlsx, .parquet, .csv",
        ),
        (["template", "readiness", "-o", "{d}/form.json"], ".json", ".xlsx"),
        (["import", "{d}/form.xlsx", "-o", "{d}/branch.xlsx"], ".xlsx", ".json"),
    ],
)
def test_an_extension_the_command_cannot_write_is_refused(
    assessment, tmp_path, argv, extension, allowed
):
    other = tmp_path / "other.json"
    text = assessment.read_text(encoding="utf-8").replace("Ilze Bērziņa", "Anna Ozola")
    other.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "out" / "form.xlsx").write_bytes(b"")
    words = [w.format(a=assessment, b=other, d=out) for w in argv]
    proc = run(*words, "--lang", "en")
    assert proc.returncode == 2, proc.stderr
    assert f"cannot write '{extension}' files" in proc.stderr or "does not write PDF" in proc.stderr
    assert allowed in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["form.xlsx"]


def test_pdf_is_refused_with_the_way_to_a_pdf(assessment, tmp_path):
    proc = run("score", str(assessment), "-o", str(tmp_path / "r.pdf"), "--lang", "lv")
    assert proc.returncode == 2
    assert "neraksta PDF" in proc.stderr
    assert ".html" in proc.stderr


def test_a_format_other_than_the_extension_is_refused(assessment, tmp_path):
    out = tmp_path / "report.json"
    proc = run("score", str(assessment), "--format", "html", "-o", str(out), "--lang", "en")
    assert proc.returncode == 2
    assert "the name says '.json', but --format asks for html" in proc.stderr
    assert not out.exists()


def test_the_same_format_as_the_extension_is_written(assessment, tmp_path):
    out = tmp_path / "report.html"
    ok("score", str(assessment), "--format", "html", "-o", str(out))
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_template_refuses_to_replace_a_form_without_force(tmp_path):
    form = tmp_path / "form.xlsx"
    ok("template", "readiness", "-o", str(form))
    form.write_bytes(b"filled in")
    proc = run("template", "readiness", "-o", str(form), "--lang", "en")
    assert proc.returncode == 2
    assert "--force" in proc.stderr
    assert form.read_bytes() == b"filled in"
    ok("template", "readiness", "-o", str(form), "--force")
    assert form.read_bytes().startswith(b"PK")


def test_consensus_refuses_the_same_assessment_twice(assessment, tmp_path):
    out = tmp_path / "agreed.json"
    proc = run("consensus", str(assessment), str(assessment), "-o", str(out), "--lang", "en")
    assert proc.returncode == 2
    assert "the same file as" in proc.stderr
    copy = tmp_path / "copy.json"
    copy.write_bytes(assessment.read_bytes())
    proc = run("consensus", str(assessment), str(copy), "-o", str(out), "--lang", "en")
    assert proc.returncode == 2
    assert "the same assessment as" in proc.stderr
    assert not out.exists()


def test_consensus_refuses_to_write_over_an_assessors_file(assessment, tmp_path):
    other = tmp_path / "other.json"
    text = assessment.read_text(encoding="utf-8").replace("Ilze Bērziņa", "Anna Ozola")
    other.write_text(text, encoding="utf-8")
    proc = run("consensus", str(assessment), str(other), "-o", str(other), "--lang", "en")
    assert proc.returncode == 2
    assert other.read_text(encoding="utf-8") == text


# --- custom banks ------------------------------------------------------------------------------
@pytest.fixture
def mini(tmp_path):
    bank = tmp_path / "mini.yaml"
    bank.write_text(MINI_BANK, encoding="utf-8")
    answers = {"values.adopted": {"value": 2, "evidence": ["Rīkojums"]}}
    good = tmp_path / "good.json"
    good.write_text(assessment_text(answers, bank="mini", version="1.0.0"), encoding="utf-8")
    return bank, good


def test_validate_checks_an_assessment_against_the_bank_given_with_it(mini, tmp_path):
    bank, good = mini
    proc = ok("validate", str(bank), str(good), "--lang", "en")
    assert f"{good}: valid against {bank}, 1 of 3 questions answered" in proc.stdout
    bad = tmp_path / "bad.json"
    answers = {"values.adopted": {"value": 9}}
    bad.write_text(assessment_text(answers, bank="mini", version="1.0.0"), encoding="utf-8")
    proc = run("validate", str(bank), str(bad), "--lang", "en")
    assert proc.returncode == 2
    assert "9 is not a level of the scale" in proc.stdout


def test_validate_names_the_other_bank_when_the_file_answers_another(mini):
    bank, _ = mini
    proc = run("validate", str(bank), str(example_path()), "--lang", "en")
    assert proc.returncode == 2
    assert "not 'mini'" in proc.stdout


def test_validate_without_a_bank_finds_none_for_a_bank_of_ones_own(mini):
    _, good = mini
    proc = run("validate", str(good), "--lang", "en")
    assert proc.returncode == 2
    assert "no bundled question bank 'mini'" in proc.stdout


def test_template_of_a_bank_of_ones_own_prints_an_import_that_works(mini, tmp_path):
    bank, _ = mini
    form = tmp_path / "form.xlsx"
    proc = ok("template", str(bank), "-o", str(form), "--lang", "en")
    hint = proc.stderr.split("import it with: ", 1)[1].strip()
    assert hint == f"cse-assess import {form} -o {tmp_path / 'form.json'} --questionnaire {bank}"
    words = hint.split()[1:]
    ok(*words)
    assert (tmp_path / "form.json").exists()


# --- the mark "to check later" in the file ------------------------------------------------------
@pytest.mark.parametrize(
    ("flag", "valid"), [("check the order", True), ("", True), (None, True), (3, False)]
)
def test_an_answer_may_carry_a_mark(tmp_path, flag, valid):
    path = tmp_path / "a.json"
    answers = {"values.customer-at-centre": {"value": 2, "flag": flag}}
    path.write_text(assessment_text(answers, version="1.0.0"), encoding="utf-8")
    proc = run("validate", str(path), "--lang", "en")
    assert (proc.returncode == 0) is valid, proc.stdout
    if not valid:
        expected = "answers.values.customer-at-centre.flag: expected text, got a number 3"
        assert expected in proc.stdout


def test_a_mark_is_written_only_where_there_is_one():
    from cse_assess.content.assessment import dump_assessment, parse_assessment
    from cse_assess.core.model import Answer, Assessment

    marked = Assessment("readiness", "1.0.0", answers={"a.b": Answer(1, flag="later")})
    plain = Assessment("readiness", "1.0.0", answers={"a.b": Answer(1)})
    assert '"flag": "later"' in dump_assessment(marked)
    assert "flag" not in dump_assessment(plain)
    assert parse_assessment(dump_assessment(marked)) == marked
    assert parse_assessment(dump_assessment(plain)) == plain


# --- what score, compare and consensus add beside the report ----------------------------------
def lowered(source, target, question: str, value: int):
    """A copy of the assessment ``source`` with one answer set to ``value``."""
    data = json.loads(source.read_text(encoding="utf-8"))
    data["answers"][question]["value"] = value
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def first_scale_answer(path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    return next(q for q, a in data["answers"].items() if isinstance(a.get("value"), int))


def test_score_with_previous_says_what_improved(assessment, tmp_path):
    earlier = lowered(assessment, tmp_path / "earlier.json", first_scale_answer(assessment), 0)
    page = ok(
        "score", str(assessment), "--previous", str(earlier), "-f", "markdown", "--lang", "en"
    )
    assert "Since the previous assessment" in page.stdout
    assert "Improved" in page.stdout
    plain = ok("score", str(assessment), "-f", "markdown", "--lang", "en")
    assert "Since the previous assessment" not in plain.stdout


def test_score_into_a_folder_writes_the_csv_set(assessment, tmp_path):
    folder = tmp_path / "out"
    done = ok("score", str(assessment), "-o", f"{folder}/", "--lang", "en")
    assert sorted(p.name for p in folder.iterdir()) == ["action-plan.csv", "evidence-register.csv"]
    assert done.stderr.count("Written:") == 2
    refused = run("score", str(assessment), "-o", str(folder), "-f", "html", "--lang", "en")
    assert refused.returncode == 2
    assert "is a folder" in refused.stderr


def test_docx_needs_a_file(assessment, tmp_path):
    refused = run("score", str(assessment), "-f", "docx", "--lang", "en")
    assert refused.returncode == 2
    assert "binary" in refused.stderr
    ok("score", str(assessment), "-o", str(tmp_path / "r.docx"))
    assert (tmp_path / "r.docx").read_bytes()[:2] == b"PK"  # a DOCX is a zip


def test_compare_three_files_is_a_trend(assessment, tmp_path):
    question = first_scale_answer(assessment)
    first = lowered(assessment, tmp_path / "first.json", question, 0)
    second = lowered(assessment, tmp_path / "second.json", question, 1)
    found = json.loads(ok("compare", str(first), str(second), str(assessment), "-f", "json").stdout)
    assert len(found["assessments"]) == 3
    two = json.loads(ok("compare", str(first), str(assessment), "-f", "json").stdout)
    assert "assessments" not in two


def test_consensus_writes_the_assessment_and_the_review_page(assessment, tmp_path):
    other = lowered(assessment, tmp_path / "other.json", first_scale_answer(assessment), 0)
    saved, page = tmp_path / "agreed.json", tmp_path / "agreed.html"
    ok("consensus", str(assessment), str(other), "-o", str(saved), "-o", str(page))
    assert json.loads(saved.read_text(encoding="utf-8"))["consensus"]["assessors"]
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("day", ["7.12.2026", "20261207", "2026-02-30"])
def test_plan_refuses_a_day_that_is_not_a_date(tmp_path, day):
    refused = run("plan", str(tmp_path / "plan.xlsx"), "--today", day, "--lang", "en")
    assert refused.returncode == 2
    assert f"--today {day}: not a date" in refused.stderr


@pytest.mark.parametrize("where", ["loading", "parsing", "command"])
def test_ctrl_c_at_any_moment_of_start_up_is_one_line_and_exit_130(monkeypatch, capsys, where):
    """Ctrl-C while the command line loads (the console script's import), while the parser is
    built, or in a command: one line in the session's language, exit 130, no traceback."""
    import builtins

    import cse_assess.cli
    import cse_assess.cli.main as cli_main

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setenv("LANG", "lv_LV.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setattr(sys, "argv", ["cse-assess", "score", "--example"])
    if where == "loading":
        real_import = builtins.__import__

        def importing(name, *args, **kwargs):
            if name == "cse_assess.cli.main":
                raise KeyboardInterrupt
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", importing)
    elif where == "parsing":
        monkeypatch.setattr(cli_main, "build_parser", interrupt)
    else:
        from cse_assess.cli import score

        monkeypatch.setattr(score, "run", interrupt)
    assert cse_assess.cli.run() == 130
    captured = capsys.readouterr()
    assert captured.err == "\npārtraukts\n"
    assert captured.out == ""
