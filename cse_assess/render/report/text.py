"""The terminal report: a rich renderable that wraps a scoring result.

``ReportView(result, "lv")`` renders itself on any rich console; the result knows nothing of
rich. Tested against ``Console(file=io.StringIO(), width=100)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from cse_assess.core.model import localize
from cse_assess.core.scoring import Result
from cse_assess.many.plan import ActionPlan
from cse_assess.output.text import visible
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
from cse_assess.render.report._model import (
    RegisterRow,
    Report,
    as_report,
    band_name,
    band_text,
    band_tone,
    cap_text,
    mark_note,
    marked_rows,
    marked_text,
    na_rows,
    plan_item,
    register_rows,
    score_tone,
    state_text,
    withheld_text,
)

_BAR_WIDTH = 12


def bar(score: float | None, style: str) -> Text:
    """A horizontal bar of ``score`` out of 100, drawn with block characters."""
    if score is None:
        return Text("")
    filled = round(score / 100 * _BAR_WIDTH)
    return Text("█" * filled, style=style) + Text("░" * (_BAR_WIDTH - filled), style="dim")


STYLES = {"low": "red", "mid": "yellow", "high": "green", "none": "dim"}
"""The terminal colour of each tone of the bank's bands (:mod:`cse_assess.render._bands`)."""


def _v(text: str) -> str:
    """Data text for the terminal: control and escape characters shown, rich markup escaped."""
    return escape(visible(text))


class ReportView:
    """The readiness report for a terminal: summary, areas with bars, the top gaps, the N/A
    answers and the answers marked to check later (where there are any)."""

    def __init__(
        self,
        result: Result | Report,
        lang: str,
        *,
        gaps: int = 10,
        show_explain: bool = False,
        plan: ActionPlan | None = None,
        made: str = "",
    ) -> None:
        self.report = as_report(result, plan=plan, made=made)
        self.result = self.report.result
        self.lang = lang
        self.gaps = gaps
        self.show_explain = show_explain

    @cached_property
    def rows(self) -> list[RegisterRow]:
        """The evidence register's rows (the N/A and the marked answers are among them)."""
        return register_rows(self.result, self.lang)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self._header()
        yield self._areas()
        yield from self._gaps()
        yield from self._na()
        yield from self._marked()
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
                grid.add_row(t(key, lang), _v(value))
        grid.add_row(t("questionnaire", lang), f"{_v(bank.id)} {_v(bank.version)}")
        grid.add_row("", "")
        provisional = f"  ({t('report.provisional', lang)})" if r.withheld else ""
        grid.add_row(
            t("overall_claimed", lang),
            Text(number(r.overall, lang), style=STYLES[score_tone(r, r.overall)] + " bold")
            + Text(provisional, style="yellow"),
        )
        grid.add_row(
            t("overall_verified", lang),
            Text(number(r.verified, lang), style=STYLES[score_tone(r, r.verified)] + " bold")
            + Text(provisional, style="yellow"),
        )
        withheld = withheld_text(r, lang)
        if withheld:
            grid.add_row(band_name(r, lang), Text(withheld, style="bold yellow"))
        else:
            band = Text(band_text(r, lang), style=STYLES[band_tone(r)] + " bold")
            if r.verified_band is not None and r.verified_band != r.band:
                band += Text(f"  ({t('band_verified', lang)}: {band_text(r, lang, True)})")
            grid.add_row(band_name(r, lang), band)
        cap = cap_text(r, lang)
        if cap:
            grid.add_row("", Text(f"{cap} {', '.join(r.capped_by)}", style="yellow"))
        coverage = t(
            "coverage_value",
            lang,
            answered=r.answered,
            applicable=r.applicable,
            percent=percent(r.coverage, lang),
        )
        if r.na:
            coverage += f"; {t('report.na_count', lang, count=r.na)}"
        grid.add_row(t("coverage", lang), coverage)
        marked = marked_text(self.rows, lang)
        if marked:
            grid.add_row(t("report.check_later", lang), Text(marked, style="yellow"))
        return Panel(
            grid, title=Text(visible(localize(bank.title, lang)), style="bold"), title_align="left"
        )

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
                _v(title),
                number(a.score, lang),
                bar(a.score, "cyan"),
                Text(number(a.verified, lang), style=STYLES[score_tone(self.result, a.verified)]),
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
                (visible(localize(g.question.text, lang)), "bold"),
                (f"  {t('priority', lang)} {number(g.priority, lang, 2)}", "magenta"),
                (f"  [{t('critical', lang)}]" if g.critical else "", "bold red"),
                (self._assigned(g.id), "bold"),
            )
            area = self.result.questionnaire.area(g.area)
            where = localize(area.title, lang) if area is not None else g.area
            lines: list[RenderableType] = [
                Text(f"{visible(where)} · {visible(g.id)}", style="dim"),
                Text(
                    f"{t('current', lang)}: {current} → {t('target', lang)}: {target}  ({reasons})",
                    style="dim",
                ),
            ]
            missing = missing_text(g, lang)
            if missing:
                lines.append(Text(f"{t('missing', lang)}:", style="bold"))
                lines += [Padding(Text(f"• {visible(m)}"), (0, 0, 0, 2)) for m in missing]
            lines += [
                Text(f"{t('evidence_to_collect', lang)}:", style="bold"),
                *[
                    Padding(Text(f"• {visible(localize(e, lang))}"), (0, 0, 0, 2))
                    for e in g.question.evidence
                ],
                Text.assemble(
                    (f"{t('action', lang)}: ", "bold"), visible(localize(g.question.action, lang))
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

    def _assigned(self, question_id: str) -> str:
        item = plan_item(self.report, question_id)
        if item is None:
            return ""
        parts = [visible(item.owner)] if item.owner else []
        if item.due:
            parts.append(item.due)
        parts.append(state_text(item, self.report.made, self.lang))
        return "  · " + ", ".join(parts)

    def _na(self) -> Iterator[Text | Padding]:
        lang = self.lang
        rows = na_rows(self.rows)
        if not rows:
            return
        yield Text(f"{t('report.na_answers', lang)} ({len(rows)})", style="bold underline")
        for r in rows:
            yield Text.assemble(
                ("• ", "dim"), (visible(r.question_id), "cyan"), "  ", visible(r.question)
            )
            yield Padding(
                Text(
                    f"{t('report.justification', lang)}: {visible(r.na_justification or '–')}",
                    style="dim",
                ),
                (0, 0, 0, 4),
            )
        yield Text("")

    def _marked(self) -> Iterator[Text | Padding]:
        lang = self.lang
        rows = marked_rows(self.rows)
        if not rows:
            return
        yield Text(f"{t('report.marked', lang)} ({len(rows)})", style="bold underline")
        for r in rows:
            yield Text.assemble(
                ("⚑ ", "yellow"), (visible(r.question_id), "cyan"), "  ", visible(r.question)
            )
            yield Padding(
                Text(
                    f"{visible(r.area)} · {t('report.answer', lang)}: {visible(r.answer)}\n"
                    f"{t('report.mark_note', lang)}: {visible(mark_note(r.mark, lang) or '–')}",
                    style="dim",
                ),
                (0, 0, 0, 4),
            )
        yield Text("")

    def _explain(self) -> Table:
        table = Table(title=t("explain", self.lang), title_justify="left")
        table.add_column("", style="dim")
        table.add_column(t("id", self.lang))
        table.add_column("=")
        table.add_column("", justify="right")
        for what, subject, how, value in explain_rows(self.result, self.lang):
            table.add_row(what, _v(subject), _v(how), value)
        return table


def render_text(
    result: Result | Report,
    lang: str,
    *,
    width: int = 100,
    gaps: int = 10,
    show_explain: bool = False,
    color: bool = False,
    plan: ActionPlan | None = None,
    made: str = "",
) -> str:
    """The report as plain text (ANSI colours only when ``color``)."""
    view = ReportView(result, lang, gaps=gaps, show_explain=show_explain, plan=plan, made=made)
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
