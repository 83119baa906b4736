"""The message catalogue (temporary re-export while the catalogue is being restructured)."""

from cse_assess.i18n.messages import LANGUAGES, Term, codes, describe, message, terms

__all__ = ["LANGUAGES", "Term", "codes", "describe", "message", "terms"]
