"""The terminal report: a rich renderable that wraps a scoring result.

``ReportView(result, "lv")`` renders itself on any rich console; the result knows nothing of
rich. Tested against ``Console(file=io.StringIO(), width=100)``.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from cse_assess.core.model import localize
from cse_assess.core.scoring import Result
from cse_assess.render import (
    current_text,
    level,
    missing_text,
    number,
    percent,
    t,
    target_text,
)
from cse_assess.render._explain import rows as explain_rows

_BAR_WIDTH = 12


def bar(score: float | None, style: str) -> Text:
    """A horizontal bar of ``score`` out of 100, drawn with block characters."""
    if score is None:
        return Text("")
    filled = round(score / 100 * _BAR_WIDTH)
    return Text("█" * filled, style=style) + Text("░" * (_BAR_WIDTH - filled), style="dim")


def _score_style(score: float | None) -> str:
    if score is None:
        return "dim"
    if score >= 70:
        return "green"
    return "yellow" if score >= 40 else "red"


class ReportView:
    """The readiness report for a terminal: summary, areas with bars, the top gaps."""

    def __init__(
        self, result: Result, lang: str, *, gaps: int = 10, show_explain: bool = False
    ) -> None:
        self.result = result
        self.lang = lang
        self.gaps = gaps
        self.show_explain = show_explain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self._header()
        yield self._areas()
        yield from self._gaps()
        if self.show_explain:
            yield self._explain()

    def _header(self) -> Panel:
        r, lang = self.result, self.lang
        bank, ctx = r.questionnaire, r.context
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        for key, value in (
            ("institution", ctx.institution),
            ("unit", ctx.unit),
            ("assessor", ctx.assessor),
            ("date", ctx.date),
        ):
            if value:
                grid.add_row(t(key, lang), escape(value))
        grid.add_row(t("questionnaire", lang), f"{escape(bank.id)} {escape(bank.version)}")
        grid.add_row("", "")
        grid.add_row(
            t("overall_claimed", lang),
            Text(number(r.overall, lang), style=_score_style(r.overall) + " bold"),
        )
        grid.add_row(
            t("overall_verified", lang),
            Text(number(r.verified, lang), style=_score_style(r.verified) + " bold"),
        )
        band = localize(r.band.label, lang) if r.band else t("no_score", lang)
        if r.verified_band is not None and r.verified_band != r.band:
            band += f"  ({t('band_verified', lang)}: {localize(r.verified_band.label, lang)})"
        grid.add_row(t("band", lang), Text(band, style="bold"))
        if r.capped_by and bank.critical_cap:
            cap = bank.band(bank.critical_cap)
            label = localize(cap.label, lang) if cap else bank.critical_cap
            grid.add_row(
                "", Text(t("capped", lang, band=label, ids=", ".join(r.capped_by)), style="yellow")
            )
        grid.add_row(
            t("coverage", lang),
            t(
                "coverage_value",
                lang,
                answered=r.answered,
                applicable=r.applicable,
                percent=percent(r.coverage, lang),
            ),
        )
        return Panel(grid, title=Text(localize(bank.title, lang), style="bold"), title_align="left")

    def _areas(self) -> Table:
        lang, bank = self.lang, self.result.questionnaire
        table = Table(title=t("areas", lang), title_justify="left", expand=False)
        table.add_column(t("area", lang), min_width=24)
        table.add_column(t("claimed", lang), justify="right")
        table.add_column("", no_wrap=True)
        table.add_column(t("verified", lang), justify="right")
        table.add_column("", no_wrap=True)
        table.add_column(t("answered", lang), justify="right")
        for a in self.result.areas:
            area = bank.area(a.id)
            title = localize(area.title, lang) if area else a.id
            table.add_row(
                escape(title),
                number(a.score, lang),
                bar(a.score, "cyan"),
                number(a.verified, lang),
                bar(a.verified, "green"),
                f"{a.answered}/{a.applicable}",
            )
        return table

    def _gaps(self) -> Iterator[Group | Padding | Text]:
        lang, gaps = self.lang, self.result.gaps
        yield Text(f"\n{t('gaps', lang)} ({len(gaps)})", style="bold underline")
        if not gaps:
            yield Text(t("no_gaps", lang), style="green")
            return
        shown = gaps if self.gaps <= 0 else gaps[: self.gaps]
        for i, g in enumerate(shown, 1):
            current = current_text(g, lang)
            target = target_text(self.result, g, lang)
            reasons = ", ".join(t(f"reason.{x}", lang) for x in g.reasons)
            head = Text.assemble(
                (f"{i}. ", "bold"),
                (g.id, "bold cyan"),
                (f"  {t('priority', lang)} {number(g.priority, lang, 2)}", "magenta"),
                (f"  [{t('critical', lang)}]" if g.critical else "", "bold red"),
            )
            lines: list[RenderableType] = [
                Text(localize(g.question.text, lang)),
                Text(
                    f"{t('current', lang)}: {current} → {t('target', lang)}: {target}  ({reasons})",
                    style="dim",
                ),
            ]
            missing = missing_text(g, lang)
            if missing:
                lines.append(Text(f"{t('missing', lang)}:", style="bold"))
                lines += [Padding(Text(f"• {m}"), (0, 0, 0, 2)) for m in missing]
            lines += [
                Text(f"{t('evidence_to_collect', lang)}:", style="bold"),
                *[
                    Padding(Text(f"• {localize(e, lang)}"), (0, 0, 0, 2))
                    for e in g.question.evidence
                ],
                Text.assemble(
                    (f"{t('action', lang)}: ", "bold"), localize(g.question.action, lang)
                ),
            ]
            if g.next_level is not None:
                lines.append(
                    Text(
                        f"{t('next_level', lang)}: {level(g.next_level.value)} "
                        f"{localize(g.next_level.label, lang)}: "
                        f"{localize(g.next_level.description, lang)}",
                        style="dim",
                    )
                )
            yield head
            yield Padding(Group(*lines), (0, 0, 1, 3))
        if len(shown) < len(gaps):
            yield Text(t("more_gaps", lang, count=len(gaps) - len(shown)), style="dim")

    def _explain(self) -> Table:
        table = Table(title=t("explain", self.lang), title_justify="left")
        table.add_column("", style="dim")
        table.add_column(t("id", self.lang))
        table.add_column("=")
        table.add_column("", justify="right")
        for what, subject, how, value in explain_rows(self.result, self.lang):
            table.add_row(what, escape(subject), escape(how), value)
        return table


def render_text(
    result: Result,
    lang: str,
    *,
    width: int = 100,
    gaps: int = 10,
    show_explain: bool = False,
    color: bool = False,
) -> str:
    """The report as plain text (ANSI colours only when ``color``)."""
    view = ReportView(result, lang, gaps=gaps, show_explain=show_explain)
    return to_text(view, width=width, color=color)


def to_text(renderable: RenderableType, *, width: int, color: bool = False) -> str:
    """Any rich renderable as text ``width`` columns wide (ANSI colours only when ``color``)."""
    import io

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
    )
    console.print(renderable)
    return buffer.getvalue()
