"""Output formats named by a file's extension, shared by every command that writes reports.

Standard library only: command modules import it while ``cse-assess --help`` builds its parser.
"""

from __future__ import annotations

import os
from collections.abc import Collection

EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".docx": "docx",
}
"""The format each known extension stands for."""


def format_for(output: str | None, formats: Collection[str]) -> str | None:
    """The format ``output``'s extension names, if the command offers it; else ``None``."""
    if output is None:
        return None
    found = EXTENSIONS.get(os.path.splitext(output)[1].lower())
    return found if found in formats else None
