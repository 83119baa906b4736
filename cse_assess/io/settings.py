"""Remembered defaults (institution, unit, assessor) between runs of the interactive assessment.

The only state cse-assess keeps outside an assessment file: ``defaults.json`` in its settings
folder (:func:`config_path`), written by ``cse-assess assess`` and offered as the answers the
next time; ``--no-remember`` neither reads nor writes it, and deleting the file forgets them
(docs/index.md, "What is remembered between sessions"). A convenience, never a source of
failure: an unreadable or missing file gives no defaults.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

KEYS = ("institution", "unit", "assessor")


def config_path(environ: Mapping[str, str], os_name: str = os.name) -> str:
    """Where the defaults live: ``%APPDATA%`` on Windows, ``$XDG_CONFIG_HOME`` or ``~/.config``.

    A path as text: :mod:`pathlib` is not imported before the first question.
    """
    home = os.path.expanduser("~")
    if os_name == "nt":
        base = environ.get("APPDATA") or os.path.join(home, "AppData", "Roaming")
    else:
        base = environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    return os.path.join(base, "cse-assess", "defaults.json")


def load_defaults(path: str) -> dict[str, str]:
    """The remembered values, or none where the file is missing or unreadable."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if k in KEYS and isinstance(v, str)}


def save_defaults(path: str, values: Mapping[str, str]) -> None:
    """Remember ``values`` for next time; a failure to write is not worth stopping for."""
    from cse_assess.core.errors import CseAssessError  # imported here: the engine loads behind
    from cse_assess.io.store import atomic_write  # the first question, not before it

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = {k: values[k] for k in KEYS if k in values}
        atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except (OSError, CseAssessError):
        pass
