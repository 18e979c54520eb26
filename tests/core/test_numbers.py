"""Reading and writing money, areas, counts and dates in Vietnamese and English styles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from surplus_assets.domain.numbers import (
    DateFormatError,
    NumberFormatError,
    format_date,
    format_decimal,
    format_money,
    parse_date,
    parse_decimal,
    parse_int,
    parse_money,
)
from surplus_assets.i18n import current_language, set_language

MONEY_FORMS = ("1.234.567", "1,234,567", "1 234 567")
DECIMAL_FORMS = ("1.234,5", "1,234.5")


@pytest.fixture
def language() -> Iterator[None]:
    before = current_language()
    yield
    set_language(before)


def refusal(parse: object, value: object, *args: object) -> str:
    with pytest.raises(NumberFormatError) as caught:
        parse(value, *args)  # type: ignore[operator]
    assert str(caught.value) == caught.value.message
    return caught.value.message


# --- money ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234.567.890 ₫", 1_234_567_890),
        ("1,234,567,890 ₫", 1_234_567_890),
        ("1 234 567", 1_234_567),
        ("1\u00a0234\u00a0567\u00a0₫", 1_234_567),
        ("  1.000đ ", 1000),
        ("1.000 VND", 1000),
        ("1.000 vnđ", 1000),
        ("1.000 VNĐ", 1000),
        ("2.500 đồng", 2500),
        ("1.234", 1234),  # one separator with 3 digits: thousands, money has no decimals
        ("1,234", 1234),
        ("1234567", 1_234_567),
        ("1.234,00", 1234),  # a zero fraction is still whole đồng
        ("1,234.00", 1234),
        ("-1.000", -1000),
        ("−1.000 ₫", -1000),
        ("(1.000)", -1000),
        ("(1.000 ₫)", -1000),
        ("+500", 500),
        ("0", 0),
        ("", None),
        ("   ", None),
        (None, None),
        (1234567, 1_234_567),
        (1234567.0, 1_234_567),
        (Decimal("1234567.000"), 1_234_567),
    ],
)
def test_parse_money_reads_both_styles(text: object, expected: int | None) -> None:
    assert parse_money(text) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "problem_vi"),
    [
        ("1.234,56", "có phần lẻ"),
        ("1,5", "có phần lẻ"),
        ("12.5", "có phần lẻ"),
        (1234.5, "có phần lẻ"),
        (Decimal("0.5"), "có phần lẻ"),
        ("abc", "không phải là số"),
        ("12a", "không phải là số"),
        ("1e5", "không phải là số"),
        ("1..2", "không phải là số"),
        (".5", "không phải là số"),
        ("1.", "không phải là số"),
        ("-(1.000)", "không phải là số"),
        ("₫", "không phải là số"),
        (True, "không phải là số"),
        ("1.23.4", "dấu phân cách đặt sai chỗ"),
        ("1.2345.678", "dấu phân cách đặt sai chỗ"),
        ("1.234,567.8", "dấu phân cách đặt sai chỗ"),
        ("1 234.567,8", "dấu phân cách đặt sai chỗ"),
        ("1,234,5.6", "dấu phân cách đặt sai chỗ"),
        (float("nan"), "không phải là số hữu hạn"),
        (float("inf"), "không phải là số hữu hạn"),
        ("1" * 19, "quá lớn"),
        (10**18, "quá lớn"),
    ],
)
def test_parse_money_refuses_with_a_message_naming_value_and_forms(
    value: object, problem_vi: str
) -> None:
    message = refusal(parse_money, value)
    assert problem_vi in message
    assert f"“{value}”" in message or f"“{value!r}”" in message
    assert all(form in message for form in MONEY_FORMS)


def test_money_message_is_english_on_request(language: None) -> None:
    set_language("en")
    message = refusal(parse_money, "1.234,56")
    assert message.startswith('"1.234,56" has a fractional part, but amounts in VND are whole')
    assert "1,234,567 (English style)" in message


@pytest.mark.parametrize(
    ("value", "language", "symbol", "expected"),
    [
        (1_234_567_890, "vi", True, "1.234.567.890 ₫"),
        (1_234_567_890, "en", True, "1,234,567,890 ₫"),
        (-1_234, "vi", True, "-1.234 ₫"),
        (999, "vi", False, "999"),
        (1000, "en", False, "1,000"),
        (0, "vi", True, "0 ₫"),
        (None, "vi", True, ""),
    ],
)
def test_format_money(value: int | None, language: str, symbol: bool, expected: str) -> None:
    assert format_money(value, symbol=symbol, language=language) == expected


def test_format_money_follows_current_language(language: None) -> None:
    set_language("en")
    assert format_money(1_000_000) == "1,000,000 ₫"
    set_language("vi")
    assert format_money(1_000_000) == "1.000.000 ₫"


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(["vi", "en"]))
def test_money_round_trips_and_parse_is_idempotent(amount: int, lang: str) -> None:
    for symbol in (True, False):
        shown = format_money(amount, symbol=symbol, language=lang)
        assert parse_money(shown) == amount
        assert format_money(parse_money(shown), symbol=symbol, language=lang) == shown


# --- decimals (areas, tonnes) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,5", "1234.50"),
        ("1,234.5", "1234.50"),
        ("1.234.567,25 m²", "1234567.25"),
        ("1,234,567.25 m2", "1234567.25"),
        ("1 234,5 M2", "1234.50"),
        ("1,5", "1.50"),
        ("12.75", "12.75"),
        ("1234.56", "1234.56"),
        ("0,12", "0.12"),
        ("1234,5", "1234.50"),
        ("1.234.567", "1234567.00"),  # several same separators: thousands
        ("1,234,567", "1234567.00"),
        ("1 234", "1234.00"),
        ("0", "0.00"),
        ("-12,5", "-12.50"),
        ("(12,5)", "-12.50"),
        ("-0,00", "0.00"),
        ("", None),
        (1234.5, "1234.50"),
        (0.1, "0.10"),
        (12, "12.00"),
        (Decimal("12.500"), "12.50"),
    ],
)
def test_parse_decimal_reads_both_styles(text: object, expected: str | None) -> None:
    result = parse_decimal(text)  # type: ignore[arg-type]
    assert result == (None if expected is None else Decimal(expected))
    if result is not None:
        assert str(result) == expected  # always 2 places


def test_parse_decimal_with_other_places_and_units() -> None:
    assert str(parse_decimal("12,3456", 4, units=("tấn",))) == "12.3456"
    assert parse_decimal("1.234,5 tấn", 3, units=("tấn",)) == Decimal("1234.5")
    assert parse_decimal("12 tấn", units=("tấn",)) == Decimal(12)
    assert "không phải là số" in refusal(parse_decimal, "12 tấn")
    # A single separator before 3 digits is decimal when the digits before it cannot be a
    # thousands group (more than 3 digits, or a leading zero).
    assert parse_decimal("1234.567", 3) == Decimal("1234.567")
    assert parse_decimal("0,125", 3) == Decimal("0.125")
    assert "không rõ nghĩa" in refusal(parse_decimal, "1,500", 3)


@pytest.mark.parametrize(
    ("value", "problem_vi"),
    [
        ("1.234", "“.” có thể là dấu phân cách hàng nghìn (1234) hoặc dấu thập phân"),
        ("1,234", "“,” có thể là dấu phân cách hàng nghìn (1234) hoặc dấu thập phân"),
        ("-999.000", "không rõ nghĩa"),
        ("12,345 m²", "không rõ nghĩa"),
        ("1,2345", "nhiều hơn 2 chữ số thập phân"),
        ("1.234,567", "nhiều hơn 2 chữ số thập phân"),
        (0.1 + 0.2, "nhiều hơn 2 chữ số thập phân"),  # no silent rounding of float artefacts
        (Decimal("1.005"), "nhiều hơn 2 chữ số thập phân"),
        ("abc", "không phải là số"),
        ("12a", "không phải là số"),
        ("1..2", "không phải là số"),
        ("1,,5", "không phải là số"),
        ("1.234 ₫", "không phải là số"),
        ("1.23.4", "dấu phân cách đặt sai chỗ"),
        ("1.234.5678", "dấu phân cách đặt sai chỗ"),
        ("1,234.567,8", "dấu phân cách đặt sai chỗ"),
        ("1 234 5", "dấu phân cách đặt sai chỗ"),
        ("1 234,5,6", "dấu phân cách đặt sai chỗ"),
        ("0.234.567", "dấu phân cách đặt sai chỗ"),
    ],
)
def test_parse_decimal_refuses_ambiguous_and_bad_input(value: object, problem_vi: str) -> None:
    message = refusal(parse_decimal, value)
    assert problem_vi in message
    assert f"“{value}”" in message
    if "chữ số thập phân" in problem_vi:
        assert "Hãy làm tròn đến 2 chữ số thập phân" in message
    else:
        assert all(form in message for form in DECIMAL_FORMS)


def test_ambiguous_message_in_english(language: None) -> None:
    set_language("en")
    message = refusal(parse_decimal, "1.234")
    assert message.startswith('"1.234" is ambiguous: "." could separate thousands (1234)')
    assert "without separators (1234)" in message
    assert "1.234,5 (Vietnamese style) or 1,234.5 (English style)" in message


@pytest.mark.parametrize(
    ("value", "places", "language", "unit", "expected"),
    [
        (Decimal("1234.5"), 2, "vi", "", "1.234,50"),
        (Decimal("1234.5"), 2, "en", "", "1,234.50"),
        (Decimal("1234.5"), 2, "vi", "m²", "1.234,50 m²"),
        (Decimal("1234567.125"), 2, "vi", "", "1.234.567,13"),  # half up
        (Decimal("-0.001"), 2, "vi", "", "0,00"),  # no negative zero
        (Decimal("-12.5"), 2, "en", "", "-12.50"),
        (Decimal("999.999"), 2, "vi", "", "1.000,00"),
        (Decimal("12.3456"), 3, "vi", "tấn", "12,346 tấn"),
        (Decimal("1234.5"), 0, "vi", "", "1.235"),
        (7, 2, "vi", "", "7,00"),
        (None, 2, "vi", "m²", ""),
    ],
)
def test_format_decimal(
    value: Decimal | None, places: int, language: str, unit: str, expected: str
) -> None:
    assert format_decimal(value, places, language=language, unit=unit) == expected


def test_format_refuses_unknown_language() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        format_money(1, language="fr")


@given(
    st.decimals(min_value=Decimal(-(10**15)), max_value=Decimal(10**15), places=2),
    st.sampled_from(["vi", "en"]),
    st.sampled_from(["", "m²"]),
)
def test_decimal_round_trips_and_parse_is_idempotent(value: Decimal, lang: str, unit: str) -> None:
    shown = format_decimal(value, language=lang, unit=unit)
    parsed = parse_decimal(shown)
    assert parsed == value
    assert parse_decimal(format_decimal(parsed, language=lang, unit=unit)) == parsed


@given(st.floats(min_value=-(10**12), max_value=10**12).map(lambda f: round(f, 2)))
def test_spreadsheet_floats_with_two_decimals_are_read_exactly(value: float) -> None:
    assert parse_decimal(value) == Decimal(repr(value)).quantize(Decimal("0.01"))


# --- integers (counts, years, seats) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.200", 1200), ("1,200", 1200), ("1200", 1200), ("2026", 2026), ("12", 12),
     ("1 200", 1200), ("-3", -3), ("", None), (40, 40), (40.0, 40), ("7,0", 7)],
)  # fmt: skip
def test_parse_int(text: object, expected: int | None) -> None:
    assert parse_int(text) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "problem_vi"),
    [("1,5", "không phải là số nguyên"), (2.5, "không phải là số nguyên"),
     ("12 ghế", "không phải là số"), ("1.20.0", "dấu phân cách đặt sai chỗ")],
)  # fmt: skip
def test_parse_int_refuses(value: object, problem_vi: str) -> None:
    message = refusal(parse_int, value)
    assert problem_vi in message and f"“{value}”" in message
    assert "1200, 1.200 (kiểu Việt Nam) hoặc 1,200 (kiểu tiếng Anh)" in message


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/03/2026", date(2026, 3, 5)),
        ("5/3/2026", date(2026, 3, 5)),
        ("05-03-2026", date(2026, 3, 5)),
        ("05.03.2026", date(2026, 3, 5)),
        (" 31/12/2025 ", date(2025, 12, 31)),
        ("2026-03-05", date(2026, 3, 5)),
        ("2026-03-05T14:30:00", date(2026, 3, 5)),
        ("2026-03-05 00:00:00", date(2026, 3, 5)),
        ("05/03/2026 14:30", date(2026, 3, 5)),
        ("29/02/2024", date(2024, 2, 29)),
        (date(2026, 3, 5), date(2026, 3, 5)),
        (datetime(2026, 3, 5, 23, 59), date(2026, 3, 5)),
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (45000, date(2023, 3, 15)),
        (46086.75, date(2026, 3, 5)),  # fraction = time of day
        (2958465, date(9999, 12, 31)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "problem_vi"),
    [
        ("13/25/2026", "không có tháng 25: ngày được đọc theo thứ tự ngày/tháng/năm"),
        ("03/13/2026", "không có tháng 13"),
        ("31/02/2026", "tháng 2 năm 2026 không có ngày 31"),
        ("29/02/2025", "tháng 2 năm 2025 không có ngày 29"),
        ("00/01/2026", "không có ngày 0"),
        ("05/03/26", "không có năm đủ bốn chữ số"),
        ("05/03/202", "không có năm đủ bốn chữ số"),
        ("05/03-2026", "không phải là ngày"),
        ("20260305", "không phải là ngày"),
        ("45000", "không phải là ngày"),
        ("March 5, 2026", "không phải là ngày"),
        ("05/03/2026 25:00", "giờ không hợp lệ"),
        (True, "không phải là ngày"),
        (0, "nằm ngoài phạm vi"),
        (2958466, "nằm ngoài phạm vi"),
        (float("nan"), "nằm ngoài phạm vi"),
        (60, "29/02/1900, một ngày không có thật"),
    ],
)
def test_parse_date_refuses(value: object, problem_vi: str) -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date(value)  # type: ignore[arg-type]
    message = caught.value.message
    assert problem_vi in message
    assert isinstance(caught.value, NumberFormatError)  # one except clause catches both
    assert "ví dụ 05/03/2026" in message
    if not isinstance(value, int | float):
        assert f"“{value}”" in message


def test_date_message_in_english(language: None) -> None:
    set_language("en")
    with pytest.raises(DateFormatError, match="has no month 25: dates are read as day/month"):
        parse_date("13/25/2026")


def test_format_date() -> None:
    assert format_date(date(2026, 3, 5)) == "05/03/2026"
    assert format_date(datetime(987, 12, 1, 10)) == "01/12/0987"
    assert format_date(None) == ""


@given(st.dates())
def test_dates_round_trip(value: date) -> None:
    shown = format_date(value)
    assert parse_date(shown) == value
    assert format_date(parse_date(shown)) == shown
    assert parse_date(value.isoformat()) == value


@given(st.integers(min_value=61, max_value=2958465))
def test_excel_serials_count_days_from_1899_12_30(serial: int) -> None:
    assert parse_date(serial) == date(1899, 12, 30) + timedelta(days=serial)
