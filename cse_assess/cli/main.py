"""The ``cse-assess`` command line.

Start-up is kept light: this module imports only the standard library, and each command
imports the engine and the renderer it needs when it runs, so ``cse-assess --help`` does not
pay for rich, questionary or PyYAML.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence

from cse_assess._version import __version__
from cse_assess.cli._formats import format_for

TYPE_CHECKING = False  # not imported from typing, which alone costs ~10 ms at start-up
if TYPE_CHECKING:
    from cse_assess.core.errors import Problem
    from cse_assess.core.model import Questionnaire
    from cse_assess.core.scoring import Result
    from cse_assess.render.report._model import Report
    from cse_assess.terminal.flow import Flow

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
FORMATS = ("text", "markdown", "html", "json", "csv", "xlsx", "docx")


def detect_language(environ: Mapping[str, str]) -> str:
    """``lv`` when the user's locale is Latvian, else ``en`` (``LC_ALL``, then ``LANG``...)."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(key, "")
        if value:
            return "lv" if value.lower().startswith("lv") else "en"
    return "en"


def _language(args: argparse.Namespace, own: str = "") -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    if own in ("lv", "en"):
        return own
    return detect_language(os.environ)


def _print_problems(problems: Sequence[Problem], lang: str, label: str) -> None:
    from cse_assess.i18n import message

    word = message(f"ui.{label}", lang)
    for p in problems:
        print(
            f"{p.format(lang)} ({word})" if label == "warning" else p.format(lang), file=sys.stderr
        )


# --- commands --------------------------------------------------------------------------------
def cmd_questionnaires(args: argparse.Namespace) -> int:
    from cse_assess.core.model import localize
    from cse_assess.i18n import message
    from cse_assess.io.store import bundled_ids, load_questionnaire

    lang = _language(args)
    rows = [
        (
            message("ui.id", lang),
            message("ui.version", lang),
            message("ui.questions", lang),
            message("ui.title", lang),
        )
    ]
    for bank_id in bundled_ids():
        bank = load_questionnaire(bank_id)
        rows.append((bank.id, bank.version, str(len(bank.questions)), localize(bank.title, lang)))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from cse_assess.core.errors import ContentError, NotFoundError
    from cse_assess.core.scoring import score
    from cse_assess.i18n import message
    from cse_assess.io.store import load_questionnaire, read_assessment

    lang = _language(args)
    status = EXIT_OK
    for path in args.paths:
        try:
            if path.lower().endswith(".json"):
                loaded = read_assessment(path, args.questionnaire)
                _print_problems(loaded.warnings, lang, "warning")
                result = score(loaded.questionnaire, loaded.assessment)  # skip logic counts
                print(
                    message(
                        "ui.valid_assessment",
                        lang,
                        path=path,
                        answered=result.answered,
                        questions=result.applicable,
                    )
                )
            else:
                bank = load_questionnaire(path)
                print(
                    message(
                        "ui.valid_bank",
                        lang,
                        path=path,
                        areas=len(bank.areas),
                        questions=len(bank.questions),
                    )
                )
        except ContentError as exc:
            for p in exc.problems:
                print(p.format(lang))
            status = EXIT_USAGE
        except NotFoundError as exc:
            print(exc.localized(lang))
            status = EXIT_USAGE
    return status


def cmd_show(args: argparse.Namespace) -> int:
    from cse_assess.io.store import load_questionnaire
    from cse_assess.render.report.markdown import render_bank

    bank = load_questionnaire(args.questionnaire)
    _emit(render_bank(bank, _language(args)), args.output, _language(args))
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    import attrs

    from cse_assess.core.scoring import score
    from cse_assess.i18n import message
    from cse_assess.io.store import example_path, load_targets, read_assessment

    if args.example and args.file:
        raise _Usage("give FILE or --example, not both")
    if not args.example and not args.file:
        raise _Usage("give the assessment FILE to score, or --example for the bundled example")
    path = str(example_path(args.example)) if args.example else args.file
    if args.example and not os.path.isfile(path):
        from cse_assess.core.errors import NotFoundError
        from cse_assess.io.store import bundled_ids

        raise NotFoundError(
            "unknown_questionnaire", name=args.example, allowed=", ".join(bundled_ids())
        )
    loaded = read_assessment(path, args.questionnaire)
    lang = _language(args, loaded.assessment.context.language)
    _print_problems(loaded.warnings, lang, "warning")
    assessment = loaded.assessment
    if args.targets:
        targets = load_targets(args.targets, loaded.questionnaire)
        assessment = attrs.evolve(assessment, targets={**assessment.targets, **targets})
    result = score(loaded.questionnaire, assessment)
    report = _report_extras(args, result, lang)
    fmt = args.format or _format_for(args.output) or "text"
    if fmt in ("xlsx", "docx") and args.output is None:
        raise _Usage(f"the {fmt} format is a binary file: give --output PATH.{fmt}")
    if fmt == "csv" and args.output is not None and _is_folder(args.output):
        from cse_assess.render.report.csv import render_csv_set

        os.makedirs(args.output, exist_ok=True)
        for name, text in render_csv_set(report, lang).items():
            _emit(text, os.path.join(args.output, name), lang)
        return EXIT_OK
    if fmt == "text" and args.output is None and sys.stdout.isatty():
        _print_rich(report, lang, args.gaps, args.explain)
        if args.example:
            print(message("ui.example_note", lang, path=path))
        return EXIT_OK
    _emit(_render(report, fmt, lang, args.gaps, args.explain), args.output, lang)
    return EXIT_OK


def _is_folder(output: str) -> bool:
    return output.endswith(("/", os.sep)) or os.path.isdir(output)


def today() -> str:
    """The day a report is made: ``SOURCE_DATE_EPOCH`` where it is set (reproducible
    builds), else today's date."""
    import datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        return moment.date().isoformat()
    return datetime.date.today().isoformat()


def _report_extras(args: argparse.Namespace, result: Result, lang: str) -> Report:
    """The result with what ``--previous`` and ``--plan`` add, made today."""
    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.io.store import read_assessment
    from cse_assess.render.report._model import Report

    previous = None
    if getattr(args, "previous", None):
        old = read_assessment(args.previous)
        _print_problems(old.warnings, lang, "warning")
        if old.questionnaire.id != result.questionnaire.id:
            raise MessageError(
                "compare_other_bank",
                path=args.previous,
                got=old.questionnaire.id,
                other=args.file or "",
                expected=result.questionnaire.id,
            )
        previous = score(old.questionnaire, old.assessment)
    plan = None
    if getattr(args, "plan", None):
        from cse_assess.forms.plan import read_plan

        plan = read_plan(args.plan, [q.id for q in result.questionnaire.questions])
    return Report(result, previous, plan, today())


def _format_for(output: str | None) -> str | None:
    return format_for(output, FORMATS)


def _render(result: Result | Report, fmt: str, lang: str, gaps: int, explain: bool) -> str | bytes:
    """The report in ``fmt``; each renderer is imported only when it is asked for."""
    if fmt == "docx":
        from cse_assess.render.report.docx import render_docx

        return render_docx(result, lang)
    if fmt == "html":
        from cse_assess.render.report.html import render_html

        return render_html(result, lang)
    if fmt == "csv":
        from cse_assess.render.report.csv import render_csv

        return render_csv(result, lang)
    if fmt == "xlsx":
        from cse_assess.render.report.xlsx import render_xlsx

        return render_xlsx(result, lang)
    if fmt == "json":
        from cse_assess.render.report.json import render_json

        return render_json(result, lang)  # type: ignore[arg-type]
    if fmt == "markdown":
        from cse_assess.render.report.markdown import render_markdown

        return render_markdown(result, lang, show_explain=explain)
    from cse_assess.render.report.text import render_text

    return render_text(result, lang, gaps=gaps, show_explain=explain)


def _print_rich(result: Result | Report, lang: str, gaps: int, explain: bool) -> None:
    from rich.console import Console

    from cse_assess.render.report.text import ReportView

    Console(highlight=False).print(ReportView(result, lang, gaps=gaps, show_explain=explain))


def _emit(text: str | bytes, output: str | None, lang: str) -> None:
    if output is None:
        if isinstance(text, bytes):  # pragma: no cover - refused before rendering
            raise _Usage("a binary format needs --output")
        sys.stdout.write(text)
        return
    from cse_assess.i18n import message
    from cse_assess.io.store import atomic_write

    if isinstance(text, str) and output.lower().endswith(".csv"):
        text = "\ufeff" + text  # a byte-order mark, so that Excel reads UTF-8 diacritics
    atomic_write(output, text)
    print(message("ui.written", lang, path=output), file=sys.stderr)


def cmd_plan(args: argparse.Namespace) -> int:
    from cse_assess.forms.plan import read_plan
    from cse_assess.many.plan import progress

    lang = _language(args)
    known = None
    if args.questionnaire:
        from cse_assess.io.store import load_questionnaire

        known = [q.id for q in load_questionnaire(args.questionnaire).questions]
    plan = read_plan(args.file, known)
    day = args.today or today()
    found = progress(plan, day)
    fmt = args.format or format_for(args.output, ("text", "markdown", "json")) or "text"
    if fmt == "json":
        from cse_assess.render.plan.views import render_plan_json

        text = render_plan_json(plan, found)
    elif fmt == "markdown":
        from cse_assess.render.plan.views import render_plan_markdown

        text = render_plan_markdown(plan, found, lang)
    else:
        from cse_assess.render.plan.views import render_plan_text

        text = render_plan_text(plan, found, lang)
    _emit(text, args.output, lang)
    return EXIT_OK


# --- the interactive assessment -------------------------------------------------------------
def _needs_terminal(command: str, lang: str) -> bool:
    """True (after saying so) when stdin is not a terminal and questions cannot be asked."""
    if sys.stdin is not None and sys.stdin.isatty():
        return False
    print(_message("ui.needs_terminal", lang, command=command), file=sys.stderr)
    return True


class _Background:
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


def cmd_assess(args: argparse.Namespace) -> int:
    lang = _language(args)
    if _needs_terminal("assess", lang):
        return EXIT_USAGE
    args.lang = lang  # a continued file keeps this session's language
    if args.file and os.path.exists(args.file):
        args.file_arg = args.file
        return cmd_resume(args)
    import datetime

    from cse_assess.io.settings import config_path, load_defaults, save_defaults
    from cse_assess.terminal import prompts

    name = args.questionnaire or "readiness"
    looks_like_path = os.sep in name or "/" in name or name.endswith((".yaml", ".yml"))
    if looks_like_path and not os.path.isfile(name):  # said at once, before any question
        from cse_assess.core.errors import NotFoundError

        raise NotFoundError("file_missing_named", path=name)
    # The first question goes on screen at once; the engine and the bank load behind it, in
    # a thread started once the prompt library is in (imports would compete for the GIL).
    print(prompts.t("welcome", lang))
    started: list[_Background] = []

    def start_loading() -> None:
        started.append(_Background(lambda: _bank_and_targets(name, args.targets)))

    today = datetime.date.today().isoformat()
    try:
        settings = config_path(os.environ)
        values = prompts.ask_context(lang, load_defaults(settings), start_loading)
        save_defaults(settings, values)
        path = args.file or prompts.default_file(values["institution"], today)
        if args.file is None and os.path.exists(path):
            if prompts.confirm(prompts.t("file_exists", lang, path=path), lang).unsafe_ask():
                args.file_arg = path
                return cmd_resume(args)
            stem, n = path[: -len(".json")], 2
            while os.path.exists(f"{stem}-{n}.json"):
                n += 1
            path = f"{stem}-{n}.json"
    except (KeyboardInterrupt, EOFError):
        print(f"\n{_message('ui.interrupted', lang)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    from typing import cast

    if not started:  # answered faster than the hook fired
        start_loading()
    bank, targets = cast(tuple["Questionnaire", dict[str, float]], started[0].result())
    from rich.console import Console

    from cse_assess.core.model import Assessment, Context
    from cse_assess.terminal import flow as ui

    context = Context(**values, date=today, language=lang)
    console = Console(highlight=False)
    flow = ui.Flow(
        bank, Assessment(bank.id, bank.version, context, {}, targets), path, lang, console
    )
    flow.save()
    flow.show_bank()
    console.print(prompts.t("file_is", lang, path=path), style="dim")
    return _drive(flow, lambda: flow.run(0))


def cmd_resume(args: argparse.Namespace) -> int:
    return _continue(args, review=False)


def cmd_review(args: argparse.Namespace) -> int:
    return _continue(args, review=True)


def _continue(args: argparse.Namespace, *, review: bool) -> int:
    lang = _language(args)
    if _needs_terminal("review" if review else "resume", lang):
        return EXIT_USAGE
    import attrs
    from rich.console import Console

    from cse_assess.io.store import load_targets, read_assessment
    from cse_assess.terminal import flow as ui

    path = getattr(args, "file_arg", None) or args.file
    loaded = read_assessment(path, args.questionnaire)
    lang = _language(args, loaded.assessment.context.language)
    _print_problems(loaded.warnings, lang, "warning")
    bank = loaded.questionnaire
    assessment = attrs.evolve(loaded.assessment, questionnaire_version=bank.version)
    if getattr(args, "targets", None):  # assess --targets on a file that already exists
        targets = load_targets(args.targets, bank)
        assessment = attrs.evolve(assessment, targets={**assessment.targets, **targets})
    flow = ui.Flow(bank, assessment, path, lang, Console(highlight=False))
    if review:
        return _drive(flow, flow.review)
    return _drive(flow, lambda: flow.run(flow.first_open()))


def _drive(flow: Flow, walk: Callable[[], None]) -> int:
    """Run a walk; on Ctrl-C save, print how to resume and exit 130; at the end report."""
    from cse_assess.terminal import prompts

    lang = flow.lang
    try:
        walk()
        _finish(flow)
    except (KeyboardInterrupt, EOFError):
        flow.save()
        flow.console.print()
        flow.console.print(f"{prompts.t('saved', lang)}: {flow.path}", style="green", markup=False)
        flow.console.print(prompts.t("resume_with", lang), markup=False)
        flow.console.print(f"  {prompts.resume_command(flow.path)}", style="bold", markup=False)
        return EXIT_INTERRUPTED
    return EXIT_OK


def _finish(flow: Flow) -> None:
    import questionary

    from cse_assess.core.scoring import score
    from cse_assess.io.store import atomic_write
    from cse_assess.render.report.text import ReportView
    from cse_assess.terminal import prompts as ui

    lang, console = flow.lang, flow.console
    result = score(flow.bank, flow.assessment)
    console.print()
    console.print(ReportView(result, lang))
    remaining = flow.open_count()
    if remaining:
        console.print(ui.t("still_open", lang, count=remaining), markup=False)
        console.print(f"  {ui.resume_command(flow.path)}", style="bold", markup=False)
    else:
        console.print(ui.t("all_done", lang), style="green")
    if not ui.confirm(ui.t("write_report", lang), lang).unsafe_ask():
        return
    stem = flow.path[: -len(".json")] if flow.path.endswith(".json") else flow.path
    target = questionary.text(ui.t("report_path", lang), default=f"{stem}-report.html").unsafe_ask()
    fmt = _format_for(target) or "markdown"
    from cse_assess.render.report._model import Report

    atomic_write(target, _render(Report(result, made=today()), fmt, lang, 0, False))
    console.print(_message("ui.written", lang, path=target), markup=False)


# --- parser ----------------------------------------------------------------------------------
class _Usage(Exception):
    """Bad usage found after parsing (two options that exclude each other, say)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser: one sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="cse-assess",
        description="Assess how ready an institution is to live its Customer Service Standard "
        "(Klientu apkalpošanas standarts): score an assessment, list the gaps with "
        "the evidence and actions that close them.",
        epilog="Run 'cse-assess score --example' to see a full report of a fictional institution.",
    )
    parser.add_argument("--version", action="version", version=f"cse-assess {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    lang = {
        "choices": ("lv", "en"),
        "help": "language of the output (default: the file's, else your locale's)",
    }

    p = sub.add_parser(
        "assess",
        help="answer a question bank interactively (the default)",
        description="Work through a question bank at the terminal. Every "
        "answer is saved at once; Ctrl-C stops, 'resume' continues.",
    )
    p.add_argument(
        "--questionnaire", metavar="ID_OR_PATH", help="the bank to answer (default: readiness)"
    )
    p.add_argument("--lang", **lang)  # type: ignore[arg-type]
    p.add_argument(
        "--targets",
        metavar="FILE",
        help="your institution's own targets (YAML: question id to target), kept in the file",
    )
    p.add_argument(
        "--file",
        metavar="PATH",
        help="the assessment file (default: from the institution and the date)",
    )
    p.set_defaults(func=cmd_assess)

    for name, func, text in (
        ("resume", cmd_resume, "continue an assessment at its first unanswered question"),
        ("review", cmd_review, "change answers, evidence or notes of an assessment"),
    ):
        p = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        p.add_argument("file", metavar="FILE", help="the assessment file (JSON)")
        p.add_argument("--lang", **lang)  # type: ignore[arg-type]
        p.add_argument(
            "--questionnaire",
            metavar="ID_OR_PATH",
            help="the bank (default: the one the file names)",
        )
        p.set_defaults(func=func)

    p = sub.add_parser("questionnaires", help="list the bundled question banks")
    p.add_argument("--lang", **lang)  # type: ignore[arg-type]
    p.set_defaults(func=cmd_questionnaires)

    p = sub.add_parser(
        "validate",
        help="check question banks (YAML) or assessments (JSON)",
        description="Check each file; print every problem as PATH:LINE: message. "
        "Exit 0 when all are valid, 2 otherwise.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--questionnaire",
        metavar="ID_OR_PATH",
        help="bank to check assessments against (default: the one they name)",
    )
    p.add_argument("--lang", **lang)  # type: ignore[arg-type]
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser(
        "show",
        help="print a whole question bank as Markdown",
        description="Print a question bank as Markdown, for a workshop on paper.",
    )
    p.add_argument("questionnaire", metavar="ID_OR_PATH")
    p.add_argument("--lang", **lang)  # type: ignore[arg-type]
    p.add_argument("--output", "-o", metavar="PATH", help="write to a file instead")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "score",
        help="score an assessment file and list its gaps",
        description="Score an assessment: overall and per-area scores, claimed "
        "and verified, the readiness band, and the gaps to close.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="the assessment file (JSON)")
    p.add_argument(
        "--example",
        nargs="?",
        const="readiness",
        metavar="ID",
        help="score the bundled example of a fictional institution for a bank "
        "(default: readiness; also kpi, standard-content)",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="output format (default: from --output's extension, else text)",
    )
    p.add_argument("--output", "-o", metavar="PATH", help="write the report to a file")
    p.add_argument("--lang", **lang)  # type: ignore[arg-type]
    p.add_argument("--explain", action="store_true", help="show how every score was computed")
    p.add_argument(
        "--targets",
        metavar="FILE",
        help="score against your institution's own targets (YAML: question id to target)",
    )
    p.add_argument(
        "--gaps",
        type=int,
        default=10,
        metavar="N",
        help="gaps to list in the text report (0 for all; default 10)",
    )
    p.add_argument(
        "--questionnaire",
        metavar="ID_OR_PATH",
        help="score against this bank (default: the one the file names)",
    )
    p.add_argument(
        "--previous",
        metavar="FILE",
        help="an earlier assessment of the unit: the summary says what improved and regressed",
    )
    p.add_argument(
        "--plan",
        metavar="FILE",
        help="the action plan (XLSX) as the team updated it: each gap shows its owner, due "
        "date and state",
    )
    p.set_defaults(func=cmd_score)

    p = sub.add_parser(
        "plan",
        help="read an updated action plan (XLSX) and report its progress by owner",
        description="Read the action plan 'score -o plan.xlsx' wrote, as the team updated it "
        "(owner, due date, status, comment), check it cell by cell, and report what is done, "
        "late, in progress and not started, by owner.",
    )
    p.add_argument("file", metavar="FILE", help="the action plan (XLSX)")
    p.add_argument("--today", metavar="DATE", help="judge lateness on this day (default: today)")
    p.add_argument("--format", "-f", choices=("text", "markdown", "json"), help="output format")
    p.add_argument("--output", "-o", metavar="PATH", help="write to a file")
    p.add_argument(
        "--questionnaire",
        metavar="ID_OR_PATH",
        help="check the question ids against this bank",
    )
    p.add_argument("--lang", **lang)  # type: ignore[arg-type]
    p.set_defaults(func=cmd_plan)

    # Commands for many assessments, each in a module of its own (argparse-only imports).
    from cse_assess.cli import compare as cmd_compare
    from cse_assess.cli import consensus as cmd_consensus
    from cse_assess.cli import forms as cmd_forms
    from cse_assess.cli import rollup as cmd_rollup

    for module in (cmd_consensus, cmd_compare, cmd_rollup, cmd_forms):
        module.register(sub, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 2 bad input, 1 internal error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:  # no command: the main job, an assessment of the default bank
        args = parser.parse_args(["assess"])
        func = cmd_assess
    lang = _language(args)
    try:
        return func(args)
    except _Usage as exc:
        parser.exit(EXIT_USAGE, f"cse-assess {args.command}: {exc}\n")
    except KeyboardInterrupt:
        print(f"\n{_message('ui.interrupted', lang)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        from cse_assess.core.errors import CseAssessError

        if isinstance(exc, CseAssessError):
            print(exc.localized(lang), file=sys.stderr)
            return EXIT_USAGE
        if os.environ.get("CSE_ASSESS_DEBUG"):
            raise
        print(
            _message("ui.internal_error", lang, error=f"{type(exc).__name__}: {exc}"),
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _message(code: str, lang: str, **args: object) -> str:
    from cse_assess.i18n import message

    return message(code, lang, **args)


def _silence_stdout() -> None:
    """After a closed pipe (``| head``), point stdout at devnull so exit does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
