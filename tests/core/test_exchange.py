"""Offline exchange between laptops: the province story, idempotence, signing, the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from surplus_assets.cli import main
from surplus_assets.db.models import AuditEvent, ExchangeConflict
from surplus_assets.errors import ConcurrencyError, PermissionDeniedError
from surplus_assets.reports.signing import Pkcs12Source
from surplus_assets.services import Services
from surplus_assets.services.catalogue import AssetQuery
from surplus_assets.services.context import Actor
from tests.core.exchange_helpers import CAR, EQUIPMENT

Laptop = Callable[[str], Services]


def _codes(services: Services) -> set[str]:
    return {row.code for row in services.catalogue.list_rows(AssetQuery())}


def _audit_ok(*laptops: Services) -> None:
    for services in laptops:
        report = services.audit.verify()
        assert report.ok, [f.message for f in report.findings]


def test_three_laptops_catalogue_merge_and_settle_one_conflict(laptop: Laptop, tmp_path: Path
                                                               ) -> None:  # fmt: skip
    a, b, c = laptop("A"), laptop("B"), laptop("C")
    car = a.catalogue.create(CAR)
    a.catalogue.create({**EQUIPMENT, "name": "Máy tính để bàn"})
    b.catalogue.create(EQUIPMENT)

    # A and B catalogue in parallel and both send to the province C.
    a.exchange.export(tmp_path / "a1.zip", destination="province")
    b.exchange.export(tmp_path / "b1.zip", destination="province")
    for name in ("a1.zip", "b1.zip"):
        result = c.exchange.import_package(tmp_path / name)
        assert result.applied and result.unresolved == []
    assert _codes(c) == _codes(a) | _codes(b) and len(_codes(c)) == 3

    # The province sends the merged register back; both laptops now hold the car.
    c.exchange.export(tmp_path / "c1.zip", destination="districts")
    for services in (a, b):
        services.exchange.import_package(tmp_path / "c1.zip")
        assert _codes(services) == _codes(c)

    # A and B edit the same car differently, and both send their changes.
    a.catalogue.update(car.id, {"notes": "Xe hỏng động cơ"}, expected_version=1)
    b.catalogue.update(car.id, {"notes": "Xe còn sử dụng được", "seats": "5"},
                       expected_version=1)  # fmt: skip
    a.exchange.export(tmp_path / "a2.zip", destination="province")
    b.exchange.export(tmp_path / "b2.zip", destination="province")

    first = c.exchange.import_package(tmp_path / "a2.zip")
    assert first.counts["asset"]["updated"] == 1 and first.unresolved == []
    preview = c.exchange.inspect(tmp_path / "b2.zip")
    assert len(preview.conflicts) == 1
    [conflict] = preview.conflicts
    assert conflict.code == car.code
    shown = {d.field: (d.local, d.incoming) for d in conflict.differences}
    assert shown["notes"] == ("Xe hỏng động cơ", "Xe còn sử dụng được")
    assert shown["seats"] == (None, 5)
    c.exchange.apply(preview, {conflict.entity_id: "incoming"})
    settled = c.catalogue.get(car.id)
    assert settled.values["notes"] == "Xe còn sử dụng được" and settled.values["seats"] == 5
    assert c.exchange.conflicts() == []
    _audit_ok(a, b, c)

    # The settled version reaches both laptops without a new conflict.
    c.exchange.export(tmp_path / "c2.zip", destination="districts")
    for services in (a, b):
        result = services.exchange.import_package(tmp_path / "c2.zip")
        assert result.unresolved == []
        assert services.catalogue.get(car.id).values["notes"] == "Xe còn sử dụng được"
    _audit_ok(a, b, c)


def test_unresolved_conflict_is_kept_and_settled_later(laptop: Laptop, tmp_path: Path) -> None:
    a, c = laptop("A"), laptop("C")
    car = a.catalogue.create(CAR)
    a.exchange.export(tmp_path / "a1.zip", destination="C")
    c.exchange.import_package(tmp_path / "a1.zip")
    a.catalogue.update(car.id, {"notes": "từ A"}, expected_version=1)
    c.catalogue.update(car.id, {"notes": "từ C"}, expected_version=1)
    a.exchange.export(tmp_path / "a2.zip", destination="C")

    result = c.exchange.import_package(tmp_path / "a2.zip")
    assert len(result.unresolved) == 1
    assert c.catalogue.get(car.id).values["notes"] == "từ C"  # nothing overwritten
    [kept] = c.exchange.conflicts()
    assert kept.local_version == 2 and kept.incoming_version == 2
    assert kept.conflict_id is not None
    c.exchange.resolve(str(kept.conflict_id)[:8], "local")
    record = c.catalogue.get(car.id)
    assert record.values["notes"] == "từ C" and record.version == 3
    assert c.exchange.conflicts() == []
    _audit_ok(c)

    # A receives C's choice as a plain update.
    c.exchange.export(tmp_path / "c1.zip", destination="A")
    back = a.exchange.import_package(tmp_path / "c1.zip")
    assert back.counts["asset"]["updated"] == 1 and back.unresolved == []
    assert a.catalogue.get(car.id).values["notes"] == "từ C"
    _audit_ok(a)


def test_resolving_after_a_local_edit_is_refused(laptop: Laptop, tmp_path: Path) -> None:
    a, c = laptop("A"), laptop("C")
    car = a.catalogue.create(CAR)
    a.exchange.export(tmp_path / "a1.zip", destination="C")
    c.exchange.import_package(tmp_path / "a1.zip")
    a.catalogue.update(car.id, {"notes": "A"}, expected_version=1)
    c.catalogue.update(car.id, {"notes": "C"}, expected_version=1)
    a.exchange.export(tmp_path / "a2.zip", destination="C")
    [conflict] = c.exchange.import_package(tmp_path / "a2.zip").unresolved
    c.catalogue.update(car.id, {"notes": "C lần hai"}, expected_version=2)
    with pytest.raises(ConcurrencyError, match=car.code):
        c.exchange.resolve(conflict.conflict_id or "", "incoming")


def test_importing_the_same_package_twice_changes_nothing(laptop: Laptop, tmp_path: Path) -> None:
    a, c = laptop("A"), laptop("C")
    a.catalogue.create(CAR)
    a.exchange.export(tmp_path / "a1.zip", destination="C")
    c.exchange.import_package(tmp_path / "a1.zip")
    with c.db.read() as session:
        events = session.query(AuditEvent).count()
    again = c.exchange.import_package(tmp_path / "a1.zip")
    assert not again.applied
    with c.db.read() as session:
        assert session.query(AuditEvent).count() == events
    assert len(_codes(c)) == 1


def test_export_since_last_sends_only_new_changes(laptop: Laptop, tmp_path: Path) -> None:
    a = laptop("A")
    first = a.catalogue.create(CAR)
    assert a.exchange.export(tmp_path / "1.zip", destination="C").counts["assets"] == 1
    assert a.exchange.export(tmp_path / "2.zip", destination="C").counts["assets"] == 0
    a.catalogue.create(EQUIPMENT)
    a.catalogue.update(first.id, {"notes": "sửa"}, expected_version=1)
    assert a.exchange.export(tmp_path / "3.zip", destination="C").counts["assets"] == 2
    assert a.exchange.export(tmp_path / "all.zip").counts["assets"] == 2


def test_signed_package_names_its_signer(laptop: Laptop, tmp_path: Path) -> None:
    from tests.core.reports.pki import make_ca, make_pkcs12

    ca = make_ca(tmp_path)
    p12 = make_pkcs12(ca, tmp_path, "Nguyễn Văn Hùng", "Sở Tài chính tỉnh Phú Thọ", "mk 1")
    a, c = laptop("A"), laptop("C")
    a.catalogue.create(CAR)
    result = a.exchange.export(tmp_path / "s.zip", signer=Pkcs12Source(p12, "mk 1"))
    assert result.signed
    preview = c.exchange.inspect(tmp_path / "s.zip")
    assert preview.signature.signed and preview.signature.signer == "Nguyễn Văn Hùng"
    assert "Nguyễn Văn Hùng" in preview.signature.describe()
    preview.close()


def test_reviewer_may_not_import(laptop: Laptop, tmp_path: Path) -> None:
    a = laptop("A")
    a.exchange.export(tmp_path / "a.zip")
    reviewer = a.as_actor(Actor(None, "Người duyệt", "reviewer"))
    with pytest.raises(PermissionDeniedError):
        reviewer.exchange.inspect(tmp_path / "a.zip")


def test_cli_import_lists_conflicts_and_resolve_settles(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        laptop: Laptop) -> None:  # fmt: skip
    a, c = laptop("A"), laptop("C")
    if not c.db.is_sqlite:
        pytest.skip("the CLI path is the same on both databases")
    car = a.catalogue.create(CAR)
    a.exchange.export(tmp_path / "a1.zip", destination="C")
    c.exchange.import_package(tmp_path / "a1.zip")
    a.catalogue.update(car.id, {"notes": "A"}, expected_version=1)
    c.catalogue.update(car.id, {"notes": "C"}, expected_version=1)
    db = c.db.url
    assert main(["--db", db, "--lang", "en", "exchange", "export", "--out",
                 str(tmp_path / "c.zip"), "--to", "A"]) == 0  # fmt: skip
    assert main(["--db", a.db.url, "exchange", "export", "--out", str(tmp_path / "a2.zip"),
                 "--to", "C"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", db, "--lang", "en", "exchange", "import", str(tmp_path / "a2.zip"),
                 "--json"]) == 0  # fmt: skip
    output = json.loads(capsys.readouterr().out)
    assert len(output["conflicts"]) == 1 and output["signature"]["signed"] is False
    assert main(["--db", db, "--lang", "en", "exchange", "conflicts"]) == 0
    listing = capsys.readouterr().out
    assert car.code in listing and "notes" in listing
    with c.db.read() as session:
        conflict_id = str(session.query(ExchangeConflict).one().id)
    assert main(["--db", db, "exchange", "resolve", conflict_id[:8], "--keep", "incoming"]) == 0
    assert c.catalogue.get(car.id).values["notes"] == "A"
    assert main(["--db", db, "audit", "verify"]) == 0
