"""The roll-up as plain text, written line by line: for a file, a pipe or a large table.

The same report as :class:`cse_assess.render.rollup.text.RollupView` draws on a terminal, laid
out by padding columns to their widest cell, without rich's measuring and wrapping: a table of
10,000 units is written in a fraction of a second. Colours, when asked for, are ANSI codes
around the cells; every text from the files is made visible (:func:`visible`) first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from cse_assess.core.model import Band, localize
from cse_assess.many.rollup import (
    BY_INSTITUTION,
    CLAIMED,
    BankRollup,
    Rollup,
    Row,
    heat,
    single_institution,
)
from cse_assess.output.text import visible
from cse_assess.render import number, t
from cse_assess.render.rollup._common import counts_line, details, skipped_summary, weakest_line

_SGR = {
    "low": "\x1b[1;97;41m",
    "mid": "\x1b[30;43m",
    "high": "\x1b[30;42m",
    "none": "\x1b[2m",
    "bold": "\x1b[1m",
    "dim": "\x1b[2m",
    "red": "\x1b[1;31m",
    "yellow": "\x1b[33m",
}
_RESET = "\x1b[0m"
GAP = "  "
"""Between two columns."""


class _Cell:
    """A cell: its text (what is measured) and the tone it is coloured in."""

    __slots__ = ("style", "text")

    def __init__(self, text: str, style: str = "") -> None:
        self.text = text
        self.style = style


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_SGR[style]}{text}{_RESET}" if color and style and text else text


def _score(value: float | None, lang: str, bands: tuple[Band, ...]) -> _Cell:
    return _Cell(number(value, lang), heat(value, bands))


def table_lines(
    header: Sequence[str],
    rows: Sequence[Sequence[_Cell]],
    right: Sequence[bool],
    *,
    color: bool = False,
    section: int | None = None,
) -> Iterator[str]:
    """The lines of a table: the header, a rule, the rows (another rule before row
    ``section``), each column as wide as its widest cell."""
    widths = [len(h) for h in header]
    for row in rows:
        for i, c in enumerate(row):
            if len(c.text) > widths[i]:
                widths[i] = len(c.text)

    def line(cells: Sequence[_Cell]) -> str:
        parts = []
        for i, c in enumerate(cells):
            pad = " " * (widths[i] - len(c.text))
            shown = _paint(c.text, c.style, color)
            parts.append(pad + shown if right[i] else shown + pad)
        return GAP.join(parts).rstrip()

    rule = GAP.join("─" * w for w in widths)
    yield line([_Cell(h, "bold") for h in header])
    yield rule
    for n, row in enumerate(rows):
        if n == section:
            yield rule
        yield line(row)


def iter_rollup_text(
    rollup: Rollup,
    lang: str,
    *,
    basis: str = CLAIMED,
    color: bool = False,
    limit: int = 20,
) -> Iterator[str]:
    """:func:`render_rollup_text` line by line (each without its line break)."""
    yield _paint(t("rollup.title", lang), "bold", color)
    yield counts_line(rollup, lang)
    if not rollup.banks:
        yield _paint(t("rollup.no_rows", lang), "red", color)
    for bank in rollup.banks:
        yield from _bank(rollup, bank, lang, basis, color)
    yield from _skipped(rollup, lang, color, limit)
    yield from _superseded(rollup, lang, color, limit)


def render_rollup_text(
    rollup: Rollup,
    lang: str,
    *,
    basis: str = CLAIMED,
    color: bool = False,
    limit: int = 20,
) -> str:
    """The roll-up as plain text (ANSI colours only when ``color``); the first ``limit``
    skipped and superseded files are listed, the others counted."""
    return "\n".join(iter_rollup_text(rollup, lang, basis=basis, color=color, limit=limit)) + "\n"


def _bank(rollup: Rollup, bank: BankRollup, lang: str, basis: str, color: bool) -> Iterator[str]:
    yield ""
    yield _paint(
        t("rollup.bank", lang, title=visible(localize(bank.title, lang)), id=bank.id), "bold", color
    )
    yield _paint(details(rollup, bank, lang, basis), "dim", color)
    weakest = weakest_line(bank, lang, basis)
    if weakest:
        yield _paint("▶ ", "red", color) + _paint(weakest, "bold", color)
    by_institution = rollup.by == BY_INSTITUTION
    only = single_institution(bank) if not by_institution else None
    if only:
        yield _paint(f"{t('institution', lang)}: ", "bold", color) + visible(only)
    header: list[str] = []
    if by_institution or only is None:
        header.append(t("institution", lang))
    header.append(t("rollup.units", lang) if by_institution else t("unit", lang))
    labels = len(header)
    header += [t("date", lang), t("rollup.overall", lang)]
    header += [str(i) for i in range(1, len(bank.areas) + 1)]
    right = [False] * labels + [False] + [True] * (1 + len(bank.areas))
    if by_institution:
        right[1] = True
    rows: list[list[_Cell]] = []
    bands = bank.bands
    for r in bank.rows:
        rows.append(
            [
                *_names(r, lang, by_institution, only is not None),
                _Cell(r.date or "–"),
                _score(r.score(basis), lang, bands),
                *(_score(s, lang, bands) for s in r.scores(basis)),
            ]
        )
    section = len(rows)
    stats = [bank.overall_stats(basis), *(a.stats(basis) for a in bank.areas)]
    for key in ("mean", "min", "max", "stdev"):
        first = [_Cell(t(f"rollup.{key}", lang), "bold")] + [_Cell("")] * (labels - 1)
        if key == "stdev":
            values = [_Cell(number(s.stdev, lang), "dim") for s in stats]
        else:
            values = [_score(getattr(s, key), lang, bands) for s in stats]
        rows.append([*first, _Cell(""), *values])
    yield from table_lines(header, rows, right, color=color, section=section)
    key_line = " · ".join(f"{i} {localize(a.title, lang)}" for i, a in enumerate(bank.areas, 1))
    yield _paint(f"{t('rollup.area_key', lang)}: {visible(key_line)}", "dim", color)
    yield _paint(t("rollup.legend", lang), "dim", color)
    if bank.withheld_rows or any(r.withheld for r in bank.rows):
        note = t("rollup.withheld_note", lang, count=bank.withheld_rows)
        yield _paint(note, "yellow", color)
    areas = bank.weakest_areas(basis)
    if areas:
        yield _paint(f"{t('rollup.weakest_areas', lang)}:", "bold", color)
        for i, a in enumerate(areas, 1):
            s = a.stats(basis)
            mean = _score(s.mean, lang, bands)
            low = f"  ({t('rollup.min', lang)} {number(s.min, lang)})"
            yield (
                f"  {i}. {visible(localize(a.title, lang))}  "
                + _paint(mean.text, mean.style, color)
                + _paint(low, "dim", color)
            )
    weak_rows = bank.weakest_rows(basis)
    if weak_rows:
        label = "rollup.weakest_institutions" if by_institution else "rollup.weakest_units"
        yield _paint(f"{t(label, lang)}:", "bold", color)
        for i, r in enumerate(weak_rows, 1):
            name = (r.unit or "–") if only else r.name
            score = _score(r.score(basis), lang, bands)
            yield f"  {i}. {visible(name)}  " + _paint(score.text, score.style, color)


def _names(r: Row, lang: str, by_institution: bool, one_institution: bool) -> list[_Cell]:
    mark = f" ({t('rollup.no_band_mark', lang, count=r.withheld)})" if r.withheld else ""
    if by_institution:
        return [_Cell(visible(r.institution or "–", keep_lines=False) + mark), _Cell(str(r.units))]
    unit = _Cell(visible(r.unit or "–", keep_lines=False) + mark)
    if one_institution:
        return [unit]
    return [_Cell(visible(r.institution or "–", keep_lines=False)), unit]


def _skipped(rollup: Rollup, lang: str, color: bool, limit: int) -> Iterator[str]:
    yield ""
    yield _paint(f"{t('rollup.skipped', lang)} ({rollup.skipped_count})", "bold", color)
    if not rollup.skipped_count:
        yield _paint(t("rollup.skipped_none", lang), "dim", color)
        return
    yield skipped_summary(rollup, lang)
    for s in rollup.skipped[:limit]:
        path = _paint("  " + visible(s.path, keep_lines=False), "bold", color)
        yield f"{path}: {visible(s.reason(lang), keep_lines=False)}"
    more = rollup.skipped_count - min(limit, len(rollup.skipped))
    if more > 0:
        kept = len(rollup.skipped)
        yield _paint(t("rollup.more_skipped", lang, count=more, kept=kept), "dim", color)


def _superseded(rollup: Rollup, lang: str, color: bool, limit: int) -> Iterator[str]:
    yield ""
    yield _paint(f"{t('rollup.superseded', lang)} ({rollup.superseded_count})", "bold", color)
    if not rollup.superseded_count:
        yield _paint(t("rollup.superseded_none", lang), "dim", color)
        return
    for s in rollup.superseded[:limit]:
        path, by = visible(s.path, keep_lines=False), visible(s.by, keep_lines=False)
        yield f"  {path} ({s.date or '–'}) → {by}"
    more = rollup.superseded_count - min(limit, len(rollup.superseded))
    if more > 0:
        yield _paint(t("rollup.more_superseded", lang, count=more), "dim", color)
