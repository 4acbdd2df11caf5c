"""`install-launcher` / `uninstall-launcher`: put Moovdesk in the applications menu (and on the
Desktop) so the rep starts it with a double-click; or take it away again."""

from __future__ import annotations

import argparse

from moovdesk import launcher
from moovdesk.commands.common import Subparsers
from moovdesk.data.store import Store
from moovdesk.paths import Home


def register(commands: Subparsers) -> None:
    install = commands.add_parser(
        "install-launcher", help="add Moovdesk to the applications menu (Start menu on Windows)"
    )
    install.add_argument("--desktop", action="store_true", help="also put an icon on the Desktop")
    install.set_defaults(handler=run_install, needs_store=False)
    uninstall = commands.add_parser("uninstall-launcher", help="remove what install-launcher added")
    uninstall.set_defaults(handler=run_uninstall, needs_store=False)


def run_install(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    report = launcher.install(on_desktop=args.desktop)
    icons = [path for path in report.written if path.suffix in (".png", ".svg")]
    for path in report.written:
        if path not in icons:
            print(f"wrote {path}")
    if icons:
        print(f"wrote {len(icons)} icon files under {icons[0].parents[2]}")
    return 0


def run_uninstall(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    report = launcher.uninstall()
    for path in report.removed:
        print(f"removed {path}")
    if not report.removed:
        print("no launcher was installed")
    return 0
