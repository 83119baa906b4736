"""The one HTML page chrome of every report (score report, comparison, consensus, roll-up).

Escaping is structural, not left to each call site: HTML is built from :class:`Markup` (text
that is already HTML) and plain strings, which markupsafe escapes wherever they are put —
element content, attribute values, ``Markup("<td>{}</td>").format(value)``. A renderer never
writes data into HTML by string concatenation. The finished page then passes through
:func:`cse_assess.output.text.visible` once, so no control or bidirectional override character
from a bank or an assessment reaches the browser.

Every page is one self-contained file: inline CSS, no script, nothing loaded from elsewhere (a
strict Content-Security-Policy says so to the browser too), a language, a title, landmarks, a
skip link, and the same bytes for the same input.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

from cse_assess._version import __version__
from cse_assess.output.text import visible

__all__ = ["BASE_CSS", "CSP", "Markup", "el", "escape", "join", "page"]

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""Every page's Content-Security-Policy: nothing but its own inline styles."""

Content = object
"""What an element may hold: text (escaped), :class:`Markup`, numbers, ``None`` (nothing), or
an iterable of these."""


def join(items: Iterable[Content], sep: str | Markup = "") -> Markup:
    """Pieces of content as one :class:`Markup`, each text escaped."""
    return Markup(escape(sep)).join(_flat(items))


def _flat(items: Iterable[Content]) -> Iterable[Markup]:
    for item in items:
        if item is None:
            continue
        if isinstance(item, Markup):
            yield item
        elif isinstance(item, str | int | float):
            yield escape(str(item))
        elif isinstance(item, Iterable):
            yield from _flat(item)
        else:
            yield escape(str(item))


def _attr_name(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def el(tag: str, *content: Content, **attrs: str | int | float | bool | None) -> Markup:
    """An element: ``el("td", "5 < 6", class_="num")`` is ``<td class="num">5 &lt; 6</td>``.

    Attribute names drop a trailing ``_`` and turn ``_`` into ``-`` (``aria_label``); ``None``
    and ``False`` leave an attribute out, ``True`` writes it bare. Void elements take no
    content.
    """
    parts = [tag]
    for name, value in attrs.items():
        if value is None or value is False:
            continue
        if value is True:
            parts.append(_attr_name(name))
        else:
            parts.append(f'{_attr_name(name)}="{escape(str(value))}"')
    if tag in _SVG_EMPTY:  # SVG content in HTML needs the self-closing form
        return Markup("<" + " ".join(parts) + "/>")
    opening = Markup("<" + " ".join(parts) + ">")
    if tag in _VOID:
        return opening
    return opening + join(content) + Markup(f"</{tag}>")


_VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})
_SVG_EMPTY = frozenset({"rect", "line", "circle", "path", "polyline"})

BASE_CSS = """
:root {
  --ink: #1b2430; --muted: #4d5866; --line: #d5dbe3; --soft: #f3f5f8; --accent: #1f4e8c;
  --warn: #8a4b00; --warn-soft: #fff4e0; --crit: #b42318; --crit-soft: #fdecea;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
    "Liberation Sans", Arial, sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.9rem; margin: .25rem 0 .75rem; overflow-wrap: anywhere; }
h2 { font-size: 1.4rem; margin: 2.25rem 0 .9rem; padding-bottom: .3rem;
  border-bottom: 3px solid var(--accent); overflow-wrap: anywhere; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
p { margin: .5rem 0; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
code { font: .85em/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono",
  monospace; background: var(--soft); padding: .05em .3em; border-radius: 3px;
  overflow-wrap: anywhere; }
ul, ol { margin: .25rem 0; padding-left: 1.25rem; }
li { margin: .15rem 0; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .4rem .8rem; }
.skip:focus { left: .5rem; }
.muted { color: var(--muted); }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.callout { margin: 1rem 0; padding: .6rem 1rem; border-left: 5px solid var(--warn);
  background: var(--warn-soft); border-radius: 0 6px 6px 0; break-inside: avoid; }
.callout.note { border-left-color: var(--accent); background: var(--soft); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; color: var(--muted); font-size: .9rem; padding-bottom: .3rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem;
  border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); font-size: .9rem; border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 0 0 1.25rem; break-inside: avoid; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .25rem; }
footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 1px solid var(--line);
  color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) {
  main { padding: 1rem .85rem 2rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; margin-top: 2rem; }
  .meta { grid-template-columns: 1fr; gap: 0; }
  .meta dd { margin-bottom: .35rem; }
  table { font-size: .9rem; }
  th, td { padding: .35rem .4rem; }
}
@media print {
  html { font-size: 9pt; }
  body { font-size: 1rem; }
  main { max-width: none; padding: 0; }
  .skip { display: none; }
  a { color: inherit; text-decoration: none; }
  thead { display: table-header-group; }
  tr, figure, .callout { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .table-wrap { overflow: visible; }
}
""".strip()
"""The styles every page shares; each page adds its own after them."""


def page(
    lang: str,
    title: str,
    body: Markup,
    *,
    css: str = "",
    skip_label: str = "",
    footer: Content = None,
) -> str:
    """A whole page: ``body`` inside ``<main>`` (with a skip link to it), the shared and the
    page's own styles, and ``footer`` at the end of ``<main>``. Returns text, every control or
    bidirectional override character in it made visible."""
    head = join(
        [
            Markup('<meta charset="utf-8">'),
            el("meta", http_equiv="Content-Security-Policy", content=CSP),
            el("meta", name="viewport", content="width=device-width, initial-scale=1"),
            el("meta", name="color-scheme", content="light"),
            el("meta", name="referrer", content="no-referrer"),
            el("meta", name="generator", content=f"cse-assess {__version__}"),
            el("title", title),
            Markup("<style>\n") + Markup(BASE_CSS + ("\n" + css.strip() if css else "")),
            Markup("\n</style>"),
        ],
        "\n",
    )
    skip = el("a", skip_label, href="#content", class_="skip") if skip_label else Markup("")
    parts = [
        Markup("<!DOCTYPE html>"),
        Markup(f'<html lang="{escape(lang)}">'),
        Markup("<head>"),
        head,
        Markup("</head>"),
        Markup("<body>"),
        skip,
        Markup('<main id="content">'),
        body,
        el("footer", footer) if footer is not None else Markup(""),
        Markup("</main>"),
        Markup("</body>"),
        Markup("</html>"),
    ]
    return visible(str(join([p for p in parts if p], "\n"))) + "\n"
