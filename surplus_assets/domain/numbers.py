"""Reading and writing money, areas, quantities and counts in Vietnamese and English styles.

Styles: Vietnamese writes "." between thousands and "," before decimals ("1.234.567,5");
English writes "," between thousands and "." before decimals ("1,234,567.5"). Spreadsheets
mix both, so parsing accepts both and refuses what could be read two ways, never guessing.

Reading text (parse_money, parse_decimal, parse_int):
- surrounding spaces are ignored; non-breaking and thin spaces count as spaces;
- money may end with "₫", "đ", "đồng", "VND" or "VNĐ" (any case); decimals may end with
  "m2" or "m²" (or the units the caller names);
- a leading "-" (or "−") or surrounding parentheses "(1.000)" make the number negative, "+"
  is allowed; whether a negative value is valid is for the services to decide;
- only the digits 0-9 and the separators ".", "," and space are allowed, one separator
  between digits: "abc", "12a", "1..2", "1.", ".5", "1e5" are refused;
- thousands groups must be 1-3 digits first, then exactly 3 ("1.23.4" and "1.2345" as
  thousands are refused), and one style of thousands separator is used throughout;
- a space is always a thousands separator ("1 234 567");
- when both "." and "," appear, the last one, appearing once, is the decimal separator and
  the other separates thousands ("1.234,5" and "1,234.5" are both 1234.5);
- the same separator appearing several times separates thousands ("1.234.567");
- a single "." or "," is decimal when it is not followed by exactly 3 digits ("1,5",
  "12.75"), or when the digits before it cannot be a thousands group (more than 3 digits or
  a leading zero: "1234.567", "0,125"); after space thousands it is decimal ("1 234,5");
- a single "." or "," followed by exactly 3 digits after 1-3 digits ("1.234", "1,234") is
  ambiguous: for an area or a quantity it is refused with an explanation; money and counts
  have no decimals, so there it separates thousands (1234);
- money (integer VND) and counts must be whole: "1,5" and "1.234,56" are refused, while a
  zero fraction ("1.234,00") is accepted;
- parse_decimal refuses more decimals than `places` (never rounds silently) and returns a
  Decimal with exactly `places` decimals;
- at most 18 digits before the decimal separator (a database BIGINT holds 18).
Numbers from spreadsheets (int, float, Decimal) are read exactly: a float goes through its
shortest repr, so 1234.5 stays 1234.5 and 0.1 + 0.2 is 0.30000000000000004 (refused as an
area with 2 decimals rather than rounded); NaN and infinities are refused; bool is refused.

Writing: format_money gives "1.234.567.890 ₫" (vi) or "1,234,567,890 ₫" (en); format_decimal
always shows `places` decimals, rounded half up: "1.234,50" (vi), "1,234.50" (en). Output of
the formatters reads back to the same value, except format_decimal with places=3 below 1000
("1,500"), which is ambiguous on purpose.
Dates live in surplus_assets.domain.dates and are re-exported here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, NoReturn

from surplus_assets.domain.dates import format_date, parse_date
from surplus_assets.domain.format_errors import DateFormatError, NumberFormatError
from surplus_assets.i18n import SUPPORTED_LANGUAGES, _, current_language

__all__ = [
    "DateFormatError",
    "NumberFormatError",
    "format_date",
    "format_decimal",
    "format_money",
    "parse_date",
    "parse_decimal",
    "parse_int",
    "parse_money",
]

NumberInput = str | int | float | Decimal | None
MAX_INTEGER_DIGITS = 18
_TOO_LARGE = Decimal(10) ** MAX_INTEGER_DIGITS  # computed once: imports check 100,000 rows
# Whole floats below 2**53 have an exact repr without exponent, which the exact path reads as
# that very integer: spreadsheet numbers take this shortcut (imports read 300,000 amounts).
_EXACT_FLOAT = 2.0**53
_STEPS = {places: Decimal(1).scaleb(-places) for places in range(0, 9)}
AREA_UNITS = ("m2", "m²")
CURRENCY_SYMBOL = "₫"

_Kind = Literal["money", "integer", "decimal"]
_MONEY_UNITS = ("₫", "đ", "đồng", "vnd", "vnđ")
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_BODY = re.compile(r"[0-9]+(?:[., ][0-9]+)*")
_SEPARATOR = re.compile(r"([., ])")


@dataclass(frozen=True)
class _Style:
    thousands: str
    decimal: str


_STYLES = {"vi": _Style(".", ","), "en": _Style(",", ".")}


def _expected(kind: _Kind) -> str:
    if kind == "money":
        return _(
            "Accepted forms: 1.234.567 or 1 234 567 (Vietnamese style) and 1,234,567 (English "
            "style), in whole đồng, optionally followed by ₫, đ or VND."
        )
    if kind == "integer":
        return _(
            "Accepted forms: a whole number such as 1200, 1.200 (Vietnamese style) or 1,200 "
            "(English style)."
        )
    return _(
        "Accepted forms: 1.234,5 or 1234,5 (Vietnamese style) and 1,234.5 or 1234.5 (English "
        "style)."
    )


def _refuse(problem: str, kind: _Kind, value: object, expected: str | None = None) -> NoReturn:
    raise NumberFormatError(f"{problem} {expected or _expected(kind)}", value)


def _strip_unit(text: str, units: tuple[str, ...]) -> str:
    lowered = text.lower()
    for unit in sorted(units, key=len, reverse=True):
        if lowered.endswith(unit.lower()):
            return text[: len(text) - len(unit)].rstrip()
    return text


def _split_sign(text: str, units: tuple[str, ...]) -> tuple[bool, str]:
    """(negative, unsigned text) with units, parentheses and sign removed."""
    text = _strip_unit(text, units)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, _strip_unit(text[1:-1].strip(), units)
    if text[:1] in ("-", "−", "+"):
        if negative and text[0] != "+":
            return negative, "(-"  # "-(...)" or "(-...)": refused by the digit check
        negative, text = text[0] != "+", text[1:].lstrip()
    return negative, text


def _digits(body: str, kind: _Kind, shown: str, places: int) -> Decimal:
    """The unsigned value written in `body` by the rules of the module docstring."""
    if not _BODY.fullmatch(body):
        _refuse(_('"{value}" is not a number.').format(value=shown), kind, shown)
    parts = _SEPARATOR.split(body)
    runs, seps = parts[0::2], parts[1::2]
    marks = [s for s in seps if s != " "]
    decimal_sep: str | None = None
    misplaced = _('"{value}" has its separators in the wrong places.').format(value=shown)
    if len(set(marks)) == 2:
        decimal_sep = marks[-1]
        if marks.count(decimal_sep) != 1 or " " in seps:
            _refuse(misplaced, kind, shown)
    elif marks and " " in seps:
        decimal_sep = marks[0]
        if len(marks) != 1:
            _refuse(misplaced, kind, shown)
    elif len(marks) == 1:
        first, after = runs[0], runs[-1]
        if len(after) != 3 or len(first) > 3 or first.startswith("0"):
            decimal_sep = marks[0]
        elif kind == "decimal":
            _refuse(
                _(
                    '"{value}" is ambiguous: "{separator}" could separate thousands ({whole}) '
                    "or be the decimal separator."
                ).format(value=shown, separator=marks[0], whole=first + after),
                kind,
                shown,
                _(
                    "Write a whole number without separators ({whole}), or use both "
                    "separators for a decimal: 1.234,5 (Vietnamese style) or 1,234.5 "
                    "(English style)."
                ).format(whole=first + after),
            )
    if decimal_sep is not None and seps[-1] != decimal_sep:
        _refuse(misplaced, kind, shown)
    integer_runs = runs[:-1] if decimal_sep is not None else runs
    fraction = runs[-1] if decimal_sep is not None else ""
    if len(integer_runs) > 1 and (
        not 1 <= len(integer_runs[0]) <= 3
        or integer_runs[0].startswith("0")
        or any(len(run) != 3 for run in integer_runs[1:])
    ):
        _refuse(misplaced, kind, shown)
    return _checked(Decimal("".join(integer_runs) + "." + (fraction or "0")), kind, shown, places)


def _checked(number: Decimal, kind: _Kind, shown: str, places: int) -> Decimal:
    """`number` if it fits `kind`: finite, not too large, whole or within `places` decimals."""
    if not number.is_finite():
        _refuse(_('"{value}" is not a finite number.').format(value=shown), kind, shown)
    if abs(number) >= _TOO_LARGE:
        _refuse(
            _('"{value}" is too large: at most {digits} digits are accepted.').format(
                value=shown, digits=MAX_INTEGER_DIGITS
            ),
            kind,
            shown,
        )
    if kind != "decimal" and number != number.to_integral_value():
        if kind == "money":
            problem = _('"{value}" has a fractional part, but amounts in VND are whole đồng.')
        else:
            problem = _('"{value}" is not a whole number.')
        _refuse(problem.format(value=shown), kind, shown)
    step = _STEPS.get(places) or Decimal(1).scaleb(-places)
    if kind == "decimal" and number != number.quantize(step):
        _refuse(
            _('"{value}" has more than {places} decimal places.').format(
                value=shown, places=places
            ),
            kind,
            shown,
            _("Round it to {places} decimal places.").format(places=places),
        )
    return number


def _parse(value: NumberInput, kind: _Kind, places: int, units: tuple[str, ...]) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        _refuse(_('"{value}" is not a number.').format(value=value), kind, value)
    if isinstance(value, float):
        if not math.isfinite(value):
            _refuse(_('"{value}" is not a finite number.').format(value=value), kind, value)
        return _checked(Decimal(repr(value)), kind, repr(value), places)
    if isinstance(value, int | Decimal):
        return _checked(Decimal(value), kind, str(value), places)
    shown = value.translate(_ODD_SPACES).strip()
    if not shown:
        return None
    negative, body = _split_sign(shown, units)
    number = _digits(body, kind, shown, places)
    return -number if negative else number


def parse_money(value: NumberInput) -> int | None:
    """An amount in whole VND ("1.234.567 ₫", "1,234,567", 1234567.0); None when empty."""
    if type(value) is float and value.is_integer() and -_EXACT_FLOAT < value < _EXACT_FLOAT:
        return int(value)
    number = _parse(value, "money", 0, _MONEY_UNITS)
    return None if number is None else int(number)


def parse_int(value: NumberInput, *, units: tuple[str, ...] = ()) -> int | None:
    """A whole number: a count, a year, seats ("1.200", "1,200", "1200"); None when empty."""
    if type(value) is float and value.is_integer() and -_EXACT_FLOAT < value < _EXACT_FLOAT:
        return int(value)
    number = _parse(value, "integer", 0, units)
    return None if number is None else int(number)


def parse_decimal(
    value: NumberInput, places: int = 2, *, units: tuple[str, ...] = AREA_UNITS
) -> Decimal | None:
    """A decimal with exactly `places` decimals (areas in m², tonnes); None when empty."""
    number = _parse(value, "decimal", places, units)
    if number is None:
        return None
    step = _STEPS.get(places) or Decimal(1).scaleb(-places)
    return number.quantize(step) + 0  # "+ 0" turns -0.00 into 0.00


def _style(language: str | None) -> _Style:
    language = language or current_language()
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    return _STYLES[language]


def _grouped(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def format_money(value: int | None, *, symbol: bool = True, language: str | None = None) -> str:
    """ "1.234.567.890 ₫" (vi) or "1,234,567,890 ₫" (en); "" for None."""
    if value is None:
        return ""
    style = _style(language)
    text = ("-" if value < 0 else "") + _grouped(str(abs(value)), style.thousands)
    return f"{text} {CURRENCY_SYMBOL}" if symbol else text


def format_decimal(
    value: Decimal | int | None, places: int = 2, *, language: str | None = None, unit: str = ""
) -> str:
    """Always `places` decimals, rounded half up: "1.234,50" (vi), "1,234.50" (en); "" for None.

    `unit` is appended after a space: format_decimal(Decimal("1234.5"), unit="m²") gives
    "1.234,50 m²".
    """
    if value is None:
        return ""
    style = _style(language)
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _dot, fraction = f"{abs(rounded):f}".partition(".")
    text = _grouped(whole, style.thousands)
    if fraction:
        text += style.decimal + fraction
    if rounded < 0:
        text = "-" + text
    return f"{text} {unit}" if unit else text
