"""Hostile and damaged packages are refused with a clear message, and nothing changes."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from surplus_assets.errors import ServiceError, ValidationError
from surplus_assets.exchange import package_reader
from surplus_assets.services import Services
from surplus_assets.services.catalogue import AssetQuery
from tests.core.exchange_helpers import CAR

Laptop = Callable[[str], Services]


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, members: dict[str, bytes], *, relist: bool = True,
           extra_infos: tuple[zipfile.ZipInfo, ...] = ()) -> Path:  # fmt: skip
    """A package with these members; `relist` rewrites the manifest's hashes to match."""
    manifest = json.loads(members["manifest.json"])
    if relist:
        manifest["members"] = {name: {"sha256": hashlib.sha256(data).hexdigest(),
                                      "size": len(data)}
                               for name, data in members.items()
                               if name not in ("manifest.json", "manifest.sig")}  # fmt: skip
        for info in extra_infos:
            manifest["members"][info.filename] = {"sha256": hashlib.sha256(b"x").hexdigest(),
                                                  "size": 1}  # fmt: skip
        members = {**members, "manifest.json": json.dumps(manifest).encode()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for info in extra_infos:
            archive.writestr(info, b"x")
    return path


@pytest.fixture
def pair(laptop: Laptop, tmp_path: Path) -> tuple[Services, Services, Path]:
    a, c = laptop("A"), laptop("C")
    a.catalogue.create(CAR)
    a.exchange.export(tmp_path / "good.zip", destination="C")
    return a, c, tmp_path / "good.zip"


def _refused(c: Services, path: Path, pattern: str) -> None:
    before = c.audit.verify().events_checked
    with pytest.raises(ServiceError, match=pattern):
        c.exchange.import_package(path)
    assert c.catalogue.list_rows(AssetQuery()) == []
    assert c.audit.verify().events_checked == before
    assert c.exchange.history() == []


def test_tampered_member_is_refused(pair: tuple[Services, Services, Path], tmp_path: Path
                                    ) -> None:  # fmt: skip
    _a, c, good = pair
    members = _members(good)
    members["assets.json"] = members["assets.json"].replace(b"Toyota", b"Lexus!")
    _refused(c, _write(tmp_path / "t.zip", members, relist=False), "không khớp|does not match")


def test_truncated_package_is_refused(pair: tuple[Services, Services, Path], tmp_path: Path
                                      ) -> None:  # fmt: skip
    _a, c, good = pair
    data = good.read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) * 2 // 3])
    _refused(c, tmp_path / "cut.zip", "hỏng|cắt cụt|damaged|truncated|không phải")


@pytest.mark.parametrize("name", ["../../evil.json", "/etc/evil.json", "files\\..\\x",
                                  "a/../../b"])  # fmt: skip
def test_zip_slip_paths_are_refused(pair: tuple[Services, Services, Path], tmp_path: Path,
                                    name: str) -> None:  # fmt: skip
    _a, c, good = pair
    info = zipfile.ZipInfo(name)
    _refused(c, _write(tmp_path / "slip.zip", _members(good), extra_infos=(info,)),
             "đường dẫn không an toàn|unsafe path")  # fmt: skip


def test_symlink_member_is_refused(pair: tuple[Services, Services, Path], tmp_path: Path) -> None:
    _a, c, good = pair
    info = zipfile.ZipInfo("files/" + "a" * 64)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    _refused(c, _write(tmp_path / "link.zip", _members(good), extra_infos=(info,)),
             "liên kết|symbolic link")  # fmt: skip


def test_member_outside_the_manifest_is_refused(pair: tuple[Services, Services, Path],
                                                tmp_path: Path) -> None:  # fmt: skip
    _a, c, good = pair
    members = {**_members(good), "extra.json": b"[]"}
    _refused(c, _write(tmp_path / "x.zip", members, relist=False), "extra.json")


def test_missing_hashes_are_refused(pair: tuple[Services, Services, Path], tmp_path: Path) -> None:
    _a, c, good = pair
    members = _members(good)
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = {name: {"size": 1} for name in manifest["members"]}
    members["manifest.json"] = json.dumps(manifest).encode()
    _refused(c, _write(tmp_path / "h.zip", members, relist=False), "hash|băm")


def test_newer_format_is_refused(pair: tuple[Services, Services, Path], tmp_path: Path) -> None:
    _a, c, good = pair
    members = _members(good)
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 99
    members["manifest.json"] = json.dumps(manifest).encode()
    _refused(c, _write(tmp_path / "n.zip", members), "99")


def test_oversized_and_bomb_members_are_refused(
    pair: tuple[Services, Services, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _a, c, good = pair
    members = {**_members(good), "units.json": b"[" + b" " * 3_000_000 + b"]"}
    bomb = _write(tmp_path / "bomb.zip", members)
    _refused(c, bomb, "zip bomb")
    monkeypatch.setattr(package_reader, "MAX_MEMBER_BYTES", 100)
    _refused(c, good, "quá lớn|too large")


def test_tampered_signed_manifest_is_refused(laptop: Laptop, tmp_path: Path) -> None:
    from surplus_assets.reports.signing import Pkcs12Source
    from tests.core.reports.pki import make_ca, make_pkcs12

    p12 = make_pkcs12(make_ca(tmp_path), tmp_path, "Cán bộ", "Sở Tài chính", "mk")
    a, c = laptop("A"), laptop("C")
    a.catalogue.create(CAR)
    a.exchange.export(tmp_path / "s.zip", signer=Pkcs12Source(p12, "mk"))
    members = _members(tmp_path / "s.zip")
    manifest = json.loads(members["manifest.json"])
    manifest["created_by"] = "người khác"
    members["manifest.json"] = json.dumps(manifest).encode()
    _refused(c, _write(tmp_path / "forged.zip", members), "[Cc]hữ ký|signature")


def test_invalid_records_and_unknown_units_are_refused(pair: tuple[Services, Services, Path],
                                                       tmp_path: Path) -> None:  # fmt: skip
    _a, c, good = pair
    members = _members(good)
    assets = json.loads(members["assets.json"])
    assets[0]["current_unit_id"] = "2025:C99999"
    assets[0]["cost_budget"] = "nhiều tiền"
    members["assets.json"] = json.dumps(assets).encode()
    with pytest.raises(ValidationError) as refused:
        c.exchange.import_package(_write(tmp_path / "bad.zip", members))
    fields = {p.field for p in refused.value.problems}
    assert "assets.json[0].cost_budget" in fields
    assert c.catalogue.list_rows(AssetQuery()) == []
