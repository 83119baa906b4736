"""Consensus of several assessors: hand-computed cases for every rule, the file and the command.

A small bank with one question of each kind (two on the 0-4 scale) is answered by a few
assessors; each test writes the expected answer by hand, with the arithmetic in a comment.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from cse_assess.content.assessment import dump_assessment, parse_assessment
from cse_assess.content.bank import parse_questionnaire
from cse_assess.core.errors import MessageError
from cse_assess.core.model import Answer, Assessment, ConsensusInfo, Context, Disagreement
from cse_assess.core.validate import validate_assessment
from cse_assess.io.store import example_path, read_assessment, save_assessment
from cse_assess.many.consensus import NA, Consensus, assessor_names, consensus

BANK = """\
format: cse-assess/questionnaire
format_version: 1
id: team
version: 1.0.0
title: {lv: Komanda, en: Team}
description: {lv: Pārbaudes kopa, en: A bank for tests}
scales:
  - id: maturity
    options:
      - {value: 0, label: {lv: Nav, en: None}, description: {lv: Nav, en: None}}
      - {value: 1, label: {lv: Plānots, en: Planned}, description: {lv: P, en: P}}
      - {value: 2, label: {lv: Daļēji, en: Partly}, description: {lv: D, en: D}}
      - {value: 3, label: {lv: Ieviests, en: In place}, description: {lv: I, en: I}}
      - {value: 4, label: {lv: Pilnveidots, en: Improved}, description: {lv: V, en: V}}
bands:
  - {id: low, min: 0, label: {lv: Zems, en: Low}, description: {lv: Z, en: L}}
  - {id: high, min: 50, label: {lv: Augsts, en: High}, description: {lv: A, en: H}}
areas:
  - id: values
    title: {lv: Vērtības, en: Values}
    intro: {lv: Ievads, en: Intro}
    questions:
      - id: values.a
        kind: scale
        text: {lv: Jautājums A?, en: Question A?}
        help: {lv: P, en: H}
        evidence: [{lv: Rīkojums, en: Order}]
        action: {lv: Rīkoties, en: Act}
        target: 3
      - id: values.b
        kind: scale
        text: {lv: Jautājums B?, en: Question B?}
        help: {lv: P, en: H}
        evidence: [{lv: Rīkojums, en: Order}]
        action: {lv: Rīkoties, en: Act}
        target: 3
      - id: values.adopted
        kind: yes_no
        text: {lv: Vai pieņemts?, en: Adopted?}
        help: {lv: P, en: H}
        evidence: [{lv: Rīkojums, en: Order}]
        action: {lv: Pieņemt, en: Adopt}
  - id: goals
    title: {lv: Mērķi, en: Goals}
    intro: {lv: Ievads, en: Intro}
    questions:
      - id: goals.rate
        kind: number
        text: {lv: Atbildēto zvanu daļa?, en: Share of calls answered?}
        help: {lv: P, en: H}
        evidence: [{lv: Atskaite, en: Report}]
        action: {lv: Mērīt, en: Measure}
        unit: {lv: "%", en: "%"}
        target: 95
        direction: at_least
        zero_at: 50
        min: 0
        max: 100
      - id: goals.channels
        kind: checklist
        text: {lv: Kuri kanāli?, en: Which channels?}
        help: {lv: P, en: H}
        evidence: [{lv: Saraksts, en: List}]
        action: {lv: Papildināt, en: Extend}
        items:
          - {id: phone, text: {lv: Tālrunis, en: Phone}}
          - {id: web, text: {lv: Tīmeklis, en: Web}}
          - {id: office, text: {lv: Klātiene, en: Office}}
          - {id: mail, text: {lv: Pasts, en: Mail}}
"""

BANK_OBJ = parse_questionnaire(BANK, "team.yaml")


def file_of(name: str = "", answers: dict[str, Answer] | None = None, **context: str) -> Assessment:
    """One assessor's assessment of the team bank."""
    return Assessment("team", "1.0.0", Context(assessor=name, **context), dict(answers or {}), {})


def level(value: Any, *evidence: str, note: str = "") -> Answer:
    return Answer(value, False, tuple(evidence), note)


def na(note: str = "Does not apply") -> Answer:
    return Answer(None, True, (), note)


def of(*answers: Answer, qid: str = "values.a") -> Consensus:
    """The consensus of assessors A, B, C... who each gave one answer to ``qid``."""
    files = [file_of(chr(ord("A") + i), {qid: a}) for i, a in enumerate(answers)]
    return consensus(BANK_OBJ, files)


def proposal(c: Consensus, qid: str = "values.a") -> Answer | None:
    return c.assessment.answer(qid)


def question(c: Consensus, qid: str = "values.a") -> Any:
    return next(q for q in c.report.questions if q.id == qid)


# --- scale: the median level -----------------------------------------------------------------


def test_a_tie_between_the_middle_levels_takes_the_lower() -> None:
    # levels 1, 2, 3, 4: the two middle levels are 2 and 3; the lower is 2
    c = of(level(1), level(2), level(3), level(4))
    assert proposal(c).value == 2  # type: ignore[union-attr]


def test_an_odd_count_takes_the_middle_level() -> None:
    # levels 4, 0, 3 sorted: 0, 3, 4; the middle one is 3
    c = of(level(4), level(0), level(3))
    assert proposal(c).value == 3  # type: ignore[union-attr]


def test_a_strict_majority_of_na_makes_the_consensus_na() -> None:
    # 3 of 5 said N/A: 3 > 5 / 2, so N/A; the notes of everyone are kept
    c = of(na("Nav filiāļu"), na("No branches"), na("No branches"), level(2), level(4))
    answer = proposal(c)
    assert answer is not None
    assert answer.na
    assert answer.value is None
    assert answer.note == "Nav filiāļu [A]\nNo branches [B, C]"


def test_half_na_is_not_a_majority_so_the_levels_decide() -> None:
    # 2 of 4 said N/A: 2 is not more than 4 / 2, so the median of the other two levels, 1 and 3,
    # which is the lower middle: 1
    c = of(na(), level(3), na(), level(1))
    answer = proposal(c)
    assert answer is not None
    assert not answer.na
    assert answer.value == 1
    assert answer.note == "Does not apply [A, C]"
    assert validate_assessment(c.assessment, BANK_OBJ).problems == ()


def test_unanswered_files_do_not_count() -> None:
    # A did not answer values.a: the median is over B and C only (1 and 3 -> lower middle 1);
    # no one answered values.b, so the consensus has no answer to it
    files = [
        file_of("A", {"values.b": level(None, note="Ask the director")}),
        file_of("B", {"values.a": level(3)}),
        file_of("C", {"values.a": level(1)}),
    ]
    c = consensus(BANK_OBJ, files)
    assert proposal(c).value == 1  # type: ignore[union-attr]
    assert question(c).values == (("B", 3), ("C", 1))
    kept = proposal(c, "values.b")
    assert kept is not None
    assert (kept.value, kept.na, kept.note) == (None, False, "Ask the director [A]")
    assert proposal(c, "goals.rate") is None


# --- disagreements ----------------------------------------------------------------------------


def test_a_spread_of_two_levels_is_a_disagreement() -> None:
    # 0 and 2: 2 - 0 = 2 steps >= 2
    c = of(level(0), level(2))
    q = question(c)
    assert (q.spread, q.disagreement) == (2, True)
    assert c.report.agreement == 0.0


def test_a_spread_of_one_level_is_agreement() -> None:
    # 1 and 2: 2 - 1 = 1 step < 2
    c = of(level(1), level(2))
    q = question(c)
    assert (q.spread, q.disagreement) == (1, False)
    assert c.report.disagreements == ()
    assert c.report.agreement == 1.0


def test_na_beside_a_level_is_a_disagreement() -> None:
    # one N/A, one level 3: the levels alone have no spread (0), but N/A beside a level
    c = of(na(), level(3))
    q = question(c)
    assert (q.spread, q.disagreement, q.mixed_na) == (0, True, True)


def test_all_na_is_agreement() -> None:
    c = of(na(), na())
    assert question(c).disagreement is False
    assert c.report.agreement == 1.0


def test_disagreements_are_ordered_by_spread_then_bank_order() -> None:
    # values.a: 0, 4 -> spread 4; values.b: 1, 3 -> spread 2; values.adopted: yes, no (no
    # spread); goals.rate: 80, 80 agree. Order: values.a (4), values.b (2), values.adopted.
    files = [
        file_of(
            "A",
            {
                "values.a": level(0),
                "values.b": level(1),
                "values.adopted": level(True),
                "goals.rate": level(80),
            },
        ),
        file_of(
            "B",
            {
                "values.a": level(4),
                "values.b": level(3),
                "values.adopted": level(False),
                "goals.rate": level(80),
            },
        ),
    ]
    c = consensus(BANK_OBJ, files)
    assert [q.id for q in c.report.disagreements] == ["values.a", "values.b", "values.adopted"]
    assert c.assessment.consensus == ConsensusInfo(
        assessors=("A", "B"),
        agreement=0.25,  # 4 questions answered by both, 1 agreed (goals.rate): 1 / 4
        disagreements=(
            Disagreement("values.a", {"A": 0, "B": 4}, 4),
            Disagreement("values.b", {"A": 1, "B": 3}, 2),
            Disagreement("values.adopted", {"A": True, "B": False}, None),
        ),
    )


def test_the_spread_counts_scale_steps() -> None:
    # levels 2, na, 4, 3: the levels 2..4 are 2 steps apart, and N/A is beside them
    c = of(level(2), na(), level(4), level(3))
    q = question(c)
    assert (q.spread, q.disagreement) == (2, True)
    assert q.values == (("A", 2), ("B", NA), ("C", 4), ("D", 3))
    # the consensus: 1 of 4 N/A is no majority; levels 2, 3, 4 -> the middle, 3
    assert proposal(c).value == 3  # type: ignore[union-attr]


# --- the other kinds ---------------------------------------------------------------------------


def test_yes_no_takes_the_majority_and_a_tie_is_no() -> None:
    # yes, no: 1 yes of 2 is not a majority -> no; and it is a disagreement
    tie = of(level(True), level(False), qid="values.adopted")
    assert proposal(tie, "values.adopted").value is False  # type: ignore[union-attr]
    assert question(tie, "values.adopted").disagreement is True
    # yes, yes, no: 2 of 3 -> yes
    two = of(level(True), level(True), level(False), qid="values.adopted")
    assert proposal(two, "values.adopted").value is True  # type: ignore[union-attr]


def test_number_takes_the_median() -> None:
    # 90, 70, 80 sorted: 70, 80, 90 -> 80
    assert proposal(of(level(90), level(70), level(80), qid="goals.rate"), "goals.rate").value == 80  # type: ignore[union-attr]
    # 90, 95: an even count -> the mean of the two middle values, (90 + 95) / 2 = 92.5
    even = proposal(of(level(90), level(95), qid="goals.rate"), "goals.rate")
    assert even.value == 92.5  # type: ignore[union-attr]
    # 90, 92 -> (90 + 92) / 2 = 91, kept a whole number
    whole = proposal(of(level(92), level(90), qid="goals.rate"), "goals.rate")
    assert whole.value == 91  # type: ignore[union-attr]
    assert type(whole.value) is int  # type: ignore[union-attr]


def test_numbers_that_differ_at_all_disagree() -> None:
    c = of(level(90), level(90.5), qid="goals.rate")
    assert question(c, "goals.rate").disagreement is True
    assert question(c, "goals.rate").spread is None


def test_checklist_keeps_the_items_a_strict_majority_ticked_in_bank_order() -> None:
    # A: web, phone; B: office, web; C: mail, web, phone -> phone 2 of 3 (> 1.5) yes,
    # web 3 of 3 yes, office 1 no, mail 1 no; in the bank's order: phone, web
    c = of(
        level(["web", "phone"]),
        level(["office", "web"]),
        level(["mail", "web", "phone"]),
        qid="goals.channels",
    )
    assert proposal(c, "goals.channels").value == ("phone", "web")  # type: ignore[union-attr]
    assert question(c, "goals.channels").disagreement is True


def test_checklist_half_is_not_a_majority() -> None:
    # 4 assessors: phone 2 of 4 (not > 2) no; web 3 of 4 yes
    c = of(
        level(["phone", "web"]),
        level(["web"]),
        level(["phone", "web"]),
        level([]),
        qid="goals.channels",
    )
    assert proposal(c, "goals.channels").value == ("web",)  # type: ignore[union-attr]


def test_checklists_with_the_same_items_in_another_order_agree() -> None:
    c = of(level(["web", "phone"]), level(["phone", "web"]), qid="goals.channels")
    assert question(c, "goals.channels").disagreement is False


# --- evidence and notes -----------------------------------------------------------------------


def test_evidence_is_merged_without_duplicates_and_tagged() -> None:
    files = [
        file_of("Ilze Bērziņa", {"values.a": level(3, "Rīkojums Nr. 5", "Protokols Nr. 2")}),
        file_of("Jānis Ozols", {"values.a": level(3, "Rīkojums  Nr. 5 ", "Intranets")}),
    ]
    c = consensus(BANK_OBJ, files)
    assert proposal(c).evidence == (  # type: ignore[union-attr]
        "Rīkojums Nr. 5 [Ilze Bērziņa, Jānis Ozols]",
        "Protokols Nr. 2 [Ilze Bērziņa]",
        "Intranets [Jānis Ozols]",
    )


def test_notes_are_merged_one_line_each() -> None:
    c = of(level(2, note="Plan for 2027"), level(2, note="Plan for 2027"), level(2, note="Ask IT"))
    assert proposal(c).note == "Plan for 2027 [A, B]\nAsk IT [C]"  # type: ignore[union-attr]


# --- agreement --------------------------------------------------------------------------------


def test_the_agreement_figure() -> None:
    # values.a: 1, 2, 2 -> spread 1, agree
    # values.b: 0, 2, 1 -> spread 2, disagree
    # values.adopted: yes, yes, yes -> agree
    # goals.rate: 90, 90 (C did not answer) -> agree
    # goals.channels: only A -> not compared
    # compared 4, agreed 3: 3 / 4 = 0.75
    files = [
        file_of(
            "A",
            {
                "values.a": level(1),
                "values.b": level(0),
                "values.adopted": level(True),
                "goals.rate": level(90),
                "goals.channels": level(["web"]),
            },
        ),
        file_of(
            "B",
            {
                "values.a": level(2),
                "values.b": level(2),
                "values.adopted": level(True),
                "goals.rate": level(90),
            },
        ),
        file_of("C", {"values.a": level(2), "values.b": level(1), "values.adopted": level(True)}),
    ]
    report = consensus(BANK_OBJ, files).report
    assert (report.compared, report.agreed, report.agreement) == (4, 3, 0.75)
    assert [q.id for q in report.disagreements] == ["values.b"]


def test_no_question_with_two_answers_has_no_agreement_figure() -> None:
    files = [file_of("A", {"values.a": level(1)}), file_of("B", {"values.b": level(3)})]
    report = consensus(BANK_OBJ, files).report
    assert (report.compared, report.agreement) == (0, None)


# --- names and context ------------------------------------------------------------------------


def test_same_names_are_told_apart_and_missing_names_come_from_the_file() -> None:
    files = [file_of("Anna"), file_of("Anna"), file_of(""), file_of(" Anna ")]
    names = assessor_names(files, ["a.json", "b.json", "dir/ilze-2026.json", "d.json"])
    assert names == ("Anna", "Anna (2)", "ilze-2026", "Anna (3)")


def test_the_consensus_context() -> None:
    files = [
        file_of(
            "Ilze Bērziņa", institution="Iestāde", unit="KAC", date="2026-10-15", language="lv"
        ),
        file_of("Jānis Ozols", institution="Iestāde", unit="KAC", date="2026-10-20", language="en"),
        file_of("Anna", institution="Iestāde", unit="", date="2026-10-01"),
    ]
    c = consensus(BANK_OBJ, files, ["i.json", "j.json", "a.json"])
    assert c.assessment.context == Context(
        institution="Iestāde",
        unit="KAC",
        assessor="Ilze Bērziņa, Jānis Ozols, Anna",
        date="2026-10-20",  # the latest
        language="lv",  # the first file's
    )
    assert c.report.warnings == ()
    assert (c.assessment.questionnaire_id, c.assessment.questionnaire_version) == ("team", "1.0.0")


def test_different_units_and_targets_warn() -> None:
    a = file_of("A", institution="Iestāde", unit="KAC")
    b = Assessment("team", "1.0.0", Context("Iestāde", "Filiāle", "B"), {}, {"goals.rate": 90})
    c = consensus(BANK_OBJ, [a, b], ["a.json", "b.json"])
    assert [w.code for w in c.report.warnings] == [
        "consensus_unit_differs",
        "consensus_targets_differ",
    ]
    assert c.report.warnings[0].message("en") == (
        "the files name different units: KAC; Filiāle; the consensus keeps 'KAC'"
    )
    assert "b.json" in c.report.warnings[1].message("lv")
    assert c.assessment.targets == {}


def test_answers_to_unknown_questions_are_reported() -> None:
    a = file_of("A", {"values.a": level(1), "values.gone": level(2)})
    c = consensus(BANK_OBJ, [a, file_of("B")], ["a.json", "b.json"])
    assert [w.code for w in c.report.warnings] == ["consensus_unknown_answers"]
    assert "values.gone" in c.report.warnings[0].message("en")
    assert "values.gone" not in c.assessment.answers


def test_another_bank_is_an_error_naming_the_file() -> None:
    other = Assessment("readiness", "1.0.0", Context(assessor="B"))
    with pytest.raises(MessageError) as info:
        consensus(BANK_OBJ, [file_of("A"), other], ["a.json", "b.json"])
    assert info.value.code == "consensus_other_bank"
    assert info.value.localized("lv").startswith("b.json: ")
    assert "'readiness'" in str(info.value)


def test_another_version_is_an_error_naming_the_file() -> None:
    other = Assessment("team", "0.9.0", Context(assessor="B"))
    with pytest.raises(MessageError) as info:
        consensus(BANK_OBJ, [file_of("A"), other], ["a.json", "b.json"])
    assert info.value.code == "consensus_other_version"
    assert str(info.value).startswith("b.json: ")


def test_no_assessment_is_an_error() -> None:
    with pytest.raises(MessageError):
        consensus(BANK_OBJ, [])


# --- the consensus file -----------------------------------------------------------------------


def test_the_consensus_file_round_trips(tmp_path: Path) -> None:
    files = [
        file_of(
            "A", {"values.a": level(0), "values.adopted": level(True), "goals.rate": level(90)}
        ),
        file_of("B", {"values.a": level(3), "values.adopted": na(), "goals.rate": level(91.5)}),
    ]
    c = consensus(BANK_OBJ, files)
    path = tmp_path / "consensus.json"
    save_assessment(c.assessment, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["consensus"] == {
        "assessors": ["A", "B"],
        "agreement": 0.0,  # 3 compared, none agreed
        "disagreements": [
            {"question": "values.a", "values": {"A": 0, "B": 3}, "spread": 3},
            {"question": "values.adopted", "values": {"A": True, "B": "na"}, "spread": None},
            {"question": "goals.rate", "values": {"A": 90, "B": 91.5}, "spread": None},
        ],
    }
    again = parse_assessment(path.read_text(encoding="utf-8"), str(path))
    assert again == c.assessment
    assert again.consensus == c.assessment.consensus
    # saving what was loaded keeps the key
    assert dump_assessment(again) == path.read_text(encoding="utf-8")
    # and the file is a valid assessment of the bank
    assert read_assessment(path, BANK_OBJ).assessment.consensus is not None


@pytest.mark.parametrize(
    ("consensus_value", "code"),
    [
        ("x", "expected_type"),
        ({"assessors": [], "agreement": 0.5}, "empty_list"),
        ({"assessors": ["A"], "agreement": 1.5}, "out_of_range"),
        (
            {"assessors": ["A"], "agreement": None, "disagreements": [{"question": "q"}]},
            "missing_key",
        ),
        ({"assessors": ["A"], "agreement": None, "extra": 1}, "unknown_key"),
        (
            {
                "assessors": ["A"],
                "agreement": None,
                "disagreements": [{"question": "q", "values": {}, "spread": -1}],
            },
            "expected_type",
        ),
    ],
)
def test_a_bad_consensus_record_is_refused(consensus_value: Any, code: str) -> None:
    from cse_assess.core.errors import AssessmentError

    data = json.loads(dump_assessment(file_of("A")))
    data["consensus"] = consensus_value
    with pytest.raises(AssessmentError) as info:
        parse_assessment(json.dumps(data, indent=2), "c.json")
    assert code in [p.code for p in info.value.problems]
    assert all(p.path.startswith("consensus") for p in info.value.problems)


# --- the command ------------------------------------------------------------------------------


def _main(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """``cse-assess ARGV`` in this process."""
    from cse_assess.cli import main as cli

    return cli.main(argv)


def _three(tmp_path: Path) -> list[str]:
    """The bundled example and two more assessors' versions of it."""
    base = json.loads(example_path().read_text(encoding="utf-8"))
    first = next(iter(base["answers"]))
    paths = []
    for name, value in (("Ilze Bērziņa", None), ("Jānis Ozols", 0), ("Anna Kalniņa", 4)):
        data = json.loads(json.dumps(base))
        data["context"]["assessor"] = name
        if value is not None:
            data["answers"][first]["value"] = value
        path = tmp_path / f"{name.split()[0].lower()}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_the_command_writes_the_file_and_prints_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _three(tmp_path)
    out = tmp_path / "consensus.json"
    assert _main(["consensus", *paths, "--output", str(out), "--lang", "en"], monkeypatch) == 0
    printed = capsys.readouterr()
    saved = read_assessment(out)
    info = saved.assessment.consensus
    assert info is not None
    assert info.assessors == ("Ilze Bērziņa", "Jānis Ozols", "Anna Kalniņa")
    # the first question: 3, 0, 4 -> spread 4 steps; the median 3; everything else equal
    first = info.disagreements[0]
    assert (first.spread, dict(first.values)) == (
        4,
        {"Ilze Bērziņa": 3, "Jānis Ozols": 0, "Anna Kalniņa": 4},
    )
    assert len(info.disagreements) == 1
    assert "Agreement between assessors" in printed.out
    assert "spread: 4 levels" in printed.out
    assert "0 Not in place" in printed.out
    assert "Score of the consensus" in printed.out
    assert str(out) in printed.err


def test_the_command_prints_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _three(tmp_path)
    out = tmp_path / "c.json"
    assert _main(["consensus", *paths, "-o", str(out), "-f", "json"], monkeypatch) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["assessors"] == ["Ilze Bērziņa", "Jānis Ozols", "Anna Kalniņa"]
    assert data["disagreements"][0]["spread"] == 4
    assert data["disagreements"][0]["consensus"] == 3
    assert data["disagreements"][0]["answers"]["Jānis Ozols"] == "0 Nav ieviests"  # file's lv
    assert data["score"]["overall"] is not None


def test_the_command_prints_markdown_in_latvian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _three(tmp_path)
    out = tmp_path / "c.json"
    assert _main(["consensus", *paths, "-o", str(out), "-f", "markdown"], monkeypatch) == 0
    text = capsys.readouterr().out
    assert text.startswith("# Vērtētāju vienošanās\n")
    assert "Vērtētāju saskaņa" in text
    assert "starpība: 4 līmeņi" in text


def test_one_file_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    one = tmp_path / "a.json"
    shutil.copy(example_path(), one)
    out = tmp_path / "c.json"
    assert _main(["consensus", str(one), "-o", str(out), "--lang", "en"], monkeypatch) == 2
    assert "at least two" in capsys.readouterr().err
    assert not out.exists()


def test_the_output_may_not_be_an_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _three(tmp_path)
    before = Path(paths[0]).read_bytes()
    assert _main(["consensus", *paths, "-o", paths[0], "--lang", "en"], monkeypatch) == 2
    assert f"{paths[0]}: the output file is one of" in capsys.readouterr().err
    assert Path(paths[0]).read_bytes() == before


def test_a_file_of_another_bank_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _three(tmp_path)
    bank = tmp_path / "team.yaml"
    bank.write_text(BANK, encoding="utf-8")
    # a team-bank file cannot be loaded without its bank, so this names the missing bank
    other = tmp_path / "other.json"
    other.write_text(dump_assessment(file_of("X")), encoding="utf-8")
    out = tmp_path / "c.json"
    assert _main(["consensus", paths[0], str(other), "-o", str(out)], monkeypatch) == 2
    assert str(other) in capsys.readouterr().err
    assert not out.exists()


def test_the_command_needs_an_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _three(tmp_path)
    with pytest.raises(SystemExit) as info:
        _main(["consensus", *paths], monkeypatch)
    assert info.value.code == 2


def test_a_file_of_another_bundled_bank_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cse_assess.io.store import bundled_ids, load_questionnaire

    paths = _three(tmp_path)
    others = [i for i in bundled_ids() if i != "readiness"]
    if not others:  # pragma: no cover - only one bank is bundled
        pytest.skip("a second bundled bank is needed")
    bank = load_questionnaire(others[0])
    other = tmp_path / "other.json"
    other.write_text(dump_assessment(Assessment(bank.id, bank.version)), encoding="utf-8")
    out = tmp_path / "c.json"
    argv = ["consensus", paths[0], str(other), "-o", str(out), "--lang", "en"]
    assert _main(argv, monkeypatch) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{other}: the file is an assessment of question bank '{bank.id}'")
    assert not out.exists()


# --- the labels -------------------------------------------------------------------------------


def test_every_label_has_both_languages_with_the_same_placeholders() -> None:
    import string

    from cse_assess.i18n import en, lv

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    keys = [key for key in en.MESSAGES if key.startswith(("ui.consensus.", "consensus_"))]
    assert keys
    assert keys == [key for key in lv.MESSAGES if key.startswith(("ui.consensus.", "consensus_"))]
    for key in keys:
        assert en.MESSAGES[key].strip(), key
        assert lv.MESSAGES[key].strip(), key
        assert fields(en.MESSAGES[key]) == fields(lv.MESSAGES[key]), key


def test_the_command_module_imports_only_the_standard_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import cse_assess.cli.consensus, cse_assess.cli.compare; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('rich', 'tabulate', 'questionary', 'yaml') or m in "
        "('cse_assess.many.consensus', 'cse_assess.many.compare')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_a_bank_of_ones_own_is_given_with_questionnaire(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "team.yaml"
    bank.write_text(BANK, encoding="utf-8")
    paths = []
    for name, value in (("A", 1), ("B", 3)):
        path = tmp_path / f"{name}.json"
        path.write_text(dump_assessment(file_of(name, {"values.a": level(value)})), "utf-8")
        paths.append(str(path))
    out = tmp_path / "c.json"
    argv = ["consensus", *paths, "-o", str(out), "--questionnaire", str(bank), "--lang", "en"]
    assert _main(argv, monkeypatch) == 0
    # 1 and 3: spread 2, a disagreement; the lower middle level, 1
    saved = read_assessment(out, BANK_OBJ).assessment
    assert saved.answers["values.a"].value == 1
    assert saved.consensus is not None
    assert saved.consensus.agreement == 0.0
    assert "spread: 2 levels" in capsys.readouterr().out


def test_the_command_writes_an_html_page_with_each_assessors_evidence_and_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json as json_module

    import cse_assess
    from cse_assess.cli.main import main

    example = json_module.loads(cse_assess.example_path().read_text(encoding="utf-8"))
    other = json_module.loads(json_module.dumps(example))
    other["context"]["assessor"] = "Anna <b>Ozola</b>"
    qid = "values.customer-at-centre"
    other["answers"][qid] = {"value": 0, "evidence": ["Anna's record"], "note": "Anna's note"}
    first, second = tmp_path / "ilze.json", tmp_path / "anna.json"
    first.write_text(json_module.dumps(example, ensure_ascii=False), encoding="utf-8")
    second.write_text(json_module.dumps(other, ensure_ascii=False), encoding="utf-8")
    page_path, agreed = tmp_path / "agreed.html", tmp_path / "agreed.json"
    code = main(
        [
            "consensus",
            str(first),
            str(second),
            "-o",
            str(agreed),
            "-o",
            str(page_path),
            "--lang",
            "en",
        ]
    )
    assert code == 0
    assert agreed.exists()
    page = page_path.read_text(encoding="utf-8")
    card = page[page.index(f'id="q-{qid}"') :]
    card = card[: card.index("</article>")]
    assert "Anna &lt;b&gt;Ozola&lt;/b&gt;" in card
    assert "Anna&#39;s record" in card
    assert "Anna&#39;s note" in card
    for item in example["answers"][qid]["evidence"]:
        assert item in card or item.replace('"', "&#34;") in card


# --- the text report, large ---------------------------------------------------------------------


def _many(count: int, name: str = "Assessor {n}") -> tuple[Consensus, Any]:
    """``count`` assessors who disagree on every question (levels, yes and no, numbers)."""
    from cse_assess.core.scoring import score

    files = [
        file_of(
            name.format(n=n),
            {
                "values.a": level(n % 5),
                "values.b": level((n * 3) % 5),
                "values.adopted": level(n % 2 == 0),
                "goals.rate": level(60 + n % 40),
            },
        )
        for n in range(count)
    ]
    found = consensus(BANK_OBJ, files, [f"f{n}.json" for n in range(count)])
    return found, score(BANK_OBJ, found.assessment)


def _rich_text(c: Consensus, result: Any, width: int = 100) -> str:
    """The report laid out wholly by rich, as it was before the plain layout."""
    from cse_assess.render.consensus.views import ConsensusView
    from cse_assess.render.report.text import to_text

    text = to_text(ConsensusView(c, result, "en", "agreed.json"), width=width)
    return "".join(line.rstrip() + "\n" for line in text.splitlines())


@pytest.mark.parametrize(
    ("count", "name", "width"),
    [
        (2, "Assessor {n}", 100),
        (3, "Ilze Bērziņa {n}", 100),
        (40, "Assessor {n}", 100),
        (5, "A very long name of an assessor, number {n}, " + "x" * 60, 100),  # rich wraps it
        (5, "Two\nlines {n}", 100),  # a line break in a name: rich lays it out
        (4, "Assessor {n}", 30),  # narrow: the level labels wrap
        (3, "全角 {n}", 100),  # wide characters take two columns each
    ],
)
def test_the_plain_text_report_is_the_one_rich_writes(count: int, name: str, width: int) -> None:
    from cse_assess.render.consensus.views import render_consensus_text

    found, result = _many(count, name)
    assert found.report.disagreements
    expected = _rich_text(found, result, width)
    got = render_consensus_text(found, result, "en", "agreed.json", width=width)
    assert got == expected


def test_a_hundred_assessors_are_laid_out_without_rich_tables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every assessor's row is written directly: rich builds no table for them."""
    import rich.table

    from cse_assess.render.consensus.views import answer_rows, render_consensus_text

    found, result = _many(100)
    expected = _rich_text(found, result)
    grids: list[int] = []
    real = rich.table.Table.add_row

    def counting(self: rich.table.Table, *cells: Any, **kw: Any) -> None:
        grids.append(len(cells))
        real(self, *cells, **kw)

    monkeypatch.setattr(rich.table.Table, "add_row", counting)
    assert render_consensus_text(found, result, "en", "agreed.json") == expected
    assert answer_rows(found) > 400
    assert len(grids) < 30  # the header, the score and the areas: not the 400 answer rows


def test_a_large_report_on_a_terminal_is_the_plain_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cse_assess.render.consensus import views

    paths = _three(tmp_path)
    monkeypatch.setattr(views, "LARGE", 2)  # three assessors' rows are "large" now
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "100")
    argv = ["consensus", *paths, "-o", str(tmp_path / "agreed.json"), "--lang", "en"]
    assert _main(argv, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "\x1b[" not in out  # no colours: the plain text
    assert "Disagreements to discuss" in out
