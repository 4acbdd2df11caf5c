"""Edit > Settings: country, language, map tiles, "not contacted" delay, notifications, the rep's
home address (where tours start) and how many daily backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from moovdesk.preferences import Preferences

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
        ).checked()
