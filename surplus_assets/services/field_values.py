"""One field's value from what a user typed: text, money, areas, numbers, years, choices.

convert() is the one conversion every entry point shares (the asset editor checks each
field with it as it is typed, clean_asset and the import use it for whole records), so a
message shown beside a field is the one saving would give. Problems are raised as
ValueError (or NumberFormatError) with a message saying what is expected; nothing here
knows about other fields or the database.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any

from surplus_assets.domain import asset_kinds as kinds
from surplus_assets.domain.asset_kinds import FIELDS_BY_NAME, FieldSpec, FieldType
from surplus_assets.domain.numbers import NumberFormatError, parse_decimal, parse_int, parse_money
from surplus_assets.domain.text import fold, nfc, single_line
from surplus_assets.i18n import _, current_language

_CHOICE_LABELS = {
    "kind": kinds.kind_label,
    "status": kinds.status_label,
    "condition": kinds.condition_label,
}


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@lru_cache(maxsize=64)
def _choice_table(name: str, language: str) -> dict[str, str]:
    """Folded code or label → code of a choice field (cached: imports check 100,000 rows)."""
    spec = FIELDS_BY_NAME[name]
    labeller = _CHOICE_LABELS.get(name)
    table = {fold(choice): choice for choice in spec.choices}
    if labeller is not None:
        for choice in spec.choices:
            table.setdefault(fold(labeller(choice)), choice)
    return table


def choice_code(spec: FieldSpec, value: object) -> str:
    found = _choice_table(spec.name, current_language()).get(fold(str(value)))
    if found is not None:
        return found
    labeller = _CHOICE_LABELS.get(spec.name)
    allowed = ", ".join(labeller(c) if labeller else c for c in spec.choices)
    raise ValueError(_("Choose one of: {allowed}.").format(allowed=allowed))


def _check_range(spec: FieldSpec, number: float | int | Decimal, maximum: float | None) -> None:
    if spec.minimum is not None and number < spec.minimum:
        if spec.minimum == 0:
            raise ValueError(_("Must not be negative."))
        raise ValueError(_("Must be at least {minimum}.").format(minimum=_plain(spec.minimum)))
    if maximum is not None and number > maximum:
        raise ValueError(_("Must be at most {maximum}.").format(maximum=_plain(maximum)))


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def convert(spec: FieldSpec, value: object, *, this_year: int) -> Any:
    """One field's value, typed; raises ValueError (or NumberFormatError) with the reason."""
    if is_empty(value):
        return None
    match spec.type:
        case FieldType.TEXT:
            text = single_line(str(value))
            if spec.max_length and len(text) > spec.max_length:
                raise ValueError(_("At most {count} characters.").format(count=spec.max_length))
            return text
        case FieldType.LONG_TEXT:
            text = nfc(str(value))
            if spec.max_length and len(text) > spec.max_length:
                raise ValueError(_("At most {count} characters.").format(count=spec.max_length))
            return text
        case FieldType.MONEY:
            money = parse_money(value)  # type: ignore[arg-type]
            assert money is not None
            _check_range(spec, money, spec.maximum)
            return money
        case FieldType.AREA | FieldType.DECIMAL:
            number = parse_decimal(value, 2)  # type: ignore[arg-type]
            assert number is not None
            _check_range(spec, number, spec.maximum)
            return number
        case FieldType.INT | FieldType.YEAR:
            integer = parse_int(value)  # type: ignore[arg-type]
            assert integer is not None
            upper = this_year if spec.type is FieldType.YEAR else spec.maximum
            _check_range(spec, integer, upper)
            return integer
        case FieldType.FLOAT:
            decimal = parse_decimal(value, 6)  # type: ignore[arg-type]
            assert decimal is not None
            _check_range(spec, decimal, spec.maximum)
            return float(decimal)
        case FieldType.CHOICE:
            return choice_code(spec, value)
        case FieldType.UNIT:
            return str(value).strip()
    raise AssertionError(spec.type)


def conversion_message(error: Exception) -> str:
    return error.message if isinstance(error, NumberFormatError) else str(error)
