"""Consensus: several assessors' answers to one bank become one assessment, and a report.

Good practice (CAF) is that several people assess alone, then agree in a consensus meeting.
:func:`consensus` prepares that meeting: it proposes an answer to every question from the
assessors' answers and lists the questions they disagree on, widest spread first.

Pure: it takes a loaded bank and loaded assessments and returns objects; nothing here reads a
file, the clock or the terminal. The rules, per question, over the assessors who answered it
(a value, or not applicable):

- not applicable where a strict majority said so (their notes merged);
- otherwise, from the others: the median level for scale questions (the lower of the two
  middle levels on a tie); the majority for yes/no (a tie is no); the median for numbers (the
  mean of the two middle values when their count is even); the items a strict majority ticked
  for checklists, in the bank's item order.

Evidence and notes of every assessor are kept, without duplicates, each tagged with the names
of the assessors who gave it: ``"Rīkojums Nr. 5 [Ilze Bērziņa, Jānis Ozols]"``.

A disagreement is a spread of two or more scale steps, or not applicable beside a level; for
other kinds, any difference (also not applicable beside a value). The agreement figure is the
share of the questions answered by at least two assessors on which there is no disagreement.
The method is described in ``docs/consensus.md``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any

import attrs

from cse_assess import i18n
from cse_assess.core.errors import MessageError
from cse_assess.core.model import NA as MODEL_NA
from cse_assess.core.model import (
    Answer,
    Assessment,
    ConsensusInfo,
    Context,
    Disagreement,
    Question,
    Questionnaire,
)

NA = MODEL_NA
"""How a not-applicable answer appears among an assessor's values."""


@attrs.frozen
class Notice:
    """A warning that does not stop the work: a message code and its arguments.

    .. versionadded:: 0.1.0
    """

    code: str
    args: Mapping[str, object] = attrs.field(factory=dict)

    def message(self, lang: str = "en") -> str:
        """The warning in words, in ``lang``."""
        return i18n.message(self.code, lang, **self.args)


@attrs.frozen
class QuestionConsensus:
    """What the assessors answered to one question, and the answer proposed.

    ``values`` pairs each assessor who answered (a value, or not applicable) with the value,
    :data:`NA` for not applicable, in the order of the files. ``answer`` is the consensus
    answer (``None`` where no assessor wrote anything). ``spread`` is the number of scale
    steps between the lowest and the highest level given (scale questions with at least one
    level; ``None`` otherwise).

    .. versionadded:: 0.1.0
    """

    question: Question
    values: tuple[tuple[str, Any], ...]
    answer: Answer | None
    spread: int | None
    disagreement: bool

    @property
    def id(self) -> str:
        """The question's id."""
        return self.question.id

    @property
    def compared(self) -> bool:
        """Whether at least two assessors answered, so that agreement can be judged."""
        return len(self.values) >= 2

    @property
    def mixed_na(self) -> bool:
        """Whether some assessors said not applicable and others gave a value."""
        nas = sum(1 for _, v in self.values if is_na(v))
        return 0 < nas < len(self.values)


@attrs.frozen
class ConsensusReport:
    """Who assessed, how far they agreed, and the questions to discuss first.

    ``questions`` holds every question of the bank in bank order; ``disagreements`` the
    questions with a disagreement, widest spread first, then in bank order. ``agreement`` is
    ``agreed / compared`` (``None`` where ``compared`` is 0).

    .. versionadded:: 0.1.0
    """

    assessors: tuple[str, ...]
    agreement: float | None
    agreed: int
    compared: int
    questions: tuple[QuestionConsensus, ...]
    disagreements: tuple[QuestionConsensus, ...]
    warnings: tuple[Notice, ...]

    def info(self) -> ConsensusInfo:
        """The record kept under ``consensus`` in the consensus file."""
        return ConsensusInfo(
            assessors=self.assessors,
            agreement=self.agreement,
            disagreements=tuple(
                Disagreement(q.id, dict(q.values), q.spread) for q in self.disagreements
            ),
        )


@attrs.frozen
class Consensus:
    """The consensus assessment and the report on how it was reached.

    ``assessment.consensus`` carries the report's record (assessors, agreement figure,
    disagreements), so it is saved with the file.

    .. versionadded:: 0.1.0
    """

    assessment: Assessment
    report: ConsensusReport


def assessor_names(assessments: Sequence[Assessment], sources: Sequence[str]) -> tuple[str, ...]:
    """Each file's assessor, unique: the file's stem where none is named, ``Anna (2)`` for a
    second ``Anna``.

    .. versionadded:: 0.1.0
    """
    names: list[str] = []
    taken: set[str] = set()
    for assessment, source in zip(assessments, sources, strict=True):
        base = " ".join(assessment.context.assessor.split()) or PurePath(source).stem or source
        name, n = base, 2
        while name in taken:
            name = f"{base} ({n})"
            n += 1
        taken.add(name)
        names.append(name)
    return tuple(names)


def consensus(
    questionnaire: Questionnaire,
    assessments: Sequence[Assessment],
    sources: Sequence[str] | None = None,
) -> Consensus:
    """The consensus of several assessors' ``assessments`` of ``questionnaire``.

    ``sources`` name the files (in errors, and as the assessor where a file names none); by
    default ``assessment-1``, ``assessment-2``... Every assessment must be of the bank's id
    and all of one version, else :class:`~cse_assess.core.errors.MessageError` names the file.
    The answers are assumed valid (see :func:`cse_assess.validate_assessment`).

    .. versionadded:: 0.1.0
    """
    if not assessments:
        raise MessageError("consensus_too_few", count=0)
    if sources is None:
        sources = [f"assessment-{i}" for i in range(1, len(assessments) + 1)]
    if len(sources) != len(assessments):
        raise ValueError("one source per assessment")
    first = assessments[0]
    for assessment, source in zip(assessments, sources, strict=True):
        if assessment.questionnaire_id != questionnaire.id:
            raise MessageError(
                "consensus_other_bank",
                path=source,
                got=assessment.questionnaire_id,
                expected=questionnaire.id,
            )
        if assessment.questionnaire_version != first.questionnaire_version:
            raise MessageError(
                "consensus_other_version",
                path=source,
                bank=questionnaire.id,
                got=assessment.questionnaire_version,
                expected=first.questionnaire_version,
            )
    names = assessor_names(assessments, sources)
    warnings = _context_warnings(assessments, sources)
    questions: list[QuestionConsensus] = []
    answers: dict[str, Answer] = {}
    for question in questionnaire.questions:
        given = [
            (name, a.answers[question.id])
            for name, a in zip(names, assessments, strict=True)
            if question.id in a.answers
        ]
        q = _question(question, given)
        questions.append(q)
        if q.answer is not None:
            answers[question.id] = q.answer
    compared = [q for q in questions if q.compared]
    agreed = sum(1 for q in compared if not q.disagreement)
    order = {q.id: i for i, q in enumerate(questions)}
    disagreements = sorted(
        (q for q in questions if q.disagreement),
        key=lambda q: (-(q.spread or 0), order[q.id]),
    )
    report = ConsensusReport(
        assessors=names,
        agreement=agreed / len(compared) if compared else None,
        agreed=agreed,
        compared=len(compared),
        questions=tuple(questions),
        disagreements=tuple(disagreements),
        warnings=warnings,
    )
    result = Assessment(
        questionnaire_id=questionnaire.id,
        questionnaire_version=first.questionnaire_version,
        context=_context(assessments, names),
        answers=answers,
        targets=dict(first.targets),
        consensus=report.info(),
    )
    for assessment, source in zip(assessments, sources, strict=True):
        unknown = [qid for qid in assessment.answers if questionnaire.question(qid) is None]
        if unknown:
            warnings += (
                Notice(
                    "consensus_unknown_answers",
                    {"path": source, "count": len(unknown), "ids": ", ".join(unknown)},
                ),
            )
    return Consensus(result, attrs.evolve(report, warnings=warnings))


# --- one question -----------------------------------------------------------------------------


def is_na(value: Any) -> bool:
    """Whether an assessor's value (from :attr:`QuestionConsensus.values`) is not applicable."""
    return isinstance(value, str) and value == NA


def _question(question: Question, given: list[tuple[str, Answer]]) -> QuestionConsensus:
    values = tuple(
        (name, NA if answer.na else answer.value) for name, answer in given if answer.answered
    )
    levels: list[Any] = [v for _, v in values if not is_na(v)]
    nas = len(values) - len(levels)
    spread = question.spread(levels)
    disagreement = len(values) >= 2 and question.disagree(levels, nas)
    evidence = _merge(
        [(name, item) for name, answer in given for item in answer.evidence], "evidence"
    )
    note = "\n".join(_merge([(name, answer.note) for name, answer in given], "note"))
    if not values and not evidence and not note:
        answer = None
    elif values and nas * 2 > len(values):
        answer = Answer(None, True, evidence, note)
    else:
        value = question.propose(levels) if levels else None
        answer = Answer(value, False, evidence, note)
    return QuestionConsensus(question, values, answer, spread, disagreement)


def _merge(items: list[tuple[str, str]], what: str) -> tuple[str, ...]:
    """Texts without duplicates (spacing ignored), each tagged ``[names]``, in first-seen order."""
    found: dict[str, tuple[str, list[str]]] = {}
    for name, text in items:
        key = " ".join(text.split())
        if not key:
            continue
        if key not in found:
            found[key] = (text.strip(), [])
        names = found[key][1]
        if name not in names:
            names.append(name)
    return tuple(f"{text} [{', '.join(names)}]" for text, names in found.values())


# --- the context -------------------------------------------------------------------------------


def _context(assessments: Sequence[Assessment], names: Sequence[str]) -> Context:
    def first(field: str) -> str:
        return next((v for a in assessments if (v := getattr(a.context, field))), "")

    dates = [a.context.date for a in assessments if a.context.date]
    return Context(
        institution=first("institution"),
        unit=first("unit"),
        assessor=", ".join(names),
        date=max(dates) if dates else "",  # ISO dates sort as text
        language=assessments[0].context.language,
    )


def _context_warnings(
    assessments: Sequence[Assessment], sources: Sequence[str]
) -> tuple[Notice, ...]:
    warnings: list[Notice] = []
    for field in ("institution", "unit"):
        values: list[str] = []
        for a in assessments:
            value = getattr(a.context, field)
            if value and value not in values:
                values.append(value)
        if len(values) > 1:
            warnings.append(
                Notice(
                    f"consensus_{field}_differs",
                    {"values": "; ".join(values), "kept": values[0]},
                )
            )
    first = dict(assessments[0].targets)
    for a, source in zip(assessments[1:], sources[1:], strict=True):
        if dict(a.targets) != first:
            warnings.append(Notice("consensus_targets_differ", {"path": source}))
    return tuple(warnings)
