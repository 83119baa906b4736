"""Checking an assessment against its bank: values, N/A rules, targets, unknown questions.

Pure: the answers and the bank come in as arguments; every problem found is returned at once,
each with the field path it concerns (``answers.<id>.value``), never raised one by one.
"""

from __future__ import annotations

import math

import attrs

from cse_assess.core.errors import AssessmentError, Loc, Problem
from cse_assess.core.model import Assessment, Invalid, Questionnaire
from cse_assess.core.text import quoted


def not_finite(value: object) -> str | None:
    """``"not_finite"`` for NaN or infinity, ``"number_too_large"`` for an integer past a
    float's range, else ``None``: numbers no answer or target may be."""
    if isinstance(value, float) and not math.isfinite(value):
        return "not_finite"
    if isinstance(value, int) and not -_LARGEST <= value <= _LARGEST:
        return "number_too_large"
    return None


_LARGEST = int(1e308)


@attrs.frozen
class Validation:
    """What :func:`validate_assessment` found: errors that stop scoring, and warnings.

    .. versionadded:: 0.1.0
    """

    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


def check_answers(
    assessment: Assessment, questionnaire: Questionnaire, source: str
) -> list[Problem]:
    """Every problem with the answers and targets of ``assessment`` for ``questionnaire``."""
    problems: list[Problem] = []

    def add(loc: Loc, code: str, **args: object) -> None:  # a value quoted is cut short
        safe = {key: quoted(value) for key, value in args.items()}
        problems.append(Problem.at(source, None, loc, code, **safe))

    if assessment.questionnaire_id != questionnaire.id:
        add(
            ("questionnaire", "id"),
            "other_bank",
            got=assessment.questionnaire_id,
            expected=questionnaire.id,
        )
    for qid, answer in assessment.answers.items():
        question = questionnaire.question(qid)
        if question is None:
            continue
        if answer.na:
            if not question.allow_na:
                add(("answers", qid, "na"), "na_not_allowed", question=qid)
            if answer.value is not None:
                add(("answers", qid, "value"), "na_with_value", question=qid)
            if not answer.note.strip():
                add(("answers", qid, "note"), "na_needs_note", question=qid)
        elif answer.value is not None:
            odd = not_finite(answer.value)
            invalid = Invalid(odd) if odd else question.check(answer.value)
            if invalid is not None:
                add(("answers", qid, "value"), invalid.code, **invalid.args)
    for qid, target in assessment.targets.items():
        question = questionnaire.question(qid)
        if question is None:
            add(("targets", qid), "unknown_target", question=qid, bank=questionnaire.id)
            continue
        odd = not_finite(target)
        invalid = Invalid(odd) if odd else question.target_problem(target)
        if invalid is not None:
            code = "unknown_target" if invalid.code == "target_not_taken" else invalid.code
            args = (
                {"question": qid, "bank": questionnaire.id}
                if code == "unknown_target"
                else invalid.args
            )
            add(("targets", qid), code, **args)
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
            Problem.at(
                source,
                None,
                ("answers",),
                "warn_unknown_answers",
                count=len(unknown),
                ids=", ".join(unknown),
            )
        )
    if assessment.questionnaire_version != questionnaire.version:
        missing = sum(1 for q in questionnaire.questions if q.id not in assessment.answers)
        warnings.append(
            Problem.at(
                source,
                None,
                ("questionnaire", "version"),
                "warn_version",
                bank=questionnaire.id,
                old=assessment.questionnaire_version,
                new=questionnaire.version,
                unknown=len(unknown),
                missing=missing,
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
