"""``cse-assess compare OLD NEW``: one unit's assessments at two dates, what changed.

Only argparse is imported here, so that ``cse-assess --help`` stays fast; the engine and the
renderers are imported when the command runs.
"""

from __future__ import annotations

import argparse

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

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
    p.add_argument("new", metavar=shared.t("ui.cli.metavar.new", lang), help=h("new"))
    p.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help=shared.t("ui.cli.format", lang, allowed=", ".join(FORMATS)),
    )
    p.add_argument(
        "--output", "-o", metavar=shared.t("ui.cli.metavar.path", lang), help=h("output")
    )
    p.add_argument(
        "--questionnaire", metavar=shared.t("ui.cli.metavar.bank", lang), help=h("questionnaire")
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Score both files, compare, print or write the comparison; 0, or 2 on bad input."""
    import sys

    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.io.store import read_assessment
    from cse_assess.many.compare import compare

    old_path, new_path = str(args.old), str(args.new)
    output: str | None = args.output
    shared.refuse_overwriting(output, [old_path, new_path, args.questionnaire])
    fmt = shared.output_format(output, args.format, FORMATS)
    old = read_assessment(old_path, args.questionnaire)
    new = read_assessment(new_path, args.questionnaire)
    lang = shared.language(args, new.assessment.context.language)
    if old.assessment.questionnaire_id != new.assessment.questionnaire_id:
        raise MessageError(
            "compare_other_bank",
            path=new_path,
            got=new.assessment.questionnaire_id,
            other=old_path,
            expected=old.assessment.questionnaire_id,
        )
    shared.print_problems(old.warnings, lang, warning=True)
    shared.print_problems(new.warnings, lang, warning=True)
    found = compare(
        score(old.questionnaire, old.assessment),
        score(new.questionnaire, new.assessment),
        (old_path, new_path),
    )
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
