"""The message catalogue: a template per language and code, filled in for display.

The wording lives in :mod:`cse_assess.i18n.en` and :mod:`cse_assess.i18n.lv`, each loaded the
first time a message of its language is asked for. A template is a :meth:`str.format` template
whose placeholders name the arguments (``{path}``), with three kinds of field of its own:

``{count:plural:jautājums|jautājumi}``
    One of the forms, chosen by the plural rule of the template's language. English: the first
    form for 1, the second otherwise. Latvian: the first where n % 10 == 1 and n % 100 != 11
    (1, 21, 31, 101 jautājums), the second otherwise (0, 2, 5, 11, 111 jautājumi). A number
    that is not whole takes the second form. The number itself is a field of its own
    (``{count} {count:plural:question|questions}``), so the forms can be in whatever case the
    sentence needs (``no {total} {total:plural:jautājuma|jautājumiem}``, genitive singular or
    dative plural after "no") and a verb can agree too (``{n:plural:saglabāta|saglabātas}``).
``{score:.1f}``, ``{value:n}``, ``{share:%}``, ``{share:.1%}``
    A number in the language's format (:func:`~cse_assess.i18n.format_number`,
    :func:`~cse_assess.i18n.format_percent`): ``40,0`` in Latvian, ``−3`` with a minus sign;
    ``n`` drops a trailing ``.0``; ``%`` takes a fraction from 0 to 1. ``–`` where it is None.
a :class:`Term`
    A word that is itself translated into the template's language (a type's name).

Any other field is formatted as :meth:`str.format` would: an argument without a spec shows as
``str()`` shows it, so a value quoted from a file reads as the file wrote it.
"""

from __future__ import annotations

from cse_assess.i18n._numbers import format_number, format_percent

TYPE_CHECKING = False  # not imported from typing, nor Mapping from collections: both cost time
if TYPE_CHECKING:
    from collections.abc import Mapping

    _Data = tuple[Mapping[str, str], Mapping[str, str]]

LANGUAGES = ("lv", "en")
"""The languages of the interface, Latvian first."""

_FALLBACK = "en"
"""The language of a message that has no wording in the language asked for."""

_EMPTY: _Data = ({}, {})
_LOADED: dict[str, _Data] = {}
_REGISTERED: dict[str, dict[str, str]] = {}
"""Wording added by :func:`register_messages`: language → code → template."""


def _bundled(lang: str) -> _Data:
    """The bundled ``(MESSAGES, TERMS)`` of ``lang``, empty for a language not bundled."""
    data = _LOADED.get(lang)
    if data is None:
        if lang == "lv":
            from cse_assess.i18n import lv

            data = lv.MESSAGES, lv.TERMS
        elif lang == "en":
            from cse_assess.i18n import en

            data = en.MESSAGES, en.TERMS
        else:
            return _EMPTY
        _LOADED[lang] = data
    return data


def _template(code: str, lang: str) -> tuple[str, str] | None:
    """The template of ``code`` and its language: ``lang``'s, else English; None if unknown."""
    for language in (lang, _FALLBACK) if lang != _FALLBACK else (lang,):
        template = _REGISTERED.get(language, {}).get(code)
        if template is None:
            template = _bundled(language)[0].get(code)
        if template is not None:
            return template, language
    return None


class Term:
    """A word or phrase that is itself translated when a message is shown (a type's name)."""

    __slots__ = ("detail", "key")

    def __init__(self, key: str, detail: str = "") -> None:
        self.key = key
        self.detail = detail

    def localize(self, lang: str) -> str:
        word = _bundled(lang)[1].get(self.key)
        if word is None:
            word = _bundled(_FALLBACK)[1][self.key]
        return f"{word} {self.detail}" if self.detail else word

    def __repr__(self) -> str:
        return f"Term({self.key!r}, {self.detail!r})"


_OS_TERMS = {
    "ENOENT": "os_not_found",
    "EACCES": "os_permission",
    "EPERM": "os_permission",
    "ENOSPC": "os_no_space",
    "EDQUOT": "os_quota",
    "EROFS": "os_read_only",
    "EISDIR": "folder",
    "ENOTDIR": "os_not_folder",
    "ENAMETOOLONG": "os_name_too_long",
    "ELOOP": "os_link_loop",
    "EIO": "os_io",
    "EBUSY": "os_busy",
    "ETXTBSY": "os_busy",
    "EEXIST": "os_exists",
}


def os_reason(exc: BaseException) -> Term | str:
    """Why the operating system refused, as a term shown in the reader's language; the
    system's own words for an error the catalogue does not know."""
    import errno

    if isinstance(exc, OSError) and exc.errno is not None:
        key = _OS_TERMS.get(errno.errorcode.get(exc.errno, ""))
        if key is not None:
            return Term(key)
        if exc.strerror:
            return exc.strerror
    return str(exc)


def describe(value: object) -> Term:
    """Name a value's type for a message: ``text '1'``, ``a number 3``, ``true or false``."""
    if value is None:
        return Term("null")
    if isinstance(value, bool):
        return Term("boolean", "(" + ("true" if value else "false") + ")")
    if isinstance(value, int | float):
        return Term("number", repr(value))
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return Term("text", repr(shown))
    if isinstance(value, list | tuple):
        return Term("list")
    if isinstance(value, dict):
        return Term("mapping")
    if type(value).__name__ in {"date", "datetime"}:
        return Term("date", str(value))
    return Term("other")


def _plural_index(n: object, lang: str) -> int:
    """0 for the singular form of ``lang``, 1 for the plural (see the module's docstring)."""
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    if isinstance(n, bool) or not isinstance(n, int | float):
        raise TypeError(f"a plural form needs a number, not {n!r}")
    if isinstance(n, float):
        return 1
    n = abs(n)
    if lang == "lv":
        return 0 if n % 10 == 1 and n % 100 != 11 else 1
    return 0 if n == 1 else 1


def _number_spec(spec: str) -> tuple[str, int | None] | None:
    """``("f", 1)`` for ``.1f``, ``("n", None)`` for ``n``, ``("%", 0)`` for ``%``; else None."""
    if spec == "n":
        return "n", None
    if spec == "%":
        return "%", 0
    if len(spec) >= 3 and spec[0] == "." and spec[-1] in "f%" and spec[1:-1].isdigit():
        return spec[-1], int(spec[1:-1])
    return None


class _Arg:
    """An argument of a message, formatted by the catalogue's own field kinds."""

    __slots__ = ("lang", "value")

    def __init__(self, value: object, lang: str) -> None:
        self.value = value
        self.lang = lang

    def __format__(self, spec: str) -> str:
        value, lang = self.value, self.lang
        if isinstance(value, Term):
            return format(value.localize(lang), spec)
        if spec.startswith("plural:"):
            forms = spec[len("plural:") :].split("|")
            return forms[min(_plural_index(value, lang), len(forms) - 1)]
        number = _number_spec(spec)
        if number is not None and (value is None or isinstance(value, int | float)):
            kind, digits = number
            if kind == "%":
                return format_percent(value, lang, digits or 0)
            return format_number(value, lang, digits)
        return format(value, spec)

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)


def message(code: str, lang: str = "en", /, **args: object) -> str:
    """The message ``code`` in ``lang`` (``"lv"`` or ``"en"``), filled in with ``args``.

    A code without wording in ``lang`` is shown in English. A code the catalogue does not know
    at all raises nothing: the result is the code and its arguments, ``no_such (count=3)``, so
    that a message from a newer or an embedding tool still says something useful.
    """
    found = _template(code, lang)
    if found is None:
        shown = ", ".join(f"{key}={format(_Arg(value, lang), '')}" for key, value in args.items())
        return f"{code} ({shown})" if shown else code
    template, language = found
    return template.format_map({key: _Arg(value, language) for key, value in args.items()})


def _fields(template: str) -> set[str]:
    """The names of the placeholders of ``template``; ValueError if it does not parse."""
    import string  # only here: it costs about a millisecond to import

    names: set[str] = set()
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"{template!r}: a placeholder names an argument, not {{{name}}}")
        if spec and "{" in spec:
            raise ValueError(f"{template!r}: a format spec cannot hold another placeholder")
        names.add(name)
    return names


def register_messages(catalogue: Mapping[str, Mapping[str, str]]) -> None:
    """Add codes and wording of one's own, or reword bundled codes, for this process.

    ``catalogue`` maps a language to codes and their templates, in the syntax of the bundled
    ones::

        register_messages({
            "en": {"acme.synced": "{count} {count:plural:file|files} synced"},
            "lv": {"acme.synced": "{count} {count:plural:fails sinhronizēts|faili sinhronizēti}"},
        })

    Later registrations win over earlier ones and over the bundled wording. A language other
    than ``lv`` and ``en`` may be added: its messages use the English plural rule and number
    format, and codes it lacks are shown in English. The whole catalogue is checked before any
    of it is taken: a template that does not parse, or that rewords a bundled code with a
    placeholder its callers do not pass, raises :class:`ValueError` (and one that is not text
    :class:`TypeError`) and registers nothing.

    .. versionadded:: 0.1.0
    """
    for lang, templates in catalogue.items():
        for code, template in templates.items():
            if not isinstance(template, str):
                raise TypeError(f"{lang}: {code}: a template is text, not {template!r}")
            names = _fields(template)
            bundled = _bundled(_FALLBACK)[0].get(code)
            extra = names - _fields(bundled) if bundled is not None else set()
            if extra:
                raise ValueError(
                    f"{lang}: {code}: its callers do not pass {', '.join(sorted(extra))}"
                )
    for lang, templates in catalogue.items():
        _REGISTERED.setdefault(lang, {}).update(templates)


def codes() -> frozenset[str]:
    """Every message code known: the bundled ones and those registered."""
    known = set(_bundled(_FALLBACK)[0])
    for templates in _REGISTERED.values():
        known.update(templates)
    return frozenset(known)


def terms() -> frozenset[str]:
    """Every translated term, for the translation tests."""
    return frozenset(_bundled(_FALLBACK)[1])
