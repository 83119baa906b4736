"""Checking an assessment against its bank: values, N/A rules, targets, unknown questions.

Pure: the answers and the bank come in as arguments; every problem found is returned at once,
each with the field path it concerns (``answers.<id>.value``), never raised one by one.
"""

from __future__ import annotations

import attrs

from cse_assess.core.errors import AssessmentError, Problem
from cse_assess.core.model import Assessment, Questionnaire


@attrs.frozen
class Validation:
    """What :func:`validate_assessment` found: errors that stop scoring, and warnings.

    .. versionadded:: 0.1.0
    """

    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


def _path(*parts: str) -> str:
    return ".".join(parts)


def check_answers(
    assessment: Assessment, questionnaire: Questionnaire, source: str
) -> list[Problem]:
    """Every problem with the answers and targets of ``assessment`` for ``questionnaire``."""
    problems: list[Problem] = []

    def add(path: str, code: str, **args: object) -> None:
        problems.append(Problem(source, None, path, code, args))

    if assessment.questionnaire_id != questionnaire.id:
        add(
            "questionnaire.id",
            "other_bank",
            got=assessment.questionnaire_id,
            expected=questionnaire.id,
        )
    for qid, answer in assessment.answers.items():
        question = questionnaire.question(qid)
        if question is None:
            continue
        path = _path("answers", qid)
        if answer.na:
            if not question.allow_na:
                add(_path(path, "na"), "na_not_allowed", question=qid)
            if answer.value is not None:
                add(_path(path, "value"), "na_with_value", question=qid)
            if not answer.note.strip():
                add(_path(path, "note"), "na_needs_note", question=qid)
        elif answer.value is not None:
            invalid = question.check(answer.value)
            if invalid is not None:
                add(_path(path, "value"), invalid.code, **invalid.args)
    for qid, target in assessment.targets.items():
        question = questionnaire.question(qid)
        if question is None:
            add(_path("targets", qid), "unknown_target", question=qid, bank=questionnaire.id)
            continue
        invalid = question.target_problem(target)
        if invalid is not None:
            code = "unknown_target" if invalid.code == "target_not_taken" else invalid.code
            args = (
                {"question": qid, "bank": questionnaire.id}
                if code == "unknown_target"
                else invalid.args
            )
            add(_path("targets", qid), code, **args)
    return problems


def validate_assessment(
    assessment: Assessment, questionnaire: Questionnaire, source: str = "<assessment>"
) -> Validation:
    """Check every answer against the bank: values, N/A rules, targets, unknown questions, version.

    .. versionadded:: 0.1.0
    """
    problems = check_answers(assessment, questionnaire, source)
    unknown = [qid for qid in assessment.answers if questionnaire.question(qid) is None]
    warnings: list[Problem] = []
    if unknown:
        warnings.append(
            Problem(
                source,
                None,
                "answers",
                "warn_unknown_answers",
                {"count": len(unknown), "ids": ", ".join(unknown)},
            )
        )
    if assessment.questionnaire_version != questionnaire.version:
        missing = sum(1 for q in questionnaire.questions if q.id not in assessment.answers)
        warnings.append(
            Problem(
                source,
                None,
                "questionnaire.version",
                "warn_version",
                {
                    "bank": questionnaire.id,
                    "old": assessment.questionnaire_version,
                    "new": questionnaire.version,
                    "unknown": len(unknown),
                    "missing": missing,
                },
            )
        )
    return Validation(tuple(problems), tuple(warnings))


def require_valid(
    assessment: Assessment, questionnaire: Questionnaire, source: str = "<assessment>"
) -> None:
    """Raise :class:`~cse_assess.core.errors.AssessmentError` with every problem, if any."""
    problems = check_answers(assessment, questionnaire, source)
    if problems:
        raise AssessmentError(problems)
