"""Vietnamese number and date formatting for reports.

A local stand-in: `surplus_assets.domain.numbers` (format_money, format_decimal) is being
written on another branch; once it is on main these functions should delegate to it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def format_int(value: int) -> str:
    """1234567 → "1.234.567" (dot thousands separator)."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def format_money(value: int) -> str:
    """Integer VND → "1.234.567 ₫"."""
    return f"{format_int(value)} ₫"


def format_decimal(value: Decimal, places: int = 2) -> str:
    """Decimal → "1.234,50" (comma decimals, dot thousands)."""
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    text = format_int(int(whole))
    return f"{sign}{text},{frac}" if places else f"{sign}{text}"


def format_area(value: Decimal | None) -> str:
    return "" if value is None else format_decimal(value, 2)


def format_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def local_time(value: datetime) -> datetime:
    """An aware datetime in Asia/Ho_Chi_Minh (naive values are taken as UTC)."""
    if value.tzinfo is None:
        from datetime import UTC

        value = value.replace(tzinfo=UTC)
    return value.astimezone(LOCAL_TZ)


def format_datetime(value: datetime) -> str:
    """ "14:05 ngày 05/03/2026" style, local time."""
    local = local_time(value)
    return f"{local:%H:%M:%S} {local:%d/%m/%Y}"


def place_date_line(place: str, day: date) -> str:
    """Decree 30/2020: "Phú Thọ, ngày 05 tháng 3 năm 2026".

    The decree (Annex I) writes days below 10 and the months 1 and 2 with a leading zero, so
    that they cannot be altered by hand afterwards.
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"
