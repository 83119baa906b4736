"""The interactive assessment: a guided, resumable walk through a question bank.

Every confirmed answer is saved atomically before the next question appears, so Ctrl-C, a
closed window or a killed process never loses one. Prompts come from the question-kind
registry, so a new kind brings its own prompt. Tests drive this module with prompt_toolkit's
pipe input; the command line wraps it in :func:`cse_assess.cli.main.cmd_assess` and friends.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

import questionary
from rich.console import Console
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from cse_assess.core.conditions import hidden
from cse_assess.core.model import Answer, Assessment, Context, Question, Questionnaire, localize
from cse_assess.io.store import save_assessment
from cse_assess.render import percent, refs_text
from cse_assess.terminal import prompts
from cse_assess.terminal.prompts import select, t
from cse_assess.views import BACK, HELP, NOT_APPLICABLE, SKIP, Special, view

Save = Callable[[Assessment, str], None]


def ask_context(lang: str, defaults: dict[str, str], today: _dt.date) -> Context:
    """Institution, unit and assessor (last run's values as defaults); the date is today."""
    return Context(**prompts.ask_context(lang, defaults), date=today.isoformat(), language=lang)


class Flow:
    """One assessor working through one bank; holds the latest saved assessment."""

    def __init__(
        self,
        bank: Questionnaire,
        assessment: Assessment,
        path: str,
        lang: str,
        console: Console,
        save: Save = save_assessment,
    ) -> None:
        self.bank = bank
        self.assessment = assessment
        self.path = path
        self.lang = lang
        self.console = console
        self._save = save
        self.questions = bank.questions
        self.hidden = hidden(bank, assessment.answers)

    # --- state ---------------------------------------------------------------------------
    def answered(self, question: Question) -> bool:
        answer = self.assessment.answer(question.id)
        return answer is not None and answer.answered

    def shown(self) -> list[Question]:
        """The questions the bank's conditions show for the answers so far."""
        return [q for q in self.questions if q.id not in self.hidden]

    def first_open(self) -> int:
        """The index of the first unanswered question (``len(questions)`` when none is open)."""
        for i, q in enumerate(self.questions):
            if q.id not in self.hidden and not self.answered(q):
                return i
        return len(self.questions)

    def open_count(self) -> int:
        return sum(1 for q in self.shown() if not self.answered(q))

    def record(self, question: Question, answer: Answer) -> None:
        """Keep the answer and save the file before anything else happens."""
        self.assessment = self.assessment.with_answer(question.id, answer)
        self._save(self.assessment, self.path)
        if self.bank.conditional:
            self.hidden = hidden(self.bank, self.assessment.answers)

    def save(self) -> None:
        self._save(self.assessment, self.path)

    # --- the walk ------------------------------------------------------------------------
    def run(self, start: int = 0) -> None:
        """Ask the questions from ``start`` to the end; back and skip move through them."""
        i, shown_area, step = start, None, 1
        while 0 <= i < len(self.questions):
            question = self.questions[i]
            if question.id in self.hidden:  # skip logic: not asked for these answers
                i += step
                continue
            if question.area != shown_area:
                self.show_area(question.area)
                shown_area = question.area
            first = not any(q.id not in self.hidden for q in self.questions[:i])
            outcome = self.ask(question, first=first)
            step = -1 if outcome is BACK else 1
            i += step
            if outcome is BACK:
                shown_area = (
                    None if i < 0 or self.questions[i].area != question.area else shown_area
                )

    def show_bank(self) -> None:
        """The bank's title and what it assesses, before the first area."""
        self.console.print()
        self.console.print(
            Panel(
                Text(localize(self.bank.description, self.lang)),
                title=Text(localize(self.bank.title, self.lang), style="bold"),
                title_align="left",
            )
        )

    def show_area(self, area_id: str) -> None:
        area = self.bank.area(area_id)
        assert area is not None
        number = self.bank.areas.index(area) + 1
        self.console.print()
        self.console.print(
            Panel(
                Text(localize(area.intro, self.lang)),
                title=Text(f"{number}. {localize(area.title, self.lang)}", style="bold"),
                title_align="left",
                border_style="cyan",
            )
        )

    def progress(self, question: Question) -> str:
        area = self.bank.area(question.area)
        assert area is not None
        shown = self.shown()
        in_area = [q for q in shown if q.area == area.id]
        done = sum(1 for q in shown if self.answered(q))
        return t(
            "progress",
            self.lang,
            area=self.bank.areas.index(area) + 1,
            areas=len(self.bank.areas),
            question=in_area.index(question) + 1 if question in in_area else 1,
            questions=len(in_area),
            percent=percent(done / len(shown) if shown else 1.0, self.lang),
        )

    def ask(
        self, question: Question, *, first: bool = False, review: bool = False
    ) -> Special | None:
        """Ask one question until it is answered, skipped or left; return BACK or SKIP or None."""
        if question.id in self.assessment.targets:  # the institution's own target
            question = question.with_target(self.assessment.targets[question.id])
        lang, kind = self.lang, view(question)
        current = self.assessment.answer(question.id)
        self.console.print()
        self.console.print(Text(self.progress(question), style="dim"))
        title = Text.assemble((localize(question.text, lang), "bold"), ("  " + question.id, "dim"))
        if question.critical:
            title.append(f"  [{t('critical', lang)}]", style="bold red")
        self.console.print(title)
        if current is not None and current.answered:
            shown = (
                t("na", lang) if current.na else kind.format_value(question, current.value, lang)
            )
            self.console.print(Text(t("current_answer", lang, answer=shown), style="dim"))
        specials = [(t("choice_help", lang), HELP)]
        if question.allow_na:
            specials.append((t("choice_na", lang), NOT_APPLICABLE))
        specials.append((t("review_keep", lang) if review else t("choice_skip", lang), SKIP))
        if not first and not review:
            specials.append((t("choice_back", lang), BACK))
        target = f"{t('target', lang)}: {kind.format_target(question, lang)}"
        for line in [*kind.describe(question, lang), target]:
            self.console.print(Padding(Text(line, style="dim"), (0, 0, 0, 2)))
        while True:
            choice = kind.prompt(question, lang, current, specials).unsafe_ask()
            if choice is HELP:
                self.show_help(question)
                continue
            if choice is BACK or choice is SKIP:
                return BACK if choice is BACK else SKIP
            if choice is NOT_APPLICABLE:
                note = questionary.text(
                    t("ask_na_note", lang),
                    default=current.note if current is not None and current.na else "",
                    validate=lambda s: bool(s.strip()) or t("required", lang),
                ).unsafe_ask()
                self.record(question, Answer(None, True, (), note.strip()))
                self.console.print(Text(f"✓ {t('saved', lang)}", style="green"))
                return None
            answer = Answer(
                choice, False, current.evidence if current else (), current.note if current else ""
            )
            if question.needs_evidence(answer.value):
                answer = self.ask_evidence(question, answer)
            self.record(question, answer)
            self.console.print(Text(f"✓ {t('saved', lang)}", style="green"))
            return None

    def show_help(self, question: Question) -> None:
        lang = self.lang
        body = [
            Text.assemble((f"{t('help', lang)}: ", "bold"), localize(question.help, lang)),
            Text(f"{t('evidence', lang)}:", style="bold"),
            *[Text(f"  • {localize(e, lang)}") for e in question.evidence],
        ]
        refs = refs_text(question.refs, lang)
        if refs:
            body.append(Text(f"{t('refs', lang)}: {'; '.join(refs)}", style="dim"))
        for line in body:
            self.console.print(Padding(line, (0, 0, 0, 2)))

    def ask_evidence(self, question: Question, answer: Answer) -> Answer:
        """Evidence references, one per line (an empty line ends), then an optional note."""
        lang = self.lang
        evidence: list[str] = list(answer.evidence)
        if evidence:
            self.console.print(Text(t("evidence_keep", lang), style="bold"))
            for recorded in evidence:
                self.console.print(Padding(Text(f"• {recorded}"), (0, 0, 0, 2)))
            what = select(
                t("evidence_what", lang),
                [
                    questionary.Choice(t("evidence_keep_only", lang), "keep"),
                    questionary.Choice(t("evidence_keep_add", lang), "add"),
                    questionary.Choice(t("evidence_replace", lang), "replace"),
                ],
                lang,
            ).unsafe_ask()
            if what == "replace":
                evidence = []
            ask_more = what != "keep"
        else:
            self.console.print(Text(t("evidence_hint", lang), style="dim"))
            for item in question.evidence:
                self.console.print(
                    Padding(Text(f"• {localize(item, lang)}", style="dim"), (0, 0, 0, 2))
                )
            ask_more = True
        while ask_more:
            line = questionary.text(t("ask_evidence", lang, n=len(evidence) + 1)).unsafe_ask()
            if not line.strip():
                break
            evidence.append(line.strip())
        note = questionary.text(t("ask_note", lang), default=answer.note).unsafe_ask()
        return Answer(answer.value, False, tuple(evidence), note.strip())

    # --- review --------------------------------------------------------------------------
    def review(self) -> None:
        """Pick an area, then a question, and change its answer, evidence or note."""
        lang = self.lang
        while True:
            areas = [
                questionary.Choice(
                    f"{n}. {localize(a.title, lang)} "
                    f"({sum(1 for q in a.questions if self.answered(q))}/"
                    f"{sum(1 for q in a.questions if q.id not in self.hidden)})",
                    a.id,
                )
                for n, a in enumerate(self.bank.areas, 1)
            ]
            areas += [questionary.Separator(), questionary.Choice(t("review_done", lang), BACK)]
            area_id = select(t("review_area", lang), areas, lang).unsafe_ask()
            if area_id is BACK:
                return
            self.review_area(area_id)

    def review_area(self, area_id: str) -> None:
        lang = self.lang
        area = self.bank.area(area_id)
        assert area is not None
        while True:
            choices: list[questionary.Choice | questionary.Separator] = []
            for q in area.questions:
                if q.id in self.hidden:
                    continue
                answer = self.assessment.answer(q.id)
                if answer is None or not answer.answered:
                    state = "·"
                elif answer.na:
                    state = t("na", lang)
                else:
                    state = view(q).format_value(q, answer.value, lang)
                choices.append(questionary.Choice(f"[{state}] {localize(q.text, lang)}", q.id))
            choices += [questionary.Separator(), questionary.Choice(t("review_back", lang), BACK)]
            qid = select(t("review_question", lang), choices, lang).unsafe_ask()
            if qid is BACK:
                return
            question = self.bank.question(qid)
            assert question is not None
            self.ask(question, review=True)


def today() -> _dt.date:
    """Today's date (the shell's clock; the core never reads it)."""
    return _dt.date.today()
