"""The assessment file: JSON text to :class:`~cse_assess.core.model.Assessment` and back.

Pure: text in, objects out. :func:`parse_assessment` checks the file's structure;
:func:`validate_assessment` checks the answers against the question bank. Answers to questions
the bank does not know are kept and reported as warnings, never dropped.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable
from typing import Any

import attrs

from cse_assess.content._reader import Reader
from cse_assess.content._yaml import format_path, parse_yaml
from cse_assess.core.errors import AssessmentError, Problem
from cse_assess.core.model import (
    Answer,
    Assessment,
    ConsensusInfo,
    Context,
    Disagreement,
    Questionnaire,
)
from cse_assess.i18n import LANGUAGES, Term, describe

FORMAT = "cse-assess/assessment"
FORMAT_VERSION = 1
MAX_ASSESSMENT_BYTES = 10_000_000

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONTEXT_KEYS = ("institution", "unit", "assessor", "date", "language")
_ANSWER_KEYS = ("value", "na", "evidence", "note", "flag")
_CONSENSUS_KEYS = ("assessors", "agreement", "disagreements")


def parse_assessment(text: str, source: str = "<assessment>") -> Assessment:
    """Read an assessment from JSON ``text``; ``source`` names it in error messages.

    Raises :class:`~cse_assess.core.errors.AssessmentError` with every structural problem found.

    .. versionadded:: 0.1.0
    """
    if not text.strip():
        raise AssessmentError([Problem(source, 1, "", "empty_document")])
    duplicated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        found = dict(items)
        if len(found) != len(items):
            duplicated.append(items[0][0])
        return found

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        raise AssessmentError(
            [Problem(source, exc.lineno, "", "json_syntax", {"reason": exc.msg})]
        ) from None
    except RecursionError:
        raise AssessmentError([Problem(source, None, "", "yaml_too_deep", {"limit": 64})]) from None
    if duplicated:  # JSON parsers keep the last of two equal keys: an answer would be lost
        _, _, problems = parse_yaml(text, source)
        raise AssessmentError(
            [p for p in problems if p.code == "yaml_duplicate_key"]
            or [Problem(source, None, "", "json_syntax", {"reason": "a key appears twice"})]
        )
    r = Reader(source, {})
    assessment = _assessment(r, data)
    if r.problems or assessment is None:
        raise AssessmentError(with_lines(r.problems, text))
    return assessment


def _assessment(r: Reader, data: Any) -> Assessment | None:
    top = r.mapping(
        data,
        (),
        ("format", "format_version", "questionnaire", "answers"),
        ("context", "targets", "consensus"),
    )
    if top is None:
        return None
    r.header(top, FORMAT, FORMAT_VERSION)
    ref = r.mapping(top.get("questionnaire", {}), ("questionnaire",), ("id", "version"))
    bank_id = bank_version = None
    if ref is not None:
        bank_id = r.text_value(ref.get("id"), ("questionnaire", "id")) if "id" in ref else None
        bank_version = (
            r.text_value(ref.get("version"), ("questionnaire", "version"))
            if "version" in ref
            else None
        )
    context = _context(r, top.get("context", {}))
    answers: dict[str, Answer] = {}
    raw_answers = r.any_mapping(top.get("answers", {}), ("answers",))
    for qid, raw in (raw_answers or {}).items():
        answer = _answer(r, raw, ("answers", qid))
        if answer is not None:
            answers[qid] = answer
    targets: dict[str, float] = {}
    for qid, value in (r.any_mapping(top.get("targets", {}), ("targets",)) or {}).items():
        number = r.number(value, ("targets", qid))
        if number is not None:
            targets[qid] = number
    consensus = _consensus(r, top["consensus"]) if "consensus" in top else None
    if bank_id is None or bank_version is None or context is None:
        return None
    return Assessment(bank_id, bank_version, context, answers, targets, consensus)


def _consensus(r: Reader, raw: Any) -> ConsensusInfo | None:
    """The optional ``consensus`` record: assessors, agreement figure, disagreements."""
    path: tuple[str | int, ...] = ("consensus",)
    m = r.mapping(raw, path, _CONSENSUS_KEYS[:2], _CONSENSUS_KEYS[2:])
    if m is None:
        return None
    before = len(r.problems)
    assessors = []
    for i, name in enumerate(r.items(m.get("assessors", []), (*path, "assessors"))):
        text = r.text_value(name, (*path, "assessors", i))
        if text is not None:
            assessors.append(text)
    agreement = m.get("agreement")
    if agreement is not None:
        agreement = r.number(agreement, (*path, "agreement"))
        if agreement is not None and not 0 <= agreement <= 1:
            r.problem((*path, "agreement"), "out_of_range", value=agreement, allowed="0…1")
    disagreements = []
    for i, item in enumerate(
        r.items(m.get("disagreements", []), (*path, "disagreements"), nonempty=False)
    ):
        d = (*path, "disagreements", i)
        entry = r.mapping(item, d, ("question", "values"), ("spread",))
        if entry is None:
            continue
        question = r.text_value(entry.get("question"), (*d, "question"))
        values = r.any_mapping(entry.get("values", {}), (*d, "values"))
        spread = entry.get("spread")
        if spread is not None and (type(spread) is not int or spread < 0):
            r.problem(
                (*d, "spread"),
                "expected_type",
                expected=Term("integer"),
                got=describe(spread),
            )
        if question is not None and values is not None:
            disagreements.append(Disagreement(question, dict(values), spread))
    if len(r.problems) > before:
        return None
    return ConsensusInfo(tuple(assessors), agreement, tuple(disagreements))


def _context(r: Reader, raw: Any) -> Context | None:
    m = r.mapping(raw, ("context",), (), _CONTEXT_KEYS)
    if m is None:
        return None
    values: dict[str, str] = {}
    for key in _CONTEXT_KEYS:
        if key in m:
            value = r.text_value(m[key], ("context", key), nonempty=False)
            if value is not None:
                values[key] = value
    date = values.get("date", "")
    if date and not _is_date(date):
        r.problem(("context", "date"), "bad_date", value=date)
    language = values.get("language", "")
    if language and language not in LANGUAGES:
        r.problem(
            ("context", "language"), "not_in_choices", value=language, allowed=", ".join(LANGUAGES)
        )
    return Context(**values)


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _answer(r: Reader, raw: Any, path: tuple[str, ...]) -> Answer | None:
    m = r.mapping(raw, path, (), _ANSWER_KEYS)
    if m is None:
        return None
    na = r.boolean(m["na"], (*path, "na")) if "na" in m else False
    note = r.text_value(m["note"], (*path, "note"), nonempty=False) if "note" in m else ""
    evidence: list[str] = []
    raw_evidence = m.get("evidence", [])
    if not isinstance(raw_evidence, list):
        r.problem(
            (*path, "evidence"),
            "expected_type",
            expected=Term("list_of_text"),
            got=describe(raw_evidence),
        )
    else:
        for i, item in enumerate(raw_evidence):
            text = r.text_value(item, (*path, "evidence", i), nonempty=False)
            if text is not None and text.strip():
                evidence.append(text)
    raw_flag = m.get("flag")  # absent or null: not marked
    flag = None if raw_flag is None else r.text_value(raw_flag, (*path, "flag"), nonempty=False)
    if na is None or note is None or (raw_flag is not None and flag is None):
        return None
    return Answer(m.get("value"), na, tuple(evidence), note, flag)


def parse_targets(
    text: str, questionnaire: Questionnaire, source: str = "<targets>"
) -> dict[str, float]:
    """An institution's own targets: a YAML mapping of number-question id to target.

    Every id must name a number question of ``questionnaire`` and every target lie in its
    allowed range; otherwise :class:`~cse_assess.core.errors.AssessmentError` lists each problem.

    .. versionadded:: 0.1.0
    """
    data, lines, problems = parse_yaml(text, source)
    if problems:
        raise AssessmentError(problems)
    r = Reader(source, lines)
    targets: dict[str, float] = {}
    for qid, value in (r.any_mapping(data, ()) or {}).items():
        question = questionnaire.question(qid)
        number = r.number(value, (qid,))
        if question is None or not question.takes_target:
            r.problem((qid,), "unknown_target", question=qid, bank=questionnaire.id)
        elif number is not None:
            invalid = question.target_problem(number)
            if invalid is not None:
                r.problem((qid,), invalid.code, **invalid.args)
            else:
                targets[qid] = number
    if r.problems:
        raise AssessmentError(r.problems)
    return targets


def with_lines(problems: Iterable[Problem], text: str) -> list[Problem]:
    """The problems with the line of each field path looked up in the JSON ``text``.

    JSON parsers do not report where a value sits, so this re-reads the text (JSON is YAML)
    only when there is something to report: the common, valid path pays nothing.
    """
    problems = list(problems)
    if not problems or all(p.line is not None for p in problems):
        return problems
    try:
        _, lines, trouble = parse_yaml(text, "")
    except RecursionError:  # pragma: no cover - parse_yaml limits depth itself
        return problems
    if trouble:
        return problems
    by_path = {format_path(k): v for k, v in lines.items()}
    return [
        p if p.line is not None else attrs.evolve(p, line=_nearest(by_path, p.path))
        for p in problems
    ]


def _nearest(by_path: dict[str, int], path: str) -> int | None:
    while True:
        if path in by_path:
            return by_path[path]
        if not path:
            return None
        cut = max(path.rfind("."), path.rfind("["))
        path = path[: max(cut, 0)]


def dump_assessment(assessment: Assessment) -> str:
    """The assessment as JSON text: two-space indent, UTF-8 characters kept as they are.

    .. versionadded:: 0.1.0
    """
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "questionnaire": {
            "id": assessment.questionnaire_id,
            "version": assessment.questionnaire_version,
        },
        "context": attrs.asdict(assessment.context),
        "answers": {qid: _answer_data(a) for qid, a in assessment.answers.items()},
    }
    if assessment.targets:
        data["targets"] = dict(assessment.targets)
    if assessment.consensus is not None:
        info = assessment.consensus
        data["consensus"] = {
            "assessors": list(info.assessors),
            "agreement": info.agreement,
            "disagreements": [
                {"question": d.question, "values": dict(d.values), "spread": d.spread}
                for d in info.disagreements
            ],
        }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _answer_data(answer: Answer) -> dict[str, Any]:
    """An answer as the file keeps it; ``flag`` only where the question is marked."""
    data: dict[str, Any] = {
        "value": answer.value,
        "na": answer.na,
        "evidence": list(answer.evidence),
        "note": answer.note,
    }
    if answer.flag is not None:
        data["flag"] = answer.flag
    return data
