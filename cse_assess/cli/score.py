"""``cse-assess score FILE``: score an assessment and report it, in any of seven formats."""

from __future__ import annotations

import argparse
import os
import sys

from cse_assess.cli import shared
from cse_assess.cli.parser import integer

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from cse_assess.core.scoring import Result
    from cse_assess.render.report._model import Report

FORMATS = ("text", "markdown", "html", "json", "csv", "xlsx", "docx")
BINARY = ("xlsx", "docx")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``score`` sub-command."""
    lang = shared.help_language()

    def h(key: str) -> str:
        return shared.t(f"ui.cli.score.{key}", lang)

    p = sub.add_parser("score", help=shared.t("ui.cli.score", lang), description=h("about"))
    p.add_argument("file", nargs="?", metavar=shared.t("ui.cli.metavar.file", lang), help=h("file"))
    p.add_argument(
        "--example",
        nargs="?",
        const="readiness",
        metavar=shared.t("ui.cli.metavar.id", lang),
        help=h("example"),
    )
    shared.add_format_and_output(p, FORMATS, lang, h("output"))
    p.add_argument("--lang", **lang_option)
    p.add_argument("--explain", action="store_true", help=h("explain"))
    p.add_argument("--targets", metavar=shared.t("ui.cli.metavar.file", lang), help=h("targets"))
    p.add_argument(
        "--gaps",
        type=integer(lang),
        default=10,
        metavar="N",
        help=h("gaps"),
    )
    p.add_argument(
        "--questionnaire",
        metavar=shared.t("ui.cli.metavar.bank", lang),
        help=h("questionnaire"),
    )
    p.add_argument("--previous", metavar=shared.t("ui.cli.metavar.file", lang), help=h("previous"))
    p.add_argument("--plan", metavar=shared.t("ui.cli.metavar.file", lang), help=h("plan"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Score the file (or the bundled example) and print or write the report."""
    import attrs

    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.io.store import example_file, load_targets, read_assessment

    if args.example and args.file:
        raise MessageError("score_file_and_example")
    if not args.example and not args.file:
        raise MessageError("score_needs_file")
    path = example_file(args.example) if args.example else args.file
    if args.example and not os.path.isfile(path):
        from cse_assess.core.errors import NotFoundError
        from cse_assess.io.store import bundled_ids

        raise NotFoundError(
            "unknown_questionnaire", name=args.example, allowed=", ".join(bundled_ids())
        )
    output: str | None = args.output
    shared.refuse_overwriting(
        output, [path, args.targets, args.questionnaire, args.previous, args.plan]
    )
    folder = output is not None and is_folder(output)
    if folder and (args.format or "csv") != "csv":
        raise MessageError("output_folder_csv", path=output)
    fmt = "csv" if folder else shared.output_format(output, args.format, FORMATS)
    if fmt in BINARY and output is None:
        raise MessageError("binary_needs_output", format=fmt)
    loaded = read_assessment(path, args.questionnaire)
    lang = shared.language(args, loaded.assessment.context.language)
    shared.print_problems(loaded.warnings, lang, warning=True)
    assessment = loaded.assessment
    if args.targets:
        targets = load_targets(args.targets, loaded.questionnaire)
        assessment = attrs.evolve(assessment, targets={**assessment.targets, **targets})
    result = score(loaded.questionnaire, assessment)
    report = with_extras(args, result, lang)
    if folder:
        from cse_assess.render.report.csv import render_csv_set

        assert output is not None
        os.makedirs(output, exist_ok=True)
        for name, text in render_csv_set(report, lang).items():
            shared.emit(text, os.path.join(output, name), lang)
        return shared.EXIT_OK
    if fmt == "text" and output is None and sys.stdout.isatty():
        from cse_assess.render.report.text import ReportView

        shared.print_rich(ReportView(report, lang, gaps=args.gaps, show_explain=args.explain))
        if args.example:
            print(shared.t("ui.example_note", lang, path=path))
        return shared.EXIT_OK
    shared.emit(render(report, fmt, lang, args.gaps, args.explain), output, lang)
    return shared.EXIT_OK


def is_folder(output: str) -> bool:
    """True when ``output`` names a folder: it ends in a separator, or is one."""
    return output.endswith(("/", os.sep)) or os.path.isdir(output)


def with_extras(args: argparse.Namespace, result: Result, lang: str) -> Report:
    """The result with what ``--previous`` and ``--plan`` add, made today."""
    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.io.store import read_assessment
    from cse_assess.render.report._model import Report

    previous = None
    if args.previous:
        old = read_assessment(args.previous)
        shared.print_problems(old.warnings, lang, warning=True)
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
    if args.plan:
        from cse_assess.forms.plan import read_plan

        plan = read_plan(args.plan, [q.id for q in result.questionnaire.questions])
    return Report(result, previous, plan, shared.today())


def render(
    report: Result | Report, fmt: str, lang: str, gaps: int = 0, explain: bool = False
) -> str | bytes:
    """The report in ``fmt``; each renderer is imported only when it is asked for."""
    if fmt == "docx":
        from cse_assess.render.report.docx import render_docx

        return render_docx(report, lang)
    if fmt == "html":
        from cse_assess.render.report.html import render_html

        return render_html(report, lang)
    if fmt == "csv":
        from cse_assess.render.report.csv import render_csv

        return render_csv(report, lang)
    if fmt == "xlsx":
        from cse_assess.render.report.xlsx import render_xlsx

        return render_xlsx(report, lang)
    if fmt == "json":
        from cse_assess.render.report.json import render_json

        return render_json(report, lang)
    if fmt == "markdown":
        from cse_assess.render.report.markdown import render_markdown

        return render_markdown(report, lang, show_explain=explain)
    from cse_assess.render.report.text import render_text

    return render_text(report, lang, gaps=gaps, show_explain=explain)
