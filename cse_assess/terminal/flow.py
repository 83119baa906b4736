"""The interactive assessment: a guided, resumable walk through a question bank.

Every confirmed answer is saved atomically before the next question appears, so a closed
window or a killed process never loses one; Ctrl-C in the middle of an answer keeps what was
typed as a draft (an answer marked "to check later" with a note saying it is a draft; the one
rule that tells a draft is in :mod:`cse_assess.core.marks`). Nothing is written until there is
something to keep. The walk asks the questions of a *route* (every question, the unanswered
ones, one area...) and at the end of each area shows a summary of its answers and gaps; the
jump list (:meth:`Flow.jump_list`) goes anywhere else.

Views say what to ask (:mod:`cse_assess.views`); the prompts (:mod:`cse_assess.terminal.widgets`)
ask it. Tests drive this module with prompt_toolkit's pipe input; the command line wraps it in
:mod:`cse_assess.cli.assess`.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Sequence
from typing import Any

import attrs
from rich.console import Console
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from cse_assess.core.conditions import hidden
from cse_assess.core.marks import draft_flag, is_draft, own_mark
from cse_assess.core.model import Answer, Assessment, Context, Question, Questionnaire, localize
from cse_assess.io.store import FileChangedError, save_assessment
from cse_assess.render import number, percent, refs_text
from cse_assess.terminal import prompts
from cse_assess.terminal.items import ESCAPE, SEPARATOR, Escape, Interrupted, Item
from cse_assess.terminal.prompts import t
from cse_assess.views import (
    BACK,
    HELP,
    NOT_APPLICABLE,
    SKIP,
    PickOne,
    Special,
    TickItems,
    TypeIn,
    view,
)

Save = Callable[[Assessment, str], None]

ANSWER = Special("answer")
"""The first step of a two-step prompt (tick items, type a value): go on to give it."""
EDIT = Special("edit")
"""Keep the level, change its evidence and note."""
MARK, UNMARK = Special("mark"), Special("unmark")
"""Mark the question "to check later", or take the mark away."""
JUMP = Special("jump")
"""Leave the walk for the jump list."""
FINISH = Special("finish")
"""End the walk: show the result."""


class Finish(Exception):
    """Raised inside a walk when the assessor chooses to finish from the jump list."""


class Flow:
    """One assessor working through one bank; holds the latest saved assessment.

    ``questionnaire`` is the bank as the person named it when it is a file of their own: the
    hints printed (how to resume) repeat it, so that they work as printed.
    """

    def __init__(
        self,
        bank: Questionnaire,
        assessment: Assessment,
        path: str,
        lang: str,
        console: Console,
        save: Save = save_assessment,
        *,
        questionnaire: str | None = None,
    ) -> None:
        self.bank = bank
        self.assessment = assessment
        self.path = path
        self.lang = lang
        self.console = console
        self._save = save
        self.questionnaire = questionnaire
        self.questions = bank.questions
        self.index = {q.id: i for i, q in enumerate(self.questions)}
        self.hidden = hidden(bank, assessment.answers)
        self.saved = False
        """Whether this session has written the file."""
        self.notes: list[str] = []
        """What the closing message must say: drafts kept, what could not be saved."""

    # --- state ---------------------------------------------------------------------------
    def answered(self, question: Question) -> bool:
        answer = self.assessment.answer(question.id)
        return answer is not None and answer.answered

    def is_shown(self, question: Question) -> bool:
        return question.id not in self.hidden

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

    def last_answered(self) -> int | None:
        """The bank index of the question answered last (answers keep the order given)."""
        for qid in reversed(list(self.assessment.answers)):
            answer = self.assessment.answers[qid]
            if answer.answered and qid in self.index:
                return self.index[qid]
        return None

    def unanswered(self) -> list[int]:
        return [
            i for i, q in enumerate(self.questions) if self.is_shown(q) and not self.answered(q)
        ]

    def skipped(self) -> list[int]:
        """The unanswered questions before the last one answered: those passed over."""
        last = self.last_answered()
        return [i for i in self.unanswered() if last is not None and i < last]

    def marked(self) -> list[int]:
        return [
            i
            for i, q in enumerate(self.questions)
            if self.is_shown(q)
            and (a := self.assessment.answer(q.id)) is not None
            and a.flag is not None
        ]

    def record(self, question: Question, answer: Answer) -> None:
        """Keep the answer and save the file before anything else happens."""
        if answer == Answer():  # nothing left (a mark taken away): no entry at all
            answers = {k: v for k, v in self.assessment.answers.items() if k != question.id}
            self.assessment = attrs.evolve(self.assessment, answers=answers)
        else:
            self.assessment = self.assessment.with_answer(question.id, answer)
        self.save()
        if self.bank.conditional:
            self.hidden = hidden(self.bank, self.assessment.answers)

    def save(self) -> None:
        """Write the file, unless it does not exist yet and there is nothing to keep in it.

        A save that fails (a full disk, a read-only folder, the file changed on disk) keeps the
        session and every answer in it: the assessor is told why and gives a file to save to,
        the same one to try again. Only when they decline is the error raised.
        """
        if not self.assessment.answers and not self.saved and not os.path.exists(self.path):
            return
        from cse_assess.core.errors import OutputError

        while True:
            try:
                self._save(self.assessment, self.path)
            except OutputError as exc:
                elsewhere = self.save_elsewhere(exc)
                if elsewhere is None:
                    raise
                self.path = elsewhere
                continue
            self.saved = True
            return

    def save_elsewhere(self, error: Exception) -> str | None:
        """Say why the save failed and ask where to save instead; ``None``: the assessor
        declines (Esc, Ctrl-C). A file that exists is written over only when they say so."""
        from cse_assess.core.errors import CseAssessError
        from cse_assess.terminal import widgets

        lang = self.lang
        why = error.localized(lang) if isinstance(error, CseAssessError) else str(error)
        self.console.print(Text(why, style="bold red"))
        self.console.print(Text(prompts.paragraph(t("save_failed", lang)), style="yellow"))

        def a_file(value: str) -> str | None:
            text = value.strip()
            if not text:
                return t("required", lang)
            return None if text.lower().endswith(".json") else t("save_path_json", lang)

        while True:
            try:
                typed = widgets.entry(
                    t("ask_save_path", lang),
                    lang,
                    default=self.path,
                    instruction=t("save_path_instruction", lang),
                    check=a_file,
                    escape=True,
                )
                if isinstance(typed, Escape):
                    return None
                path = os.path.expanduser(typed.strip())
                same = os.path.realpath(path) == os.path.realpath(self.path)
                changed = same and isinstance(error, FileChangedError)
                if (changed or not same) and os.path.exists(path):
                    if not widgets.confirm(
                        t("report_exists", lang, path=path), lang, default=False
                    ):
                        continue
                    forget = getattr(self._save, "forget", None)
                    if forget is not None:
                        forget(path)
            except (Interrupted, EOFError):  # EOFError: the input was closed
                return None
            return path

    def set_context(self, context: Context) -> None:
        self.assessment = attrs.evolve(self.assessment, context=context)
        self.save()

    def resume_hint(self) -> str:
        return prompts.resume_command(self.path, self.questionnaire)

    # --- the walk ------------------------------------------------------------------------
    def run(self, start: int = 0) -> None:
        """Ask every question from ``start`` on, then offer what is left (the jump list)."""
        self.walk_routes(list(range(start, len(self.questions))))

    def resume(self) -> None:
        """Say where the assessment stands, then go on after the last question answered."""
        self.show_status()
        last = self.last_answered()
        after = [i for i in self.unanswered() if last is None or i > last]
        self.walk_routes(after or self.unanswered())

    def walk_routes(self, route: list[int]) -> None:
        """Walk ``route``; then, while anything is left to do, the jump list says where next."""
        try:
            while True:
                chosen = self.walk(route)
                if chosen is not None:
                    route = chosen
                    continue
                if not self.unanswered() and not self.marked():
                    return
                picked = self.jump_list(None)
                if picked is None:
                    return
                route = picked
        except Finish:
            return

    def walk(self, route: Sequence[int]) -> list[int] | None:
        """Ask the questions of ``route`` in order; a new route when the assessor jumps."""
        pos, shown_area, step = 0, None, 1
        while 0 <= pos < len(route):
            question = self.questions[route[pos]]
            if not self.is_shown(question):  # skip logic: not asked for these answers
                pos += step
                continue
            if question.area != shown_area:
                if shown_area is not None and step > 0:
                    self.area_summary(shown_area)
                self.show_area(question.area)
                shown_area = question.area
            first = not any(self.is_shown(self.questions[i]) for i in route[:pos])
            outcome = self.ask(question, first=first)
            if outcome is JUMP:
                picked = self.jump_list(question)
                if picked is not None:
                    return picked
                continue  # back to the same question
            step = -1 if outcome is BACK else 1
            pos += step
            if outcome is BACK and pos >= 0 and self.questions[route[pos]].area != shown_area:
                shown_area = None
        if shown_area is not None and step > 0:
            self.area_summary(shown_area)
        return None

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
        n = self.bank.areas.index(area) + 1
        self.console.print()
        self.console.print(
            Panel(
                Text(localize(area.intro, self.lang)),
                title=Text(f"{n}. {localize(area.title, self.lang)}", style="bold"),
                title_align="left",
                border_style="cyan",
            )
        )

    def show_status(self, *, how: bool = True) -> None:
        """``N of M answered, last change on …``, the drafts and the marks (and how to go on)."""
        lang = self.lang
        shown = self.shown()
        done = sum(1 for q in shown if self.answered(q))
        try:
            changed = _dt.datetime.fromtimestamp(os.stat(self.path).st_mtime)
            when = changed.strftime("%Y-%m-%d %H:%M")
        except OSError:
            when = "–"
        self.console.print()
        self.console.print(
            Text(t("resume_status", lang, answered=done, total=len(shown), when=when), style="bold")
        )
        for i in self.marked():
            q = self.questions[i]
            answer = self.assessment.answer(q.id)
            assert answer is not None
            label = t("draft", lang) if is_draft(answer) else t("marked", lang)
            line = Text(f"  ⚑ {label}: ", style="yellow")
            line.append(localize(q.text, lang))
            mark = own_mark(answer)
            if mark:
                line.append(f" — {mark}", style="dim")
            self.console.print(line)
        if how:
            self.console.print(Text(t("resume_how", lang), style="dim"))

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

    def current_text(self, question: Question, answer: Answer | None) -> str:
        """An answer in words: the level, "not applicable" or "not answered"."""
        if answer is None or not answer.answered:
            return t("unanswered", self.lang)
        if answer.na:
            return t("na", self.lang)
        return view(question).format_value(question, answer.value, self.lang)

    def ask(
        self, question: Question, *, first: bool = False, review: bool = False
    ) -> Special | None:
        """Ask one question until it is answered, skipped or left; return what was chosen.

        ``None`` once an answer is saved or kept; :data:`BACK`, :data:`SKIP` or :data:`JUMP`.
        """
        if question.id in self.assessment.targets:  # the institution's own target
            question = question.with_target(self.assessment.targets[question.id])
        lang, kind = self.lang, view(question)
        self.console.print()
        self.console.print(Text(self.progress(question), style="dim"))
        title = Text(localize(question.text, lang), style="bold")
        if question.critical:
            title.append(f"  [{t('critical', lang)}]", style="bold red")
        self.console.print(title)
        shown = [*kind.describe(question, lang)]
        if question.counts:
            shown.append(f"{t('target', lang)}: {kind.format_target(question, lang)}")
        for line in shown:
            self.console.print(Padding(Text(line, style="dim"), (0, 0, 0, 2)))
        while True:
            current = self.assessment.answer(question.id)
            if current is not None and current.answered:
                self.console.print(
                    Text(
                        t("current_answer", lang, answer=self.current_text(question, current)),
                        style="dim",
                    )
                )
            if current is not None and current.flag is not None:
                label = t("draft", lang) if is_draft(current) else t("marked", lang)
                mark = own_mark(current)
                note = f" — {mark}" if mark else ""
                self.console.print(Text(f"⚑ {label}{note}", style="yellow"))
            choice = self.menu(question, current, first=first, review=review)
            if choice is HELP:
                self.show_help(question)
                continue
            if choice is MARK:
                self.mark(question, current)
                continue
            if choice is UNMARK:
                self.record(question, attrs.evolve(current or Answer(), flag=None))
                self.console.print(Text(f"✓ {t('unmarked', lang)}", style="green"))
                continue
            if choice in (BACK, SKIP, JUMP):
                assert isinstance(choice, Special)
                return choice
            if choice is NOT_APPLICABLE:
                if self.not_applicable(question, current):
                    return None
                continue
            if choice is EDIT:
                assert current is not None
                self.details(question, current.value, current)
                return None
            if choice is ANSWER:
                value = self.second_step(question, current)
                if value is ESCAPE:
                    continue
            else:
                value = choice
            if (
                current is not None
                and current.answered
                and not current.na
                and question.same(current.value, value)
                and not is_draft(current)
            ):
                self.console.print(Text(f"✓ {t('kept', lang)}", style="green"))
                return None  # the same answer again: kept as it is, evidence and note too
            self.details(question, value, current)
            return None

    def menu(self, question: Question, current: Answer | None, *, first: bool, review: bool) -> Any:
        """The answers and the other choices of a question; the pointer on the current one."""
        from cse_assess.terminal import widgets

        lang = self.lang
        ask = view(question).prompt(question, lang, current)
        answered = current is not None and current.answered
        lines: list[Item | None] = []
        start: object = ESCAPE  # no pointer: a stray Enter picks nothing
        if isinstance(ask, PickOne):
            lines += [Item(c.title, c.value, c.key) for c in ask.options]
            if answered and current is not None and not current.na:
                start = current.value
        else:  # the second step records nothing on a stray Enter: start there
            lines.append(Item(ask.label, ANSWER))
            start = ANSWER
        lines.append(SEPARATOR)
        lines.append(Item(t("choice_help", lang), HELP, "?"))
        if question.allow_na:
            lines.append(Item(t("choice_na", lang), NOT_APPLICABLE))
        if answered and current is not None and not current.na and not is_draft(current):
            lines.append(Item(t("choice_edit", lang), EDIT))
        if current is not None and current.flag is not None:
            lines.append(Item(t("choice_unmark", lang), UNMARK))
        else:
            lines.append(Item(t("choice_mark", lang), MARK))
        keep = review or answered
        lines.append(Item(t("review_keep" if keep else "choice_skip", lang), SKIP))
        if not first and not review:
            lines.append(Item(t("choice_back", lang), BACK))
        if not review:
            lines.append(Item(t("choice_jump", lang), JUMP))
        if answered and (start is ESCAPE or start is ANSWER):
            start = SKIP  # "leave it as it is"
        return widgets.choose(t("choose_level", lang), lines, lang, current=start)

    def second_step(self, question: Question, current: Answer | None) -> Any:
        """Tick the items or type the value; :data:`ESCAPE` backs out to the menu."""
        from cse_assess.terminal import widgets

        lang, kind = self.lang, view(question)
        ask = kind.prompt(question, lang, current)
        if isinstance(ask, TickItems):
            return widgets.tick(
                ask.label,
                [Item(c.title, c.value) for c in ask.items],
                ask.ticked,
                lang,
                none_title=t("tick_none", lang),
                confirm_empty=not (current is not None and current.answered and not current.na),
                echo=lambda ticked: kind.format_value(question, ticked, lang),
            )
        assert isinstance(ask, TypeIn)
        try:
            typed = widgets.entry(
                ask.prompt,
                lang,
                default=ask.default,
                instruction=t("entry_instruction", lang),
                check=ask.check,
                escape=True,
            )
        except Interrupted as exc:
            typed_text = exc.text.strip()
            if typed_text and ask.check(typed_text) is None:
                self.keep_draft(question, Answer(ask.read(typed_text)), current)
            elif typed_text:
                self.notes.append(
                    t("not_saved_value", lang, question=_short(question, lang), value=typed_text)
                )
            raise
        if isinstance(typed, Escape):
            return ESCAPE
        return ask.read(typed)

    def details(self, question: Question, value: Any, current: Answer | None) -> None:
        """Evidence (where the answer needs it), then a note; save; say how it counts."""
        from cse_assess.terminal import widgets

        lang = self.lang
        same_kind = current is not None and current.answered and not current.na
        evidence: list[str] = list(current.evidence) if current is not None else []
        note = current.note if same_kind and current else ""
        stage = "evidence"
        try:
            if question.needs_evidence(value):
                self.ask_evidence(question, evidence)
            stage = "note"
            if question.scorable:
                typed = widgets.entry(t("ask_note", lang), lang, default=note)
                note = str(typed).strip()
        except Interrupted as exc:
            typed = exc.text.strip()
            if stage == "evidence" and typed:
                evidence.append(typed)
            if stage == "note":
                if not typed:  # the note is optional: the answer is whole without it
                    self.record(
                        question, self.complete(Answer(value, False, evidence, note), current)
                    )
                    raise
                note = typed
            self.keep_draft(question, Answer(value, False, evidence, note), current)
            raise
        answer = self.complete(Answer(value, False, evidence, note), current)
        self.record(question, answer)
        self.console.print(Text(f"✓ {t('saved', lang)}", style="green"))
        if question.needs_evidence(value) and not evidence:
            self.console.print(Text(self.unproven_notice(question, value), style="yellow"))

    def complete(self, answer: Answer, current: Answer | None) -> Answer:
        """``answer`` with the assessor's own mark kept (a draft's mark goes once it is whole)."""
        return attrs.evolve(answer, flag=own_mark(current))

    def keep_draft(self, question: Question, answer: Answer, current: Answer | None) -> None:
        """Save what was typed before Ctrl-C, marked as a draft, and say so at the end."""
        flag = draft_flag(self.lang, own_mark(current))
        self.record(question, attrs.evolve(answer, flag=flag))
        self.notes.append(
            t(
                "draft_kept",
                self.lang,
                question=_short(question, self.lang),
                answer=self.current_text(question, answer),
                evidence=len(answer.evidence),
            )
        )

    def unproven_notice(self, question: Question, value: Any) -> str:
        """One line: saved without evidence, and what it counts as until there is some."""
        lang, scale = self.lang, question.scale
        score = question.verified(value, False)
        if scale is not None:
            below = next((o for o in scale.options if scale.percent(o.value) == score), None)
            if below is not None:
                shown = view(question).format_value(question, below.value, lang)
                return t("unproven_level", lang, level=shown)
        return t("unproven_score", lang, score=number(score, lang, 0))

    def not_applicable(self, question: Question, current: Answer | None) -> bool:
        """Ask the justification; ``False`` when the assessor backs out (Esc or an empty line)."""
        from cse_assess.terminal import widgets

        lang = self.lang
        if question.na_when is not None:
            self.console.print(
                Padding(
                    Text(f"{t('na_when', lang)}: {localize(question.na_when, lang)}", style="dim"),
                    (0, 0, 0, 2),
                )
            )
        default = current.note if current is not None else ""  # kept unless cleared
        try:
            note = widgets.entry(
                t("ask_na_note", lang),
                lang,
                default=default,
                instruction=t("na_instruction", lang),
                escape=True,
                empty_escapes=True,
            )
        except Interrupted as exc:
            if exc.text.strip():
                self.keep_draft(question, Answer(None, True, (), exc.text.strip()), current)
            else:
                self.notes.append(t("not_saved_na", lang, question=_short(question, lang)))
            raise
        if isinstance(note, Escape):
            self.console.print(Text(t("na_cancelled", lang), style="dim"))
            return False
        answer = Answer(None, True, (), note.strip())
        evidence = current.evidence if current is not None else ()
        if evidence:  # kept unless the assessor removes it
            try:
                keep = widgets.choose(
                    t("na_evidence", lang),
                    [
                        Item(t("na_evidence_keep", lang, n=len(evidence)), True),
                        Item(t("na_evidence_remove", lang), False),
                    ],
                    lang,
                    current=True,
                    escape=True,
                )
            except Interrupted:
                self.keep_draft(question, attrs.evolve(answer, evidence=evidence), current)
                raise
            if keep is not False:
                answer = attrs.evolve(answer, evidence=evidence)
        self.record(question, self.complete(answer, current))
        self.console.print(Text(f"✓ {t('saved', lang)}", style="green"))
        return True

    def mark(self, question: Question, current: Answer | None) -> None:
        """Mark the question "to check later", with an optional note, and save at once."""
        from cse_assess.terminal import widgets

        lang = self.lang
        try:
            note = widgets.entry(
                t("ask_mark_note", lang), lang, instruction=t("mark_instruction", lang), escape=True
            )
        except Interrupted as exc:
            self.record(question, attrs.evolve(current or Answer(), flag=exc.text.strip()))
            raise
        if isinstance(note, Escape):
            return
        self.record(question, attrs.evolve(current or Answer(), flag=note.strip()))
        self.console.print(Text(f"⚑ {t('marked_saved', lang)}", style="yellow"))

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

    def ask_evidence(self, question: Question, evidence: list[str]) -> None:
        """Evidence references, one per line (an empty line ends), kept in ``evidence``.

        ``evidence`` is changed in place, so that what was typed before Ctrl-C is kept.
        """
        from cse_assess.terminal import widgets

        lang = self.lang
        if evidence:
            self.console.print(Text(t("evidence_keep", lang), style="bold"))
            for recorded in evidence:
                self.console.print(Padding(Text(f"• {recorded}"), (0, 0, 0, 2)))
            what = widgets.choose(
                t("evidence_what", lang),
                [
                    Item(t("evidence_keep_only", lang), "keep"),
                    Item(t("evidence_keep_add", lang), "add"),
                    Item(t("evidence_replace", lang), "replace"),
                ],
                lang,
                current="keep",
            )
            if what == "keep":
                return
            if what == "replace":
                evidence.clear()
        else:
            self.console.print(Text(t("evidence_hint", lang), style="dim"))
            for item in question.evidence:
                self.console.print(
                    Padding(Text(f"• {localize(item, lang)}", style="dim"), (0, 0, 0, 2))
                )
        while True:
            line = widgets.entry(t("ask_evidence", lang, n=len(evidence) + 1), lang, escape=True)
            if isinstance(line, Escape) or not line.strip():
                return
            evidence.append(line.strip())

    # --- the end of an area, the jump list --------------------------------------------------
    def area_summary(self, area_id: str) -> None:
        """One screen: each question's answer in the area, its gaps, the area's score."""
        from cse_assess.core.scoring import score

        lang = self.lang
        area = self.bank.area(area_id)
        assert area is not None
        result = score(self.bank, self.assessment, check=False)
        found = next((a for a in result.areas if a.id == area_id), None)
        gaps = {g.question.id: g for g in result.gaps}
        n = self.bank.areas.index(area) + 1
        head = t(
            "area_summary",
            lang,
            n=n,
            area=localize(area.title, lang),
            answered=found.answered if found else 0,
            applicable=found.applicable if found else 0,
            score=number(found.score if found else None, lang),
            verified=number(found.verified if found else None, lang),
        )
        rows: list[tuple[str, str, str, str]] = []
        open_gaps = 0
        for q in area.questions:
            if not self.is_shown(q):
                continue
            answer = self.assessment.answer(q.id)
            state = "✓" if answer is not None and answer.answered else "·"
            if answer is not None and answer.flag is not None:
                state = "⚑"
            gap = gaps.get(q.id)
            reasons = ""
            if gap is not None:
                open_gaps += 1
                reasons = ", ".join(t(f"reason.{r}", lang) for r in gap.reasons)
            rows.append((state, self.current_text(q, answer), reasons, localize(q.text, lang)))
        answer_width = max((len(r[1]) for r in rows), default=0)
        self.console.print()
        self.console.print(Text(head, style="bold cyan"))
        for state, answer_text, reasons, text in rows:
            line = Text(f"  {state} {answer_text:<{answer_width}}  ")
            line.append(text, style="dim")
            self.console.print(line, no_wrap=True, overflow="ellipsis")
            if reasons:
                self.console.print(Text(f"      {reasons}", style="yellow"))
        self.console.print(Text(t("area_gaps", lang, count=open_gaps), style="dim"))

    def jump_list(self, current: Question | None) -> list[int] | None:
        """Where to go next: an area or a question, the unanswered, the skipped, the marked.

        Returns a route, or ``None`` to go back to ``current``; raises :class:`Finish` when the
        assessor chooses to finish.
        """
        from cse_assess.terminal import widgets

        lang = self.lang
        while True:
            unanswered, skipped, marked = self.unanswered(), self.skipped(), self.marked()
            lines: list[Item | None] = []
            if current is not None:
                lines.append(Item(t("jump_back", lang), BACK))
            if unanswered:
                lines.append(Item(t("jump_unanswered", lang, count=len(unanswered)), "unanswered"))
            if skipped:
                lines.append(Item(t("jump_skipped", lang, count=len(skipped)), "skipped"))
            if marked:
                lines.append(Item(t("jump_marked", lang, count=len(marked)), "marked"))
            lines.append(SEPARATOR)
            lines += self.area_lines()
            lines.append(SEPARATOR)
            lines.append(Item(t("jump_finish", lang), FINISH))
            start: object = FINISH  # else the first of what is left to do
            if current is not None:
                start = BACK
            elif unanswered or marked:
                start = "unanswered" if unanswered else "marked"
            if current is None:
                self.console.print()
                self.console.print(
                    Text(
                        t("jump_left", lang, open=len(unanswered), marked=len(marked)), style="bold"
                    )
                )
            picked = widgets.choose(t("jump_where", lang), lines, lang, current=start)
            if picked is BACK:
                return None
            if picked is FINISH:
                raise Finish
            if picked == "unanswered":
                return unanswered
            if picked == "skipped":
                return skipped
            if picked == "marked":
                return marked
            route = self.pick_in_area(str(picked))
            if route is not None:
                return route

    def area_lines(self) -> list[Item | None]:
        lang = self.lang
        lines: list[Item | None] = []
        for n, a in enumerate(self.bank.areas, 1):
            shown = [q for q in a.questions if self.is_shown(q)]
            done = sum(1 for q in shown if self.answered(q))
            lines.append(Item(f"{n}. {localize(a.title, lang)} ({done}/{len(shown)})", a.id))
        return lines

    def pick_in_area(self, area_id: str) -> list[int] | None:
        """The whole area, or one question of it; ``None`` to go back."""
        from cse_assess.terminal import widgets

        lang = self.lang
        area = self.bank.area(area_id)
        assert area is not None
        lines: list[Item | None] = [Item(t("jump_whole_area", lang), "all"), SEPARATOR]
        lines += self.question_lines(area_id)
        lines += [SEPARATOR, Item(t("review_back", lang), BACK)]
        picked = widgets.choose(t("review_question", lang), lines, lang, current="all")
        if picked is BACK:
            return None
        if picked == "all":
            return [self.index[q.id] for q in area.questions]
        return [self.index[picked]]

    def question_lines(self, area_id: str) -> list[Item | None]:
        """A line per question shown: its answer, its text and (to act on it) its id."""
        lang = self.lang
        area = self.bank.area(area_id)
        assert area is not None
        lines: list[Item | None] = []
        for q in area.questions:
            if not self.is_shown(q):
                continue
            answer = self.assessment.answer(q.id)
            state = self.current_text(q, answer) if answer is not None and answer.answered else "·"
            mark = " ⚑" if answer is not None and answer.flag is not None else ""
            lines.append(Item(f"[{state}]{mark} {localize(q.text, lang)}", q.id, suffix=q.id))
        return lines

    # --- review --------------------------------------------------------------------------
    def review(self) -> None:
        """Pick an area and a question, the context, or the marked questions, and change it."""
        from cse_assess.terminal import widgets

        lang = self.lang
        self.show_status(how=False)
        start: object = self.bank.areas[0].id
        while True:
            marked, unanswered = self.marked(), self.unanswered()
            lines = self.area_lines()
            lines.append(SEPARATOR)
            lines.append(Item(t("review_context", lang), "context"))
            if marked:
                lines.append(Item(t("jump_marked", lang, count=len(marked)), "marked"))
            if unanswered:
                lines.append(Item(t("jump_unanswered", lang, count=len(unanswered)), "unanswered"))
            lines += [SEPARATOR, Item(t("review_done", lang), BACK)]
            picked = widgets.choose(t("review_area", lang), lines, lang, current=start)
            start = picked
            if picked is BACK:
                return
            if picked == "context":
                self.edit_context()
            elif picked == "marked":
                for i in marked:
                    self.ask(self.questions[i], review=True)
            elif picked == "unanswered":
                self.walk_routes(unanswered)
            else:
                self.review_area(picked)

    def review_area(self, area_id: str) -> None:
        from cse_assess.terminal import widgets

        lang = self.lang
        start: object = ESCAPE
        while True:
            lines = self.question_lines(area_id)
            lines += [SEPARATOR, Item(t("review_back", lang), BACK)]
            first = next((line.value for line in lines if line is not None), BACK)
            picked = widgets.choose(
                t("review_question", lang), lines, lang, current=first if start is ESCAPE else start
            )
            if picked is BACK:
                self.area_summary(area_id)
                return
            start = picked
            question = self.bank.question(picked)
            assert question is not None
            self.ask(question, review=True)

    def edit_context(self) -> None:
        """Institution, unit, assessor and date, each with its current value; saved at once."""
        from cse_assess.terminal import widgets

        lang = self.lang
        context = self.assessment.context

        def required(value: str) -> str | None:
            return None if value.strip() else t("required", lang)

        def a_date(value: str) -> str | None:
            text = value.strip()
            if not text:
                return None
            try:
                _dt.date.fromisoformat(text)
            except ValueError:
                return t("bad_date_typed", lang)
            return None if len(text) == 10 else t("bad_date_typed", lang)

        fields: list[tuple[str, str, Callable[[str], str | None] | None]] = [
            ("institution", "ask_institution", required),
            ("unit", "ask_unit", None),
            ("assessor", "ask_assessor", required),
            ("date", "ask_date", a_date),
        ]
        for field, label, check in fields:
            old = getattr(context, field)
            try:
                typed = widgets.entry(
                    t(label, lang),
                    lang,
                    default=old,
                    check=check,
                    escape=True,
                    instruction=t("entry_instruction", lang),
                )
            except Interrupted as exc:
                if exc.text.strip() != old:
                    self.notes.append(t("not_saved_context", lang, field=t(label, lang)))
                raise
            if isinstance(typed, Escape):
                return
            if typed.strip() != old:
                context = attrs.evolve(context, **{field: typed.strip()})
                self.set_context(context)
        self.console.print(Text(f"✓ {t('saved', lang)}", style="green"))


def _short(question: Question, lang: str, width: int = 60) -> str:
    """A question's text, cut to ``width`` characters, in quotes."""
    text = localize(question.text, lang)
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return f"„{text}”" if lang == "lv" else f"“{text}”"


def today() -> _dt.date:
    """Today's date (the shell's clock; the core never reads it)."""
    return _dt.date.today()
