"""Colours from the bank's own bands: every coloured score (terminal, HTML, heat map, XLSX).

A score takes the colour of the band it falls in, judged on the number shown
(:func:`cse_assess.core.scoring.round_score`), so a cell that shows 40.0 has the colour of the
band that starts at 40. The bands are spread over three tones, lowest to highest: ``low``
(red), ``mid`` (amber), ``high`` (green); a bank of four bands (readiness: initial, developing,
established, leading) colours initial red, developing amber, established and leading green.
"""

from __future__ import annotations

from collections.abc import Sequence

from cse_assess.core.model import Band, localize
from cse_assess.core.scoring import round_score

TONES = ("low", "mid", "high")
"""The tones of a coloured score, lowest first; ``none`` where there is no score."""


def band_of(bands: Sequence[Band], score: float | None) -> Band | None:
    """The band a score falls in, judged on the score as shown (one decimal)."""
    if score is None or not bands:
        return None
    shown = round_score(score)
    found = bands[0]
    for band in bands:
        if band.min <= shown:
            found = band
    return found


def band_tone(bands: Sequence[Band], band: Band | None) -> str:
    """The tone of a band: its place among the bank's bands, spread over :data:`TONES`."""
    if band is None or band not in bands:
        return "none"
    n, i = len(bands), list(bands).index(band)
    if n == 1:
        return "mid"
    if 3 * i < n - 1:
        return "low"
    return "high" if 3 * i >= 2 * (n - 1) else "mid"


def tone(bands: Sequence[Band], score: float | None) -> str:
    """``low``, ``mid``, ``high`` (the tone of the score's band) or ``none`` (no score)."""
    return band_tone(bands, band_of(bands, score))


def legend(bands: Sequence[Band], lang: str) -> list[tuple[str, str]]:
    """Each band as (tone, ``Initial: 0 to under 40``) for a legend, lowest first."""
    from cse_assess.render import level, t

    out: list[tuple[str, str]] = []
    for i, band in enumerate(bands):
        if i + 1 < len(bands):
            span = t("band_range", lang, low=level(band.min), high=level(bands[i + 1].min))
        else:
            span = t("band_from", lang, min=level(band.min))
        out.append((band_tone(bands, band), f"{localize(band.label, lang)}: {span}"))
    return out
