"""The main window: assembles the table, the side pane, menus and status bar. No logic of its own
beyond wiring; each part lives in its own module."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from moovdesk import APP_NAME
from moovdesk.resource_files import resource_path
from moovdesk.services import Services
from moovdesk.ui.about_dialog import show_about
from moovdesk.ui.prospect_summary import ProspectSummary
from moovdesk.ui.prospect_table import ProspectTableView
from moovdesk.ui.prospect_table_model import ProspectTableModel


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: QSettings) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(resource_path("icons", "moovdesk.svg"))))

        self.table_model = ProspectTableModel(services.prospects, self)
        self.table = ProspectTableView(self.table_model, self)
        self.summary = ProspectSummary(services.prospects, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_menus()
        self.table.current_prospect_changed.connect(self.summary.show_prospect)
        self.table_model.counts_changed.connect(self._show_counts)

        self._restore_layout()
        self.table_model.reload()

    # Layout ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        self.resize(1280, 800)
        geometry = self.settings.value("window/geometry", QByteArray())
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state", QByteArray())
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("window/splitter", QByteArray())
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([900, 380])
        columns = self.settings.value("table/header", QByteArray())
        self.table.restore_layout(columns if isinstance(columns, QByteArray) else QByteArray())

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("table/header", self.table.save_layout())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)

    # Menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        self.addAction(self.quit_action)  # the shortcut works even while no menu has been opened

        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.view_menu = menu_bar.addMenu(self.tr("&View"))

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About Moovdesk"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(lambda: show_about(self, self.services.home))
        help_menu.addAction(about)

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # Status ----------------------------------------------------------------------------

    def _show_counts(self, shown: int, total: int) -> None:
        locale = QLocale()
        if shown == total:
            text = self.tr("%1 prospects").replace("%1", locale.toString(total))
        else:
            text = (
                self.tr("%1 of %2 prospects")
                .replace("%1", locale.toString(shown))
                .replace("%2", locale.toString(total))
            )
        self.count_label.setText(text)
        self.setWindowTitle(f"{APP_NAME} — {text}")
