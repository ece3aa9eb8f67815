"""Run the command line: ``python -m client_conflict``."""

from client_conflict.cli import main

raise SystemExit(main())
