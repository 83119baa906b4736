"""The explanation of a result in words: each trace step's level, subject and formula."""

from __future__ import annotations

from collections.abc import Sequence

from cse_assess.core.explain import TraceStep, explain
from cse_assess.core.model import localize
from cse_assess.core.scoring import Result
from cse_assess.render import number, t


def _n(value: float, lang: str) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "lv" else text


def _mean(pairs: Sequence[tuple[float, float]], lang: str, open_weight: float = 0.0) -> str:
    if not pairs and not open_weight:
        return "–"
    top = " + ".join(f"{_n(s, lang)}×{_n(w, lang)}" for s, w in pairs)
    total = sum(w for _, w in pairs)
    if open_weight:
        top = f"{top} + 0×{_n(open_weight, lang)}" if top else f"0×{_n(open_weight, lang)}"
        total += open_weight
    return f"({top}) / {_n(total, lang)}"


def formula(step: TraceStep, result: Result, lang: str) -> str:
    """How a step's number was computed, in ``lang``."""
    from cse_assess.views import view

    bank = result.questionnaire
    args = step.args
    if step.code == "status":
        return t(f"status.{args['status']}", lang)
    if step.code == "scale":
        lo, hi = _n(args["min"], lang), _n(args["max"], lang)
        return f"({_n(args['value'], lang)} − {lo}) / ({hi} − {lo}) × 100"
    if step.code == "value":
        question = bank.question(step.subject)
        if question is None:  # pragma: no cover - a step is made from the bank's own questions
            return str(args["value"])
        return view(question).format_value(question, args["value"], lang)
    if step.code == "unproven_level":
        return t("explain.unproven_level", lang, level=_n(args["level"], lang))
    if step.code == "unproven_zero":
        return t("explain.unproven_zero", lang)
    if step.code == "mean":
        return _mean(args["pairs"], lang)
    if step.code == "floor":
        return _mean(args["pairs"], lang, args["open"])
    if step.code == "band":
        band = bank.band(args["band"])
        label = localize(band.label, lang) if band is not None else args["band"]
        return t("explain.band", lang, band=label, score=number(args["shown"], lang))
    if step.code == "withheld":
        return t(f"explain.withheld_{args['reason']}", lang, needed=args["needed"])
    if step.code == "cap":
        cap = bank.band(args["cap"]) if args["cap"] else None
        label = localize(cap.label, lang) if cap is not None else str(args["cap"])
        return t("explain.cap", lang, band=label)
    return step.code  # pragma: no cover - every code is worded above


def rows(result: Result, lang: str) -> list[tuple[str, str, str, str]]:
    """Every step as (what, subject, formula, value), worded in ``lang``."""
    return [
        (
            t(f"explain.level.{step.level}", lang),
            step.subject,
            formula(step, result, lang),
            number(step.value, lang, 2) if step.value is not None else "",
        )
        for step in explain(result)
    ]
