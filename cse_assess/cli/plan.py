"""``cse-assess plan FILE``: an action plan as the team updated it, its progress by owner.

Only argparse is imported here, so that ``cse-assess --help`` stays fast; the spreadsheet
reader and the renderers are imported when the command runs.
"""

from __future__ import annotations

import argparse

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("text", "markdown", "json")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``plan`` sub-command."""
    lang = shared.help_language()

    def h(key: str) -> str:
        return shared.t(f"ui.cli.plan.{key}", lang)

    p = sub.add_parser("plan", help=shared.t("ui.cli.plan", lang), description=h("about"))
    p.add_argument("file", metavar=shared.t("ui.cli.metavar.file", lang), help=h("file"))
    p.add_argument("--today", metavar=shared.t("ui.cli.metavar.date", lang), help=h("today"))
    shared.add_format_and_output(p, FORMATS, lang, h("output"))
    p.add_argument(
        "--questionnaire", metavar=shared.t("ui.cli.metavar.bank", lang), help=h("questionnaire")
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read the plan, check it, print or write its progress; 0, or 2 on bad input."""
    from cse_assess.forms.plan import read_plan
    from cse_assess.many.plan import progress

    lang = shared.language(args)
    output: str | None = args.output
    shared.refuse_overwriting(output, [args.file, args.questionnaire])
    fmt = shared.output_format(output, args.format, FORMATS)
    day = args.today or shared.today()
    if args.today is not None:
        _check_day(args.today)
    known = None
    if args.questionnaire:
        from cse_assess.io.store import load_questionnaire

        known = [q.id for q in load_questionnaire(args.questionnaire).questions]
    plan = read_plan(args.file, known)
    found = progress(plan, day)
    from cse_assess.render.plan import views

    if fmt == "json":
        text = views.render_plan_json(plan, found)
    elif fmt == "markdown":
        text = views.render_plan_markdown(plan, found, lang)
    else:
        text = views.render_plan_text(plan, found, lang)
    shared.emit(text, output, lang)
    return shared.EXIT_OK


def _check_day(day: str) -> None:
    """Refuse (exit 2) a ``--today`` that is not a real ISO date."""
    import datetime

    from cse_assess.core.errors import MessageError

    try:
        if len(day) == 10:  # fromisoformat also takes 20261207 and week dates
            datetime.date.fromisoformat(day)
            return
    except ValueError:
        pass
    raise MessageError("plan_bad_today", value=day)
