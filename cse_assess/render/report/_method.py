"""The method in words, with the bank's own policy: the same paragraphs in every report."""

from __future__ import annotations

from cse_assess.core.model import localize
from cse_assess.core.scoring import Result
from cse_assess.render import percent, t


def method_paragraphs(result: Result, lang: str) -> list[str]:
    """How the numbers were made, filled in with this bank's settings."""
    from cse_assess.render.report._model import band_name

    bank = result.questionnaire
    name = band_name(result, lang)
    name_lower = name[:1].lower() + name[1:]  # the same name inside a sentence
    out = [
        t("report.method_text", lang),
        t(
            "report.method_band",
            lang,
            name=name,
            name_lower=name_lower,
            coverage=percent(bank.min_coverage, lang),
            na=percent(bank.max_na, lang),
        ),
    ]
    cap = bank.band(bank.critical_cap) if bank.critical_cap else None
    if cap is not None:
        label = localize(cap.label, lang)
        out.append(t("report.method_cap", lang, name=name, name_lower=name_lower, band=label))
    out.append(
        t(
            "report.method_gaps",
            lang,
            proof=bank.proof_factor,
            factor=bank.critical_factor,
        )
    )
    return out
