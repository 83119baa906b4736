"""``cse-assess compare OLD NEW...``: one unit's assessments at two dates, what changed; at
three or more, the trend.

Only argparse is imported here, so that ``cse-assess --help`` stays fast; the engine and the
renderers are imported when the command runs.
"""

from __future__ import annotations

import argparse

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from cse_assess.core.scoring import Result

FORMATS = ("text", "markdown", "json", "html")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``compare`` sub-command to the parser's sub-commands."""
    lang = shared.help_language()

    def h(key: str) -> str:
        return shared.t(f"ui.cli.compare.{key}", lang)

    p = sub.add_parser("compare", help=shared.t("ui.cli.compare", lang), description=h("about"))
    p.add_argument("old", metavar=shared.t("ui.cli.metavar.old", lang), help=h("old"))
    p.add_argument("new", nargs="+", metavar=shared.t("ui.cli.metavar.new", lang), help=h("new"))
    shared.add_format_and_output(p, FORMATS, lang, h("output"))
    p.add_argument(
        "--questionnaire", metavar=shared.t("ui.cli.metavar.bank", lang), help=h("questionnaire")
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Score the files, compare (or follow the trend), print or write it; 0, or 2 on bad input."""
    import sys

    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.io.store import read_assessment
    from cse_assess.many.compare import compare

    paths = [str(args.old), *map(str, args.new)]
    output: str | None = args.output
    shared.refuse_overwriting(output, [*paths, args.questionnaire])
    fmt = shared.output_format(output, args.format, FORMATS)
    loaded = [read_assessment(p, args.questionnaire) for p in paths]
    lang = shared.language(args, loaded[-1].assessment.context.language)
    first = loaded[0].assessment.questionnaire_id
    for path, item in zip(paths, loaded, strict=True):
        if item.assessment.questionnaire_id != first:
            raise MessageError(
                "compare_other_bank",
                path=path,
                got=item.assessment.questionnaire_id,
                other=paths[0],
                expected=first,
            )
    for item in loaded:
        shared.print_problems(item.warnings, lang, warning=True)
    results = [score(item.questionnaire, item.assessment) for item in loaded]
    if len(paths) > 2:
        shared.emit(_trend(results, paths, fmt, lang), output, lang)
        return shared.EXIT_OK
    old_path, new_path = paths
    old, new = results
    found = compare(old, new, (old_path, new_path))
    if fmt == "text" and output is None and sys.stdout.isatty():
        from cse_assess.render.compare.views import CompareView

        shared.print_rich(CompareView(found, lang))
        return shared.EXIT_OK
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
    shared.emit(text, output, lang)
    return shared.EXIT_OK


def _trend(results: list[Result], paths: list[str], fmt: str, lang: str) -> str:
    """Three or more assessments of one unit, oldest first: the trend in ``fmt``."""
    from cse_assess.many.compare import trend
    from cse_assess.render.compare import trend as view

    found = trend(results, tuple(paths))
    if fmt == "json":
        return view.render_trend_json(found, lang)
    if fmt == "markdown":
        return view.render_trend_markdown(found, lang)
    if fmt == "html":
        return view.render_trend_html(found, lang)
    return view.render_trend_text(found, lang)
