"""Errors raised when a number or a date written by a user cannot be read.

Both are ValueErrors carrying a translated `.message` (Vietnamese by default) that names the
value, says what was wrong and shows the accepted forms. DateFormatError derives from
NumberFormatError so that an import or a form can catch every unreadable cell with one clause.
"""

from __future__ import annotations


class NumberFormatError(ValueError):
    """A number (money, area, count) could not be read; `.message` tells the user why."""

    def __init__(self, message: str, value: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.value = value


class DateFormatError(NumberFormatError):
    """A date could not be read; `.message` tells the user why and shows dd/mm/yyyy."""
