"""Numbers, dates and times as Vietnamese documents write them.

Money, decimals and dates come from surplus_assets.domain.numbers (the one formatter of the
application), always in the Vietnamese style since a report is a Vietnamese document. What
only documents need lives here: local times in Asia/Ho_Chi_Minh and the Decree 30/2020
place-and-date line.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from surplus_assets.domain import numbers

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_VI = "vi"


def format_int(value: int) -> str:
    """1234567 → "1.234.567" (dot thousands separator)."""
    return numbers.format_money(value, symbol=False, language=_VI)


def format_money(value: int) -> str:
    """Integer VND → "1.234.567 ₫"."""
    return numbers.format_money(value, language=_VI)


def format_decimal(value: Decimal, places: int = 2) -> str:
    """Decimal → "1.234,50" (comma decimals, dot thousands), rounded half up."""
    return numbers.format_decimal(value, places, language=_VI)


def format_area(value: Decimal | None) -> str:
    return numbers.format_decimal(value, 2, language=_VI)


def format_date(value: date) -> str:
    """dd/mm/yyyy."""
    return numbers.format_date(value)


def local_time(value: datetime) -> datetime:
    """An aware datetime in Asia/Ho_Chi_Minh (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(LOCAL_TZ)


def format_datetime(value: datetime) -> str:
    """ "14:05:09 05/03/2026", local time."""
    local = local_time(value)
    return f"{local:%H:%M:%S} {local:%d/%m/%Y}"


def place_date_line(place: str, day: date) -> str:
    """Decree 30/2020: "Phú Thọ, ngày 05 tháng 3 năm 2026".

    The decree (Annex I) writes days below 10 and the months 1 and 2 with a leading zero, so
    that they cannot be altered by hand afterwards.
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"
