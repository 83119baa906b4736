"""The prompts of the interactive assessment, built on prompt_toolkit, in the session's language.

Four small prompts: :func:`choose` (one of a list), :func:`tick` (items of a checklist),
:func:`entry` (a line of text) and :func:`confirm` (yes or no). What they share:

- every word they show is given to them or comes from the message catalogue, and so is what
  they leave on screen once answered (the echo): a Latvian session shows "Jā", never "Yes";
- the pointer of a list starts on the current answer, or on nothing, so that a stray Enter
  picks nothing; it stops at the ends instead of wrapping round; a key shown beside an
  answer (a digit for a level) picks it at once;
- Esc backs out where the caller allows it (:data:`ESCAPE`);
- Ctrl-C raises :class:`Interrupted`, which carries what was typed on the line and not yet
  confirmed, so the caller can keep it as a draft.

Tests drive them with prompt_toolkit's pipe input, as a terminal would.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.application import application as _application
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.document import Document
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import (
    ConditionalContainer,
    FormattedTextControl,
    HSplit,
    Layout,
    VSplit,
    Window,
)
from prompt_toolkit.layout.controls import BufferControl
from prompt_toolkit.styles import Style

from cse_assess.i18n import message
from cse_assess.terminal.items import ESCAPE, SEPARATOR, Escape, Interrupted, Item, Line

# Every Application builds prompt_toolkit's default key bindings afresh (about 600 of them,
# some 25 ms); they hold no state of their own, so they are built once per process and shared
# by the prompts, as one PromptSession shares them between its prompts.
_load = getattr(_application, "load_key_bindings")  # noqa: B009 - not exported
if not hasattr(_load, "cache_info"):
    setattr(_application, "load_key_bindings", functools.cache(_load))  # noqa: B010


STYLE = Style.from_dict(
    {
        "mark": "fg:ansicyan bold",
        "question": "bold",
        "answer": "fg:ansicyan",
        "instruction": "fg:ansibrightblack",
        "pointer": "fg:ansicyan bold",
        "selected": "fg:ansicyan",
        "key": "fg:ansibrightblack",
        "separator": "fg:ansibrightblack",
        "hint": "fg:ansiyellow",
        "error": "fg:ansired",
    }
)


def _app(layout: Layout, bindings: KeyBindings) -> Application[Any]:
    app: Application[Any] = Application(
        layout=layout, key_bindings=bindings, style=STYLE, erase_when_done=False
    )
    app.ttimeoutlen = 0.05  # a lone Esc is Esc at once, not the start of an arrow key
    app.timeoutlen = 0.3
    return app


_HOOKS: list[Callable[[], object]] = []


def after_first_drawing(hook: Callable[[], object]) -> None:
    """Call ``hook`` once the next prompt is on screen (work to do while the person types).

    A prompt answered before the hook's turn came hands it on to the next prompt, until
    :func:`forget` takes it back.
    """
    _HOOKS.append(hook)


def forget(hook: Callable[[], object]) -> None:
    """Take back a hook of :func:`after_first_drawing` that has not been called yet."""
    while hook in _HOOKS:
        _HOOKS.remove(hook)


def _run(app: Application[Any]) -> Any:
    if not _HOOKS:
        return app.run()
    hooks = list(_HOOKS)
    _HOOKS.clear()
    fired: list[Callable[[], object]] = []

    def call(hook: Callable[[], object]) -> None:
        fired.append(hook)
        hook()

    def later() -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        for hook in hooks:
            loop.call_later(0.05, call, hook)

    try:
        return app.run(pre_run=later)
    finally:  # answered before a hook's turn came: it waits for the next prompt
        _HOOKS[:0] = [hook for hook in hooks if hook not in fired]


def _interrupt(bindings: KeyBindings, typed: Callable[[], str] = str) -> None:
    @bindings.add("c-c", eager=True)
    def _(event: KeyPressEvent) -> None:
        event.app.exit(exception=Interrupted(typed()))


def _visible(count: int, pointer: int, rows: int) -> range:
    """The lines of a list that fit in ``rows``, the pointer's among them."""
    if count <= rows:
        return range(count)
    start = min(max(0, pointer - rows // 2), count - rows)
    return range(start, start + rows)


def choose(
    text: str,
    lines: Sequence[Line],
    lang: str,
    *,
    current: object = ESCAPE,
    escape: bool = False,
    instruction: str | None = None,
) -> Any:
    """Pick one item of ``lines``; return its value (or :data:`ESCAPE`).

    The pointer starts on the item whose value is ``current`` (``True`` is not ``1``, but
    ``3.0`` is ``3``); without one it starts on no item and Enter only says how to choose.
    """
    items = [line for line in lines if line is not None]
    positions = [i for i, line in enumerate(lines) if line is not None]

    def same(a: object, b: object) -> bool:
        if isinstance(a, bool) or isinstance(b, bool):
            return a is b
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a == b  # a level read as 3 from one file and 3.0 from another
        return type(a) is type(b) and a == b

    start = next((n for n, item in enumerate(items) if same(item.value, current)), None)
    state: dict[str, Any] = {"pointer": start, "done": None, "hint": ""}
    keys = {item.key: n for n, item in enumerate(items) if item.key}
    if instruction is None:
        code = "ui.select_instruction"
        answer_keys = [k for k in keys if k and k.isalnum()]  # not "?" (help)
        if answer_keys:
            code = "ui.keys_choose" if all(k.isdigit() for k in answer_keys) else "ui.keys_letter"
        instruction = message(code, lang)

    def render() -> StyleAndTextTuples:
        done: Item | None = state["done"]
        out: StyleAndTextTuples = [("class:mark", "? "), ("class:question", text)]
        if done is not None:
            out += [("", " "), ("class:answer", done.echo or done.title)]
            return out
        out += [("", " "), ("class:instruction", instruction), ("", "\n")]
        pointer = state["pointer"]
        line_at = positions[pointer] if pointer is not None else 0
        app = _current_app()
        size = app.output.get_size() if app is not None else None
        rows = max(5, size.rows - 3) if size is not None else 40
        columns = max(20, size.columns - 1) if size is not None else 100
        shown = _visible(len(lines), line_at, rows)
        if shown.start > 0:
            out.append(("class:separator", "   ↑ …\n"))
        for i in shown:
            line = lines[i]
            if line is None:
                out.append(("class:separator", "   " + "─" * 15 + "\n"))
                continue
            here = pointer is not None and positions[pointer] == i
            key = f"  [{line.key}]" if line.key and not line.title.startswith(line.key) else ""
            suffix = f"  {line.suffix}" if line.suffix else ""
            out.append(("class:pointer", " » " if here else "   "))
            room = columns - 3 - len(key) - len(suffix)
            title = line.title if len(line.title) <= room else line.title[: max(room - 1, 1)] + "…"
            out.append(("class:selected" if here else "", title))
            out.append(("class:key", key + suffix))
            out.append(("", "\n"))
        if shown.stop < len(lines):
            out.append(("class:separator", "   ↓ …\n"))
        if state["hint"]:
            out.append(("class:hint", f"  {state['hint']}\n"))
        return out

    bindings = KeyBindings()
    _interrupt(bindings)

    def move(step: int) -> None:
        pointer = state["pointer"]
        if pointer is None:  # from no item, either way starts on the first
            state["pointer"] = 0
        else:
            state["pointer"] = min(max(pointer + step, 0), len(items) - 1)  # no wrapping round
        state["hint"] = ""

    @bindings.add("down")
    @bindings.add("c-n")
    def _(event: KeyPressEvent) -> None:
        move(1)

    @bindings.add("up")
    @bindings.add("c-p")
    def _(event: KeyPressEvent) -> None:
        move(-1)

    @bindings.add("home")
    def _(event: KeyPressEvent) -> None:
        state["pointer"] = 0

    @bindings.add("end")
    def _(event: KeyPressEvent) -> None:
        state["pointer"] = len(items) - 1

    @bindings.add("pagedown")
    def _(event: KeyPressEvent) -> None:
        move(10)

    @bindings.add("pageup")
    def _(event: KeyPressEvent) -> None:
        move(-10)

    def pick(event: KeyPressEvent, n: int) -> None:
        state["done"] = items[n]
        event.app.exit(result=items[n].value)

    @bindings.add("enter")
    def _(event: KeyPressEvent) -> None:
        if state["pointer"] is None:
            state["hint"] = message("ui.keys_nothing_chosen", lang)
            return
        pick(event, state["pointer"])

    for key, n in keys.items():
        assert key is not None

        @bindings.add(key)
        def _(event: KeyPressEvent, n: int = n) -> None:
            pick(event, n)

    if escape:

        @bindings.add("escape", eager=True)
        def _(event: KeyPressEvent) -> None:
            state["done"] = Item(message("ui.escaped", lang), ESCAPE)
            event.app.exit(result=ESCAPE)

    control = FormattedTextControl(render, show_cursor=False)
    app = _app(
        Layout(HSplit([Window(control, wrap_lines=True, dont_extend_height=True)])), bindings
    )
    return _run(app)


def _current_app() -> Application[Any] | None:
    from prompt_toolkit.application.current import get_app_or_none

    return get_app_or_none()


def tick(
    text: str,
    items: Sequence[Item],
    ticked: Sequence[object],
    lang: str,
    *,
    none_title: str,
    confirm_empty: bool,
    echo: Callable[[list[Any]], str],
) -> list[Any] | Escape:
    """Tick items with Space (or their number); Enter confirms; Esc backs out.

    ``none_title`` is a line after the items that confirms that none of them is in place.
    When ``confirm_empty`` is set, Enter with nothing ticked only says how to confirm that, so
    that a stray Enter records nothing.
    """
    chosen = [item.value in ticked for item in items]
    state: dict[str, Any] = {"pointer": 0, "done": None, "hint": ""}
    none_at = len(items)  # the pointer on the "none of these" line

    def values() -> list[Any]:
        return [item.value for item, on in zip(items, chosen, strict=True) if on]

    def render() -> StyleAndTextTuples:
        out: StyleAndTextTuples = [("class:mark", "? "), ("class:question", text)]
        if state["done"] is not None:
            out += [("", " "), ("class:answer", state["done"])]
            return out
        out += [("", " "), ("class:instruction", message("ui.checkbox_instruction", lang))]
        out.append(("", "\n"))
        for n, item in enumerate(items):
            here = state["pointer"] == n
            out.append(("class:pointer", " » " if here else "   "))
            out.append(("class:selected" if chosen[n] else "", "[x] " if chosen[n] else "[ ] "))
            out.append(("class:selected" if here else "", item.title))
            if n < 9:
                out.append(("class:key", f"  [{n + 1}]"))
            out.append(("", "\n"))
        out.append(("class:separator", "   " + "─" * 15 + "\n"))
        here = state["pointer"] == none_at
        out.append(("class:pointer", " » " if here else "   "))
        out.append(("class:selected" if here else "", none_title))
        out.append(("", "\n"))
        if state["hint"]:
            out.append(("class:hint", f"  {state['hint']}\n"))
        return out

    bindings = KeyBindings()
    _interrupt(bindings)

    @bindings.add("down")
    def _(event: KeyPressEvent) -> None:
        state["pointer"] = min(state["pointer"] + 1, none_at)
        state["hint"] = ""

    @bindings.add("up")
    def _(event: KeyPressEvent) -> None:
        state["pointer"] = max(state["pointer"] - 1, 0)
        state["hint"] = ""

    def toggle(n: int) -> None:
        if 0 <= n < len(items):
            chosen[n] = not chosen[n]
            state["hint"] = ""

    @bindings.add(" ")
    def _(event: KeyPressEvent) -> None:
        toggle(state["pointer"])

    for n in range(min(len(items), 9)):

        @bindings.add(str(n + 1))
        def _(event: KeyPressEvent, n: int = n) -> None:
            state["pointer"] = n
            toggle(n)

    def finish(event: KeyPressEvent, result: list[Any]) -> None:
        state["done"] = echo(result)
        event.app.exit(result=result)

    @bindings.add("enter")
    def _(event: KeyPressEvent) -> None:
        if state["pointer"] == none_at:
            finish(event, [])
        elif not any(chosen) and confirm_empty:
            state["hint"] = message("ui.keys_nothing_ticked", lang, none=none_title)
        else:
            finish(event, values())

    @bindings.add("escape", eager=True)
    def _(event: KeyPressEvent) -> None:
        state["done"] = message("ui.escaped", lang)
        event.app.exit(result=ESCAPE)

    control = FormattedTextControl(render, show_cursor=False)
    app = _app(
        Layout(HSplit([Window(control, wrap_lines=True, dont_extend_height=True)])), bindings
    )
    result: list[Any] | Escape = _run(app)
    return result


def entry(
    text: str,
    lang: str,
    *,
    default: str = "",
    instruction: str = "",
    check: Callable[[str], str | None] | None = None,
    escape: bool = False,
    empty_escapes: bool = False,
) -> str | Escape:
    """A line of text; Enter confirms it once ``check`` finds nothing wrong.

    With ``escape``, Esc backs out (:data:`ESCAPE`); with ``empty_escapes`` an empty line does
    too. Ctrl-C raises :class:`Interrupted` with the text on the line.
    """
    buffer = Buffer(document=Document(default, len(default)), multiline=False)
    state: dict[str, Any] = {"error": "", "done": False}

    def prefix() -> StyleAndTextTuples:
        return [("class:mark", "? "), ("class:question", text), ("", " ")]

    def below() -> StyleAndTextTuples:
        if state["error"]:
            return [("class:error", f"  {state['error']}")]
        return [("class:instruction", f"  {instruction}")]

    bindings = KeyBindings()
    _interrupt(bindings, lambda: buffer.text)

    @bindings.add("enter")
    def _(event: KeyPressEvent) -> None:
        typed = buffer.text
        if empty_escapes and not typed.strip():
            state["done"] = True
            event.app.exit(result=ESCAPE)
            return
        problem = check(typed) if check is not None else None
        if problem:
            state["error"] = problem
            return
        state["done"] = True
        event.app.exit(result=typed)

    if escape:

        @bindings.add("escape", eager=True)
        def _(event: KeyPressEvent) -> None:
            state["done"] = True
            buffer.text = ""
            event.app.exit(result=ESCAPE)

    def changed(_: Buffer) -> None:
        state["error"] = ""

    buffer.on_text_changed += changed
    show_below = Condition(lambda: not state["done"] and bool(state["error"] or instruction))
    layout = Layout(
        HSplit(
            [
                VSplit(
                    [
                        Window(
                            FormattedTextControl(prefix),
                            dont_extend_width=True,
                            dont_extend_height=True,
                        ),
                        Window(BufferControl(buffer), wrap_lines=True, dont_extend_height=True),
                    ]
                ),
                ConditionalContainer(
                    Window(FormattedTextControl(below), dont_extend_height=True), show_below
                ),
            ]
        )
    )
    app = _app(layout, bindings)
    result: str | Escape = _run(app)
    return result


def confirm(text: str, lang: str, *, default: bool = True) -> bool:
    """Yes or no: the language's keys (``j``/``n`` in Latvian, ``y``/``n`` in English)."""
    yes, no = message("ui.key_yes", lang), message("ui.key_no", lang)
    state: dict[str, Any] = {"done": None}
    hint = message("ui.confirm_yes" if default else "ui.confirm_no", lang)

    def render() -> StyleAndTextTuples:
        out: StyleAndTextTuples = [("class:mark", "? "), ("class:question", text), ("", " ")]
        if state["done"] is None:
            return [*out, ("class:instruction", hint)]
        word = message("ui.yes" if state["done"] else "ui.no", lang)
        return [*out, ("class:answer", word)]

    bindings = KeyBindings()
    _interrupt(bindings)

    def answer(event: KeyPressEvent, value: bool) -> None:
        state["done"] = value
        event.app.exit(result=value)

    for key in {yes, yes.upper(), "y", "Y"} - {no, no.upper()}:

        @bindings.add(key)
        def _(event: KeyPressEvent) -> None:
            answer(event, True)

    for key in {no, no.upper()}:

        @bindings.add(key)
        def _(event: KeyPressEvent) -> None:
            answer(event, False)

    @bindings.add("enter")
    def _(event: KeyPressEvent) -> None:
        answer(event, default)

    control = FormattedTextControl(render, show_cursor=False)
    app = _app(Layout(HSplit([Window(control, dont_extend_height=True)])), bindings)
    result: bool = _run(app)
    return result


__all__ = [
    "ESCAPE",
    "SEPARATOR",
    "Escape",
    "Interrupted",
    "Item",
    "Line",
    "after_first_drawing",
    "choose",
    "confirm",
    "entry",
    "forget",
    "tick",
]
