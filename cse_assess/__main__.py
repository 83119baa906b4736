"""``python -m cse_assess`` runs the command line."""

from cse_assess.cli import run

raise SystemExit(run())
