"""A question bank as plain, form-ready data: what a web form or another tool needs to ask it.

Every area with its questions, each question once, with its kind and the kind's own keys as
its kind declares them (:attr:`cse_assess.kinds.Kind.fields`), the scales (named by id from
the questions that use them), the bands, and every condition with its operator. Texts are in
one language, or in all of the bank's languages as ``{"lv": ..., "en": ...}``. The result is
JSON-safe: ``json.dumps`` writes it as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypedDict

import attrs

from cse_assess.core.errors import NotFoundError
from cse_assess.core.model import (
    AllOf,
    AnyOf,
    Compare,
    Condition,
    FrozenMap,
    Questionnaire,
    Scale,
    localize,
)
from cse_assess.kinds import get_kind

FORMAT = "cse-assess/questionnaire-data"
FORMAT_VERSION = 1

LocalText = str | dict[str, str]
"""A text in one language, or in each of the bank's languages."""


class OptionData(TypedDict):
    """One level of a scale."""

    value: float
    label: LocalText
    description: LocalText


class ScaleData(TypedDict):
    """A scale, lowest level first."""

    id: str
    options: list[OptionData]


class BandData(TypedDict):
    """A band of the score: from ``min`` up to the next band's ``min``."""

    id: str
    min: float
    label: LocalText
    description: LocalText


class PolicyData(TypedDict):
    """The bank's scoring policy."""

    evidence_from: float
    critical_cap: str | None
    min_coverage: float
    max_na: float
    critical_factor: float
    proof_factor: float


class AreaData(TypedDict):
    """An area and its questions, in bank order.

    Each question is a dict with the keys every question has (``id``, ``kind``, ``text``,
    ``help``, ``evidence``, ``action``, ``weight``, ``critical``, ``allow_na``, ``na_when``,
    ``scored``, ``refs``, ``when``) and the keys its kind adds, as the bank file names them
    (a scale question's ``scale``, ``target`` and ``evidence_from``, a checklist's ``items``...).
    """

    id: str
    title: LocalText
    intro: LocalText
    weight: float
    when: dict[str, Any] | None
    questions: list[dict[str, Any]]


class QuestionnaireData(TypedDict):
    """A bank as form-ready data (format ``cse-assess/questionnaire-data`` 1).

    .. versionadded:: 0.2.0
    """

    format: str
    format_version: int
    id: str
    version: str
    languages: list[str]
    language: str | None
    title: LocalText
    description: LocalText
    band_name: LocalText | None
    policy: PolicyData
    scales: list[ScaleData]
    bands: list[BandData]
    areas: list[AreaData]


def questionnaire_data(questionnaire: Questionnaire, lang: str | None = None) -> QuestionnaireData:
    """``questionnaire`` as plain data for a form: texts in ``lang``, or in every language of
    the bank as ``{"lv": ..., "en": ...}`` when ``lang`` is ``None``.

    A condition is ``{"question": id, "operator": "equals", "value": true}``, or ``{"all":
    [...]}``, ``{"any": [...]}``, ``{"not": {...}}``. A language the bank does not have raises
    :class:`~cse_assess.core.errors.NotFoundError`.

    .. versionadded:: 0.2.0
    """
    bank = questionnaire
    if lang is not None and lang not in bank.languages:
        raise NotFoundError(
            "unknown_bank_language", lang=lang, name=bank.id, allowed=", ".join(bank.languages)
        )
    convert = _Convert(bank.languages, lang)
    text = convert.text
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": bank.id,
        "version": bank.version,
        "languages": list(bank.languages),
        "language": lang,
        "title": text(bank.title),
        "description": text(bank.description),
        "band_name": None if bank.band_name is None else text(bank.band_name),
        "policy": {
            "evidence_from": bank.evidence_from,
            "critical_cap": bank.critical_cap,
            "min_coverage": bank.min_coverage,
            "max_na": bank.max_na,
            "critical_factor": bank.critical_factor,
            "proof_factor": bank.proof_factor,
        },
        "scales": [
            {
                "id": s.id,
                "options": [
                    {
                        "value": o.value,
                        "label": text(o.label),
                        "description": text(o.description),
                    }
                    for o in s.options
                ],
            }
            for s in bank.scales
        ],
        "bands": [
            {"id": b.id, "min": b.min, "label": text(b.label), "description": text(b.description)}
            for b in bank.bands
        ],
        "areas": [
            {
                "id": a.id,
                "title": text(a.title),
                "intro": text(a.intro),
                "weight": a.weight,
                "when": condition_data(a.when),
                "questions": [convert.question(q) for q in a.questions],
            }
            for a in bank.areas
        ],
    }


def condition_data(condition: Condition | None) -> dict[str, Any] | None:
    """A condition as plain data (``None`` for none).

    .. versionadded:: 0.2.0
    """
    if condition is None:
        return None
    if isinstance(condition, Compare):
        return {
            "question": condition.question,
            "operator": condition.operator,
            "value": _plain(condition.value),
        }
    if isinstance(condition, AllOf | AnyOf):
        key = "all" if isinstance(condition, AllOf) else "any"
        return {key: [condition_data(c) for c in condition.conditions]}
    return {"not": condition_data(condition.condition)}


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Convert:
    """Model values to plain data, texts in one language or all."""

    def __init__(self, languages: Iterable[str], lang: str | None) -> None:
        self.languages = frozenset(languages)
        self.lang = lang

    def text(self, value: Mapping[str, str]) -> LocalText:
        if self.lang is not None:
            return localize(value, self.lang)
        return {k: str(v) for k, v in value.items()}

    def question(self, q: Any) -> dict[str, Any]:
        found: dict[str, Any] = {
            "id": q.id,
            "kind": q.kind,
            "text": self.text(q.text),
            "help": self.text(q.help),
            "evidence": [self.text(e) for e in q.evidence],
            "action": self.text(q.action),
            "weight": q.weight,
            "critical": q.critical,
            "allow_na": q.allow_na,
            "na_when": None if q.na_when is None else self.text(q.na_when),
            "scored": q.counts,
            "refs": {k: list(v) for k, v in attrs.asdict(q.refs).items() if v},
            "when": condition_data(q.when),
        }
        for field in get_kind(q.kind).fields:
            found[field.name] = self.value(getattr(q, field.name))
        return found

    def value(self, value: Any) -> Any:
        """A kind's own value: a scale by its id, texts in the language(s), items as dicts."""
        if isinstance(value, Scale):
            return value.id
        if isinstance(value, FrozenMap | dict) and value and set(value) <= self.languages:
            return self.text(value)
        if attrs.has(type(value)):
            return {f.name: self.value(getattr(value, f.name)) for f in attrs.fields(type(value))}
        if isinstance(value, tuple | list):
            return [self.value(v) for v in value]
        if isinstance(value, Mapping):
            return {k: self.value(v) for k, v in value.items()}
        return value
