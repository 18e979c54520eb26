"""Pick an administrative unit by typing part of its name, without diacritics if you like.

Typing "hong ha" lists "Phường Hồng Hà, Thành phố Hà Nội" (UnitRegistry.find ignores case
and diacritics; the registry is in memory, so a lookup costs a few milliseconds). The picker
holds the chosen unit's id; the text is only what the user reads.

When a legacy commune was divided among several new ones the editor calls
`offer_choices()`: a list of the candidate units appears under the field (the default
successor first) with a sentence saying why the user must choose.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

MAX_SUGGESTIONS = 30


class UnitPicker(QWidget):
    unitChanged = Signal(object)  # noqa: N815 (the unit id, or None when cleared)

    def __init__(
        self,
        units: Any,  # surplus_assets.services.units.UnitRegistry
        *,
        current: bool | None = True,
        levels: tuple[str, ...] = ("commune",),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.units = units
        self.current = current
        self.levels = levels
        self._unit_id: str | None = None
        self._found: dict[str, str] = {}

        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Type part of the name, e.g. hong ha"))
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.edit.textEdited.connect(self._suggest)
        self.completer.activated[str].connect(self._chosen_text)  # type: ignore[index]
        self.edit.editingFinished.connect(self._finish_typing)

        self.choice = QComboBox()
        self.choice.setVisible(False)
        self.choice.activated.connect(self._choice_made)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.note.setObjectName("unitChoiceNote")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        layout.addWidget(self.choice)
        self.setFocusProxy(self.edit)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.choice.setAccessibleName(self.tr("{field}: choose the receiving unit").format(
            field=name))  # fmt: skip

    def unit_id(self) -> str | None:
        return self._unit_id

    def set_unit_id(self, unit_id: str | None, *, notify: bool = False) -> None:
        self._unit_id = unit_id or None
        self.edit.setText(self.units.label(unit_id) if unit_id else "")
        self.edit.setToolTip(self.edit.text())  # long legacy names may not fit the field
        self.edit.setCursorPosition(0)
        if notify:
            self.unitChanged.emit(self._unit_id)

    def label_of(self, unit_id: str) -> str:
        return str(self.units.label(unit_id))

    def _suggest(self, text: str) -> None:
        found = self.units.find(
            text, current=self.current, levels=self.levels, limit=MAX_SUGGESTIONS
        )
        self._found = {self.label_of(unit.id): unit.id for unit in found}
        self.model.setStringList(list(self._found))
        if self._found:
            self.completer.complete()  # the list changed after QLineEdit's own completion ran
        if text.strip() == "" and self._unit_id is not None:
            self._unit_id = None
            self.unitChanged.emit(None)

    def _chosen_text(self, text: str) -> None:
        unit_id = self._found.get(text)
        if unit_id is not None and unit_id != self._unit_id:
            self.set_unit_id(unit_id, notify=True)

    def _finish_typing(self) -> None:
        """Leaving the field: take the only or exact match, otherwise keep the last unit."""
        text = self.edit.text().strip()
        if not text:
            return
        if self._unit_id is not None and text == self.label_of(self._unit_id):
            return
        exact = self._found.get(text)
        if exact is None and len(self._found) == 1:
            exact = next(iter(self._found.values()))
        if exact is not None:
            self.set_unit_id(exact, notify=exact != self._unit_id)

    # ---- choice among the successors of a divided commune ----------------------------------

    def offer_choices(self, unit_ids: list[str], explanation: str) -> None:
        """Show `unit_ids` to choose from (the first is chosen now) with `explanation`."""
        self.choice.clear()
        for unit_id in unit_ids:
            self.choice.addItem(self.label_of(unit_id), unit_id)
        self.note.setText(explanation)
        self.note.setVisible(True)
        self.choice.setVisible(True)
        self.choice.setCurrentIndex(0)
        self.set_unit_id(unit_ids[0], notify=True)

    def clear_choices(self) -> None:
        self.choice.clear()
        self.choice.setVisible(False)
        self.note.setVisible(False)

    def _choice_made(self, index: int) -> None:
        self.set_unit_id(self.choice.itemData(index), notify=True)
