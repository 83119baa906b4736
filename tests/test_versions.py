"""Released versions of bundled banks stay loadable as ``id@version``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cse_assess
from cse_assess.core.model import Answer, Assessment
from cse_assess.io import store

BANK = """\
format: cse-assess/questionnaire
format_version: 1
id: mini
version: {version}
title: {{lv: Mazā, en: Mini}}
description: {{lv: Apraksts, en: Description}}
scales:
  - id: s
    options:
      - {{value: 0, label: {{lv: Nav, en: None}}, description: {{lv: Nav, en: None}}}}
      - {{value: 2, label: {{lv: Daļēji, en: Partly}}, description: {{lv: Daļēji, en: Partly}}}}
      - {{value: 4, label: {{lv: Pilnīgi, en: Fully}}, description: {{lv: Pilnīgi, en: Fully}}}}
bands:
  - {{id: low, min: 0, label: {{lv: Zems, en: Low}}, description: {{lv: Zems, en: Low}}}}
areas:
  - id: a
    title: {{lv: Joma, en: Area}}
    intro: {{lv: Ievads, en: Intro}}
    questions:
{questions}
"""
QUESTION = """\
      - id: a.{name}
        kind: scale
        text: {{lv: Jautājums?, en: Question?}}
        help: {{lv: Palīdzība, en: Help}}
        target: {target}
        evidence: [{{lv: Pierādījums, en: Evidence}}]
        action: {{lv: Darīt, en: Do}}
"""


def bank_text(version: str, target: int, names: tuple[str, ...] = ("one",)) -> str:
    questions = "".join(QUESTION.format(name=n, target=target) for n in names)
    return BANK.format(version=version, questions=questions.rstrip("\n"))


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundled folder whose current `mini` is 1.1.0 and whose history keeps 1.0.0."""
    (tmp_path / "history").mkdir()
    (tmp_path / "mini.yaml").write_text(bank_text("1.1.0", 4, ("one", "two")), "utf-8")
    (tmp_path / "history" / "mini@1.0.0.yaml").write_text(bank_text("1.0.0", 2), "utf-8")
    monkeypatch.setattr(store, "_bundled_folder", lambda: str(tmp_path))
    return tmp_path


def test_current_and_released_versions_load_by_name(bundled: Path) -> None:
    assert cse_assess.load_questionnaire("mini").version == "1.1.0"
    assert cse_assess.load_questionnaire("mini@1.1.0").version == "1.1.0"
    old = cse_assess.load_questionnaire("mini@1.0.0")
    assert old.version == "1.0.0"
    assert [q.id for q in old.questions] == ["a.one"]
    assert store.bundled_versions("mini") == ["1.0.0", "1.1.0"]
    assert store.bundled_ids() == ["mini"]  # the history folder holds no current banks


def test_an_unknown_version_lists_the_released_ones(bundled: Path) -> None:
    with pytest.raises(cse_assess.NotFoundError) as caught:
        cse_assess.load_questionnaire("mini@0.9.0")
    assert (
        caught.value.localized("en")
        == "question bank 'mini' has no version 0.9.0; available: 1.0.0, 1.1.0"
    )


def test_an_assessment_is_scored_against_the_version_it_names(bundled: Path) -> None:
    # Level 2 meets 1.0.0's target (2) but not 1.1.0's (4): the gap list tells which bank scored.
    path = bundled / "a.json"
    cse_assess.save_assessment(
        Assessment("mini", "1.0.0", answers={"a.one": Answer(2, False, ("Rīkojums",))}), path
    )
    loaded = cse_assess.read_assessment(path)
    assert loaded.questionnaire.version == "1.0.0"
    assert loaded.warnings == ()  # no "other version" warning: it is the version named
    result = cse_assess.score(loaded.questionnaire, loaded.assessment)
    assert result.gaps == ()
    assert result.overall == pytest.approx(50.0)


def test_a_version_that_is_gone_falls_back_to_the_current_one_with_a_warning(
    bundled: Path,
) -> None:
    path = bundled / "b.json"
    data = json.loads(cse_assess.dump_assessment(Assessment("mini", "0.5.0")))
    path.write_text(json.dumps(data), "utf-8")
    loaded = cse_assess.read_assessment(path)
    assert loaded.questionnaire.version == "1.1.0"
    assert [w.code for w in loaded.warnings] == ["warn_version"]
