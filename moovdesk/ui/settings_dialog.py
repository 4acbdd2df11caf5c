"""Edit > Settings: country, language, map tiles, "not contacted" delay, notifications, the rep's
home address (where tours start), how tours are timed (visit length, day hours, the offline
travel estimate, an optional routing server) and how many daily backups to keep."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from moovdesk.preferences import DEFAULT_DAY_START, Preferences, parse_hhmm

COUNTRIES = (
    ("FR", "France"),
    ("BE", "Belgique"),
    ("CH", "Suisse"),
    ("LU", "Luxembourg"),
    ("MC", "Monaco"),
    ("DE", "Deutschland"),
    ("ES", "España"),
    ("IT", "Italia"),
)


class SettingsDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._language_before = preferences.language

        self.country = QComboBox(self)
        for code, name in COUNTRIES:
            self.country.addItem(f"{name} ({code})", code)
        self.country.setCurrentIndex(max(self.country.findData(preferences.country), 0))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        self.tile_url = QLineEdit(preferences.tile_url, self)
        self.tile_url.setToolTip(self.tr("A tile server address with {z}, {x} and {y}"))
        self.tile_cache = QSpinBox(self)
        self.tile_cache.setRange(16, 10_000)
        self.tile_cache.setSuffix(" MB")
        self.tile_cache.setValue(preferences.tile_cache_mb)
        self.days = QSpinBox(self)
        self.days.setRange(1, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(preferences.not_contacted_days)
        self.notifications = QCheckBox(self.tr("Announce follow-ups when they fall due"), self)
        self.notifications.setChecked(preferences.notifications)
        self.home_address = QLineEdit(preferences.home_address, self)
        self.home_address.setPlaceholderText(self.tr("e.g. 12 rue de la Paix, 69003 Lyon"))
        self.backups = QSpinBox(self)
        self.backups.setRange(1, 365)
        self.backups.setValue(preferences.backups_kept)
        self._add_tour_fields(preferences)
        self.restart_note = QLabel(self.tr("The new language applies at the next start."), self)
        self.restart_note.hide()
        self.language.currentIndexChanged.connect(
            lambda _i: self.restart_note.setVisible(
                self.language.currentData() != self._language_before
            )
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Country of phones and addresses"), self.country)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Map tiles (when online)"), self.tile_url)
        form.addRow(self.tr("Map tile cache on disk"), self.tile_cache)
        form.addRow(self.tr("Not contacted after"), self.days)
        form.addRow("", self.notifications)
        form.addRow(self.tr("Your home address (tours)"), self.home_address)
        form.addRow(self.tr("Tour visit length"), self.visit_minutes)
        form.addRow(self.tr("Tour day"), self.day_hours)
        form.addRow(self.tr("Travel estimate"), self.estimate_row)
        form.addRow(self.tr("Routing server (optional)"), self.routing_url)
        form.addRow(self.tr("Daily backups kept"), self.backups)
        form.addRow(buttons)
        self.resize(620, self.sizeHint().height())

    def preferences(self) -> Preferences:
        return Preferences(
            country=str(self.country.currentData()),
            language=str(self.language.currentData()),
            tile_url=self.tile_url.text(),
            tile_cache_mb=self.tile_cache.value(),
            not_contacted_days=self.days.value(),
            notifications=self.notifications.isChecked(),
            home_address=self.home_address.text(),
            backups_kept=self.backups.value(),
            tour_visit_minutes=self.visit_minutes.value(),
            tour_day_start=self.day_start.time().toString("HH:mm"),
            tour_day_end=self.day_end.time().toString("HH:mm"),
            detour_factor=self.detour.value(),
            average_speed_kmh=self.speed.value(),
            routing_url=self.routing_url.text(),
        ).checked()

    def _add_tour_fields(self, preferences: Preferences) -> None:
        self.visit_minutes = QSpinBox(self)
        self.visit_minutes.setObjectName("tourVisitMinutes")
        self.visit_minutes.setRange(5, 480)
        self.visit_minutes.setSingleStep(5)
        self.visit_minutes.setSuffix(self.tr(" min"))
        self.visit_minutes.setValue(preferences.tour_visit_minutes)
        self.day_start = QTimeEdit(_time(preferences.tour_day_start), self)
        self.day_start.setObjectName("tourDayStart")
        self.day_end = QTimeEdit(_time(preferences.tour_day_end), self)
        self.day_end.setObjectName("tourDayEnd")
        self.day_hours = QWidget(self)
        hours = QHBoxLayout(self.day_hours)
        hours.setContentsMargins(0, 0, 0, 0)
        hours.addWidget(QLabel(self.tr("leave from"), self))
        hours.addWidget(self.day_start)
        hours.addWidget(QLabel(self.tr("back by"), self))
        hours.addWidget(self.day_end)
        hours.addStretch(1)
        self.detour = QDoubleSpinBox(self)
        self.detour.setObjectName("detourFactor")
        self.detour.setRange(1.0, 3.0)
        self.detour.setSingleStep(0.05)
        self.detour.setDecimals(2)
        self.detour.setPrefix("× ")
        self.detour.setValue(preferences.detour_factor)
        self.detour.setToolTip(
            self.tr("Road distance per straight-line kilometre (1.3 is typical in France)")
        )
        self.speed = QSpinBox(self)
        self.speed.setObjectName("averageSpeed")
        self.speed.setRange(10, 130)
        self.speed.setSuffix(" km/h")
        self.speed.setValue(preferences.average_speed_kmh)
        self.estimate_row = QWidget(self)
        estimate = QHBoxLayout(self.estimate_row)
        estimate.setContentsMargins(0, 0, 0, 0)
        estimate.addWidget(QLabel(self.tr("detour factor"), self))
        estimate.addWidget(self.detour)
        estimate.addWidget(QLabel(self.tr("average speed"), self))
        estimate.addWidget(self.speed)
        estimate.addStretch(1)
        self.routing_url = QLineEdit(preferences.routing_url, self)
        self.routing_url.setObjectName("routingUrl")
        self.routing_url.setPlaceholderText(self.tr("e.g. http://localhost:5000 (an OSRM server)"))
        self.routing_url.setToolTip(
            self.tr(
                "Road distances from this server when it answers; empty, or when it does not, "
                "travel times are estimated offline."
            )
        )


def _time(text: str) -> QTime:
    minute = parse_hhmm(text)
    minute = DEFAULT_DAY_START if minute is None else minute
    return QTime(minute // 60, minute % 60)
