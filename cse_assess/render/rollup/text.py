"""The roll-up in the terminal: a heat map of units by areas, coloured by score.

``RollupView(rollup, "lv")`` renders itself on any rich console (a terminal, for a table of a
few hundred rows); :mod:`cse_assess.render.rollup.plain` writes the same as plain text (for a
file, a pipe or a large table). Cells are red below 40, yellow below 70
and green from 70; the number is always in the cell, so the table reads without colour too.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich import box
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from cse_assess.core.model import Band, localize
from cse_assess.many.rollup import (
    BY_INSTITUTION,
    CLAIMED,
    BankRollup,
    Rollup,
    Row,
    Stats,
    heat,
    single_institution,
)
from cse_assess.output.text import visible
from cse_assess.render import number, t
from cse_assess.render.rollup._common import counts_line, details, skipped_summary, weakest_line

STYLES = {
    "low": "bold white on red3",
    "mid": "black on yellow3",
    "high": "black on green3",
    "none": "dim",
}
"""The rich style of each heat-map band."""


def cell(score: float | None, lang: str, bands: tuple[Band, ...] = ()) -> Text:
    """A score as a heat-map cell: the number, on the colour of its band in the bank."""
    return Text(number(score, lang), style=STYLES[heat(score, bands)])


class RollupView:
    """The roll-up for a terminal: per bank a heat map and the weakest areas and units, then
    the files skipped and the assessments superseded (the first ``limit`` of each)."""

    def __init__(self, rollup: Rollup, lang: str, *, basis: str = CLAIMED, limit: int = 20):
        self.rollup = rollup
        self.lang = lang
        self.basis = basis
        self.limit = limit

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lang = self.lang
        yield Text(t("rollup.title", lang), style="bold underline")
        yield Text(counts_line(self.rollup, lang))
        if not self.rollup.banks:
            yield Text(t("rollup.no_rows", lang), style="bold red")
        for bank in self.rollup.banks:
            yield from self._bank(bank)
        yield from self._skipped()
        yield from self._superseded()

    def _bank(self, bank: BankRollup) -> Iterator[RenderableType]:
        lang, basis = self.lang, self.basis
        yield Text("")
        yield Text(
            t("rollup.bank", lang, title=localize(bank.title, lang), id=bank.id), style="bold"
        )
        yield Text(details(self.rollup, bank, lang, basis), style="dim")
        weakest = weakest_line(bank, lang, basis)
        if weakest:
            yield Text.assemble(("▶ ", "bold red"), (weakest, "bold"))
        only = single_institution(bank) if self.rollup.by != BY_INSTITUTION else None
        if only:
            yield Text.assemble((f"{t('institution', lang)}: ", "bold"), visible(only))
        yield self._table(bank, only is not None)
        key = " · ".join(f"{i} {localize(a.title, lang)}" for i, a in enumerate(bank.areas, 1))
        yield Text(f"{t('rollup.area_key', lang)}: {key}", style="dim")
        yield Text(t("rollup.legend", lang), style="dim")
        if bank.withheld_rows or any(r.withheld for r in bank.rows):
            yield Text(t("rollup.withheld_note", lang, count=bank.withheld_rows), style="yellow")
        areas = bank.weakest_areas(basis)
        if areas:
            yield Text(f"{t('rollup.weakest_areas', lang)}:", style="bold")
            for i, a in enumerate(areas, 1):
                stats = a.stats(basis)
                yield Text.assemble(
                    f"  {i}. {localize(a.title, lang)}  ",
                    cell(stats.mean, lang, bank.bands),
                    (f"  ({t('rollup.min', lang)} {number(stats.min, lang)})", "dim"),
                )
        rows = bank.weakest_rows(basis)
        if rows:
            label = (
                "rollup.weakest_institutions"
                if self.rollup.by == BY_INSTITUTION
                else ("rollup.weakest_units")
            )
            yield Text(f"{t(label, lang)}:", style="bold")
            for i, r in enumerate(rows, 1):
                name = (r.unit or "–") if only else r.name
                yield Text.assemble(
                    f"  {i}. {visible(name)}  ", cell(r.score(basis), lang, bank.bands)
                )

    def _table(self, bank: BankRollup, one_institution: bool) -> Table:
        lang, basis = self.lang, self.basis
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
        by_institution = self.rollup.by == BY_INSTITUTION
        if by_institution or not one_institution:
            table.add_column(t("institution", lang), overflow="fold")
        if not by_institution:
            table.add_column(t("unit", lang), overflow="fold")
        else:
            table.add_column(t("rollup.units", lang), justify="right")
        table.add_column(t("date", lang), no_wrap=True)
        table.add_column(t("rollup.overall", lang), justify="right", no_wrap=True)
        for i, _ in enumerate(bank.areas, 1):
            table.add_column(str(i), justify="right", no_wrap=True)
        labels = len(table.columns) - 2 - len(bank.areas)
        for n, r in enumerate(bank.rows):
            table.add_row(
                *self._names(r, by_institution, one_institution),
                Text(r.date or "–"),
                cell(r.score(basis), lang, bank.bands),
                *(cell(s, lang, bank.bands) for s in r.scores(basis)),
                end_section=n == len(bank.rows) - 1,
            )
        for key in ("mean", "min", "max", "stdev"):
            overall = bank.overall_stats(basis)
            stats = [a.stats(basis) for a in bank.areas]
            first = Text(t(f"rollup.{key}", lang), style="bold")
            table.add_row(
                first,
                *([""] * labels),
                self._stat(overall, key, bank.bands),
                *(self._stat(s, key, bank.bands) for s in stats),
            )
        return table

    def _names(self, r: Row, by_institution: bool, one_institution: bool) -> list[Text]:
        """The row's name cells, as Text: names are never read as rich markup."""
        mark = f" ({t('rollup.no_band_mark', self.lang, count=r.withheld)})" if r.withheld else ""
        if by_institution:
            return [Text(visible(r.institution or "–") + mark), Text(str(r.units))]
        if one_institution:
            return [Text(visible(r.unit or "–") + mark)]
        return [Text(visible(r.institution or "–")), Text(visible(r.unit or "–") + mark)]

    def _stat(self, stats: Stats, key: str, bands: tuple[Band, ...] = ()) -> Text:
        value = getattr(stats, key)
        if key == "stdev":
            return Text(number(value, self.lang), style="dim")
        return cell(value, self.lang, bands)

    def _skipped(self) -> Iterator[RenderableType]:
        lang, rollup = self.lang, self.rollup
        yield Text("")
        yield Text(f"{t('rollup.skipped', lang)} ({rollup.skipped_count})", style="bold")
        if not rollup.skipped_count:
            yield Text(t("rollup.skipped_none", lang), style="dim")
            return
        yield Text(skipped_summary(rollup, lang))
        for s in rollup.skipped[: self.limit]:
            yield Text.assemble(("  " + visible(s.path), "bold"), ": ", visible(s.reason(lang)))
        more = rollup.skipped_count - min(self.limit, len(rollup.skipped))
        if more > 0:
            kept = len(rollup.skipped)
            yield Text(t("rollup.more_skipped", lang, count=more, kept=kept), style="dim")

    def _superseded(self) -> Iterator[RenderableType]:
        lang, rollup = self.lang, self.rollup
        yield Text("")
        yield Text(f"{t('rollup.superseded', lang)} ({rollup.superseded_count})", style="bold")
        if not rollup.superseded_count:
            yield Text(t("rollup.superseded_none", lang), style="dim")
            return
        for s in rollup.superseded[: self.limit]:
            yield Text(f"  {visible(s.path)} ({s.date or '–'}) → {visible(s.by)}")
        more = rollup.superseded_count - min(self.limit, len(rollup.superseded))
        if more > 0:
            yield Text(t("rollup.more_superseded", lang, count=more), style="dim")


def render_rollup_text(
    rollup: Rollup,
    lang: str,
    *,
    basis: str = CLAIMED,
    width: int = 160,
    color: bool = False,
    limit: int = 20,
) -> str:
    """The roll-up as plain text (ANSI colours only when ``color``), as
    :func:`cse_assess.render.rollup.plain.render_rollup_text` writes it (``width`` is not
    needed: columns are as wide as their cells)."""
    from cse_assess.render.rollup.plain import render_rollup_text as plain

    return plain(rollup, lang, basis=basis, color=color, limit=limit)
