"""What every roll-up renderer shows the same way: the counts line and the weakest area."""

from __future__ import annotations

from cse_assess.core.model import localize
from cse_assess.many.rollup import BankRollup, Rollup
from cse_assess.render import number, t


def counts_line(rollup: Rollup, lang: str) -> str:
    """``Files: 12 read, 10 counted, 1 superseded, 1 skipped``."""
    return t(
        "rollup.counts",
        lang,
        files=rollup.files,
        counted=rollup.counted,
        superseded=rollup.superseded_count,
        skipped=rollup.skipped_count,
    )


def weakest_line(bank: BankRollup, lang: str, basis: str) -> str | None:
    """The weakest area of the network in words, or ``None`` when no area has a score."""
    weakest = bank.weakest_areas(basis, 1)
    if not weakest:
        return None
    stats = weakest[0].stats(basis)
    return t(
        "rollup.weakest_area",
        lang,
        area=localize(weakest[0].title, lang),
        mean=number(stats.mean, lang),
        min=number(stats.min, lang),
    )


def skipped_summary(rollup: Rollup, lang: str) -> str:
    """``not JSON: 1, unknown question bank: 2``."""
    return ", ".join(
        t("rollup.skipped_count", lang, reason=t(f"rollup.category.{c}", lang), count=n)
        for c, n in rollup.skipped_by_category()
    )


def details(rollup: Rollup, bank: BankRollup, lang: str, basis: str) -> str:
    """``Bank versions: 1.0.0 · One row per unit · Scores shown: claimed``."""
    from cse_assess.many.rollup import BY_INSTITUTION

    by = "rollup.by_institution" if rollup.by == BY_INSTITUTION else "rollup.by_unit"
    return " · ".join(
        (
            t("rollup.versions", lang, versions=", ".join(bank.versions)),
            t(by, lang),
            t(f"rollup.basis_{basis}", lang),
        )
    )
