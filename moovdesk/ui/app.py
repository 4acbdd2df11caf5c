"""`moovdesk`: start the window on the rep's base (one window per home)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from moovdesk import APP_NAME, __version__
from moovdesk.logs import setup_logging
from moovdesk.one_line_parser import OneLineParser
from moovdesk.paths import Home, resolve_home
from moovdesk.ui.qt_environment import display_missing, prepare_qt_environment


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="moovdesk", description="Moovdesk: prospects, follow-ups, map.")
    parser.add_argument("--version", action="version", version=f"Moovdesk {__version__}")
    parser.add_argument("--home", metavar="DIR", help="data folder (default: $MOOVDESK_HOME)")
    parser.add_argument("files", nargs="*", metavar="FILE", help="files to import")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if display_missing():
        sys.stderr.write(
            "moovdesk: error: no display found (DISPLAY is not set); "
            "use moovdesk-cli for work without a screen\n"
        )
        return 1
    prepare_qt_environment()
    home = resolve_home(args.home)

    # Qt is imported only now: `moovdesk --version` and argument errors stay instant.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from moovdesk.ui.i18n import install_translators
    from moovdesk.ui.map_scheme import register_map_scheme

    register_map_scheme()  # Chromium must know the map's scheme before the application exists
    QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("moovdesk")
    from moovdesk.ui.settings_store import load_preferences, open_settings

    language = load_preferences(open_settings(home)).language
    install_translators(
        app, language or None
    )  # before any widget: they take their texts when built

    from moovdesk.ui.error_reporting import install_error_dialog

    try:
        home.ensure()
        setup_logging(home)
        install_error_dialog()
    except OSError as error:
        QMessageBox.critical(None, APP_NAME, _folder_problem(home, error))
        return 1
    return _run(app, home, [Path(f).resolve() for f in args.files])


def _run(app: object, home: Home, files: list[Path]) -> int:
    """Open the base and the window; again after a restore (which needs the base closed)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QMessageBox

    from moovdesk.ui.main_window import MainWindow
    from moovdesk.ui.single_instance import InstanceServer, forward_to_running_instance
    from moovdesk.ui.startup import AlreadyOpenError, open_window, restore_with_message

    assert isinstance(app, QApplication)
    instance_server: InstanceServer | None = None
    reopen = False
    while True:
        try:
            opened = open_window(home, first_screen=not reopen)
        except AlreadyOpenError as error:
            if forward_to_running_instance(home, [str(f) for f in files]):
                return 0
            QMessageBox.warning(None, APP_NAME, str(error))
            return 1
        if opened is None:
            return 1
        window, services = opened
        try:
            if instance_server is None:
                instance_server = InstanceServer(home)

            def another_launch(paths: list[str], window: MainWindow = window) -> None:
                _bring_forward(window)
                window.open_files([Path(p) for p in paths])

            instance_server.activation_requested.connect(another_launch)
            window.show()
            if files:
                window.open_files(files)
            status = int(app.exec())
            instance_server.activation_requested.disconnect(another_launch)
            restore_from = window.restore_request
            reopen = window.reopen_request
            window.shutdown()
            # The map's web page must be gone before its browser profile is released.
            window.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            services.close()
        if reopen:  # the base changed after the first screen's checks: open it as usual
            continue
        if restore_from is None:
            return status
        restore_with_message(home, restore_from)
        files = []


def _bring_forward(window: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def _folder_problem(home: Home, error: OSError) -> str:
    """Why the data folder cannot be used, for a rep: where, why, and that nothing changed."""
    from PySide6.QtCore import QCoreApplication

    where = error.filename or home.root
    return (
        QCoreApplication.translate(
            "Startup",
            "Moovdesk cannot write in its data folder (%1: %2), so it cannot keep your changes "
            "and does not open. Nothing was changed. Check that the folder is writable (its "
            "permissions, or a disk mounted read-only), then start Moovdesk again.",
        )
        .replace("%1", str(where))
        .replace("%2", error.strerror or str(error))
    )
