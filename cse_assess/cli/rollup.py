"""``cse-assess rollup PATH...``: many units' assessments become one table of units by areas.

Only argparse is imported here, so that ``cse-assess --help`` stays fast; the engine and the
renderers are imported when the command runs.
"""

from __future__ import annotations

import argparse

from cse_assess.cli import shared
from cse_assess.cli.parser import integer

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("text", "markdown", "json", "html", "xlsx")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``rollup`` sub-command to the parser's sub-commands."""
    lang = shared.help_language()

    def h(key: str) -> str:
        return shared.t(f"ui.cli.rollup.{key}", lang)

    p = sub.add_parser("rollup", help=shared.t("ui.cli.rollup", lang), description=h("about"))
    p.add_argument(
        "paths", nargs="+", metavar=shared.t("ui.cli.metavar.path", lang), help=h("paths")
    )
    p.add_argument("--by", choices=("unit", "institution"), default="unit", help=h("by"))
    p.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help=shared.t("ui.cli.format", lang, allowed=", ".join(FORMATS)),
    )
    p.add_argument(
        "--output", "-o", metavar=shared.t("ui.cli.metavar.path", lang), help=h("output")
    )
    p.add_argument("--score", choices=("claimed", "verified"), default="claimed", help=h("score"))
    p.add_argument(
        "--questionnaire",
        action="append",
        metavar=shared.t("ui.cli.metavar.bank", lang),
        help=h("questionnaire"),
    )
    p.add_argument("--jobs", "-j", type=integer(lang), default=0, metavar="N", help=h("jobs"))
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def _format(args: argparse.Namespace) -> str:
    return shared.output_format(args.output, args.format, FORMATS)


def run(args: argparse.Namespace) -> int:
    """Roll the files up and print or write the report; 0, or 2 when nothing could count."""
    import sys

    from cse_assess.core.errors import MessageError
    from cse_assess.i18n import message
    from cse_assess.io.rollup_files import default_jobs, find_files, rollup_files
    from cse_assess.io.store import load_questionnaire

    lang = shared.language(args)
    fmt = _format(args)
    if fmt == "xlsx" and not args.output:
        raise MessageError("rollup_xlsx_needs_output")
    banks = {}
    for name in args.questionnaire or ():
        bank = load_questionnaire(name)
        banks[bank.id] = bank
    files, missing = find_files(args.paths)
    shared.refuse_overwriting(args.output, [*args.paths, *files, *(args.questionnaire or ())])
    if not files and not missing:
        raise MessageError("rollup_no_files", paths=", ".join(args.paths))
    jobs = args.jobs if args.jobs > 0 else default_jobs()
    rollup = rollup_files(files, args.by, banks, missing, jobs)
    basis = args.score
    if fmt == "xlsx":
        from cse_assess.render.rollup.xlsx import render_rollup_xlsx

        shared.write_chunks(args.output, [render_rollup_xlsx(rollup, lang, basis)])
        print(message("ui.written", lang, path=args.output), file=sys.stderr)
    elif fmt == "json":  # piece by piece: a long list of files is never one text
        from cse_assess.render.rollup.json import iter_rollup_json

        chunks = iter_rollup_json(rollup, lang, basis)
        if args.output is None:
            for chunk in chunks:
                sys.stdout.write(chunk)
        else:
            shared.write_chunks(args.output, (chunk.encode("utf-8") for chunk in chunks))
            print(message("ui.written", lang, path=args.output), file=sys.stderr)
    elif fmt == "text" and args.output is None and sys.stdout.isatty():
        from cse_assess.render.rollup.text import RollupView

        shared.print_rich(RollupView(rollup, lang, basis=basis))
    else:
        shared.emit(render(rollup, fmt, lang, basis), args.output, lang)
    if fmt != "text" or args.output is not None:
        from cse_assess.render.rollup._common import counts_line

        print(counts_line(rollup, lang), file=sys.stderr)
    if rollup.counted == 0:
        print(message("rollup_nothing_counted", lang, count=rollup.files), file=sys.stderr)
        return 2
    return 0


def render(rollup: Any, fmt: str, lang: str, basis: str) -> str:
    """The roll-up as text in ``fmt`` (text, markdown, json or html)."""
    if fmt == "json":
        from cse_assess.render.rollup.json import render_rollup_json

        return render_rollup_json(rollup, lang, basis)
    if fmt == "markdown":
        from cse_assess.render.rollup.markdown import render_rollup_markdown

        return render_rollup_markdown(rollup, lang, basis)
    if fmt == "html":
        from cse_assess.render.rollup.html import render_rollup_html

        return render_rollup_html(rollup, lang, basis)
    from cse_assess.render.rollup.text import render_rollup_text

    return render_rollup_text(rollup, lang, basis=basis)
