"""``python -m fivews`` runs the command-line interface."""

from fivews.cli import main

raise SystemExit(main())
