"""`python -m moovdesk` starts the window, like the `moovdesk` launcher."""

from moovdesk.ui.app import main

raise SystemExit(main())
