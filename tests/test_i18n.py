"""The message catalogue: both languages complete, real plural forms, numbers, embedders' codes."""

from __future__ import annotations

import json
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from cse_assess.i18n import (
    Term,
    _catalogue,
    codes,
    en,
    format_number,
    format_percent,
    lv,
    message,
    register_messages,
    terms,
)

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = {"en": en.MESSAGES, "lv": lv.MESSAGES}
COUNTS = (0, 1, 2, 5, 11, 21, 22, 101, 111)
LV_SINGULAR = {1, 21, 101}  # of COUNTS: n % 10 == 1 and n % 100 != 11


@pytest.fixture(autouse=True)
def no_registered_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with the bundled catalogue only, and leaves nothing behind."""
    monkeypatch.setattr(_catalogue, "_REGISTERED", {})


def fields(template: str) -> dict[str, set[str]]:
    """Each placeholder of ``template`` with the format specs it is used with."""
    out: dict[str, set[str]] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is not None:
            out.setdefault(name, set()).add(spec or "")
    return out


def sample_args(template: str) -> dict[str, object]:
    """Arguments that fill ``template``: a number where a field needs one, else text."""
    args: dict[str, object] = {}
    for name, specs in fields(template).items():
        numeric = any(s.startswith("plural:") or s in ("n", "%") or s.endswith("f") for s in specs)
        args[name] = 3 if numeric else f"<{name}>"
    return args


# --- both languages, every code ---------------------------------------------------------------


def test_both_languages_have_the_same_codes_in_the_same_order() -> None:
    assert list(en.MESSAGES) == list(lv.MESSAGES)
    assert list(en.TERMS) == list(lv.TERMS)
    assert codes() == frozenset(en.MESSAGES)
    assert terms() == frozenset(en.TERMS)


@pytest.mark.parametrize("code", list(en.MESSAGES))
def test_every_code_has_the_same_placeholders_in_both_languages(code: str) -> None:
    assert en.MESSAGES[code].strip(), code
    assert lv.MESSAGES[code].strip(), code
    assert fields(en.MESSAGES[code]).keys() == fields(lv.MESSAGES[code]).keys()


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_every_code_renders_in_every_language(lang: str) -> None:
    for code, template in CATALOGUES[lang].items():
        shown = message(code, lang, **sample_args(template))
        assert shown.strip(), code
        assert "{" not in shown, (code, shown)
        assert "}" not in shown, (code, shown)
        assert "plural:" not in shown, (code, shown)


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_every_term_is_translated(lang: str) -> None:
    for key in terms():
        assert Term(key).localize(lang).strip(), key
    assert Term("number", "3").localize("lv") == "skaitlis 3"
    assert Term("number", "3").localize("en") == "a number 3"


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_every_plural_field_gives_two_forms(lang: str) -> None:
    found = 0
    for code, template in CATALOGUES[lang].items():
        for name, specs in fields(template).items():
            for spec in specs:
                if spec.startswith("plural:"):
                    found += 1
                    forms = spec.removeprefix("plural:").split("|")
                    assert len(forms) == 2, (code, name, spec)
                    assert all(f.strip() for f in forms), (code, name, spec)
    assert found >= 20


PSEUDO_PLURAL = re.compile(r"\w\((?:-?\w{1,3})\)")


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_no_template_writes_a_pseudo_plural(lang: str) -> None:
    """``answer(s)``, ``jautājum(i)``, ``atbilde(-es)`` are gone: plural fields choose the form."""
    assert PSEUDO_PLURAL.search("1 answer(s), 2 jautājum(i), 3 atbilde(-es), pārņemta(-as)")
    for code, template in CATALOGUES[lang].items():
        assert not PSEUDO_PLURAL.search(template), (code, template)


def test_the_latvian_wording_keeps_one_term_per_idea() -> None:
    """The review's calques and stray synonyms stay out (latvian-errors.md, sections B and C)."""
    banned = (
        "neattiecinām",  # not applicable is „neattiecas”
        "neattiecīg",
        "netukš",
        "zem mērķa",  # below target: nesasniedz mērķa vērtību
        "mērķa līmen",  # target: mērķa vērtība
        "Kā izskatās",
        "nav izpildīti",
        "atvērtās nepilnības",
        "pārskatu failā",  # report: ziņojums
        "apmācī",  # training: mācības
        "pieteikumu vadības",  # service management system: pakalpojumu vadības sistēma
    )
    for code, template in lv.MESSAGES.items():
        for word in banned:
            assert word not in template, (code, word)


def test_review_fixes_read_as_the_glossary_says() -> None:
    assert message("na_not_allowed", "lv", question="a.b") == (
        "jautājumu a.b nevar atzīmēt ar „neattiecas”"
    )
    assert message("ui.reason.below_target", "lv") == "nesasniedz mērķa vērtību"
    assert message("ui.help", "lv") == "Laba prakse"
    assert message("ui.capped", "lv", band="Attīstības", ids="a.b") == (
        "ne augstāks par „Attīstības”, kamēr kritiskajos jautājumos nav sasniegta mērķa"
        " vērtība: a.b"
    )
    assert message("empty_list", "lv") == "saraksts nedrīkst būt tukšs"


def test_the_language_pass_fixes_read_as_corrected() -> None:
    """docs/language-review.md: the catalogue's agreement, calque and level fixes."""
    # a feminine term ("versija") no longer meets a masculine adjective
    assert (
        message("bad_pattern", "lv", value="1.0", what=Term("version"), rule=Term("rule.version"))
        == "'1.0': nederīga vērtība (versija: MAJOR.MINOR.PATCH, piemēram, 1.0.0)"
    )
    # "saņemts" agrees with the masculine term for a value of another type
    assert message("expected_type", "lv", expected=Term("text"), got=Term("other")) == (
        "gaidīts teksts, saņemts cits datu tips"
    )
    # a level is a value of the scale, not an ordinal
    assert message("ui.explain.unproven_level", "lv", level=1) == (
        "nav pierādījumu: ieskaitīts kā līmenis 1"
    )
    # no "pie" for a threshold (a calque)
    assert " pie " not in message(
        "target_past_zero_at", "lv", question="a.b", target=1, side=Term("below"), zero_at=2
    )


@pytest.mark.parametrize("n", COUNTS)
def test_the_answers_still_needed_for_a_band_agree_with_their_count(n: int) -> None:
    one = n in LV_SINGULAR
    assert message("ui.explain.withheld_coverage", "lv", needed=n) == (
        f"līmenis netiek noteikts: {'vajadzīga' if one else 'vajadzīgas'} vēl {n}"
        f" {'atbilde' if one else 'atbildes'}"
    )
    assert message("ui.explain.withheld_coverage", "en", needed=n) == (
        f"no band: {n} more {'answer' if n == 1 else 'answers'} needed"
    )


# --- plural forms ------------------------------------------------------------------------------


@pytest.mark.parametrize("n", COUNTS)
def test_english_takes_the_singular_for_one_only(n: int) -> None:
    noun = "question is" if n == 1 else "questions are"
    assert message("ui.still_open", "en", count=n) == (
        f"{n} {noun} still unanswered; continue later with:"
    )
    assert message("ui.checked_count", "en", checked=0, total=n) == (
        f"0 of {n} {'item' if n == 1 else 'items'}"
    )


@pytest.mark.parametrize("n", COUNTS)
def test_latvian_takes_the_singular_after_1_21_31_101(n: int) -> None:
    one = n in LV_SINGULAR
    assert message("ui.still_open", "lv", count=n) == (
        f"{n} jautājum{'s' if one else 'i'} vēl nav atbildēt{'s' if one else 'i'};"
        " turpināt vēlāk ar komandu:"
    )
    # after "no": the genitive singular, the dative plural
    assert message("ui.checked_count", "lv", checked=0, total=n) == (
        f"0 no {n} {'punkta' if one else 'punktiem'}"
    )
    # the participle agrees with the count it stands before
    assert message("ui.report.coverage_sub", "lv", answered=n, applicable=200) == (
        f"{'atbildēts' if one else 'atbildēti'} {n} no 200 jautājumiem"
    )
    assert message("ui.report.register_count", "lv", count=n, questions=n) == (
        f"{n} {'pierādījums' if one else 'pierādījumi'} {n}"
        f" {'jautājumam' if one else 'jautājumiem'}."
    )


def test_the_issue_s_examples() -> None:
    """'2 jautājumi, 5 jautājumi, 1 jautājums; no jautājum(i)'."""
    register_messages({"lv": {"t.n": "{n} {n:plural:jautājums|jautājumi}"}})
    shown = {n: message("t.n", "lv", n=n) for n in (1, 2, 5, 11, 21, 31)}
    assert shown == {
        1: "1 jautājums",
        2: "2 jautājumi",
        5: "5 jautājumi",
        11: "11 jautājumi",
        21: "21 jautājums",
        31: "31 jautājums",
    }


def test_a_number_that_is_not_whole_takes_the_plural() -> None:
    register_messages(
        {"en": {"t.n": "{n:plural:one|other}"}, "lv": {"t.n": "{n:plural:one|other}"}}
    )
    assert message("t.n", "en", n=1.0) == "one"
    assert message("t.n", "en", n=1.5) == "other"
    assert message("t.n", "lv", n=21.0) == "one"
    assert message("t.n", "lv", n=1.5) == "other"
    assert message("t.n", "lv", n=-21) == "one"


def test_a_plural_field_needs_a_number() -> None:
    register_messages({"en": {"t.n": "{n:plural:one|other}"}})
    with pytest.raises(TypeError, match="needs a number"):
        message("t.n", "en", n="3")


# --- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "digits", "english", "latvian"),
    [
        (40, 1, "40.0", "40,0"),
        (40.04, 1, "40.0", "40,0"),
        (85.55, 2, "85.55", "85,55"),
        (-3.25, 2, "−3.25", "−3,25"),
        (-0.04, 1, "0.0", "0,0"),  # rounds to zero: no sign
        (-0.04, 2, "−0.04", "−0,04"),
        (0.125, 0, "0", "0"),
        (3.0, None, "3", "3"),  # no trailing .0 where the caller asks for it
        (4.25, None, "4.25", "4,25"),
        (-1.5, None, "−1.5", "−1,5"),
        (None, 1, "–", "–"),
    ],
)
def test_format_number(value: float | None, digits: int | None, english: str, latvian: str) -> None:
    assert format_number(value, "en", digits) == english
    assert format_number(value, "lv", digits) == latvian


def test_format_percent() -> None:
    assert format_percent(0.855, "en") == "86 %"
    assert format_percent(0.855, "lv") == "86 %"
    assert format_percent(0.875, "lv", 1) == "87,5 %"
    assert format_percent(1.0, "en") == "100 %"
    assert format_percent(None, "lv") == "–"


def test_the_reports_format_numbers_with_the_same_function() -> None:
    from cse_assess.render import number, percent

    for value in (None, 0.0, 40.04, 99.95, -2.5):
        for lang in ("en", "lv"):
            assert number(value, lang) == format_number(value, lang, 1)
            assert number(value, lang, 2) == format_number(value, lang, 2)
            assert percent(value, lang) == format_percent(value, lang)


def test_number_fields_in_a_template_follow_the_language() -> None:
    register_messages(
        {
            "en": {"t.score": "score {score:.1f}, value {value:n}, share {share:%} ({fine:.1%})"},
            "lv": {
                "t.score": "vērtējums {score:.1f}, vērtība {value:n}, daļa {share:%} ({fine:.1%})"
            },
        }
    )
    args = {"score": 40, "value": 4.5, "share": 0.855, "fine": 0.8555}
    assert message("t.score", "en", **args) == "score 40.0, value 4.5, share 86 % (85.5 %)"
    assert message("t.score", "lv", **args) == "vērtējums 40,0, vērtība 4,5, daļa 86 % (85,5 %)"
    none = dict.fromkeys(args)
    assert message("t.score", "lv", **none) == "vērtējums –, vērtība –, daļa – (–)"


def test_a_field_without_a_spec_shows_the_value_as_given() -> None:
    """A value quoted from a file reads as the file wrote it, in either language."""
    assert message("weight_positive", "lv", value=-1.5) == "svaram jābūt lielākam par 0, nevis -1.5"


# --- unknown codes and embedders ---------------------------------------------------------------


def test_an_unknown_code_is_shown_with_its_arguments() -> None:
    assert message("acme.no_such", "lv", count=3, path="a.json") == (
        "acme.no_such (count=3, path=a.json)"
    )
    assert message("acme.no_such", "en") == "acme.no_such"
    assert message("acme.no_such", "lv", got=Term("number", "3")) == "acme.no_such (got=skaitlis 3)"


def test_an_embedder_registers_codes_and_wording() -> None:
    register_messages(
        {
            "en": {"acme.synced": "{count} {count:plural:file|files} synced"},
            "lv": {"acme.synced": "{count} {count:plural:fails sinhronizēts|faili sinhronizēti}"},
        }
    )
    assert message("acme.synced", "en", count=1) == "1 file synced"
    assert message("acme.synced", "lv", count=21) == "21 fails sinhronizēts"
    assert message("acme.synced", "lv", count=2) == "2 faili sinhronizēti"
    assert "acme.synced" in codes()
    # a language without the code, or not bundled at all, falls back to English
    register_messages({"en": {"acme.only_en": "only in English: {n}"}})
    assert message("acme.only_en", "lv", n=1) == "only in English: 1"
    assert message("acme.synced", "de", count=2) == "2 files synced"


def test_a_registered_language_uses_the_english_rules() -> None:
    register_messages({"de": {"acme.synced": "{count} {count:plural:Datei|Dateien} ({x:.1f})"}})
    assert message("acme.synced", "de", count=21, x=2.5) == "21 Dateien (2.5)"
    assert message("ui.yes", "de") == "Yes"


def test_an_embedder_rewords_a_bundled_code() -> None:
    register_messages({"lv": {"ui.written": "Fails saglabāts: {path}"}})
    assert message("ui.written", "lv", path="a.html") == "Fails saglabāts: a.html"
    assert message("ui.written", "en", path="a.html") == "Written: a.html"


def test_a_rewording_may_not_ask_for_arguments_the_callers_do_not_pass() -> None:
    with pytest.raises(ValueError, match="its callers do not pass when"):
        register_messages(
            {
                "en": {"acme.fine": "fine"},
                "lv": {"ui.written": "Saglabāts {when}: {path}"},
            }
        )
    assert "acme.fine" not in codes()  # nothing of a refused catalogue is taken
    assert message("ui.written", "lv", path="x") == "Saglabāts: x"


@pytest.mark.parametrize("template", ["{count", "{0} files", "{} files", "{n:{spec}}"])
def test_a_template_that_does_not_parse_is_refused(template: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - str.format's own message or ours
        register_messages({"en": {"acme.bad": template}})
    assert "acme.bad" not in codes()


def test_a_template_is_text() -> None:
    with pytest.raises(TypeError):
        register_messages({"en": {"acme.bad": 3}})  # type: ignore[dict-item]


# --- the package -------------------------------------------------------------------------------


def test_importing_the_catalogue_loads_no_wording_and_nothing_heavy() -> None:
    code = (
        "import sys; import cse_assess.i18n; before = sorted(sys.modules); "
        "cse_assess.i18n.message('ui.yes', 'lv'); after = sorted(sys.modules); "
        "import json; print(json.dumps([before, after]))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    before, after = (set(m) for m in json.loads(proc.stdout))
    assert {"typing", "string", "re", "cse_assess.i18n.en", "cse_assess.i18n.lv"}.isdisjoint(before)
    assert "cse_assess.i18n.lv" in after
    assert "cse_assess.i18n.en" not in after  # the Latvian message needed no English
