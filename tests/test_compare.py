"""Compare two assessments of one unit: hand-computed cases, a bank version change, the outputs.

Two versions of a small bank are written to files: 1.0.0 with questions one.a, one.b and
two.c; 1.1.0 with one.b, two.c and two.d (one.a removed, two.d added). Every question is on
the 0-4 scale with target 3, weight 1; both areas weigh 1. A level scores level / 4 x 100.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import cse_assess
from cse_assess.content.assessment import dump_assessment
from cse_assess.core.errors import MessageError
from cse_assess.core.model import Answer, Assessment, Context, Questionnaire
from cse_assess.core.scoring import Result, score
from cse_assess.io.store import example_path, load_questionnaire, read_assessment
from cse_assess.many.compare import Change, comparable, compare, pairs_of
from cse_assess.render.compare.html import render_compare_html
from cse_assess.render.compare.views import (
    delta_text,
    render_compare_json,
    render_compare_markdown,
    render_compare_text,
)

HEAD = """\
format: cse-assess/questionnaire
format_version: 1
id: trend
version: {version}
title: {{lv: Tendence, en: Trend}}
description: {{lv: Pārbaudes kopa, en: A bank for tests}}
scales:
  - id: maturity
    options:
      - {{value: 0, label: {{lv: Nav, en: None}}, description: {{lv: N, en: N}}}}
      - {{value: 1, label: {{lv: Plānots, en: Planned}}, description: {{lv: P, en: P}}}}
      - {{value: 2, label: {{lv: Daļēji, en: Partly}}, description: {{lv: D, en: D}}}}
      - {{value: 3, label: {{lv: Ieviests, en: In place}}, description: {{lv: I, en: I}}}}
      - {{value: 4, label: {{lv: Pilnveidots, en: Improved}}, description: {{lv: V, en: V}}}}
bands:
  - {{id: low, min: 0, label: {{lv: Zems, en: Low}}, description: {{lv: Z, en: L}}}}
  - {{id: high, min: 50, label: {{lv: Augsts, en: High}}, description: {{lv: A, en: H}}}}
areas:
"""


def _area(area_id: str, title: str, questions: list[str]) -> str:
    out = [
        f"  - id: {area_id}",
        f"    title: {{lv: {title}, en: {title}}}",
        "    intro: {lv: Ievads, en: Intro}",
        "    questions:",
    ]
    for qid in questions:
        out += [
            f"      - id: {qid}",
            "        kind: scale",
            f"        text: {{lv: Jautājums {qid}?, en: Question {qid}?}}",
            "        help: {lv: P, en: H}",
            "        evidence: [{lv: Rīkojums, en: Order}]",
            "        action: {lv: Rīkoties, en: Act}",
            "        target: 3",
        ]
    return "\n".join(out) + "\n"


V1 = (
    HEAD.format(version="1.0.0")
    + _area("one", "One", ["one.a", "one.b"])
    + _area("two", "Two", ["two.c"])
)
V2 = (
    HEAD.format(version="1.1.0")
    + _area("one", "One", ["one.b"])
    + _area("two", "Two", ["two.c", "two.d"])
)


@pytest.fixture
def banks(tmp_path: Path) -> tuple[Questionnaire, Questionnaire]:
    """Both versions, written to files and loaded as a user's banks are."""
    (tmp_path / "trend-1.0.0.yaml").write_text(V1, encoding="utf-8")
    (tmp_path / "trend-1.1.0.yaml").write_text(V2, encoding="utf-8")
    return (
        load_questionnaire(tmp_path / "trend-1.0.0.yaml"),
        load_questionnaire(tmp_path / "trend-1.1.0.yaml"),
    )


def proven(value: Any) -> Answer:
    return Answer(value, evidence=("Rīkojums Nr. 5",))


def result_of(bank: Questionnaire, context: Context | None = None, **levels: Any) -> Result:
    """Score these levels (keyword ``one_a`` is question ``one.a``), each with evidence."""
    answers = {k.replace("_", ".", 1): proven(v) for k, v in levels.items()}
    context = context or Context("Iestāde", "KAC", "Ilze", "2025-10-01")
    return score(bank, Assessment(bank.id, bank.version, context, answers))


# --- a bank version change --------------------------------------------------------------------


def test_a_version_change_lists_added_and_removed_and_compares_on_shared_questions(
    banks: tuple[Questionnaire, Questionnaire],
) -> None:
    v1, v2 = banks
    old = result_of(v1, one_a=4, one_b=1, two_c=2)
    new = result_of(v2, Context("Iestāde", "KAC", "Ilze", "2026-10-01"), one_b=3, two_c=2, two_d=0)
    # on their own: old one = (100 + 25) / 2 = 62.5, two = 50, overall (62.5 + 50) / 2 = 56.25;
    # new one = 75, two = (50 + 0) / 2 = 25, overall (75 + 25) / 2 = 50
    assert (old.overall, new.overall) == (56.25, 50.0)
    c = compare(old, new)
    assert c.version_changed
    assert c.added == ("two.d",)
    assert c.removed == ("one.a",)
    assert c.shared == ("one.b", "two.c")
    # on the shared questions one.b and two.c only:
    # old one = 25 (one.b at 1), two = 50 (two.c at 2): overall (25 + 50) / 2 = 37.5
    # new one = 75 (one.b at 3), two = 50 (two.c at 2): overall (75 + 50) / 2 = 62.5
    assert c.overall == Change(37.5, 62.5)
    assert c.overall.delta == 25.0
    assert c.verified == Change(37.5, 62.5)  # every answer has evidence
    assert [(a.id, a.old, a.new, a.delta) for a in c.areas] == [
        ("one", 25.0, 75.0, 50.0),
        ("two", 50.0, 50.0, 0.0),
    ]
    assert [q.id for q in c.improved] == ["one.b"]
    assert c.regressed == ()
    # gaps (target 3): old one.b (1) and two.c (2), and one.a removed; new two.c (2) and
    # two.d (0, added). On the shared questions: one.b closed, two.c still open.
    assert c.gaps_closed == ("one.b",)
    assert c.gaps_opened == ()
    assert c.gaps_remaining == ("two.c",)
    assert [n.code for n in c.notes] == ["compare_version_changed"]
    assert c.notes[0].message("en") == (
        "the question bank changed from version 1.0.0 to 1.1.0: 1 question added, 1 removed;"
        " scores are compared on the 2 questions both versions share"
    )
    assert c.notes[0].message("lv") == (
        "jautājumu kopa mainījusies no versijas 1.0.0 uz 1.1.0: pievienots 1 jautājums,"
        " izņemts 1; vērtējumi salīdzināti pēc 2 jautājumiem, kas ir abās versijās"
    )
    assert c.warnings == ()


def test_an_area_only_one_version_has(tmp_path: Path) -> None:
    v1 = load_questionnaire(_write(tmp_path, "a.yaml", V1))
    v3_text = (
        HEAD.format(version="2.0.0")
        + _area("one", "One", ["one.a", "one.b"])
        + _area("three", "Three", ["three.e"])
    )
    v3 = load_questionnaire(_write(tmp_path, "b.yaml", v3_text))
    c = compare(result_of(v1, one_a=2, one_b=2, two_c=4), result_of(v3, one_a=2, one_b=4))
    # shared one.a, one.b: old one = (50 + 50) / 2 = 50, new one = (50 + 100) / 2 = 75;
    # area two (only in the old version) has no shared question, so no score on either side
    assert [(a.id, a.old, a.new, a.in_old, a.in_new) for a in c.areas] == [
        ("one", 50.0, 75.0, True, True),
        ("three", None, None, False, True),
        ("two", None, None, True, False),
    ]
    assert c.overall == Change(50.0, 75.0)
    assert (c.added, c.removed) == (("three.e",), ("two.c",))


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- one version --------------------------------------------------------------------------------


def test_improved_regressed_and_gaps(banks: tuple[Questionnaire, Questionnaire]) -> None:
    v1, _ = banks
    old = result_of(v1, one_a=3, one_b=1, two_c=2)
    new = result_of(v1, one_a=1, one_b=4, two_c=2)
    c = compare(old, new)
    assert not c.version_changed
    assert (c.added, c.removed, c.notes) == ((), (), ())
    # old: one (75 + 25) / 2 = 50, two 50, overall 50; new: one (25 + 100) / 2 = 62.5,
    # two 50, overall (62.5 + 50) / 2 = 56.25
    assert c.overall == Change(50.0, 56.25)
    assert c.overall.delta == 6.25
    assert [q.id for q in c.improved] == ["one.b"]
    assert [q.id for q in c.regressed] == ["one.a"]
    assert c.improved[0].score == Change(25.0, 100.0)
    # gaps (target 3): old one.b, two.c; new one.a, two.c
    assert c.gaps_closed == ("one.b",)
    assert c.gaps_opened == ("one.a",)
    assert c.gaps_remaining == ("two.c",)


def test_an_unanswered_question_is_neither_improved_nor_regressed(
    banks: tuple[Questionnaire, Questionnaire],
) -> None:
    v1, _ = banks
    c = compare(result_of(v1, one_a=3), result_of(v1, one_a=3, one_b=3, two_c=3))
    assert (c.improved, c.regressed) == ((), ())
    # one.b and two.c were gaps (unanswered) and are now at target
    assert c.gaps_closed == ("one.b", "two.c")
    # the old file has no score in area two: no delta there
    two = next(a for a in c.areas if a.id == "two")
    assert (two.old, two.new, two.delta) == (None, 75.0, None)


def test_a_different_unit_warns(banks: tuple[Questionnaire, Questionnaire]) -> None:
    v1, _ = banks
    old = result_of(v1, Context("Iestāde", "KAC", "Ilze", "2025-10-01"), one_a=1)
    new = result_of(v1, Context("Iestāde", "Filiāle Cēsīs", "Ilze", "2026-10-01"), one_a=2)
    c = compare(old, new)
    assert [w.code for w in c.warnings] == ["compare_other_unit"]
    assert "'Iestāde / KAC' and 'Iestāde / Filiāle Cēsīs'" in c.warnings[0].message("en")
    assert c.overall.delta == 25.0  # compared all the same


def test_the_same_unit_spelt_with_other_spacing_or_case_does_not_warn(
    banks: tuple[Questionnaire, Questionnaire],
) -> None:
    v1, _ = banks
    old = result_of(v1, Context("Iestāde", "KAC", "", "2025-10-01"), one_a=1)
    new = result_of(v1, Context(" iestāde", "kac ", "", "2026-10-01"), one_a=1)
    assert compare(old, new).warnings == ()


def test_reversed_dates_and_other_targets_warn(banks: tuple[Questionnaire, Questionnaire]) -> None:
    v1, _ = banks
    old = result_of(v1, Context("Iestāde", "KAC", "", "2026-10-01"), one_a=1)
    answers = {"one.a": proven(1)}
    new = score(  # unchecked: a scale question takes no target; compare sees the file's
        v1,
        Assessment(
            "trend", "1.0.0", Context("Iestāde", "KAC", "", "2025-10-01"), answers, {"one.a": 2}
        ),
        check=False,
    )
    assert [w.code for w in compare(old, new).warnings] == [
        "compare_dates_reversed",
        "compare_targets_differ",
    ]


def test_another_bank_is_an_error(banks: tuple[Questionnaire, Questionnaire]) -> None:
    v1, _ = banks
    other = score(load_questionnaire("readiness"), Assessment("readiness", "1.0.0"))
    with pytest.raises(MessageError) as info:
        compare(result_of(v1), other, ("old.json", "new.json"))
    assert info.value.code == "compare_other_bank"
    assert str(info.value).startswith("new.json: ")


# --- the outputs ----------------------------------------------------------------------------


def test_the_json_shape(banks: tuple[Questionnaire, Questionnaire]) -> None:
    v1, v2 = banks
    old = result_of(v1, one_a=4, one_b=1, two_c=2)
    new = result_of(v2, Context("Iestāde", "Filiāle", "Jānis", "2026-10-01"), one_b=3, two_c=1)
    data = json.loads(render_compare_json(compare(old, new), "en", ("old.json", "new.json")))
    # shared one.b, two.c: old one 25, two 50 -> 37.5; new one 75, two 25 -> 50
    assert data["overall"] == {"old": 37.5, "new": 50.0, "delta": 12.5}
    assert data["areas"] == [
        {
            "id": "one",
            "title": "One",
            "old": 25.0,
            "new": 75.0,
            "delta": 50.0,
            "verified": {"old": 25.0, "new": 75.0, "delta": 50.0},
            "in_old": True,
            "in_new": True,
        },
        {
            "id": "two",
            "title": "Two",
            "old": 50.0,
            "new": 25.0,
            "delta": -25.0,
            "verified": {"old": 50.0, "new": 25.0, "delta": -25.0},
            "in_old": True,
            "in_new": True,
        },
    ]
    assert data["improved"] == ["one.b"]
    assert data["regressed"] == ["two.c"]
    assert data["gaps_closed"] == ["one.b"]
    assert data["gaps_opened"] == []
    assert data["gaps_remaining"] == ["two.c"]
    assert data["added"] == ["two.d"]
    assert data["removed"] == ["one.a"]
    assert data["version_changed"] is True
    assert data["questionnaire"] == {"id": "trend", "old_version": "1.0.0", "new_version": "1.1.0"}
    assert data["old"]["file"] == "old.json"
    assert len(data["warnings"]) == 1  # another unit
    assert "Filiāle" in data["warnings"][0]
    assert len(data["notes"]) == 1  # the version change
    assert data["questions"][0] == {
        "id": "one.b",
        "area": "one",
        "text": "Question one.b?",
        "change": "improved",
        "old": 25.0,
        "new": 75.0,
        "delta": 50.0,
        "old_value": 1,
        "new_value": 3,
        "old_text": "1 Planned",
        "new_text": "3 In place",
    }


def test_changes_in_words() -> None:
    assert delta_text(5.0, "en") == "▲ +5.0"
    assert delta_text(-3.25, "lv") == "▼ −3,2"
    assert delta_text(0.01, "en") == "= 0.0"
    assert delta_text(None, "en") == "–"


def test_text_and_markdown(banks: tuple[Questionnaire, Questionnaire]) -> None:
    v1, _ = banks
    c = compare(result_of(v1, one_a=3, one_b=1, two_c=2), result_of(v1, one_a=1, one_b=4, two_c=2))
    text = render_compare_text(c, "en")
    assert "Progress between two assessments" in text
    assert "▲ +6.2" in text  # overall 50 -> 56.25
    assert "▲ one.b  1 Planned → 4 Improved" in text
    assert "▼ one.a  3 In place → 1 Planned" in text
    assert "\x1b[" not in text
    coloured = render_compare_text(c, "en", color=True)
    assert "\x1b[32m" in coloured  # green for up
    md = render_compare_markdown(c, "lv")
    assert md.startswith("# Progress starp diviem novērtējumiem\n")
    assert "| Vērtības" not in md  # the test bank's areas are One and Two
    # area one: old (75 + 25) / 2 = 50, new (25 + 100) / 2 = 62.5, change +12.5
    assert re.search(r"\| One +\| +50,0 \| +62,5 \| +▲ \+12,5 \|", md)
    assert "## Novērstās nepilnības (1)" in md


def test_the_html_page_is_self_contained_escaped_and_deterministic(
    banks: tuple[Questionnaire, Questionnaire],
) -> None:
    v1, v2 = banks
    evil = Context('<script>alert("x")</script> & Co', "KAC", "Ilze", "2025-10-01")
    c = compare(result_of(v1, evil, one_a=3, one_b=1), result_of(v2, evil, one_b=4, two_d=1))
    page = render_compare_html(c, "en")
    assert page == render_compare_html(c, "en")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in page
    # nothing from outside: the only link is the skip link to the page's own content
    assert not re.search(r'src=|href="(?!#content")|url\(|https?://|@import', page)
    assert 'class="num up">▲ +75.0</td>' in page  # one.b: 25 -> 100
    assert "<h2>Questions added in the new version (1)</h2>" in page
    assert "Content-Security-Policy" in page


# --- the command ------------------------------------------------------------------------------


def _main(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """``cse-assess ARGV`` in this process."""
    from cse_assess.cli import main as cli

    return cli.main(argv)


def _two_years(tmp_path: Path, unit: str = "Klientu apkalpošanas centrs") -> tuple[str, str]:
    base = json.loads(example_path().read_text(encoding="utf-8"))
    first = next(iter(base["answers"]))
    newer = json.loads(json.dumps(base))
    newer["context"]["date"] = "2027-10-15"
    newer["context"]["unit"] = unit
    newer["answers"][first]["value"] = 4  # 3 -> 4
    old, new = tmp_path / "2026.json", tmp_path / "2027.json"
    old.write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
    new.write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
    return str(old), str(new)


def test_the_command_prints_the_comparison(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _two_years(tmp_path)
    assert _main(["compare", old, new, "--lang", "en"], monkeypatch) == 0
    out = capsys.readouterr().out
    assert "▲ values.customer-at-centre  3 In place and reviewed → 4 Continually improved" in out
    assert "warning" not in out


def test_the_command_writes_json_and_html_by_extension(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _two_years(tmp_path, unit="Filiāle")
    target = tmp_path / "cmp.json"
    assert _main(["compare", old, new, "-o", str(target)], monkeypatch) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["improved"] == ["values.customer-at-centre"]
    assert data["language"] == "lv"  # the file's own language
    assert "Filiāle" in data["warnings"][0]
    page = tmp_path / "cmp.html"
    assert _main(["compare", old, new, "-o", str(page), "--lang", "en"], monkeypatch) == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert str(page) in capsys.readouterr().err


def test_the_command_refuses_files_of_two_banks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cse_assess.io.store import bundled_ids

    old, _ = _two_years(tmp_path)
    others = [i for i in bundled_ids() if i != "readiness"]
    if not others:  # pragma: no cover - only one bank is bundled
        pytest.skip("a second bundled bank is needed")
    bank = load_questionnaire(others[0])
    other = tmp_path / "other.json"
    other.write_text(dump_assessment(Assessment(bank.id, bank.version)), encoding="utf-8")
    assert _main(["compare", old, str(other), "--lang", "en"], monkeypatch) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{other}: an assessment of question bank '{bank.id}'")


def test_every_label_has_both_languages_with_the_same_placeholders() -> None:
    import string

    from cse_assess.i18n import en, lv

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    keys = [key for key in en.MESSAGES if key.startswith(("ui.compare.", "compare_"))]
    assert keys
    assert keys == [key for key in lv.MESSAGES if key.startswith(("ui.compare.", "compare_"))]
    for key in keys:
        assert en.MESSAGES[key].strip(), key
        assert lv.MESSAGES[key].strip(), key
        assert fields(en.MESSAGES[key]) == fields(lv.MESSAGES[key]), key


def test_a_bank_of_ones_own_is_given_with_questionnaire(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = _write(tmp_path, "trend.yaml", V1)
    old = Assessment("trend", "1.0.0", Context("Iestāde", "KAC", "", "2025-10-01"))
    new = Assessment(
        "trend", "1.0.0", Context("Iestāde", "KAC", "", "2026-10-01"), {"one.a": proven(3)}
    )
    old_path = _write(tmp_path, "old.json", dump_assessment(old))
    new_path = _write(tmp_path, "new.json", dump_assessment(new))
    argv = ["compare", str(old_path), str(new_path), "--questionnaire", str(bank), "-f", "json"]
    assert _main(argv, monkeypatch) == 0
    data = json.loads(capsys.readouterr().out)
    # old: nothing answered, no score; new: one.a at 3 -> area one 75, overall 75
    assert data["overall"] == {"old": None, "new": 75.0, "delta": None}
    assert data["gaps_closed"] == ["one.a"]


# --- across the released versions of the bundled banks -------------------------------------
HISTORY = Path(__file__).resolve().parent.parent / "questionnaires" / "history" / "examples"


@pytest.mark.parametrize("bank_id", ["readiness", "kpi", "standard-content"])
def test_the_released_example_compares_with_the_current_one(bank_id: str) -> None:
    """1.0.0 to 2.0.0: questions paired by the new version's ``replaces``, none lost."""
    old = read_assessment(HISTORY / f"{bank_id}-example@1.0.0.json")
    new = read_assessment(example_path(bank_id))
    assert old.questionnaire.version == "1.0.0" != new.questionnaire.version
    c = compare(score(old.questionnaire, old.assessment), score(new.questionnaire, new.assessment))
    lineage = new.questionnaire.replaces
    assert lineage is not None
    assert lineage.version == "1.0.0"
    every = pairs_of(old.questionnaire, new.questionnaire)
    # every old question is paired, or retired by the map; every new one paired or added
    retired = {old_id for old_id, new_ids in lineage.questions.items() if not new_ids}
    assert set(c.removed) == retired
    assert set(c.added) == {q.id for q in new.questionnaire.questions} - {n for _, n in every}
    assert {o for o, _ in every} | retired == {q.id for q in old.questionnaire.questions}
    # a pair asked another way is listed apart, and its scores are never compared
    assert set(c.replaced) <= set(every)
    changed = {q.id for q in (*c.improved, *c.regressed)}
    assert not changed & {n for _, n in c.replaced if n not in c.shared}
    assert c.overall.old is not None
    assert c.overall.new is not None


def test_a_merged_question_keeps_its_own_pair() -> None:
    old = cse_assess.load_questionnaire("readiness@1.0.0")
    new = cse_assess.load_questionnaire("readiness")
    pairs = pairs_of(old, new)
    assert ("values.vision-mission", "values.customer-at-centre") in pairs
    assert ("values.customer-at-centre", "values.customer-at-centre") in pairs
    assert ("leadership.standard-adopted", "leadership.standard-approved") in pairs
    old_q, new_q = (
        old.question("leadership.standard-adopted"),
        new.question("leadership.standard-approved"),
    )
    assert old_q is not None
    assert new_q is not None
    assert not comparable(old_q, new_q)  # a level on a scale, then yes or no


def test_the_command_line_compares_across_versions(capsys: pytest.CaptureFixture[str]) -> None:
    from cse_assess.cli.main import main

    code = main(
        [
            "compare",
            str(HISTORY / "readiness-example@1.0.0.json"),
            str(example_path("readiness")),
            "--format",
            "json",
            "--lang",
            "en",
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["removed"] == ["procedures.documented"]


# --- trends -------------------------------------------------------------------------------------


def test_three_files_make_a_trend_with_a_chart_per_area(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json as json_module

    import cse_assess
    from cse_assess.cli.main import main

    example = json_module.loads(cse_assess.example_path().read_text(encoding="utf-8"))
    paths = []
    for year, drop in ((2024, 2), (2025, 1), (2026, 0)):
        data = json_module.loads(json_module.dumps(example))
        data["context"]["date"] = f"{year}-10-15"
        for answer in data["answers"].values():
            value = answer.get("value")
            if isinstance(value, int) and not isinstance(value, bool):
                answer["value"] = max(0, value - drop)
        path = tmp_path / f"kac-{year}.json"
        path.write_text(json_module.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    assert main(["compare", *paths, "--lang", "en", "-f", "json"]) == 0
    data = json_module.loads(capsys.readouterr().out)
    overall = [a["overall"] for a in data["assessments"]]
    assert overall == sorted(overall)
    assert overall[0] < overall[-1]
    assert len(data["areas"]) == 9
    out = tmp_path / "trend.html"
    assert main(["compare", *paths, "--lang", "lv", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") == 1 + 9  # the overall, then one per area
    assert page.count("<polyline") == 2 * 10  # claimed and verified
    assert "2024-10-15" in page
    assert "Tendence 3 novērtējumos" in page
