"""``cse-assess show BANK``: a whole question bank as Markdown, for a workshop on paper."""

from __future__ import annotations

import argparse

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("markdown", "text")
"""What ``show`` writes: Markdown, under ``.md`` or as plain text (``.txt``)."""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``show`` sub-command."""
    lang = shared.help_language()
    p = sub.add_parser(
        "show",
        help=shared.t("ui.cli.show", lang),
        description=shared.t("ui.cli.show.about", lang),
    )
    p.add_argument(
        "questionnaire",
        metavar=shared.t("ui.cli.metavar.bank", lang),
        help=shared.t("ui.cli.show.questionnaire", lang),
    )
    p.add_argument("--lang", **lang_option)
    p.add_argument(
        "--output",
        "-o",
        metavar=shared.t("ui.cli.metavar.path", lang),
        help=shared.t("ui.cli.show.output", lang),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or write the bank as Markdown."""
    from cse_assess.io.store import load_questionnaire
    from cse_assess.render.report.markdown import render_bank

    lang = shared.language(args)
    output: str | None = args.output
    shared.refuse_overwriting(output, [args.questionnaire])
    shared.output_format(output, None, FORMATS)  # the same Markdown either way
    bank = load_questionnaire(args.questionnaire)
    shared.emit(render_bank(bank, lang), output, lang)
    return shared.EXIT_OK
