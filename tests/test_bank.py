"""parse_questionnaire: a bank's YAML text to a checked Questionnaire, every problem at once."""

from __future__ import annotations

import re

import pytest
from conftest import MINI_BANK, line_of, mutate

import cse_assess
from cse_assess import ScaleQuestion
from cse_assess.content.bank import parse_questionnaire
from cse_assess.core.errors import QuestionnaireError
from cse_assess.kinds import kinds

AREAS = [
    "values",
    "leadership",
    "segmentation",
    "goals",
    "training",
    "culture",
    "procedures",
    "technology",
    "evidence",
]
LATVIAN_LETTERS = set("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ")


def problems_of(text: str) -> list:
    with pytest.raises(QuestionnaireError) as info:
        parse_questionnaire(text, "bank.yaml")
    return list(info.value.problems)


def only_problem(text: str):
    problems = problems_of(text)
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


# --- the minimal valid bank ------------------------------------------------------------------
def test_minimal_bank_is_read(mini_bank):
    assert mini_bank.id == "mini"
    assert mini_bank.version == "1.0.0"
    assert mini_bank.languages == ("lv", "en")
    assert [a.id for a in mini_bank.areas] == ["values", "goals"]
    assert [q.id for q in mini_bank.questions] == [
        "values.adopted",
        "values.published",
        "goals.targets",
    ]
    assert [b.id for b in mini_bank.bands] == ["initial", "developing"]
    assert mini_bank.critical_cap == "developing"


def test_minimal_bank_question_fields(mini_bank):
    adopted = mini_bank.question("values.adopted")
    assert isinstance(adopted, ScaleQuestion)
    assert adopted.kind == "scale"
    assert adopted.area == "values"
    assert adopted.critical is True
    assert adopted.allow_na is True
    assert adopted.target == 2
    assert adopted.scale.values == (0, 1, 2)
    assert adopted.text == {"lv": "Vai standarts pieņemts?", "en": "Is the standard adopted?"}
    assert adopted.refs.cse == ("2.1",)
    assert adopted.refs.seed == ("2.3 item 1",)


def test_defaults_where_fields_are_left_out(mini_bank):
    published = mini_bank.question("values.published")
    assert published.weight == 1.0
    assert published.critical is False
    assert published.refs.cse == ()
    assert published.evidence_from == 2  # the bank default
    assert mini_bank.area("values").weight == 1.0


def test_weights_are_read(mini_bank):
    assert mini_bank.area("goals").weight == 2
    assert mini_bank.question("goals.targets").weight == 1.5


def test_parse_questionnaire_is_part_of_the_public_api():
    assert "parse_questionnaire" in cse_assess.__all__
    assert cse_assess.parse_questionnaire is parse_questionnaire


# --- one mistake at a time -------------------------------------------------------------------
def test_typo_key_names_the_key_the_allowed_keys_and_the_line():
    text = mutate(MINI_BANK, "        weight: 1.5\n", "        wieght: 1.5\n")
    p = only_problem(text)
    assert p.code == "unknown_key"
    assert p.line == line_of(text, "wieght")
    assert p.path == "areas[1].questions[0].wieght"
    message = p.format()
    assert "'wieght'" in message
    for key in ("id", "kind", "text", "help", "evidence", "action", "weight", "critical"):
        assert re.search(rf"\b{key}\b", message.split("allowed:")[1]), key
    assert message.startswith(f"bank.yaml:{p.line}: ")


def test_typo_at_top_level():
    text = mutate(MINI_BANK, "critical_cap: developing", "critical_capp: developing")
    p = only_problem(text)
    assert (p.code, p.line) == ("unknown_key", 7)
    assert "critical_cap" in p.args["allowed"]


def test_weight_as_text_is_not_a_number():
    text = mutate(MINI_BANK, "weight: 1.5", 'weight: "1"')
    p = only_problem(text)
    assert p.code == "expected_type"
    assert p.line == line_of(text, 'weight: "1"')
    assert p.message() == "expected a number, got text '1'"


def test_critical_as_number_is_not_a_boolean():
    text = mutate(MINI_BANK, "critical: true", "critical: 1")
    p = only_problem(text)
    assert p.code == "expected_type"
    assert p.path == "areas[0].questions[0].critical"
    assert p.message() == "expected true or false, got a number 1"


def test_critical_as_yes_is_not_a_boolean():
    # YAML 1.1 would read 'yes' as true; a bank must say true.
    text = mutate(MINI_BANK, "critical: true", "critical: 'yes'")
    assert only_problem(text).code == "expected_type"


def test_target_not_on_scale_names_allowed_values():
    text = mutate(MINI_BANK, "target: 1\n", "target: 5\n")
    p = only_problem(text)
    assert p.code == "not_on_scale"
    assert p.line == line_of(text, "target: 5")
    assert p.message() == "5 is not a level of scale 'maturity'; allowed: 0, 1, 2"


def test_target_missing():
    text = mutate(MINI_BANK, "        target: 1\n", "")
    p = only_problem(text)
    assert p.code == "missing_key"
    assert p.args["key"] == "target"


def test_missing_latvian_text():
    text = mutate(
        MINI_BANK,
        "text: {lv: Vai vērtības publicētas?, en: Are the values published?}",
        "text: {en: Are the values published?}",
    )
    p = only_problem(text)
    assert p.code == "missing_language"
    assert p.path == "areas[0].questions[1].text"
    assert p.line == line_of(text, "text: {en: Are the values published?}")
    assert "'lv'" in p.message()


def test_empty_latvian_text():
    text = mutate(MINI_BANK, "help: {lv: Palīdzība B, en: Help B}", "help: {lv: '', en: Help B}")
    p = only_problem(text)
    assert (p.code, p.path) == ("empty_text", "areas[0].questions[1].help.lv")


def test_text_in_a_language_the_bank_does_not_have():
    text = mutate(MINI_BANK, "action: {lv: Publicēt, en: Publish}", "action: {lv: a, en: b, de: c}")
    p = only_problem(text)
    assert (p.code, p.path) == ("unknown_language", "areas[0].questions[1].action.de")


def test_unknown_kind_lists_known_kinds():
    text = mutate(
        MINI_BANK,
        "      - id: goals.targets\n        kind: scale\n",
        "      - id: goals.targets\n        kind: yesno\n",
    )
    p = only_problem(text)
    assert p.code == "unknown_kind"
    assert p.line == line_of(text, "kind: yesno")
    assert "scale" in kinds()
    assert p.message() == f"unknown question kind 'yesno'; known kinds: {', '.join(kinds())}"


def test_missing_kind():
    text = mutate(
        MINI_BANK, "      - id: goals.targets\n        kind: scale\n", "      - id: goals.targets\n"
    )
    p = only_problem(text)
    assert (p.code, p.args["key"]) == ("missing_key", "kind")


def test_duplicate_question_id_reports_first_line():
    text = mutate(MINI_BANK, "- id: values.published", "- id: values.adopted")
    p = only_problem(text)
    assert p.code == "duplicate_id"
    first = MINI_BANK.splitlines().index("      - id: values.adopted") + 1
    second = MINI_BANK.splitlines().index("      - id: values.published") + 1
    assert p.line == second
    assert p.args["first"] == first
    assert f"first on line {first}" in p.message()


def test_duplicate_area_id():
    text = mutate(MINI_BANK, "  - id: goals\n", "  - id: values\n")
    problems = problems_of(text)
    assert "duplicate_id" in [p.code for p in problems]


def test_question_id_without_area_prefix():
    text = mutate(MINI_BANK, "- id: goals.targets", "- id: targets")
    p = only_problem(text)
    assert p.code == "question_id_prefix"
    assert p.message() == "question id 'targets' must start with its area id: 'goals.'"


def test_question_id_with_another_areas_prefix():
    text = mutate(MINI_BANK, "- id: goals.targets", "- id: values.targets")
    p = only_problem(text)
    assert p.code == "question_id_prefix"
    assert p.args["area"] == "goals"


@pytest.mark.parametrize("bad", ["Goals.targets", "goals.Targets", "goals.a.b", "goals."])
def test_malformed_question_id(bad):
    text = mutate(MINI_BANK, "- id: goals.targets", f"- id: {bad}")
    problems = problems_of(text)
    assert {p.code for p in problems} <= {"bad_pattern", "question_id_prefix"}
    assert all(p.path == "areas[1].questions[0].id" for p in problems)


def test_bands_must_start_at_zero():
    text = mutate(MINI_BANK, "min: 0,", "min: 10,")
    p = only_problem(text)
    assert p.code == "bands_start"
    assert p.path == "bands[0].min"
    assert p.message() == "the first band must start at 0, not 10"


def test_band_minimums_must_increase():
    third = "  - {id: late, min: 30, label: {lv: Vēlu, en: Late}, description: {lv: V, en: L}}\n"
    text = mutate(MINI_BANK, "areas:\n", third + "areas:\n")
    problems = problems_of(text)
    assert [(p.code, p.path) for p in problems] == [("bands_not_increasing", "bands[2].min")]
    assert problems[0].message() == "band minimums must increase: 30 follows 50"


def test_equal_band_minimums_are_not_increasing():
    text = mutate(MINI_BANK, "min: 50,", "min: 0,")
    p = only_problem(text)
    assert p.code == "bands_not_increasing"
    assert p.message() == "band minimums must increase: 0 follows 0"


@pytest.mark.parametrize("low", ["150", "-1"])
def test_band_minimum_outside_0_to_100(low):
    text = mutate(MINI_BANK, "min: 50,", f"min: {low},")
    problems = problems_of(text)
    assert problems[0].path == "bands[1].min"
    assert (problems[0].code, problems[0].args["allowed"]) == ("out_of_range", "0-100")


def test_broken_band_does_not_make_critical_cap_unknown():
    # 'developing' is defined; its minimum is wrong. Say that, not that the band is unknown.
    text = mutate(MINI_BANK, "min: 50,", "min: 150,")
    assert [(p.code, p.path) for p in problems_of(text)] == [("out_of_range", "bands[1].min")]


def test_band_start_rule_is_about_the_first_band_in_the_file():
    # bands[0] starts at 0 but has a broken label; bands[1] must not be told it is the first.
    text = mutate(MINI_BANK, "label: {lv: Sākums, en: Initial}", "label: {en: Initial}")
    problems = problems_of(text)
    assert [(p.code, p.path) for p in problems] == [("missing_language", "bands[0].label")]


def test_critical_cap_must_name_a_band():
    text = mutate(MINI_BANK, "critical_cap: developing", "critical_cap: leading")
    p = only_problem(text)
    assert p.code == "not_in_choices"
    assert p.line == 7
    assert p.message() == "'leading' is not allowed; allowed: initial, developing"


def test_unknown_cse_reference():
    text = mutate(MINI_BANK, 'cse: ["2.1"]', 'cse: ["6.1"]')
    p = only_problem(text)
    assert p.code == "unknown_ref"
    assert p.path == "areas[0].questions[0].refs.cse[0]"
    assert "'6.1' is not a CSE criterion" in p.message()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('caf: ["1.1"]', 'caf: ["10"]'),
        ('seed: ["2.3 item 1"]', 'seed: ["section two"]'),
        ('caf: ["1.1"]', 'caf: ["1.1"], efqm: ["8"]'),
    ],
)
def test_malformed_framework_references(old, new):
    p = only_problem(mutate(MINI_BANK, old, new))
    assert p.code == "unknown_ref"


def test_unknown_reference_framework():
    p = only_problem(mutate(MINI_BANK, 'caf: ["1.1"]}', 'caf: ["1.1"], iso: ["9001"]}'))
    assert (p.code, p.args["key"]) == ("unknown_key", "iso")


def test_unknown_scale():
    text = mutate(MINI_BANK, "        target: 1\n", "        target: 1\n        scale: stars\n")
    p = only_problem(text)
    assert p.code == "unknown_scale"
    assert p.message() == "unknown scale 'stars'; scales in this bank: maturity"


def test_scale_values_must_increase():
    text = mutate(MINI_BANK, "{value: 2, label", "{value: 1, label")
    problems = problems_of(text)
    assert problems[0].code == "scale_not_increasing"
    assert problems[0].path == "scales[0].options[2].value"


@pytest.mark.parametrize("weight", ["0", "-1"])
def test_weight_must_be_positive(weight):
    p = only_problem(mutate(MINI_BANK, "weight: 1.5", f"weight: {weight}"))
    assert p.code == "weight_positive"


@pytest.mark.parametrize("weight", [".nan", ".inf", "-.inf"])
def test_weight_must_be_finite(weight):
    p = only_problem(mutate(MINI_BANK, "weight: 1.5", f"weight: {weight}"))
    assert p.code == "not_finite"
    assert p.line is not None
    assert "NaN" in p.message("en")
    assert "NaN" in p.message("lv")


def test_missing_required_top_level_key():
    text = mutate(MINI_BANK, "id: mini\n", "")
    p = only_problem(text)
    assert (p.code, p.args["key"], p.line) == ("missing_key", "id", 1)


def test_wrong_format():
    p = only_problem(mutate(MINI_BANK, "format: cse-assess/questionnaire", "format: other"))
    assert p.message() == "this is not a cse-assess/questionnaire file (format is 'other')"


def test_unsupported_format_version():
    p = only_problem(mutate(MINI_BANK, "format_version: 1", "format_version: 2"))
    assert p.code == "unsupported_format_version"
    assert p.line == 2


def test_format_version_true_is_not_1():
    # true == 1 in Python, but a bank must say 1: nothing is coerced.
    p = only_problem(mutate(MINI_BANK, "format_version: 1", "format_version: true"))
    assert p.path == "format_version"


def test_format_version_as_text_says_it_is_text():
    # Not "format_version 1 is not supported; this version of cse-assess reads 1".
    p = only_problem(mutate(MINI_BANK, "format_version: 1", 'format_version: "1"'))
    assert p.path == "format_version"
    assert "text '1'" in p.message()


def test_bank_evidence_from_off_the_scale_is_reported_once_where_it_is_written():
    text = mutate(
        MINI_BANK, "critical_cap: developing\n", "critical_cap: developing\nevidence_from: 7\n"
    )
    p = only_problem(text)
    assert p.path == "evidence_from"
    assert p.line == line_of(text, "evidence_from: 7")


def test_question_evidence_from_overrides_the_bank():
    text = mutate(MINI_BANK, "        target: 1\n", "        target: 1\n        evidence_from: 1\n")
    bank = parse_questionnaire(text, "bank.yaml")
    assert bank.question("values.published").evidence_from == 1
    assert bank.question("values.adopted").evidence_from == 2


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "'1'"])
def test_bank_version_must_be_major_minor_patch(version):
    p = only_problem(mutate(MINI_BANK, "version: 1.0.0", f"version: {version}"))
    assert p.path == "version"


def test_bank_is_not_a_mapping():
    p = only_problem("- a\n- b\n")
    assert p.message() == "expected a mapping of keys to values, got a list"


def test_empty_bank():
    p = only_problem("")
    assert (p.code, p.line) == ("empty_document", 1)


def test_yaml_problems_come_through():
    text = mutate(MINI_BANK, "id: mini\n", "id: mini\nid: again\n")
    p = only_problem(text)
    assert (p.code, p.line, p.args["first"]) == ("yaml_duplicate_key", 4, 3)


def test_several_problems_are_all_reported_at_once():
    text = MINI_BANK
    text = mutate(text, "        weight: 1.5\n", "        wieght: 1.5\n")
    text = mutate(text, "critical: true", "critical: 1")
    text = mutate(text, "target: 1\n", "target: 5\n")
    text = mutate(text, "min: 50,", "min: 0,")
    text = mutate(text, 'cse: ["2.1"]', 'cse: ["6.1"]')
    text = mutate(text, "- id: goals.targets", "- id: targets")
    problems = problems_of(text)
    assert sorted(p.code for p in problems) == sorted(
        [
            "unknown_key",
            "expected_type",
            "not_on_scale",
            "bands_not_increasing",
            "unknown_ref",
            "question_id_prefix",
        ]
    )
    assert all(p.line is not None for p in problems)


def test_error_message_lists_every_problem_one_per_line():
    text = mutate(MINI_BANK, "critical: true", "critical: 1")
    text = mutate(text, "target: 1\n", "target: 5\n")
    with pytest.raises(QuestionnaireError) as info:
        parse_questionnaire(text, "bank.yaml")
    lines = str(info.value).splitlines()
    assert len(lines) == 2
    assert all(line.startswith("bank.yaml:") for line in lines)


def test_problems_in_latvian():
    text = mutate(MINI_BANK, "weight: 1.5", 'weight: "1"')
    with pytest.raises(QuestionnaireError) as info:
        parse_questionnaire(text, "bank.yaml")
    assert "gaidīts skaitlis, saņemts teksts '1'" in info.value.localized("lv")


# --- the bundled readiness bank --------------------------------------------------------------
def test_readiness_areas(readiness):
    assert [a.id for a in readiness.areas] == AREAS


def test_readiness_size(readiness):
    assert len(readiness.questions) >= 45
    for area in readiness.areas:
        assert len(area.questions) >= 4, area.id


def test_readiness_is_bilingual_everywhere(readiness):
    assert readiness.languages == ("lv", "en")
    for q in readiness.questions:
        for field in (q.text, q.help, q.action):
            assert set(field) == {"lv", "en"}, q.id
            assert all(t.strip() for t in field.values()), q.id
        for item in q.evidence:
            assert set(item) == {"lv", "en"}, q.id


def test_readiness_evidence_and_refs(readiness):
    for q in readiness.questions:
        assert len(q.evidence) >= 2, q.id
        assert q.refs.seed, q.id
        assert q.refs.cse, q.id
        assert q.refs.caf, q.id


def test_readiness_has_critical_questions(readiness):
    assert sum(q.critical for q in readiness.questions) >= 3


def test_readiness_scale_questions_use_the_five_level_scale(readiness):
    for q in readiness.questions:
        if q.kind == "scale":
            assert q.scale.values == (0, 1, 2, 3, 4), q.id


def test_readiness_latvian_texts_have_latvian_letters(readiness):
    latvian = " ".join(q.text["lv"] + q.help["lv"] for q in readiness.questions)
    assert LATVIAN_LETTERS & set(latvian)
    assert LATVIAN_LETTERS & set(readiness.title["lv"])


def test_readiness_question_ids(readiness):
    for area in readiness.areas:
        for q in area.questions:
            assert re.fullmatch(rf"{re.escape(area.id)}\.[a-z0-9-]+", q.id), q.id


# --- bank-wide policy, lineage, context questions and N/A ------------------------------------
def test_policy_defaults(mini_bank):
    assert mini_bank.min_coverage == 0.8
    assert mini_bank.max_na == 0.25
    assert mini_bank.critical_factor == 2.0
    assert mini_bank.proof_factor == 0.5
    assert mini_bank.band_name is None
    assert mini_bank.replaces is None
    assert all(q.allow_na and q.scored and q.na_when is None for q in mini_bank.questions)


def test_policy_settings_are_read():
    text = mutate(
        MINI_BANK,
        "critical_cap: developing\n",
        "critical_cap: developing\nmin_coverage: 0.9\nmax_na: 0.1\ncritical_factor: 3\n"
        "band_name: {lv: Pilnīguma līmenis, en: Completeness level}\nallow_na: false\n",
    )
    bank = parse_questionnaire(text, "bank.yaml")
    assert (bank.min_coverage, bank.max_na, bank.critical_factor) == (0.9, 0.1, 3)
    assert bank.band_name == {"lv": "Pilnīguma līmenis", "en": "Completeness level"}
    assert not any(q.allow_na for q in bank.questions)


@pytest.mark.parametrize(
    ("setting", "allowed"),
    [
        ("min_coverage: 1.5", "0…1"),
        ("max_na: -0.1", "0…1"),
        ("critical_factor: 0.5", "1…10"),
        ("proof_factor: 1.5", "0…1"),
    ],
)
def test_policy_settings_out_of_range(setting, allowed):
    text = mutate(MINI_BANK, "critical_cap: developing\n", f"critical_cap: developing\n{setting}\n")
    problem = only_problem(text)
    assert problem.code == "out_of_range"
    assert problem.line == line_of(text, setting)
    assert problem.args["allowed"] == allowed


@pytest.mark.parametrize(
    ("setting", "factor"), [("", 0.5), ("proof_factor: 1\n", 1.0), ("proof_factor: 0\n", 0.0)]
)
def test_proof_factor_is_read_and_weighs_missing_proof(setting, factor):
    """A point that only missing evidence keeps open weighs ``proof_factor`` in the priority."""
    text = mutate(MINI_BANK, "critical_cap: developing\n", f"critical_cap: developing\n{setting}")
    bank = parse_questionnaire(text, "bank.yaml")
    assert bank.proof_factor == factor
    # values.adopted (critical, target 2 on 0-2) answered 2 without evidence: claimed 100,
    # verified as level 1 (50); the target is met, so the gap is 50 points of proof only
    assessment = cse_assess.Assessment(
        "mini", "1.0.0", answers={"values.adopted": cse_assess.Answer(2)}
    )
    gap = next(g for g in cse_assess.score(bank, assessment).gaps if g.id == "values.adopted")
    assert (gap.reasons, gap.shortfall, gap.proof) == (("no_evidence",), 0.0, 50.0)
    assert gap.priority == 1 * (0 + factor * 50) / 100 * 2


def test_a_question_overrides_the_banks_allow_na_and_says_when():
    text = mutate(
        MINI_BANK, "critical_cap: developing\n", "critical_cap: developing\nallow_na: false\n"
    )
    text = mutate(
        text,
        "        target: 1\n",
        "        target: 1\n        allow_na: true\n"
        "        na_when: {lv: Nav tīmekļvietnes, en: There is no website}\n",
    )
    bank = parse_questionnaire(text, "bank.yaml")
    published = bank.question("values.published")
    assert published is not None
    assert published.allow_na
    assert published.na_when == {"lv": "Nav tīmekļvietnes", "en": "There is no website"}
    assert not bank.question("goals.targets").allow_na  # type: ignore[union-attr]


def test_na_when_where_na_is_not_allowed_is_refused():
    text = mutate(
        MINI_BANK,
        "        target: 1\n",
        "        target: 1\n        allow_na: false\n"
        "        na_when: {lv: Nav tīmekļvietnes, en: There is no website}\n",
    )
    problem = only_problem(text)
    assert problem.code == "na_when_without_na"
    assert problem.path == "areas[0].questions[1].na_when"


def test_a_context_question_is_marked_not_scored():
    text = mutate(MINI_BANK, "        target: 1\n", "        target: 1\n        scored: false\n")
    bank = parse_questionnaire(text, "bank.yaml")
    assert [q.scored for q in bank.questions] == [True, False, True]


def test_lineage_maps_old_ids_to_new_ones():
    text = mutate(
        MINI_BANK,
        "version: 1.0.0\n",
        "version: 2.0.0\nreplaces:\n  version: 1.0.0\n  questions:\n"
        "    values.old: values.adopted\n    values.split: [values.adopted, values.published]\n"
        "    goals.gone: null\n",
    )
    bank = parse_questionnaire(text, "bank.yaml")
    assert bank.replaces is not None
    assert bank.replaces.version == "1.0.0"
    assert dict(bank.replaces.questions) == {
        "values.old": ("values.adopted",),
        "values.split": ("values.adopted", "values.published"),
        "goals.gone": (),
    }


def test_lineage_must_point_back_and_to_questions_that_exist():
    text = mutate(
        MINI_BANK,
        "version: 1.0.0\n",
        "version: 1.0.0\nreplaces:\n  version: 1.2.0\n  questions:\n    values.old: values.nope\n",
    )
    problems = problems_of(text)
    assert [p.code for p in problems] == ["replaces_not_older"]  # the mapping waits for it
    text = text.replace("version: 1.2.0", "version: 0.9.0")
    problem = only_problem(text)
    assert problem.code == "replaces_unknown"
    assert problem.args["question"] == "values.nope"
    assert problem.line == line_of(text, "values.old: values.nope")


@pytest.mark.parametrize("ref", ["4.7", "6.3", "9.3", "10", "3.4", "1.5"])
def test_caf_references_are_real_sub_criteria(ref):
    text = mutate(MINI_BANK, 'caf: ["1.1"]', f'caf: ["{ref}"]')
    problem = only_problem(text)
    assert problem.code == "unknown_ref"
    assert problem.args["framework"] == "CAF"


@pytest.mark.parametrize(
    "ref", ["1.4", "2.4", "3.3", "4.6", "5.3", "6.2", "7.2", "8.2", "9.2", "9"]
)
def test_every_real_caf_sub_criterion_is_accepted(ref):
    text = mutate(MINI_BANK, 'caf: ["1.1"]', f'caf: ["{ref}"]')
    assert parse_questionnaire(text, "bank.yaml").question("values.adopted") is not None


def test_legal_references_are_kept_as_written():
    text = mutate(MINI_BANK, 'caf: ["1.1"]', 'caf: ["1.1"], law: ["Iesniegumu likums, 5. pants"]')
    question = parse_questionnaire(text, "bank.yaml").question("values.adopted")
    assert question is not None
    assert question.refs.law == ("Iesniegumu likums, 5. pants",)
