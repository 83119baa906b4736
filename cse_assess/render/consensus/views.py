"""The consensus report: assessors, agreement figure, disagreements to discuss, the score.

Three forms of one report: :class:`ConsensusView` for a terminal (rich), Markdown (tabulate)
and JSON. Every answer is shown in words through its question's kind (``format_value``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cse_assess.core.model import Answer, Question, localize
from cse_assess.core.scoring import Result
from cse_assess.many.consensus import Consensus, QuestionConsensus, is_na
from cse_assess.output.text import dumps, visible
from cse_assess.render import number, percent, t
from cse_assess.views import view

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult

FORMAT = "cse-assess/consensus-report"
FORMAT_VERSION = 1


def value_words(question: Question, value: Any, lang: str) -> str:
    """An assessor's value in words: the level with its label, yes/no, ``not applicable``."""
    if is_na(value):
        return t("na", lang)
    if value is None:
        return t("unanswered", lang)
    return view(question).format_value(question, value, lang)


def answer_words(question: Question, answer: Answer | None, lang: str) -> str:
    """The consensus answer in words."""
    if answer is None or (not answer.na and answer.value is None):
        return t("consensus.not_answered", lang)
    return t("na", lang) if answer.na else value_words(question, answer.value, lang)


def spread_words(q: QuestionConsensus, lang: str) -> str:
    """``spread: 2 levels``, and/or ``not applicable beside an answer`` (empty otherwise)."""
    parts = []
    if q.spread is not None and q.spread > 0:
        parts.append(t("consensus.spread", lang, steps=q.spread))
    if q.mixed_na:
        parts.append(t("consensus.na_beside", lang))
    return "; ".join(parts)


def facts(c: Consensus, result: Result, lang: str, output: str) -> list[tuple[str, str]]:
    """The consensus's unit, date, bank, assessors, agreement and file, as (label, value)."""
    ctx = c.assessment.context
    return [
        (t("unit", lang), ctx.unit),
        (t("date", lang), ctx.date),
        (
            t("questionnaire", lang),
            f"{result.questionnaire.id} {c.assessment.questionnaire_version}",
        ),
        (t("consensus.assessors", lang), ", ".join(c.report.assessors)),
        (t("consensus.agreement", lang), agreement_words(c, lang)),
        (t("consensus.file", lang), output),
    ]


def agreement_words(c: Consensus, lang: str) -> str:
    """``83 % (5 of 6 questions answered by two or more assessors)``."""
    r = c.report
    if r.agreement is None:
        return t("consensus.agreement_none", lang)
    return t(
        "consensus.agreement_value",
        lang,
        percent=percent(r.agreement, lang),
        agreed=r.agreed,
        compared=r.compared,
    )


# --- JSON ---------------------------------------------------------------------------------------


def consensus_data(c: Consensus, result: Result, lang: str, output: str = "") -> dict[str, Any]:
    """The report as plain data: unrounded numbers, answers both as values and in words."""
    bank = result.questionnaire
    report = c.report
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "language": lang,
        "questionnaire": {"id": bank.id, "version": c.assessment.questionnaire_version},
        "output": output,
        "assessors": list(report.assessors),
        "agreement": report.agreement,
        "agreed": report.agreed,
        "compared": report.compared,
        "disagreements": [
            {
                "question": q.id,
                "area": q.question.area,
                "text": localize(q.question.text, lang),
                "spread": q.spread,
                "na_beside_value": q.mixed_na,
                "values": dict(q.values),
                "answers": {name: value_words(q.question, v, lang) for name, v in q.values},
                "consensus": _consensus_value(q),
                "consensus_text": answer_words(q.question, q.answer, lang),
            }
            for q in report.disagreements
        ],
        "warnings": [w.message(lang) for w in report.warnings],
        "score": {
            "overall": result.overall,
            "verified": result.verified,
            "band": result.band.id if result.band else None,
            "verified_band": result.verified_band.id if result.verified_band else None,
            "coverage": result.coverage,
            "areas": [{"id": a.id, "score": a.score, "verified": a.verified} for a in result.areas],
        },
    }


def _consensus_value(q: QuestionConsensus) -> Any:
    if q.answer is None:
        return None
    return "na" if q.answer.na else q.answer.value


def render_consensus_json(c: Consensus, result: Result, lang: str, output: str = "") -> str:
    """The report as JSON text."""
    return dumps(consensus_data(c, result, lang, output)) + "\n"


# --- Markdown -----------------------------------------------------------------------------------


def _cell(text: str) -> str:
    from cse_assess.render.report.markdown import md

    return md(text)


def render_consensus_markdown(c: Consensus, result: Result, lang: str, output: str = "") -> str:
    """The report as Markdown."""
    from tabulate import tabulate

    report = c.report
    out = [f"# {t('consensus.title', lang)}", ""]
    head = [(t("institution", lang), c.assessment.context.institution)]
    head += facts(c, result, lang, output)
    out.append(tabulate([(k, _cell(v)) for k, v in head if v], headers=["", ""], tablefmt="github"))
    if report.warnings:
        out += ["", f"## {t('consensus.warnings', lang)}", ""]
        out += [f"- {_cell(w.message(lang))}" for w in report.warnings]
    out += ["", f"## {t('consensus.disagreements', lang)} ({len(report.disagreements)})", ""]
    if not report.disagreements:
        out.append(t("consensus.no_disagreements", lang))
    else:
        out += [t("consensus.disagreements_intro", lang), ""]
    for i, q in enumerate(report.disagreements, 1):
        how = spread_words(q, lang)
        out += [
            f"### {i}. `{q.id}`" + (f" — {how}" if how else ""),
            "",
            _cell(localize(q.question.text, lang)),
            "",
        ]
        out += [
            f"- {_cell(name)}: {_cell(value_words(q.question, v, lang))}" for name, v in q.values
        ]
        out += [
            f"- **{t('consensus.result', lang)}: "
            f"{_cell(answer_words(q.question, q.answer, lang))}**"
        ]
        out.append("")
    out += ["", f"## {t('consensus.score', lang)}", ""]
    summary = [
        (t("overall_claimed", lang), number(result.overall, lang)),
        (t("overall_verified", lang), number(result.verified, lang)),
        (
            t("band", lang),
            localize(result.band.label, lang) if result.band else t("no_score", lang),
        ),
        (
            t("coverage", lang),
            t(
                "coverage_value",
                lang,
                answered=result.answered,
                applicable=result.applicable,
                percent=percent(result.coverage, lang),
            ),
        ),
    ]
    out.append(tabulate(summary, headers=["", ""], tablefmt="github", disable_numparse=True))
    out.append("")
    rows = [
        (
            _cell(_area_title(result, a.id, lang)),
            number(a.score, lang),
            number(a.verified, lang),
        )
        for a in result.areas
    ]
    out.append(
        tabulate(
            rows,
            headers=[t("area", lang), t("claimed", lang), t("verified", lang)],
            tablefmt="github",
            disable_numparse=True,
            colalign=("left", "right", "right"),
        )
    )
    return visible("\n".join(out).replace("\n\n\n", "\n\n")) + "\n"


def _area_title(result: Result, area_id: str, lang: str) -> str:
    area = result.questionnaire.area(area_id)
    return localize(area.title, lang) if area is not None else area_id


# --- the terminal -------------------------------------------------------------------------------

LARGE = 500
"""Assessors' answer rows (assessors × disagreements) from which the report is written as
plain text even on a terminal: rich's table layout takes seconds for thousands of rows."""


class AnswerRows:
    """Each assessor's answer to one question and the consensus: two columns, indented.

    Rendered by rich as a grid (:meth:`__rich_console__`); :meth:`plain` lays the same rows
    out without rich when each fits on its line, as rich would lay them out.
    """

    def __init__(self, rows: list[tuple[str, str]], last_bold: bool = True) -> None:
        self.rows = rows
        self.last_bold = last_bold

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.padding import Padding
        from rich.table import Table
        from rich.text import Text

        lines = Table.grid(padding=(0, 2))
        lines.add_column()
        lines.add_column()
        last = len(self.rows) - 1
        for n, (left, right) in enumerate(self.rows):
            style = "bold" if self.last_bold and n == last else ""
            lines.add_row(Text(left, style=style), Text(right, style=style))
        yield Padding(lines, (0, 0, 1, 3))

    def plain(self, width: int) -> str | None:
        """The rows as text ``width`` columns wide (then an empty line), or ``None`` where one
        does not fit on its line or holds a line break or a tab (rich then lays it out)."""
        from rich.cells import cell_len

        if any("\n" in a or "\t" in a or "\n" in b or "\t" in b for a, b in self.rows):
            return None
        left = max((cell_len(a) for a, _ in self.rows), default=0)
        right = max((cell_len(b) for _, b in self.rows), default=0)
        if 3 + left + 2 + right > width:
            return None
        out = []
        for a, b in self.rows:
            line = "   " + a + " " * (left - cell_len(a)) + "  " + b
            out.append(line.rstrip() + "\n")
        return "".join(out) + "\n"


def answer_rows(c: Consensus) -> int:
    """How many assessors' answer rows the report lists (see :data:`LARGE`)."""
    return sum(len(q.values) + 1 for q in c.report.disagreements)


class ConsensusView:
    """The report for a rich console."""

    def __init__(self, c: Consensus, result: Result, lang: str, output: str = "") -> None:
        self.c = c
        self.result = result
        self.lang = lang
        self.output = output

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self.parts()

    def parts(self) -> Iterator[RenderableType]:
        """The report's renderables in order; each disagreement's answers an :class:`AnswerRows`."""
        from rich.padding import Padding
        from rich.table import Table
        from rich.text import Text

        lang, c, result = self.lang, self.c, self.result
        report, ctx = c.report, c.assessment.context
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        for label, value in (
            (t("institution", lang), ctx.institution),
            (t("unit", lang), ctx.unit),
            (t("date", lang), ctx.date),
            (t("consensus.assessors", lang), ", ".join(report.assessors)),
            (t("consensus.file", lang), self.output),
        ):
            if value:
                grid.add_row(label, Text(visible(value)))
        style = "green" if (report.agreement or 0) >= 0.8 else "yellow"
        grid.add_row(
            t("consensus.agreement", lang), Text(agreement_words(c, lang), style=style + " bold")
        )
        yield Text(t("consensus.title", lang), style="bold underline")
        yield grid
        for w in report.warnings:
            yield Text(
                f"{t('warning', lang).capitalize()}: {visible(w.message(lang))}", style="yellow"
            )
        yield Text(
            f"\n{t('consensus.disagreements', lang)} ({len(report.disagreements)})",
            style="bold underline",
        )
        if not report.disagreements:
            yield Text(t("consensus.no_disagreements", lang), style="green")
        else:
            yield Text(t("consensus.disagreements_intro", lang), style="dim")
        for i, q in enumerate(report.disagreements, 1):
            how = spread_words(q, lang)
            yield Text.assemble(
                (f"{i}. ", "bold"), (q.id, "bold cyan"), (f"  {how}" if how else "", "magenta")
            )
            rows = [
                (visible(name), visible(value_words(q.question, v, lang))) for name, v in q.values
            ]
            rows.append((t("consensus.result", lang), answer_words(q.question, q.answer, lang)))
            yield Padding(Text(visible(localize(q.question.text, lang))), (0, 0, 0, 3))
            yield AnswerRows(rows)
        yield Text(f"\n{t('consensus.score', lang)}", style="bold underline")
        summary = Table.grid(padding=(0, 2))
        summary.add_column(style="bold")
        summary.add_column()
        band = localize(result.band.label, lang) if result.band else t("no_score", lang)
        summary.add_row(t("overall_claimed", lang), number(result.overall, lang))
        summary.add_row(t("overall_verified", lang), number(result.verified, lang))
        summary.add_row(t("band", lang), Text(band))
        summary.add_row(
            t("coverage", lang),
            t(
                "coverage_value",
                lang,
                answered=result.answered,
                applicable=result.applicable,
                percent=percent(result.coverage, lang),
            ),
        )
        yield summary
        areas = Table(expand=False)
        areas.add_column(t("area", lang))
        areas.add_column(t("claimed", lang), justify="right")
        areas.add_column(t("verified", lang), justify="right")
        for a in result.areas:
            areas.add_row(
                Text(_area_title(result, a.id, lang)),
                number(a.score, lang),
                number(a.verified, lang),
            )
        yield areas


def render_consensus_text(
    c: Consensus, result: Result, lang: str, output: str = "", *, width: int = 100
) -> str:
    """The report as plain text, without colour.

    The assessors' answers, which grow with the number of assessors, are laid out directly
    (:meth:`AnswerRows.plain`); the rest, a few lines whatever the number, by rich. The text is
    the one rich writes for the whole report.
    """
    import io

    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False)
    for part in ConsensusView(c, result, lang, output).parts():
        plain = part.plain(width) if isinstance(part, AnswerRows) else None
        if plain is None:
            console.print(part)
        else:
            buffer.write(plain)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
