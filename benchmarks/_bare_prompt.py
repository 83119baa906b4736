"""The floor of an answer at the terminal: a bare prompt_toolkit application, nothing else.

    python benchmarks/_bare_prompt.py FILE DATA.json [--shortcut]

Shows "Question 1 of 4", a three-line menu, and waits for Enter; then saves DATA.json's text to
FILE as cse-assess saves an answer (a temporary file beside it, flushed and fsync'ed, renamed
over FILE, the folder fsync'ed), prints a line, and shows the next question: four times. One
Application serves every prompt, as one PromptSession serves its prompts, so this is the least
any program built on prompt_toolkit can do between two questions. With ``--shortcut``, each
question is prompt_toolkit's own ``prompt()`` instead: a new session each time, as most
programs (and questionary) ask. benchmarks/run.py times both in a pseudo-terminal beside
``cse-assess assess``.
"""

from __future__ import annotations

import os
import sys

from prompt_toolkit.application import Application
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import FormattedTextControl, HSplit, Layout, Window


def save(path: str, data: bytes) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    if os.name == "posix":
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def shortcut(path: str, data: bytes) -> None:
    """prompt_toolkit's own ``prompt()`` for each question: a new session, and so a new
    Application with its key bindings, each time (as questionary and most programs do)."""
    from prompt_toolkit import prompt

    for n in range(1, 5):
        prompt(f"? Question {n} of 4 (type, then Enter) ")
        save(path, data)
        print(f"Saved. Next: question {n + 1}")


def main() -> None:
    path, source = sys.argv[1], sys.argv[2]
    with open(source, "rb") as f:
        data = f.read()
    if sys.argv[3:] == ["--shortcut"]:
        shortcut(path, data)
        return
    state = {"n": 1}
    bindings = KeyBindings()

    @bindings.add("enter")
    def _(event: KeyPressEvent) -> None:
        event.app.exit(result=state["n"])

    def text() -> StyleAndTextTuples:
        return [
            ("bold", f"? Question {state['n']} of 4"),
            ("", " (a digit, or arrow keys then Enter)\n"),
            ("", "   0 Not in place\n   1 Planned\n   2 In place\n"),
        ]

    control = FormattedTextControl(text, show_cursor=False)
    layout = Layout(HSplit([Window(control, dont_extend_height=True)]))
    app: Application[int] = Application(layout=layout, key_bindings=bindings)
    for n in range(1, 5):
        state["n"] = n
        app.run()
        save(path, data)
        print(f"Saved. Next: question {n + 1}")


if __name__ == "__main__":
    main()
