"""The bundled standard-content bank 2.0.0: the content rules the bank promises to keep."""

from __future__ import annotations

import re

import pytest

import cse_assess

AREAS = [
    "scope",
    "principles",
    "commitments",
    "qualification",
    "norms",
    "procedure",
    "channels",
    "indicators",
]
SHARED_CRITICAL = {"scope.adopted", "procedure.complaints", "indicators.satisfaction"}
CAF_SUB_CRITERION = re.compile(r"[1-9]\.[1-9]")


@pytest.fixture(scope="module")
def bank() -> cse_assess.Questionnaire:
    return cse_assess.load_questionnaire("standard-content")


@pytest.fixture(scope="module")
def released() -> cse_assess.Questionnaire:
    return cse_assess.load_questionnaire("standard-content@1.0.0")


@pytest.fixture(scope="module")
def example(bank: cse_assess.Questionnaire) -> cse_assess.Assessment:
    return cse_assess.load_assessment(cse_assess.example_path("standard-content"), bank)


def test_version_areas_and_size(bank: cse_assess.Questionnaire) -> None:
    assert bank.version == "2.0.0"
    assert [a.id for a in bank.areas] == AREAS
    assert len(bank.questions) == 47
    assert all(a.weight == 1 for a in bank.areas)


def test_bank_policy(bank: cse_assess.Questionnaire) -> None:
    assert bank.band_name == {"lv": "Pilnīguma līmenis", "en": "Completeness level"}
    assert bank.min_coverage == 0.9
    assert bank.max_na == 0.1
    assert bank.critical_cap == "partial"
    assert [b.id for b in bank.bands] == ["initial", "partial", "complete"]


def test_only_the_three_shared_ideas_are_critical_and_never_na(
    bank: cse_assess.Questionnaire,
) -> None:
    critical = {q.id for q in bank.questions if q.critical}
    assert critical == SHARED_CRITICAL
    for qid in critical:
        question = bank.question(qid)
        assert question is not None
        assert question.kind == "yes_no"
        assert not question.allow_na
        assert question.weight == 2


def test_na_only_where_a_question_can_genuinely_not_apply(bank: cse_assess.Questionnaire) -> None:
    allowed = [q for q in bank.questions if q.allow_na]
    assert [q.id for q in allowed] == ["commitments.fees"]
    assert allowed[0].na_when is not None
    assert all(t.strip() for t in allowed[0].na_when.values())


def test_the_channel_gate_is_a_context_question(bank: cse_assess.Questionnaire) -> None:
    gate = bank.question("scope.channels")
    assert isinstance(gate, cse_assess.ChecklistQuestion)
    assert not gate.scored
    assert [i.id for i in gate.items] == [
        "in-person",
        "several-points",
        "telephone",
        "e-services",
        "vpvkac",
    ]
    assert [q.id for q in bank.questions if not q.scored] == ["scope.channels"]


def test_skip_logic_hides_channels_the_institution_does_not_run(
    bank: cse_assess.Questionnaire,
) -> None:
    none_run = {"scope.channels": cse_assess.Answer(value=[])}
    hidden = cse_assess.hidden(bank, none_run)
    assert hidden >= {
        "procedure.opening-hours",
        "channels.in-person-parameters",
        "channels.any-service-point",
        "channels.e-services",
        "channels.telephone-parameters",
        "channels.vpvkac",
        "indicators.in-person",
        "indicators.telephone",
    }
    # written channels and the website exist everywhere: never behind a gate
    assert "channels.remote-parameters" not in hidden
    assert "indicators.written-response" not in hidden
    every = [i.id for i in bank.question("scope.channels").items]  # type: ignore[union-attr]
    all_run = {
        "scope.channels": cse_assess.Answer(value=every),
        "procedure.complaints": cse_assess.Answer(value=True),
    }
    assert cse_assess.hidden(bank, all_run) == frozenset()


def test_every_question_is_bilingual_with_evidence_and_refs(
    bank: cse_assess.Questionnaire,
) -> None:
    for q in bank.questions:
        for field in (q.text, q.help, q.action):
            assert set(field) == {"lv", "en"}, q.id
            assert all(t.strip() for t in field.values()), q.id
        assert len(q.evidence) >= 2, q.id
        assert q.refs.seed, q.id
        assert q.refs.cse, q.id
        assert q.refs.caf, q.id
        for caf in q.refs.caf:
            assert CAF_SUB_CRITERION.fullmatch(caf), (q.id, caf)


def test_latvian_terms(bank: cse_assess.Questionnaire) -> None:
    texts: list[tuple[str, str]] = [
        ("title", bank.title["lv"]),
        ("description", bank.description["lv"]),
    ]
    for area in bank.areas:
        texts.append((area.id, area.intro["lv"]))
    for q in bank.questions:
        texts += [(q.id, q.text["lv"]), (q.id, q.help["lv"]), (q.id, q.action["lv"])]
        texts += [(q.id, e["lv"]) for e in q.evidence]
        texts += [(q.id, i.text["lv"]) for i in getattr(q, "items", ())]
    for where, text in texts:
        assert not re.search(r"(?<!sav)laicīgum", text), where  # "savlaicīgums" only
        assert "apmācīb" not in text, where  # "mācības" for training
        assert "fakss" not in text.lower() or where == "channels.remote-parameters", where
        if "pieteikumu vadības sistēm" in text:  # the seed's name, quoted once as the same system
            assert where == "indicators.data-sources", where


def test_no_fax_and_the_e_adrese_is_a_channel(bank: cse_assess.Questionnaire) -> None:
    remote = bank.question("channels.remote-parameters")
    assert isinstance(remote, cse_assess.ChecklistQuestion)
    assert [i.id for i in remote.items] == ["postal-address", "e-mail", "e-adrese", "website"]
    written = bank.question("indicators.written-response")
    assert isinstance(written, cse_assess.ChecklistQuestion)
    assert [i.id for i in written.items] == ["letters", "e-mail", "e-adrese"]


def _checklist_score(bank: cse_assess.Questionnaire, qid: str, ticked: list[str]) -> float:
    assessment = cse_assess.Assessment("standard-content", bank.version)
    assessment = assessment.with_answer(qid, cse_assess.Answer(value=ticked))
    result = cse_assess.score(bank, assessment)
    found = [q for a in result.areas for q in a.questions if q.id == qid]
    assert found
    assert found[0].claimed is not None
    return found[0].claimed


@pytest.mark.parametrize(
    ("ticked", "meets"),
    [
        (["process-management", "service-ethics", "communication-psychology"], True),
        (["professional-qualification"], True),
        (["process-management", "service-ethics"], False),
        (["service-ethics"], False),
    ],
)
def test_either_qualification_route_reaches_the_target(
    bank: cse_assess.Questionnaire, ticked: list[str], meets: bool
) -> None:
    question = bank.question("qualification.knowledge")
    assert isinstance(question, cse_assess.ChecklistQuestion)
    score = _checklist_score(bank, "qualification.knowledge", ticked)
    assert (score >= question.target * 100 - 1e-9) is meets


def test_the_lineage_maps_every_changed_id_of_1_0_0(
    bank: cse_assess.Questionnaire, released: cse_assess.Questionnaire
) -> None:
    assert released.version == "1.0.0"
    assert len(released.questions) == 24
    assert bank.replaces is not None
    assert bank.replaces.version == "1.0.0"
    now = {q.id for q in bank.questions}
    for q in released.questions:
        assert q.id in now or q.id in bank.replaces.questions, q.id
    for old_id in bank.replaces.questions:
        assert old_id not in now, f"{old_id} is mapped but still in the bank"
    assert bank.replaces.questions["channels.in-person"] == ()
    assert bank.replaces.questions["scope.contacts"] == ("scope.services", "scope.staff")


def test_the_example_answers_every_question_it_is_asked(
    bank: cse_assess.Questionnaire, example: cse_assess.Assessment
) -> None:
    assert example.questionnaire_version == "2.0.0"
    hidden = cse_assess.hidden(bank, example.answers)
    asked = [q.id for q in bank.questions if q.id not in hidden]
    assert all(example.answer(qid) is not None for qid in asked)
    assert set(example.answers) == set(asked)
    na = [qid for qid, a in example.answers.items() if a.na]
    assert na == ["commitments.fees"]
    assert example.answers["commitments.fees"].note.strip()


def test_the_example_is_partly_complete_with_every_critical_met(
    bank: cse_assess.Questionnaire, example: cse_assess.Assessment
) -> None:
    result = cse_assess.score(bank, example)
    assert result.capped_by == ()
    assert result.band is not None
    assert result.band.id == "partial"
    assert result.overall is not None
    assert result.verified is not None
    assert result.verified < result.overall  # one answer is claimed without its evidence
    assert 20 <= len(result.gaps) <= 30
