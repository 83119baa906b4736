"""``cse-assess assess``, ``resume FILE`` and ``review FILE``: the interactive assessment.

The first question (the institution) is on screen before the engine and the bank have
loaded: they load behind it, in a thread. Every answer is saved at once; Ctrl-C keeps what was
typed as a draft and prints the command that goes on, which works as printed (with
``--questionnaire`` for a bank of one's own).
"""

from __future__ import annotations

import argparse
import os
import sys

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from cse_assess.core.model import Questionnaire
    from cse_assess.terminal.flow import Flow


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``assess``, ``resume`` and ``review`` sub-commands."""
    lang = shared.help_language()

    def h(key: str) -> str:
        return shared.t(f"ui.cli.{key}", lang)

    p = sub.add_parser("assess", help=h("assess"), description=h("assess.about"))
    p.add_argument(
        "--questionnaire",
        metavar=shared.t("ui.cli.metavar.bank", lang),
        help=h("assess.questionnaire"),
    )
    p.add_argument("--lang", **lang_option)
    p.add_argument(
        "--targets", metavar=shared.t("ui.cli.metavar.file", lang), help=h("assess.targets")
    )
    p.add_argument("--file", metavar=shared.t("ui.cli.metavar.path", lang), help=h("assess.file"))
    p.add_argument("--no-remember", action="store_true", help=h("assess.no_remember"))
    p.set_defaults(func=run_assess)

    for name, func in (("resume", run_resume), ("review", run_review)):
        p = sub.add_parser(name, help=h(name), description=h(f"{name}.about"))
        p.add_argument("file", metavar=shared.t("ui.cli.metavar.file", lang), help=h("assessment"))
        p.add_argument("--lang", **lang_option)
        p.add_argument(
            "--questionnaire",
            metavar=shared.t("ui.cli.metavar.bank", lang),
            help=h("continue.questionnaire"),
        )
        p.set_defaults(func=func)


def needs_terminal(command: str, lang: str) -> bool:
    """True (after saying so) when stdin is not a terminal and questions cannot be asked."""
    if sys.stdin is not None and sys.stdin.isatty():
        return False
    print(shared.t("ui.needs_terminal", lang, command=command), file=sys.stderr)
    return True


class Background:
    """Work done in a thread while the person types (loading the bank behind the first prompt).

    :meth:`result` waits for it and raises whatever it raised, so errors surface unchanged.
    """

    def __init__(self, work: Callable[[], object]) -> None:
        import threading

        self._work = work
        self._value: object = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work()
        except BaseException as exc:  # handed to the main thread by result()
            self._error = exc

    def result(self) -> object:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def _bank_and_targets(name: str, targets: str | None) -> tuple[Questionnaire, dict[str, float]]:
    from cse_assess.io.store import load_questionnaire, load_targets

    bank = load_questionnaire(name)
    return bank, (load_targets(targets, bank) if targets else {})


def _prepare(name: str, targets: str | None, lang: str) -> tuple[Questionnaire, dict[str, float]]:
    """The bank and the targets, and the first question made ready to show (in a thread)."""
    loaded = _bank_and_targets(name, targets)
    warm(loaded[0], lang)
    return loaded


def warm(bank: Questionnaire, lang: str) -> None:
    """Import and exercise once what showing a question needs (the walk, rich's panels, the
    views of the bank's kinds), so that the first question follows the last context answer at
    once. Done while the person types; a failure here is left to the walk itself to meet."""
    import contextlib
    import io

    with contextlib.suppress(Exception):
        from rich.console import Console
        from rich.panel import Panel
        from rich.text import Text

        from cse_assess.terminal import flow, prompts
        from cse_assess.views import view

        console = Console(file=io.StringIO(), width=80, highlight=False)
        console.print(Panel(Text(prompts.t("welcome", lang)), title=Text("·", style="bold")))
        assert flow.Flow is not None  # imported: the walk, with rich's renderables
        for question in {q.kind: q for q in bank.questions}.values():
            shown = view(question)
            shown.prompt(question, lang, None)
            shown.describe(question, lang)
            shown.format_target(question, lang)


def run_assess(args: argparse.Namespace) -> int:
    """A new assessment (or the one ``--file`` names, when it exists)."""
    lang = shared.language(args)
    if needs_terminal("assess", lang):
        return shared.EXIT_USAGE
    args.lang = lang  # a continued file keeps this session's language
    if args.file and os.path.exists(args.file):
        return _continue(args, args.file, review=False)
    import datetime

    from cse_assess.io.settings import config_path, load_defaults, save_defaults
    from cse_assess.terminal import prompts, widgets

    name = args.questionnaire or "readiness"
    own = prompts.own_bank(args.questionnaire)
    if own is not None and not os.path.isfile(own):  # said at once, before any question
        from cse_assess.core.errors import NotFoundError

        raise NotFoundError("file_missing_named", path=own)
    if args.file:
        shared.output_format(args.file, "json", ("json",))
        shared.refuse_overwriting(args.file, [own, args.targets])
    # The first question goes on screen at once; the engine and the bank load behind it, in
    # a thread started once the prompt is drawn (imports would compete for the GIL).
    print(prompts.paragraph(prompts.t("welcome", lang)))
    started: list[Background] = []

    def start_loading() -> None:
        if not started:
            started.append(Background(lambda: _prepare(name, args.targets, lang)))

    today = datetime.date.today().isoformat()
    settings = None if args.no_remember else config_path(os.environ)
    try:
        defaults = load_defaults(settings) if settings is not None else {}
        values = prompts.ask_context(lang, defaults, start_loading)
        if settings is not None:
            save_defaults(settings, values)
        path = args.file or prompts.default_file(values["institution"], today)
        if args.file is None and os.path.exists(path):
            if widgets.confirm(prompts.t("file_exists", lang, path=path), lang):
                return _continue(args, path, review=False)
            stem, n = path[: -len(".json")], 2
            while os.path.exists(f"{stem}-{n}.json"):
                n += 1
            path = f"{stem}-{n}.json"
    except (KeyboardInterrupt, EOFError):
        print(f"\n{shared.t('ui.nothing_saved', lang)}", file=sys.stderr)
        return shared.EXIT_INTERRUPTED
    from typing import cast

    start_loading()  # when answered faster than the hook fired
    bank, targets = cast("tuple[Questionnaire, dict[str, float]]", started[0].result())
    from rich.console import Console

    from cse_assess.core.model import Assessment, Context
    from cse_assess.terminal import flow as ui

    context = Context(**values, date=today, language=lang)
    console = Console(highlight=False)
    from cse_assess.io.store import NO_FILE, SessionFiles

    assessment = Assessment(bank.id, bank.version, context, {}, targets)
    save = SessionFiles({path: NO_FILE})  # a file that appears meanwhile is not written over
    flow = ui.Flow(bank, assessment, path, lang, console, questionnaire=own, save=save)
    flow.show_bank()
    console.print(prompts.t("file_is", lang, path=path), style="dim", markup=False)
    return drive(flow, lambda: flow.run(0))


def run_resume(args: argparse.Namespace) -> int:
    """Go on after the last question answered."""
    return _continue(args, args.file, review=False)


def run_review(args: argparse.Namespace) -> int:
    """Change answers, marks or the context, area by area."""
    return _continue(args, args.file, review=True)


def _continue(args: argparse.Namespace, path: str, *, review: bool) -> int:
    lang = shared.language(args, shared.file_language(path))
    if needs_terminal("review" if review else "resume", lang):
        return shared.EXIT_USAGE
    import attrs
    from rich.console import Console

    from cse_assess.core.errors import AssessmentError
    from cse_assess.io.store import SessionFiles, load_targets, read_assessment
    from cse_assess.terminal import flow as ui
    from cse_assess.terminal import prompts

    try:
        loaded = read_assessment(path, args.questionnaire)
    except AssessmentError as exc:
        if args.questionnaire is None and any(
            p.code == "unknown_questionnaire" for p in exc.problems
        ):  # a bank of one's own, not named: say how to name it
            print(shared.error_text(exc, lang), file=sys.stderr)
            name = "review" if review else "resume"
            hint = prompts.command(name, path, questionnaire="BANK.yaml")
            print(shared.t("ui.name_the_bank", lang, command=hint), file=sys.stderr)
            return shared.EXIT_USAGE
        raise
    lang = shared.language(args, loaded.assessment.context.language)
    shared.print_problems(loaded.warnings, lang, warning=True)
    bank = loaded.questionnaire
    assessment = attrs.evolve(loaded.assessment, questionnaire_version=bank.version)
    if getattr(args, "targets", None):  # assess --targets on a file that already exists
        targets = load_targets(args.targets, bank)
        assessment = attrs.evolve(assessment, targets={**assessment.targets, **targets})
    flow = ui.Flow(
        bank,
        assessment,
        path,
        lang,
        Console(highlight=False),
        questionnaire=prompts.own_bank(args.questionnaire) or args.questionnaire,
        save=SessionFiles({path: loaded.stamp} if loaded.stamp is not None else {}),
    )
    if review:
        return drive(flow, flow.review)
    return drive(flow, flow.resume)


def drive(flow: Flow, walk: Callable[[], None]) -> int:
    """Run a walk; on Ctrl-C say what was kept and how to go on (exit 130); at the end report."""
    from rich.text import Text

    from cse_assess.terminal import prompts

    lang, console = flow.lang, flow.console
    try:
        walk()
        finish(flow)
    except (KeyboardInterrupt, EOFError):
        flow.save()
        console.print()
        for note in flow.notes:
            console.print(Text(note, style="yellow"))
        if not flow.saved and not os.path.exists(flow.path):
            console.print(prompts.t("nothing_saved", lang), markup=False)
            return shared.EXIT_INTERRUPTED
        console.print(
            Text(f"{prompts.t('saved_all', lang)}: {flow.path}", style="green"), markup=False
        )
        console.print(prompts.t("resume_with", lang), markup=False)
        console.print(Text(f"  {flow.resume_hint()}", style="bold"), soft_wrap=True)
        return shared.EXIT_INTERRUPTED
    return shared.EXIT_OK


def finish(flow: Flow) -> None:
    """The result on screen, what is left, and the report written to a file if wanted."""
    from rich.text import Text

    from cse_assess.cli.score import FORMATS, render
    from cse_assess.core.errors import CseAssessError
    from cse_assess.core.scoring import score
    from cse_assess.render.report._model import Report
    from cse_assess.render.report.text import ReportView
    from cse_assess.terminal import prompts as ui
    from cse_assess.terminal import widgets

    lang, console = flow.lang, flow.console
    if not flow.saved and not os.path.exists(flow.path):
        console.print(ui.t("nothing_answered", lang), markup=False)
        return
    report = Report(score(flow.bank, flow.assessment), made=shared.today())
    console.print()
    console.print(ReportView(report, lang))
    remaining, marked = flow.open_count(), len(flow.marked())
    if marked:
        console.print(Text(ui.t("still_marked", lang, count=marked), style="yellow"))
    if remaining:
        console.print(ui.t("still_open", lang, count=remaining), markup=False)
    elif marked:
        console.print(ui.t("check_marked_with", lang), markup=False)
    else:
        console.print(ui.t("all_done", lang), style="green")
    if remaining or marked:
        console.print(Text(f"  {flow.resume_hint()}", style="bold"), soft_wrap=True)
    if not widgets.confirm(ui.t("write_report", lang), lang):
        return
    stem = flow.path[: -len(".json")] if flow.path.endswith(".json") else flow.path
    default = f"{stem}-{ui.t('report_file', lang)}.html"
    while True:
        target = widgets.entry(ui.t("report_path", lang), lang, default=default, escape=True)
        if not isinstance(target, str):
            return
        target = target.strip()
        try:
            fmt = shared.output_format(target, None, FORMATS)
            shared.refuse_overwriting(target, [flow.path])
            if os.path.exists(target) and not widgets.confirm(
                ui.t("report_exists", lang, path=target), lang, default=False
            ):
                default = target
                continue
            shared.emit(render(report, fmt, lang), target, lang)
        except CseAssessError as exc:
            console.print(Text(shared.error_text(exc, lang), style="red"))
            default = target
            continue
        return
