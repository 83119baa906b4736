"""The result as JSON for other tools: unrounded scores, ``null`` where nothing is scored.

The document is versioned (``format_version``); its fields are described in
``docs/scoring.md``.
"""

from __future__ import annotations

import json
from typing import Any

from cse_assess.core.model import Band, Option, localize
from cse_assess.core.scoring import Result
from cse_assess.kinds import get_kind
from cse_assess.render import missing_text, target_text

FORMAT = "cse-assess/result"
FORMAT_VERSION = 1


def _band(band: Band | None, lang: str) -> dict[str, Any] | None:
    if band is None:
        return None
    return {"id": band.id, "label": localize(band.label, lang), "min": band.min}


def _option(option: Option | None, lang: str) -> dict[str, Any] | None:
    if option is None:
        return None
    return {
        "value": option.value,
        "label": localize(option.label, lang),
        "description": localize(option.description, lang),
    }


def result_data(result: Result, lang: str) -> dict[str, Any]:
    """The result as plain data: areas in bank order, gaps in priority order."""
    bank = result.questionnaire
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "language": lang,
        "questionnaire": {
            "id": bank.id,
            "version": bank.version,
            "title": localize(bank.title, lang),
        },
        "context": {
            "institution": result.context.institution,
            "unit": result.context.unit,
            "assessor": result.context.assessor,
            "date": result.context.date,
        },
        "overall": result.overall,
        "verified": result.verified,
        "coverage": result.coverage,
        "answered": result.answered,
        "applicable": result.applicable,
        "band": _band(result.band, lang),
        "verified_band": _band(result.verified_band, lang),
        "capped_by": list(result.capped_by),
        "areas": [
            {
                "id": a.id,
                "title": localize(bank.area(a.id).title, lang),  # type: ignore[union-attr]
                "weight": a.weight,
                "score": a.score,
                "verified": a.verified,
                "answered": a.answered,
                "applicable": a.applicable,
            }
            for a in result.areas
        ],
        "gaps": [
            {
                "question": g.id,
                "area": g.area,
                "text": localize(g.question.text, lang),
                "reasons": list(g.reasons),
                "current": g.current,
                "current_label": None
                if g.current is None
                else get_kind(g.question.kind).format_value(g.question, g.current, lang),
                "target": g.target,
                "target_label": target_text(result, g, lang),
                "default_target": (
                    default.target  # type: ignore[attr-defined]
                    if g.id in result.targets and (default := bank.question(g.id))
                    else None
                ),
                "missing": missing_text(g, lang),
                "claimed": g.claimed,
                "verified": g.verified,
                "priority": g.priority,
                "critical": g.critical,
                "evidence": [localize(e, lang) for e in g.question.evidence],
                "action": localize(g.question.action, lang),
                "next_level": _option(g.next_level, lang),
            }
            for g in result.gaps
        ],
    }


def render_json(result: Result, lang: str) -> str:
    """The result as indented JSON text, ending with a newline."""
    return json.dumps(result_data(result, lang), ensure_ascii=False, indent=2) + "\n"
