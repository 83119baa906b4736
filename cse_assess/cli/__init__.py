"""The command line: one module per command, and :mod:`cse_assess.cli.shared` for what they
share (language, outputs, errors). :func:`run` is the console script."""

from __future__ import annotations


def run() -> int:
    """``cse-assess``, the console script: :func:`cse_assess.cli.main.main`, with a Ctrl-C while
    the command line is still loading ending as one does later: one line, exit 130, no
    traceback."""
    try:
        from cse_assess.cli.main import main
    except KeyboardInterrupt:
        return _interrupted()
    return main()


def _interrupted() -> int:
    import os
    import sys

    try:
        from cse_assess.cli.shared import EXIT_INTERRUPTED, early_language, t

        text = t("ui.interrupted", early_language(sys.argv[1:], os.environ))
    except KeyboardInterrupt:  # pressed again while the words load: the line, without them
        return 130
    print(f"\n{text}", file=sys.stderr)
    return EXIT_INTERRUPTED
