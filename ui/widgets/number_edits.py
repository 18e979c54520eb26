"""Money, area and whole-number fields that accept Vietnamese and English number styles.

"1.234.567", "1 234 567 ₫" and "1,234,567" all read as 1 234 567 đồng; "1.234,5" and
"1,234.5" both as 1234,50 m². The parsing is the core's (domain.numbers), so the editor,
the CLI and spreadsheet imports agree. When the field loses focus a valid value is shown
formatted in the interface language; an invalid one stays as typed and `problemChanged`
carries the reason, which the form shows next to the field.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from surplus_assets.domain.numbers import (
    NumberFormatError,
    format_decimal,
    format_money,
    parse_decimal,
    parse_int,
    parse_money,
)

NumberKind = Literal["money", "decimal", "int", "year"]


class NumberEdit(QLineEdit):
    problemChanged = Signal(str)  # noqa: N815 ("" when the text reads as a number again)

    def __init__(self, kind: NumberKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._problem = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if kind == "money":
            self.setPlaceholderText("0 ₫")
        self.textChanged.connect(self._check)

    def value(self) -> int | Decimal | None:
        """The number typed, None when empty; raises NumberFormatError when unreadable."""
        text = self.text()
        if self.kind == "money":
            return parse_money(text)
        if self.kind == "decimal":
            return parse_decimal(text, 2)
        return parse_int(text)

    def set_value(self, value: int | Decimal | None) -> None:
        self.setText(self._formatted(value))

    def problem(self) -> str:
        return self._problem

    def _formatted(self, value: int | Decimal | None) -> str:
        if value is None:
            return ""
        if self.kind == "money":
            return format_money(int(value))
        if self.kind == "decimal":
            return format_decimal(Decimal(value))
        return str(int(value))

    def _check(self) -> None:
        try:
            self.value()
            problem = ""
        except NumberFormatError as error:
            problem = error.message
        if problem != self._problem:
            self._problem = problem
            self.problemChanged.emit(problem)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        if not self._problem:
            formatted = self._formatted(self.value())
            if formatted != self.text():
                self.setText(formatted)
        super().focusOutEvent(event)
