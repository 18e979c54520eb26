"""The fields of the asset editor, built from the one field table (domain.asset_kinds.FIELDS).

Each field gets the widget its type calls for (text, money, area, year, choice, unit picker),
its translated label (with * when the kind requires it), an accessible name, and an error
line under it. Every edit is checked at once with the same conversion the service uses
(services.field_values.convert), so the message shown next to the field is the one saving
would give; `problems()` lists what still blocks saving.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from surplus_assets.domain import asset_kinds as kinds
from surplus_assets.domain.asset_kinds import FieldSpec, FieldType
from surplus_assets.domain.numbers import NumberFormatError, format_decimal
from surplus_assets.i18n import _ as core_tr
from surplus_assets.services.field_values import convert
from ui.styles import ERROR_STYLE
from ui.widgets.number_edits import NumberEdit
from ui.widgets.unit_picker import UnitPicker

CHOICE_LABELS = {
    "status": kinds.status_label,
    "condition": kinds.condition_label,
    "kind": kinds.kind_label,
}


class FieldWidget(QWidget):
    """One field: its input widget and the error line under it."""

    def __init__(self, spec: FieldSpec, input_widget: QWidget) -> None:
        super().__init__()
        self.spec = spec
        self.input = input_widget
        self.error = QLabel()
        self.error.setObjectName(f"error_{spec.name}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(input_widget)
        layout.addWidget(self.error)
        self.setFocusProxy(input_widget)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.input.setProperty("invalid", bool(message))
        self.input.setAccessibleDescription(message)


class AssetFields(QObject):
    """The widgets of every field and their current problems."""

    changed = Signal()

    def __init__(self, units: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.units = units
        self.kind = kinds.AssetKind.LAND.value
        self.fields: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._problems: dict[str, str] = {}
        self._server_problems: dict[str, str] = {}
        for spec in kinds.FIELDS:
            if spec.name != "kind":
                self._make(spec)

    def _make(self, spec: FieldSpec) -> None:
        widget: QWidget
        match spec.type:
            case FieldType.MONEY:
                widget = NumberEdit("money")
            case FieldType.AREA | FieldType.DECIMAL:
                widget = NumberEdit("decimal")
            case FieldType.INT | FieldType.YEAR:
                widget = NumberEdit("int")
            case FieldType.CHOICE:
                widget = QComboBox()
                if spec.name != "status":
                    widget.addItem("", None)
                labeller = CHOICE_LABELS.get(spec.name)
                for choice in spec.choices:
                    widget.addItem(labeller(choice) if labeller else choice, choice)
                widget.currentIndexChanged.connect(lambda _=0, n=spec.name: self._edited(n))
            case FieldType.UNIT:
                is_current = spec.name == "current_unit_id"
                widget = UnitPicker(self.units, current=is_current,
                                    levels=("commune", "province") if is_current
                                    else ("commune", "district"))  # fmt: skip
                widget.unitChanged.connect(lambda _=None, n=spec.name: self._edited(n))
            case FieldType.LONG_TEXT:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(70)
                widget.textChanged.connect(lambda n=spec.name: self._edited(n))
            case _:
                widget = QLineEdit()
                if spec.max_length:
                    widget.setMaxLength(spec.max_length + 1)  # one over: the check says why
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _="", n=spec.name: self._edited(n))
        widget.setObjectName(f"field_{spec.name}")
        widget.setAccessibleName(spec.label())
        field = FieldWidget(spec, widget)
        label = QLabel()
        label.setBuddy(widget)
        self.fields[spec.name] = field
        self.labels[spec.name] = label
        self._update_label(spec)

    def _update_label(self, spec: FieldSpec) -> None:
        text = spec.label() + (" *" if spec.required(self.kind) else "")
        self.labels[spec.name].setText(text + ":")

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        for name, field in self.fields.items():
            self._update_label(field.spec)
            if not field.spec.applies_to(kind):
                field.show_error("")
                self._problems.pop(name, None)
        self.validate_all()

    # ---- values ------------------------------------------------------------------------------

    def raw(self, name: str) -> str | None:
        widget = self.fields[name].input
        if isinstance(widget, UnitPicker):
            return widget.unit_id()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return str(data) if data is not None else None
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def raw_values(self) -> dict[str, str | None]:
        """What the user typed in every field of the current kind (strings for the service)."""
        return {name: self.raw(name) for name, field in self.fields.items()
                if field.spec.applies_to(self.kind) and field.input.isEnabled()}  # fmt: skip

    def set_value(self, name: str, value: Any) -> None:
        widget = self.fields[name].input
        if isinstance(widget, UnitPicker):
            widget.set_unit_id(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            labeller = CHOICE_LABELS.get(name)
            if index < 0 and value is not None and labeller is not None:
                # A status set by the proposal workflow: shown, not changeable here.
                widget.addItem(labeller(value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(max(0, index))
            widget.setEnabled(value is None or value in self.fields[name].spec.choices)
        elif isinstance(widget, NumberEdit):
            widget.set_value(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            if isinstance(value, float):
                value = format_decimal(Decimal(str(value)), 6).rstrip("0").rstrip(",.")
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)

    # ---- checking ----------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self._server_problems.pop(name, None)
        self._validate(name)
        self.changed.emit()

    def _validate(self, name: str) -> None:
        field = self.fields[name]
        spec = field.spec
        if not spec.applies_to(self.kind):
            return
        value = self.raw(name)
        message = ""
        if value is None or (isinstance(value, str) and not value.strip()):
            if spec.required(self.kind):
                message = core_tr("Required for this kind of asset.")
        elif spec.type is not FieldType.UNIT:
            try:
                convert(spec, value, this_year=date.today().year)
            except (ValueError, NumberFormatError) as error:
                message = error.message if isinstance(error, NumberFormatError) else str(error)
        message = message or self._server_problems.get(name, "")
        if message:
            self._problems[name] = message
        else:
            self._problems.pop(name, None)
        field.show_error(message)

    def validate_all(self) -> None:
        for name in self.fields:
            self._validate(name)
        self.changed.emit()

    def show_service_problems(self, by_field: dict[str, str]) -> dict[str, str]:
        """Put the service's messages next to their fields; returns those with no field."""
        others: dict[str, str] = {}
        for name, message in by_field.items():
            if name in self.fields:
                self._server_problems[name] = message
                self._problems[name] = message
                self.fields[name].show_error(message)
            else:
                others[name] = message
        self.changed.emit()
        return others

    def problems(self) -> dict[str, str]:
        return dict(self._problems)
