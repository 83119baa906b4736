"""How every number of a result was computed, as steps of codes and plain arguments.

Pure and unworded: :func:`explain` returns :class:`TraceStep` objects whose ``code`` and
``args`` the shell puts into words in the user's language (``cse-assess score --explain``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from cse_assess.core.model import FrozenMap, frozen_map
from cse_assess.core.scoring import ANSWERED, Result


@attrs.frozen
class TraceStep:
    """One line of an explanation: what was computed (``level``, ``subject``), how (``code``
    with ``args``), and the result (``value``).

    Codes: ``status`` (a question not scored: ``args["status"]``), ``scale`` (a level on a
    scale: ``value``, ``min``, ``max``), ``value`` (an answer scored by its kind: ``value``),
    ``unproven_level`` (counted at ``level`` for want of evidence), ``unproven_zero`` (counted as
    0 for want of evidence), ``mean`` (a weighted mean of ``pairs`` of score and weight),
    ``floor`` (the same, with ``open`` weight of open questions counted as 0), ``band`` (the band
    ``band`` of the score ``shown``), ``withheld`` (no band: ``reason``, ``needed``), ``cap``
    (capped at ``cap`` while ``ids`` are open).

    .. versionadded:: 0.1.0
    """

    level: str
    subject: str
    code: str
    args: FrozenMap = attrs.field(converter=frozen_map)
    value: float | None


def _pairs(items: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
    return tuple((float(s), float(w)) for s, w in items)


def explain(result: Result) -> tuple[TraceStep, ...]:
    """The trace from answers to areas to the overall score and the band, one step per number.

    .. versionadded:: 0.1.0
    """
    from cse_assess.core.scoring import UNANSWERED, round_score

    steps: list[TraceStep] = []
    for area in result.areas:
        for q in area.questions:
            if q.status != ANSWERED:
                steps.append(TraceStep("question", q.id, "status", {"status": q.status}, None))
                continue
            assert q.answer is not None
            assert q.claimed is not None
            assert q.verified is not None
            scale = q.question.scale
            if scale is not None:
                args = {"value": q.answer.value, "min": scale.min, "max": scale.max}
                steps.append(TraceStep("question", q.id, "scale", args, q.claimed))
            else:
                steps.append(
                    TraceStep("question", q.id, "value", {"value": q.answer.value}, q.claimed)
                )
            if q.verified != q.claimed:
                if scale is not None and q.question.evidence_from is not None:
                    level = scale.below(q.question.evidence_from).value
                    steps.append(
                        TraceStep("verified", q.id, "unproven_level", {"level": level}, q.verified)
                    )
                else:
                    steps.append(TraceStep("verified", q.id, "unproven_zero", {}, q.verified))
        scored = [(q.claimed, q.question.weight) for q in area.questions if q.claimed is not None]
        checked = [
            (q.verified, q.question.weight) for q in area.questions if q.verified is not None
        ]
        open_weight = sum(q.question.weight for q in area.questions if q.status == UNANSWERED)
        steps.append(TraceStep("area", area.id, "mean", {"pairs": _pairs(scored)}, area.score))
        steps.append(
            TraceStep("area-verified", area.id, "mean", {"pairs": _pairs(checked)}, area.verified)
        )
        if open_weight:
            steps.append(
                TraceStep(
                    "area-floor",
                    area.id,
                    "floor",
                    {"pairs": _pairs(scored), "open": open_weight},
                    area.floor,
                )
            )
    bank = result.questionnaire.id
    for name, attr in (
        ("overall", "score"),
        ("overall-verified", "verified"),
        ("overall-floor", "floor"),
        ("overall-verified-floor", "verified_floor"),
    ):
        pairs = [(getattr(a, attr), a.weight) for a in result.areas if getattr(a, attr) is not None]
        value = {
            "score": result.overall,
            "verified": result.verified,
            "floor": result.floor,
            "verified_floor": result.verified_floor,
        }[attr]
        steps.append(TraceStep(name, bank, "mean", {"pairs": _pairs(pairs)}, value))
    if result.withheld is not None:
        steps.append(
            TraceStep(
                "band",
                bank,
                "withheld",
                {"reason": result.withheld, "needed": result.needed},
                None,
            )
        )
    else:
        for name, band, value in (
            ("band", result.band, result.floor),
            ("band-verified", result.verified_band, result.verified_floor),
        ):
            if band is not None and value is not None:
                args = {"band": band.id, "shown": round_score(value)}
                steps.append(TraceStep(name, bank, "band", args, value))
        if result.capped or result.verified_capped:
            steps.append(
                TraceStep(
                    "band-cap",
                    ", ".join(result.capped_by),
                    "cap",
                    {"ids": result.capped_by, "cap": result.questionnaire.critical_cap},
                    None,
                )
            )
    return tuple(steps)
