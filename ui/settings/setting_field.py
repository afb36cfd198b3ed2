"""The field a setting is typed into, chosen by its kind (studio/setting_definitions.py): a line,
several lines, a list (open to other values when the setting takes them), a file with Browse…,
a colour with Choose…, or a secret. Every field gives its value as text, as the store keeps it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from studio.setting_definitions import CONTEXT, Kind, SettingDefinition
from ui.settings.secret_field import SecretField


def translated(text: str) -> str:
    """A label, help text or choice marked in studio/setting_sections/, in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


class SettingField(QWidget):
    """One setting's field: `value()` is what the store would keep, before its check."""

    def __init__(self, definition: SettingDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = definition
        self.setToolTip(translated(definition.help))
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> str:
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        raise NotImplementedError


class LineField(SettingField):
    def __init__(self, definition: SettingDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.edit = QLineEdit(self)
        self.layout_.addWidget(self.edit, 1)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: str) -> None:
        self.edit.setText(value)


class LinesField(SettingField):
    def __init__(self, definition: SettingDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setMaximumHeight(110)
        self.layout_.addWidget(self.edit, 1)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: str) -> None:
        self.edit.setPlainText(value)


class ChoiceField(SettingField):
    """The definition's choices (their labels shown, their values kept); with open choices, any
    other value can be typed (a custom canvas 1000x1000, a microphone by its device name)."""

    def __init__(self, definition: SettingDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(definition.open_choices)
        for choice in definition.choices:
            self.combo.addItem(translated(choice.label), choice.value)
        self.layout_.addWidget(self.combo, 1)

    def add_choice(self, value: str, label: str) -> None:
        """Lists `value`, or names it when it is listed already (stored before its device was)."""
        index = self.combo.findData(value)
        if index < 0:
            self.combo.addItem(label, value)
        else:
            self.combo.setItemText(index, label)

    def value(self) -> str:
        index = self.combo.currentIndex()
        if index >= 0 and self.combo.currentText() == self.combo.itemText(index):
            return str(self.combo.itemData(index))
        return self.combo.currentText()

    def set_value(self, value: str) -> None:
        index = self.combo.findData(value)
        if index < 0:
            self.combo.addItem(value, value)  # a value stored before its choice was listed (a microphone unplugged)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class FileField(LineField):
    def __init__(self, definition: SettingDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.layout_.addWidget(self.browse)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, translated(self.definition.label), self.edit.text(),
                                                self.tr("Pictures (*.png *.jpg *.jpeg *.webp)"))
        if chosen:
            self.edit.setText(chosen)


class ColourField(LineField):
    def __init__(self, definition: SettingDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self._choose)
        self.layout_.addWidget(self.choose)
        self.dialog: QColorDialog | None = None

    def _choose(self) -> None:
        self.dialog = QColorDialog(QColor(self.edit.text()), self)
        self.dialog.colorSelected.connect(lambda colour: self.edit.setText(colour.name()))
        self.dialog.open()


class SecretSettingField(SettingField):
    def __init__(self, definition: SettingDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.secret = SecretField(self)
        self.layout_.addWidget(self.secret, 1)

    def value(self) -> str:
        return self.secret.typed()

    def set_value(self, value: str) -> None:
        self.secret.field.setText(value)


FIELDS: dict[Kind, type[SettingField]] = {
    Kind.TEXT: LineField, Kind.INTEGER: LineField, Kind.NUMBER: LineField, Kind.URL: LineField,
    Kind.LINES: LinesField, Kind.CHOICE: ChoiceField, Kind.FILE: FileField, Kind.COLOUR: ColourField,
    Kind.SECRET: SecretSettingField,
}


def field_for(definition: SettingDefinition, parent: QWidget | None = None) -> SettingField:
    return FIELDS[definition.kind](definition, parent)
