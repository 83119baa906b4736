"""``cse-assess questionnaires``: the bundled question banks, with versions and sizes."""

from __future__ import annotations

import argparse

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``questionnaires`` sub-command."""
    lang = shared.help_language()
    p = sub.add_parser(
        "questionnaires",
        help=shared.t("ui.cli.questionnaires", lang),
        description=shared.t("ui.cli.questionnaires.about", lang),
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print one line per bundled bank: id, version, questions, title."""
    from cse_assess.core.model import localize
    from cse_assess.io.store import bundled_ids, load_questionnaire

    lang = shared.language(args)
    rows = [
        (
            shared.t("ui.id", lang),
            shared.t("ui.version", lang),
            shared.t("ui.questions", lang),
            shared.t("ui.title", lang),
        )
    ]
    for bank_id in bundled_ids():
        bank = load_questionnaire(bank_id)
        rows.append((bank.id, bank.version, str(len(bank.questions)), localize(bank.title, lang)))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]}")
    return shared.EXIT_OK
