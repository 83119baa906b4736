"""``python -m cse_assess`` runs the command line."""

from cse_assess.cli.main import main

raise SystemExit(main())
