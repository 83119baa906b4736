"""The former home of the message functions: import them from :mod:`cse_assess.i18n` instead.

Kept only while :mod:`cse_assess.kinds` still imports from here (its owner is rewriting it);
delete this module once nothing does.
"""

from cse_assess.i18n import LANGUAGES, Term, describe, message

__all__ = ["LANGUAGES", "Term", "describe", "message"]
