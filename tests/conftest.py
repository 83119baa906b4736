"""Shared fixtures: a minimal valid question bank and helpers to change it one thing at a time.

Also the hypothesis profiles: ``ci`` (the default: few examples, so that the whole suite is
quick) and ``thorough`` (many examples, for a change to the engine), chosen with
``pytest --hypothesis-profile=thorough`` or ``HYPOTHESIS_PROFILE=thorough``.
"""

from __future__ import annotations

import json
import os
import tempfile
from typing import Any

import pytest
from hypothesis import settings

from cse_assess import example_path, score
from cse_assess.content.bank import parse_questionnaire
from cse_assess.core.model import Assessment, Questionnaire
from cse_assess.core.scoring import Result
from cse_assess.io.store import load_assessment, load_questionnaire

# The compiled banks of this run go to a folder of its own, removed at its end: the tests never
# read or write the developer's own cache (cse_assess.io._compiled). A test of the cache sets
# CSE_ASSESS_CACHE_DIR itself.
_COMPILED = tempfile.TemporaryDirectory(prefix="cse-assess-test-cache-")
os.environ.setdefault("CSE_ASSESS_CACHE_DIR", _COMPILED.name)

settings.register_profile("ci", max_examples=25, deadline=None, print_blob=True)
settings.register_profile("thorough", max_examples=1000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Two areas, three questions, one three-level scale (0-2), two bands. Every mutation in the
# tests replaces one exact fragment of this text, so keep the fragments unique.
MINI_BANK = """\
format: cse-assess/questionnaire
format_version: 1
id: mini
version: 1.0.0
title: {lv: Mazā kopa, en: Mini bank}
description: {lv: Pārbaudes kopa, en: A bank for tests}
critical_cap: developing
scales:
  - id: maturity
    options:
      - {value: 0, label: {lv: Nav, en: None}, description: {lv: Nekā nav, en: Nothing}}
      - {value: 1, label: {lv: Daļēji, en: Partly}, description: {lv: Daļēji ir, en: Some}}
      - {value: 2, label: {lv: Pilnībā, en: Fully}, description: {lv: Viss ir, en: All}}
bands:
  - {id: initial, min: 0, label: {lv: Sākums, en: Initial}, description: {lv: Sāk, en: Start}}
  - {id: developing, min: 50, label: {lv: Attīstība, en: Developing},
     description: {lv: Vid, en: Mid}}
areas:
  - id: values
    title: {lv: Vērtības, en: Values}
    intro: {lv: Ievads vērtībām, en: Intro to values}
    questions:
      - id: values.adopted
        kind: scale
        text: {lv: Vai standarts pieņemts?, en: Is the standard adopted?}
        help: {lv: Palīdzība A, en: Help A}
        evidence:
          - {lv: Rīkojums, en: Order}
        action: {lv: Pieņemt, en: Adopt}
        target: 2
        critical: true
        refs: {seed: ["2.3 item 1"], cse: ["2.1"], caf: ["1.1"]}
      - id: values.published
        kind: scale
        text: {lv: Vai vērtības publicētas?, en: Are the values published?}
        help: {lv: Palīdzība B, en: Help B}
        evidence:
          - {lv: Tīmekļvietne, en: Website}
        action: {lv: Publicēt, en: Publish}
        target: 1
  - id: goals
    title: {lv: Mērķi, en: Goals}
    intro: {lv: Ievads mērķiem, en: Intro to goals}
    weight: 2
    questions:
      - id: goals.targets
        kind: scale
        text: {lv: Vai mērķi noteikti?, en: Are targets set?}
        help: {lv: Palīdzība C, en: Help C}
        evidence:
          - {lv: Tabula, en: Table}
        action: {lv: Noteikt, en: Set them}
        target: 2
        weight: 1.5
"""


def mutate(text: str, old: str, new: str) -> str:
    """``text`` with ``old``, which must occur exactly once, replaced by ``new``."""
    count = text.count(old)
    assert count == 1, f"{old!r} occurs {count} times; a mutation must change exactly one place"
    return text.replace(old, new)


def line_of(text: str, fragment: str) -> int:
    """The 1-based line of the one line of ``text`` that contains ``fragment``."""
    found = [i for i, line in enumerate(text.splitlines(), start=1) if fragment in line]
    assert len(found) == 1, f"{fragment!r} is on lines {found}, expected exactly one"
    return found[0]


def assessment_text(
    answers: dict[str, Any] | None = None,
    *,
    bank: str = "readiness",
    version: str = "1.0.0",
    context: dict[str, Any] | None = None,
) -> str:
    """An assessment file's JSON text, indented so that each field is on its own line."""
    data: dict[str, Any] = {
        "format": "cse-assess/assessment",
        "format_version": 1,
        "questionnaire": {"id": bank, "version": version},
        "context": context if context is not None else {"institution": "Iestāde", "language": ""},
        "answers": answers if answers is not None else {},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.fixture
def mini_text() -> str:
    return MINI_BANK


@pytest.fixture
def mini_bank() -> Questionnaire:
    return parse_questionnaire(MINI_BANK, "mini.yaml")


@pytest.fixture(scope="session")
def readiness() -> Questionnaire:
    return load_questionnaire("readiness")


# The bundled readiness bank, its example and the example's result, as the report tests use
# them (a module may define its own fixture of the same name; it is then that one).
@pytest.fixture(scope="session")
def bank() -> Questionnaire:
    return load_questionnaire("readiness")


@pytest.fixture(scope="session")
def assessment() -> Assessment:
    return load_assessment(example_path())


@pytest.fixture(scope="session")
def result(bank: Questionnaire, assessment: Assessment) -> Result:
    return score(bank, assessment)
