"""Entry script of the bundle's `moovdesk-cli` (PyInstaller needs a file to start from)."""

from moovdesk.cli import main

raise SystemExit(main())
