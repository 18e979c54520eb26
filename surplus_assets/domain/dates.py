"""Reading and writing dates: always day/month/year, never month/day.

Accepted by parse_date:
- date and datetime objects (a datetime gives its date; the time of day is dropped);
- text "dd/mm/yyyy" with "/", "-" or "." (the same one twice), one or two digits for day and
  month, four for the year: "05/03/2026", "5/3/2026", "05-03-2026", "05.03.2026";
- ISO text "yyyy-mm-dd" (also with "/" or "."): "2026-03-05";
- either form followed by a time of day ("05/03/2026 14:30", "2026-03-05T14:30:00"), which is
  checked and dropped, as spreadsheets and CSV exports write it;
- Excel serial numbers (int or float) from 1 (01/01/1900) to 2958465 (31/12/9999) in the 1900
  date system; the fraction (time of day) is dropped. Excel counts a 29/02/1900 that never
  existed (serial 60), so serials from 61 on are shifted by one day and 60 itself is refused.
Refused with a DateFormatError naming the value and the expected form: two-digit years,
month numbers above 12 ("13/25/2026" is not read as month/day), days that do not exist
("31/02/2026"), digits-only text ("20260305", "45000"), anything else. Empty text and None
give None.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta

from surplus_assets.domain.format_errors import DateFormatError
from surplus_assets.i18n import _

EXCEL_FIRST_SERIAL = 1
EXCEL_LAST_SERIAL = 2958465  # 31/12/9999
_EXCEL_FAKE_LEAP_DAY = 60  # 29/02/1900, which Excel counts although it does not exist

_TIME = r"(?:[ T](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
_DAY_FIRST = re.compile(
    r"(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d+)" + _TIME
)
_YEAR_FIRST = re.compile(
    r"(?P<year>\d{4})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})" + _TIME
)


def _expected() -> str:
    return _(
        "Write the date as day/month/year with a four-digit year, for example 05/03/2026 "
        "(also 5/3/2026, 05-03-2026, 05.03.2026 or 2026-03-05)."
    )


def _refuse(problem: str, value: object) -> DateFormatError:
    return DateFormatError(f"{problem} {_expected()}", value)


def _from_excel_serial(value: float, shown: str) -> date:
    if not math.isfinite(value) or not EXCEL_FIRST_SERIAL <= value < EXCEL_LAST_SERIAL + 1:
        raise _refuse(
            _(
                "The spreadsheet date number {value} is out of range: spreadsheet dates are "
                "numbers from 1 (01/01/1900) to 2958465 (31/12/9999)."
            ).format(value=shown),
            value,
        )
    serial = math.floor(value)
    if serial == _EXCEL_FAKE_LEAP_DAY:
        raise _refuse(
            _(
                "The spreadsheet date number 60 stands for 29/02/1900, a day that does not "
                "exist (a known spreadsheet error)."
            ),
            value,
        )
    if serial < _EXCEL_FAKE_LEAP_DAY:
        return date(1899, 12, 31) + timedelta(days=serial)
    return date(1899, 12, 30) + timedelta(days=serial)


def _from_text(text: str) -> date:
    match = _DAY_FIRST.fullmatch(text) or _YEAR_FIRST.fullmatch(text)
    if match is None:
        raise _refuse(_('"{value}" is not a date.').format(value=text), text)
    if len(match["year"]) != 4:
        raise _refuse(_('"{value}" does not have a four-digit year.').format(value=text), text)
    day, month, year = int(match["day"]), int(match["month"]), int(match["year"])
    if not 1 <= month <= 12:
        raise _refuse(
            _(
                '"{value}" has no month {month}: dates are read as day/month/year, never month/day.'
            ).format(value=text, month=month),
            text,
        )
    try:
        result = date(year, month, day)
    except ValueError:
        raise _refuse(
            _('"{value}" is not a real date: month {month} of {year} has no day {day}.').format(
                value=text, month=month, year=year, day=day
            ),
            text,
        ) from None
    if match["hour"] is not None and (
        int(match["hour"]) > 23 or int(match["minute"]) > 59 or int(match["second"] or 0) > 59
    ):
        raise _refuse(_('"{value}" has an impossible time of day.').format(value=text), text)
    return result


def parse_date(value: str | date | datetime | float | int | None) -> date | None:
    """The date written in `value` (see the module docstring); None when empty."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _refuse(_('"{value}" is not a date.').format(value=value), value)
    if isinstance(value, int | float):
        return _from_excel_serial(float(value), repr(value))
    if isinstance(value, str):
        text = value.replace("\u00a0", " ").strip()
        return _from_text(text) if text else None
    raise _refuse(_('"{value}" is not a date.').format(value=value), value)


def format_date(value: date | None) -> str:
    """dd/mm/yyyy ("05/03/2026"); a datetime shows its date; None gives ""."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
