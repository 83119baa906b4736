"""The roll-up as JSON for other tools: unrounded scores, ``null`` where nothing is scored.

The document is versioned (``format_version``); its fields are described in
``docs/rollup.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cse_assess.core.model import localize
from cse_assess.many.rollup import CLAIMED, BankRollup, Rollup, Row, Stats
from cse_assess.output.text import dumps

FORMAT = "cse-assess/rollup"
FORMAT_VERSION = 2
"""2: ``skipped_count`` and ``superseded_count`` count every file; the lists are bounded."""


def _stats(stats: Stats) -> dict[str, Any]:
    return {
        "count": stats.count,
        "mean": stats.mean,
        "min": stats.min,
        "max": stats.max,
        "stdev": stats.stdev,
    }


def _row(row: Row, bank: BankRollup) -> dict[str, Any]:
    ids = [a.id for a in bank.areas]
    return {
        "institution": row.institution,
        "unit": row.unit,
        "date": row.date,
        "version": row.version,
        "units": row.units,
        "paths": list(row.paths),
        "overall": row.overall,
        "verified": row.verified,
        "areas": dict(zip(ids, row.areas, strict=True)),
        "verified_areas": dict(zip(ids, row.verified_areas, strict=True)),
        "coverage": row.coverage,
        "withheld": row.withheld,
        "counted": not row.provisional,
    }


def _bank(bank: BankRollup, lang: str, basis: str, *, units: bool = True) -> dict[str, Any]:
    found = {
        "id": bank.id,
        "title": localize(bank.title, lang),
        "versions": list(bank.versions),
        "withheld_rows": bank.withheld_rows,
        "overall": _stats(bank.overall),
        "verified": _stats(bank.verified),
        "areas": [
            {
                "id": a.id,
                "title": localize(a.title, lang),
                **_stats(a.claimed),
                "verified": _stats(a.verified),
            }
            for a in bank.areas
        ],
        "weakest_areas": [a.id for a in bank.weakest_areas(basis)],
        "weakest_units": [
            {"institution": r.institution, "unit": r.unit, "score": r.score(basis)}
            for r in bank.weakest_rows(basis)
        ],
    }
    if units:
        found["units"] = [_row(r, bank) for r in bank.rows]
    return found


def rollup_data(rollup: Rollup, lang: str, basis: str = CLAIMED) -> dict[str, Any]:
    """The roll-up as plain data: banks by id, rows by institution and unit, files by path."""
    return {**_head(rollup, lang, basis), **_lists(rollup, lang)}


def _head(rollup: Rollup, lang: str, basis: str, *, banks: bool = True) -> dict[str, Any]:
    found = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "language": lang,
        "by": rollup.by,
        "basis": basis,
        "files": rollup.files,
        "counted": rollup.counted,
        "skipped_counts": dict(rollup.skipped_by_category()),
        "skipped_count": rollup.skipped_count,
        "superseded_count": rollup.superseded_count,
    }
    if banks:
        found["banks"] = [_bank(b, lang, basis) for b in rollup.banks]
    return found


def _lists(rollup: Rollup, lang: str) -> dict[str, Any]:
    return {"skipped": list(_skipped(rollup, lang)), "superseded": list(_superseded(rollup))}


def _skipped(rollup: Rollup, lang: str) -> Iterator[dict[str, Any]]:
    for s in rollup.skipped:
        yield {"path": s.path, "category": s.category, "code": s.code, "reason": s.reason(lang)}


def _superseded(rollup: Rollup) -> Iterator[dict[str, Any]]:
    for s in rollup.superseded:
        yield {
            "path": s.path,
            "bank": s.bank,
            "institution": s.institution,
            "unit": s.unit,
            "date": s.date,
            "by": s.by,
        }


def render_rollup_json(rollup: Rollup, lang: str, basis: str = CLAIMED) -> str:
    """The roll-up as JSON text: two-space indent, UTF-8 characters kept as they are."""
    return "".join(iter_rollup_json(rollup, lang, basis))


def iter_rollup_json(rollup: Rollup, lang: str, basis: str = CLAIMED) -> Iterator[str]:
    """:func:`render_rollup_json` piece by piece, so that a long table or list of files is
    never held as one text: each unit (row) and each skipped and superseded file is written on
    a line of its own as it is made."""
    head = dumps(_head(rollup, lang, basis, banks=False))
    yield head[: -len("\n}")] + ',\n  "banks": ['
    for n, bank in enumerate(rollup.banks):
        text = dumps(_bank(bank, lang, basis, units=False), indent=None)
        yield ("\n    " if n == 0 else ",\n    ") + text[:-1] + ', "units": ['
        for i, row in enumerate(bank.rows):
            yield ("\n      " if i == 0 else ",\n      ") + dumps(_row(row, bank), indent=None)
        yield "]}"
    yield "\n  ]," if rollup.banks else "],"
    for name, entries in (
        ("skipped", _skipped(rollup, lang)),
        ("superseded", _superseded(rollup)),
    ):
        yield f'\n  "{name}": ['
        first = True
        for entry in entries:
            yield ("\n    " if first else ",\n    ") + dumps(entry, indent=None)
            first = False
        yield "]" if first else "\n  ]"
        if name == "skipped":
            yield ","
    yield "\n}\n"
