"""Help > About: version, where the data lives, and the third-party notices."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from moovdesk import APP_NAME, __version__
from moovdesk.paths import Home


def show_about(parent: QWidget, home: Home) -> None:
    tr = parent.tr
    pitch = tr(
        "Prospects, follow-ups and visits for the traveling sales rep, "
        "kept on this computer and usable offline."
    )
    text = (
        f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
        f"<p>{html.escape(pitch)}</p>"
        f"<p><b>{html.escape(tr('Your data'))}</b><br>{html.escape(str(home.root))}</p>"
        f"<p><b>{html.escape(tr('Third-party software'))}</b><br>"
        f"Qt {html.escape(qVersion())} / PySide6 {html.escape(pyside_version)} (LGPL v3), "
        "SQLAlchemy (MIT), Alembic (MIT), folium (MIT), Leaflet (BSD-2-Clause), "
        "platformdirs (MIT), phonenumbers (Apache 2.0), filelock (Unlicense).</p>"
    )
    QMessageBox.about(parent, tr("About Moovdesk"), text)
