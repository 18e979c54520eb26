"""The issue's end-to-end story through the services, then tampering caught by `audit verify`."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from surplus_assets.cli import main
from surplus_assets.db.models import AuditEvent
from surplus_assets.errors import ValidationError
from surplus_assets.services import Services
from surplus_assets.services.proposal_views import ProposalQuery
from tests.core.proposal_helpers import COMMUNE, PASSWORDS, add_asset, make_team


def _status(services: Services, code: str) -> tuple[str, str | None]:
    record = services.catalogue.get(code)
    row = services.catalogue.rows_by_id([record.id])[record.id]
    return row.status, row.handling_form


def test_officer_and_reviewer_handle_two_proposals(services: Services) -> None:
    make_team(services)
    officer = services.authenticate("an", PASSWORDS["an"])
    reviewer = services.authenticate("binh", PASSWORDS["binh"])

    hq = add_asset(officer, "land")
    car = add_asset(officer, "car")
    printer = add_asset(officer, "equipment")

    with pytest.raises(ValidationError, match=r"auction|đấu giá"):
        officer.proposals.create({"form": "ban", "assets": [car], "sale_method": "posted"})
    school = officer.proposals.create(
        {
            "form": "chuyen_doi_cong_nang",
            "assets": [hq],
            "target_use": "education",
            "justification": "Thiếu phòng học cho trường THCS",
            "target_date": "30/06/2099",
        }
    )
    sale = officer.proposals.create(
        {
            "form": "ban",
            "assets": [car],
            "sale_method": "auction",
            "estimated_value": "250.000.000 ₫",
        }
    )
    assert _status(officer, hq) == ("proposed", "chuyen_doi_cong_nang")
    assert _status(officer, printer) == ("surplus", None)
    with pytest.raises(ValidationError, match="PA-"):  # one open proposal per asset
        officer.proposals.create({"form": "thu_hoi", "assets": [car]})

    school = officer.proposals.submit(school.id, expected_version=school.version)
    sale = officer.proposals.submit(sale.id, expected_version=sale.version)
    school = reviewer.proposals.transition(
        school.id,
        "return",
        expected_version=school.version,
        comment="Bổ sung ý kiến của Sở Giáo dục",
    )
    sale = reviewer.proposals.approve(
        sale.id,
        expected_version=sale.version,
        decision_number="15/QĐ-UBND",
        decision_signer="Chủ tịch UBND tỉnh Phú Thọ",
    )
    assert (school.state, sale.state) == ("returned", "approved")
    assert _status(officer, car) == ("approved", "ban")

    school = officer.proposals.transition(school.id, "revise", expected_version=school.version)
    school = officer.proposals.update(
        school.id,
        {"justification": "Thiếu phòng học; Sở Giáo dục đồng ý tại văn bản 45/SGDĐT"},
        expected_version=school.version,
    )
    school = officer.proposals.submit(school.id, expected_version=school.version)
    school = reviewer.proposals.approve(
        school.id,
        expected_version=school.version,
        decision_number="16/QĐ-UBND",
        decision_signer="Chủ tịch UBND tỉnh Phú Thọ",
    )
    for proposal in (school, sale):
        started = officer.proposals.transition(
            proposal.id, "start", expected_version=proposal.version
        )
        done = officer.proposals.transition(
            started.id, "complete", expected_version=started.version
        )
        assert done.state == "completed" and done.completed_at is not None

    assert _status(officer, hq) == ("handled", "chuyen_doi_cong_nang")
    assert _status(officer, car) == ("handled", "ban")
    assert _status(officer, printer) == ("surplus", None)

    school = officer.proposals.get(school.id)
    assert school.decision_number == "16/QĐ-UBND"
    assert [(t.from_state, t.to_state, t.actor_name) for t in school.transitions] == [
        ("draft", "submitted", "an"),
        ("submitted", "returned", "binh"),
        ("returned", "draft", "an"),
        ("draft", "submitted", "an"),
        ("submitted", "approved", "binh"),
        ("approved", "in_progress", "an"),
        ("in_progress", "completed", "an"),
    ]
    assert school.transitions[1].comment == "Bổ sung ý kiến của Sở Giáo dục"
    history = [(h.actor_name, h.action) for h in officer.proposals.history(school.id)]
    assert history == [
        ("an", "create"),
        ("an", "submit"),
        ("binh", "return"),
        ("an", "revise"),
        ("an", "update"),
        ("an", "submit"),
        ("binh", "approve"),
        ("an", "start"),
        ("an", "complete"),
    ]
    asset_history = officer.audit.history("asset", officer.catalogue.get(hq).id)
    assert [e.after.get("status") if e.after else None for e in asset_history][1:] == [
        "proposed",
        "approved",
        "in_progress",
        "handled",
    ]
    assert asset_history[2].actor_name == "binh"  # the reviewer's approval moved the asset

    listed = officer.proposals.list_rows(ProposalQuery(states=("completed",), commune_id=COMMUNE))
    assert {r.code for r in listed} == {school.code, sale.code}
    assert officer.proposals.list_rows(ProposalQuery(forms=("ban",)))[0].code == sale.code
    assert officer.audit.verify().ok


def test_overdue_proposals_are_flagged(services: Services) -> None:
    from datetime import date

    code = add_asset(services, "equipment")
    late = services.proposals.create(
        {"form": "thu_hoi", "assets": [code], "target_date": "01/02/2026"}
    )
    assert services.proposals.get(late.id, today=date(2026, 2, 2)).overdue
    rows = services.proposals.list_rows(ProposalQuery(overdue_only=True, today=date(2026, 2, 2)))
    assert [r.code for r in rows] == [late.code]
    assert (
        services.proposals.list_rows(ProposalQuery(overdue_only=True, today=date(2026, 2, 1))) == []
    )
    assert services.proposals.overdue_count(date(2026, 2, 2)) == 1


def test_audit_verify_names_an_edited_row(
    database_url: str, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "admin.pw").write_text(PASSWORDS["admin"] + "\n", encoding="utf-8")
    db = ["--db", database_url]
    assert (
        main(
            [
                *db,
                "users",
                "add",
                "admin",
                "--full-name",
                "Lê Quản Trị",
                "--role",
                "admin",
                "--new-password-file",
                str(folder / "admin.pw"),
            ]
        )
        == 0
    )
    signed = [*db, "--user", "admin", "--password-file", str(folder / "admin.pw")]
    assert main([*signed, "audit", "verify"]) == 0
    assert main([*db, "audit", "verify"]) == 1  # accounts exist: signing in is required
    capsys.readouterr()

    from surplus_assets.db.database import Database

    database = Database(database_url)
    try:
        with database.write() as session:
            row_id = session.scalar(select(AuditEvent.id).where(AuditEvent.action == "create"))
            session.execute(
                text("UPDATE audit_events SET actor_name = 'someone else' WHERE id = :id"),
                {"id": row_id},
            )
    finally:
        database.close()
    assert main([*signed, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert f" {row_id} " in err and "create" in err
