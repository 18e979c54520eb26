"""Administrative-unit lookups as an officer types them, and legacy → current conversion."""

from __future__ import annotations

import unicodedata
from datetime import date

from surplus_assets.services import Services


def test_counts_after_the_2025_reorganisation(services: Services) -> None:
    units = services.units
    assert units.count("province") == 34
    assert units.count("commune") == 3321
    assert units.count("province", current=False) == 63
    assert units.count("commune", current=False) == 10035


def test_find_ignores_case_diacritics_and_tone_placement(services: Services) -> None:
    units = services.units
    nfd = unicodedata.normalize("NFD", "Hòa Bình")
    results = [
        [u.id for u in units.find(q, current=True)]
        for q in ("hoa binh", "Hoà Bình", "Hòa Bình", nfd, "HOA BINH")
    ]
    assert all(r == results[0] for r in results)
    names = [units.get(i).name for i in results[0][:5]]  # type: ignore[union-attr]
    assert names and all(n.endswith("Hòa Bình") for n in names)


def test_find_by_official_code(services: Services) -> None:
    units = services.units
    assert [u.name for u in units.find("00097", current=True)] == ["Phường Hồng Hà"]
    assert units.find("01", current=True, levels=("province",))[0].name == "Thành phố Hà Nội"


def test_convert_undivided_and_divided_communes(services: Services) -> None:
    units = services.units
    phuc_xa = units.find("Phúc Xá", current=False, levels=("commune",))[0]
    assert [s.unit.name for s in units.current_for(phuc_xa.id)] == ["Phường Hồng Hà"]
    ngoc_khanh = units.find("Ngọc Khánh", current=False, levels=("commune",),
                            within="pre2025:P01")[0]  # fmt: skip
    successors = units.current_for(ngoc_khanh.id)
    assert len(successors) == 3
    assert [s.unit.name for s in successors if s.is_default] == ["Phường Giảng Võ"]
    assert {s.unit.name for s in successors} == {"Phường Giảng Võ", "Phường Ngọc Hà",
                                                  "Phường Láng"}  # fmt: skip


def test_merger_is_data(services: Services) -> None:
    """Provinces merge by successions of one event: Hòa Bình went into Phú Thọ."""
    units = services.units
    hoa_binh = units.get("pre2025:P17")
    assert hoa_binh is not None and hoa_binh.abolished_by == "2025-07-01"
    assert [s.unit.name for s in units.current_for("pre2025:P17")] == ["Tỉnh Phú Thọ"]
    assert {u.id for u in units.predecessors("2025:P25")} >= {"pre2025:P17", "pre2025:P25"}


def test_merger_event_of_an_abolished_unit_has_date_and_legal_basis(services: Services) -> None:
    phuc_xa = services.units.get("pre2025:C00001")
    event = services.units.merger(phuc_xa.abolished_by)
    assert event.effective_date == date(2025, 7, 1)
    assert "202/2025/QH15" in event.legal_basis
    assert services.units.merger(None) is None
