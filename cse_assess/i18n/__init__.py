"""Every message a person may see, in Latvian and English, keyed by a stable code.

``message("ui.still_open", "lv", count=3)`` fills in the Latvian template of the code. The
wording is plain data, one module per language (:mod:`cse_assess.i18n.en`,
:mod:`cse_assess.i18n.lv`), each loaded on first use; the template syntax, with plural forms
and numbers in the language's format, is described in :mod:`cse_assess.i18n._catalogue`. A tool
that embeds the engine adds codes and wording of its own with :func:`register_messages`.
"""

from cse_assess.i18n._catalogue import (
    LANGUAGES,
    Term,
    codes,
    describe,
    message,
    os_reason,
    register_messages,
    terms,
)
from cse_assess.i18n._numbers import format_number, format_percent

__all__ = [
    "LANGUAGES",
    "Term",
    "codes",
    "describe",
    "format_number",
    "format_percent",
    "message",
    "os_reason",
    "register_messages",
    "terms",
]
