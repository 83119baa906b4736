"""The result as JSON text for other tools: :func:`~cse_assess.render.report.data.result_data`.

No number is ever written as NaN or Infinity (``allow_nan=False``): the engine refuses them.
"""

from __future__ import annotations

from cse_assess.output.text import dumps
from cse_assess.render.report.data import FORMAT, FORMAT_VERSION, result_data

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cse_assess.core.scoring import Result
    from cse_assess.many.plan import ActionPlan
    from cse_assess.render.report._model import Report

__all__ = ["FORMAT", "FORMAT_VERSION", "render_json", "result_data"]


def render_json(
    result: Result | Report, lang: str, *, plan: ActionPlan | None = None, made: str = ""
) -> str:
    """The result as indented JSON text, ending with a newline (see :func:`result_data`)."""
    return dumps(result_data(result, lang, plan=plan, made=made)) + "\n"
