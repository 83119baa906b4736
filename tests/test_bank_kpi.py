"""The bundled `kpi` bank 2.0.0: the content decisions its comments and CHANGES.md promise."""

from pathlib import Path

import pytest

from cse_assess import example_path, load_assessment, load_questionnaire, load_targets

ROOT = Path(__file__).parent.parent
TARGETS = ROOT / "questionnaires/examples/kpi-targets.yaml"


@pytest.fixture(scope="module")
def kpi():
    return load_questionnaire("kpi")


def test_version_areas_and_questions(kpi) -> None:
    assert kpi.version == "2.0.0"
    assert [a.id for a in kpi.areas] == [
        "channels",
        "website",
        "call-centre",
        "written",
        "all-channels",
        "reporting",
    ]
    assert len(kpi.questions) == 16
    assert sum(q.scored for q in kpi.questions) == 10
    assert kpi.band_name == {"lv": "Rādītāju līmenis", "en": "Indicator level"}
    assert (kpi.min_coverage, kpi.max_na, kpi.critical_factor) == (0.8, 0.2, 2.0)
    assert kpi.band("below-target").label["lv"] == "Mērķa vērtības nav sasniegtas"


def test_channel_gates_are_context_questions(kpi) -> None:
    unscored = {q.id for q in kpi.questions if not q.scored}
    assert unscored == {
        "channels.website",
        "channels.telephone",
        "channels.written",
        "written.own-deadline",
        "all-channels.first-contact-resolution",
        "all-channels.requests-per-specialist",
    }
    assert kpi.area("website").when.question == "channels.website"
    assert kpi.area("call-centre").when.question == "channels.telephone"
    assert kpi.question("written.replies-own-deadline").when.question == "written.own-deadline"
    assert kpi.area("written").when is None  # every institution answers written submissions


def test_e_address_is_a_channel_and_fax_is_not(kpi) -> None:
    items = [i.id for i in kpi.question("channels.written").items]
    assert "e-address" in items
    assert not any("fax" in i for i in items)


def test_workload_is_reported_for_all_channels_and_never_scored(kpi) -> None:
    assert kpi.question("website.requests-per-specialist") is None
    workload = kpi.question("all-channels.requests-per-specialist")
    assert workload.area == "all-channels"
    assert workload.when is None
    assert workload.scored is False


def test_only_satisfaction_is_critical_and_it_is_never_na(kpi) -> None:
    critical = [q.id for q in kpi.questions if q.critical]
    assert critical == ["all-channels.satisfaction"]
    satisfaction = kpi.question("all-channels.satisfaction")
    assert satisfaction.allow_na is False
    assert satisfaction.weight == 2
    assert (satisfaction.target, satisfaction.zero_at) == (4, 3)


def test_na_only_where_it_can_genuinely_not_apply_and_says_when(kpi) -> None:
    na = [q.id for q in kpi.questions if q.allow_na]
    assert na == ["website.answers-on-time", "written.forwarded-on-time"]
    assert all(kpi.question(i).na_when is not None for i in na)


def test_deadlines_are_shares_within_the_deadline(kpi) -> None:
    for qid, target, zero_at in [
        ("website.answers-on-time", 95, 70),
        ("written.replies-on-time", 100, 80),
        ("written.replies-own-deadline", 95, 70),
        ("written.forwarded-on-time", 100, 80),
        ("all-channels.registration-on-time", 95, 70),
    ]:
        q = kpi.question(qid)
        assert (q.unit["en"], q.direction, q.target, q.zero_at) == (
            "%",
            "at_least",
            target,
            zero_at,
        )
        assert (q.min, q.max) == (0, 100)
    assert "Iesniegumu likums" in kpi.question("written.replies-on-time").refs.law


def test_every_number_question_needs_its_data_source(kpi) -> None:
    numbers = [q for q in kpi.questions if q.kind == "number"]
    assert len(numbers) == 11
    assert all(q.evidence_required for q in numbers)


def test_replaces_maps_every_changed_1_0_0_id(kpi) -> None:
    old = load_questionnaire("kpi@1.0.0")
    assert old.version == "1.0.0"
    assert len(old.questions) == 8
    assert kpi.replaces.version == "1.0.0"
    assert dict(kpi.replaces.questions) == {
        "website.answer-time": ("website.answers-on-time",),
        "website.requests-per-specialist": ("all-channels.requests-per-specialist",),
    }
    for q in old.questions:
        assert q.id in kpi.replaces.questions or kpi.question(q.id) is not None


def test_the_1_0_0_file_is_kept_unchanged() -> None:
    kept = ROOT / "questionnaires/history/kpi@1.0.0.yaml"
    text = kept.read_text(encoding="utf-8")
    assert "version: 1.0.0\n" in text
    assert "website.requests-per-specialist" in text


def test_the_example_answers_every_question_of_2_0_0(kpi) -> None:
    example = load_assessment(example_path("kpi"))
    assert example.questionnaire_version == "2.0.0"
    assert set(example.answers) == {q.id for q in kpi.questions}
    assert [i for i, a in example.answers.items() if a.na] == ["written.forwarded-on-time"]
    assert example.targets == {"all-channels.satisfaction": 4.3}


def test_the_targets_file_names_scored_number_questions(kpi) -> None:
    targets = load_targets(TARGETS, kpi)
    assert targets == {"all-channels.satisfaction": 4.3, "call-centre.calls-answered": 90}
    assert all(kpi.question(i).scored for i in targets)
