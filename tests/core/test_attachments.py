"""Attachments: the content-addressed store, type sniffing, audit, hash check, thumbnails."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from surplus_assets.db.models import AuditEvent
from surplus_assets.errors import NotFoundError, ServiceError, ValidationError
from surplus_assets.services import Services
from surplus_assets.services import attachments as attachments_module
from surplus_assets.services.asset_export import export_csv
from surplus_assets.services.audit import iter_chain_problems
from tests.core.test_catalogue import CAR, HEADQUARTERS


def _jpeg(path: Path, size: tuple[int, int] = (400, 200), orientation: int | None = None) -> Path:
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(path, format="JPEG", exif=exif.tobytes())
    return path


def _pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return path


def test_attach_stores_by_hash_and_records_an_audit_event(services: Services, tmp_path: Path):
    asset = services.catalogue.create(HEADQUARTERS)
    scan = _pdf(tmp_path / "giay-chung-nhan.PDF")
    info = services.attachments.attach(asset.id, scan, "land_certificate")
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert info.sha256 == digest
    assert info.media_type == "application/pdf"
    assert info.size_bytes == scan.stat().st_size
    stored = services.attachments.blob_path(digest)
    assert stored == services.attachments.store / digest[:2] / digest[2:4] / digest
    assert stored.read_bytes() == scan.read_bytes()
    assert not list(services.attachments.store.glob(".incoming-*"))
    assert [a.file_name for a in services.attachments.list_for(asset.id)] == ["giay-chung-nhan.PDF"]
    actions = [entry.action for entry in services.catalogue.history(asset.id)]
    assert actions == ["create", "attach"]
    with services.db.read() as session:
        assert not list(iter_chain_problems(session))


def test_same_content_twice_is_stored_once(services: Services, tmp_path: Path) -> None:
    asset = services.catalogue.create(HEADQUARTERS)
    first = services.attachments.attach(asset.id, _jpeg(tmp_path / "a.jpg"), "photo")
    copy = tmp_path / "b.jpg"
    copy.write_bytes((tmp_path / "a.jpg").read_bytes())
    second = services.attachments.attach(asset.id, copy, "photo")
    assert first.sha256 == second.sha256 and first.id != second.id
    assert len([p for p in services.attachments.store.rglob("*") if p.is_file()]) == 1


def test_type_is_sniffed_from_content_not_name(services: Services, tmp_path: Path) -> None:
    asset = services.catalogue.create(CAR)
    disguised = tmp_path / "photo.jpg"
    disguised.write_bytes(b"MZ\x90\x00 this is a program, not a photo")
    with pytest.raises(ValidationError) as error:
        services.attachments.attach(asset.id, disguised, "photo")
    assert "photo.jpg" in error.value.by_field()["file"]
    renamed_png = tmp_path / "scan.pdf"
    Image.new("RGB", (10, 10)).save(renamed_png, format="PNG")
    assert services.attachments.attach(asset.id, renamed_png).media_type == "image/png"
    assert not list(services.attachments.store.glob(".incoming-*"))


def test_size_limit_and_empty_files_are_refused(services, tmp_path, monkeypatch) -> None:
    asset = services.catalogue.create(CAR)
    monkeypatch.setattr(attachments_module, "MAX_BYTES", 100)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * 200)
    with pytest.raises(ValidationError, match="MB"):
        services.attachments.attach(asset.id, big)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError):
        services.attachments.attach(asset.id, empty)
    assert services.attachments.list_for(asset.id) == []


def test_open_path_verifies_the_hash(services: Services, tmp_path: Path) -> None:
    asset = services.catalogue.create(HEADQUARTERS)
    info = services.attachments.attach(asset.id, _pdf(tmp_path / "quyet-dinh.pdf"), "decision")
    opened = services.attachments.open_path(info.id)
    assert opened.name == "quyet-dinh.pdf"
    assert opened.read_bytes() == (tmp_path / "quyet-dinh.pdf").read_bytes()
    stored = services.attachments.blob_path(info.sha256)
    stored.write_bytes(b"%PDF-tampered")
    with pytest.raises(ServiceError, match="SHA-256"):
        services.attachments.open_path(info.id)
    stored.unlink()
    with pytest.raises(NotFoundError):
        services.attachments.open_path(info.id)


def test_remove_is_soft_and_restorable(services: Services, tmp_path: Path) -> None:
    asset = services.catalogue.create(HEADQUARTERS)
    info = services.attachments.attach(asset.id, _jpeg(tmp_path / "mat-tien.jpg"), "photo")
    removed = services.attachments.remove(info.id, expected_version=info.version)
    assert removed.deleted and services.attachments.list_for(asset.id) == []
    assert len(services.attachments.list_for(asset.id, include_removed=True)) == 1
    assert services.attachments.blob_path(info.sha256).exists()
    services.attachments.restore(info.id, expected_version=removed.version)
    assert len(services.attachments.list_for(asset.id)) == 1
    with services.db.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions[-3:] == ["attach", "detach", "reattach"]


def test_thumbnail_is_upright_and_cached(services: Services, tmp_path: Path) -> None:
    asset = services.catalogue.create(HEADQUARTERS)
    # Orientation 6: the camera was turned; the stored 400x200 pixels show a 200x400 photo.
    info = services.attachments.attach(
        asset.id, _jpeg(tmp_path / "dung.jpg", orientation=6), "photo"
    )
    thumb = services.attachments.thumbnail(info.id)
    assert thumb is not None
    with Image.open(thumb) as image:
        assert image.size == (80, 160)
    assert services.attachments.thumbnail(info.id) == thumb
    pdf = services.attachments.attach(asset.id, _pdf(tmp_path / "x.pdf"), "decision")
    assert services.attachments.thumbnail(pdf.id) is None


def test_export_csv_has_bom_and_vietnamese_headers(services: Services, tmp_path: Path):
    hq = services.catalogue.create(HEADQUARTERS)
    car = services.catalogue.create(CAR)
    target = tmp_path / "chon.csv"
    assert export_csv(services.catalogue, [car.id, hq.id], target) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Mã tài sản", "Tên tài sản"]
    assert [r[0] for r in rows[1:]] == [car.code, hq.code]
    assert rows[2][9] == "1.234,50"
