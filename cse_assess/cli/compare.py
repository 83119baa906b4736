"""``cse-assess compare OLD NEW``: one unit's assessments at two dates, what changed.

Only argparse and typing are imported here, so that ``cse-assess --help`` stays fast; the
engine and the renderers are imported when the command runs.
"""

from __future__ import annotations

import argparse

TYPE_CHECKING = False  # not from typing: it alone costs ~5 ms of `cse-assess --help`
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("text", "markdown", "json", "html")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``compare`` sub-command to the parser's sub-commands."""
    p = sub.add_parser(
        "compare",
        help="compare two assessments of one unit: what improved, what regressed",
        description="Compare two assessments of the same unit at two dates: overall and "
        "per-area change, questions improved and regressed, gaps closed and opened. Each file "
        "is scored against the bank version it names; when the version changed, the questions "
        "added and removed are listed and scores are compared on the questions both share.",
    )
    p.add_argument("old", metavar="OLD", help="the earliest assessment file (JSON)")
    p.add_argument(
        "new",
        metavar="NEW",
        nargs="+",
        help="the later assessment file (JSON); give three or more files, oldest first, for a "
        "trend: a table and a line chart per area",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="output format (default: from --output's extension, else text)",
    )
    p.add_argument("--output", "-o", metavar="PATH", help="write the comparison to a file")
    p.add_argument(
        "--questionnaire",
        metavar="ID_OR_PATH",
        help="score both files against this bank (default: the version each file names)",
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Score both files, compare, print or write the comparison; 0, or 2 on bad input."""
    import sys

    from cse_assess.cli._formats import format_for
    from cse_assess.cli.main import _emit, _language, _print_problems
    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.io.store import read_assessment
    from cse_assess.many.compare import compare

    if len(args.new) > 1:
        return _trend(args, [str(args.old), *map(str, args.new)])
    old_path, new_path = str(args.old), str(args.new[0])
    old = read_assessment(old_path, args.questionnaire)
    new = read_assessment(new_path, args.questionnaire)
    lang = _language(args, new.assessment.context.language)
    if old.assessment.questionnaire_id != new.assessment.questionnaire_id:
        raise MessageError(
            "compare_other_bank",
            path=new_path,
            got=new.assessment.questionnaire_id,
            other=old_path,
            expected=old.assessment.questionnaire_id,
        )
    _print_problems(old.warnings, lang, "warning")
    _print_problems(new.warnings, lang, "warning")
    found = compare(
        score(old.questionnaire, old.assessment),
        score(new.questionnaire, new.assessment),
        (old_path, new_path),
    )
    output: str | None = args.output
    fmt = args.format
    fmt = fmt or format_for(output, FORMATS) or "text"
    if fmt == "text" and output is None and sys.stdout.isatty():
        from rich.console import Console

        from cse_assess.render.compare.views import CompareView

        Console(highlight=False).print(CompareView(found, lang))
        return 0
    if fmt == "json":
        from cse_assess.render.compare.views import render_compare_json

        text = render_compare_json(found, lang, (old_path, new_path))
    elif fmt == "markdown":
        from cse_assess.render.compare.views import render_compare_markdown

        text = render_compare_markdown(found, lang)
    elif fmt == "html":
        from cse_assess.render.compare.html import render_compare_html

        text = render_compare_html(found, lang)
    else:
        from cse_assess.render.compare.views import render_compare_text

        text = render_compare_text(found, lang)
    _emit(text, output, lang)
    return 0


def _trend(args: argparse.Namespace, paths: list[str]) -> int:
    """Three or more assessments of one unit: the trend."""
    import sys

    from cse_assess.cli._formats import format_for
    from cse_assess.cli.main import _emit, _language, _print_problems
    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.io.store import read_assessment
    from cse_assess.many.compare import trend

    loaded = [read_assessment(p, args.questionnaire) for p in paths]
    lang = _language(args, loaded[-1].assessment.context.language)
    first = loaded[0].assessment.questionnaire_id
    for path, item in zip(paths, loaded, strict=True):
        _print_problems(item.warnings, lang, "warning")
        if item.assessment.questionnaire_id != first:
            raise MessageError(
                "compare_other_bank",
                path=path,
                got=item.assessment.questionnaire_id,
                other=paths[0],
                expected=first,
            )
    found = trend([score(i.questionnaire, i.assessment) for i in loaded], tuple(paths))
    fmt = args.format or format_for(args.output, FORMATS) or "text"
    from cse_assess.render.compare import trend as view

    if fmt == "json":
        text = view.render_trend_json(found, lang)
    elif fmt == "markdown":
        text = view.render_trend_markdown(found, lang)
    elif fmt == "html":
        text = view.render_trend_html(found, lang)
    else:
        text = view.render_trend_text(found, lang)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    _emit(text, args.output, lang)
    return 0
