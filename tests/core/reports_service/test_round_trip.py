"""The round trip: an officer signs a plan report, a reviewer countersigns it with approval,
and importing it approves the proposals, unless anything changed since it was signed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from surplus_assets.domain.deadlines import today_in_vietnam
from surplus_assets.errors import ServiceError
from surplus_assets.reports.signing import Pkcs12Source
from surplus_assets.services import Services, open_services
from surplus_assets.services.report_requests import PlanRequest, ReportOptions
from tests.core.proposal_helpers import PASSWORDS, Team, add_asset, make_team
from tests.core.reports_service.conftest import run, run_json
from tests.core.signing_fixtures import OFFICER, PASSPHRASE, REVIEWER, Pki


@dataclass
class Story:
    url: str
    team: Team
    codes: list[str]
    signed: Path  # the plan report signed by the officer
    folder: Path

    def cli(self, user: str, *args: str) -> list[str]:
        secret = self.folder / f"{user}.pw"
        secret.write_text(PASSWORDS[user] + "\n", encoding="utf-8")
        return ["--db", self.url, "--user", user, "--password-file", str(secret), *args]


@pytest.fixture
def story(database_url: str, tmp_path: Path, pki: Pki) -> Iterator[Story]:
    """Officer An creates and submits two proposals, then generates and signs the plan."""
    services = open_services(database_url)
    try:
        team = make_team(services)
        officer = team.officer
        codes = []
        for kind, form, extra in (
            ("equipment", "dieu_chuyen", {"recipient_name": "Trường THCS Hòa Bình"}),
            ("car", "ban", {"sale_method": "auction"}),
        ):
            created = officer.proposals.create(
                {"form": form, "assets": [add_asset(officer, kind)], **extra}
            )
            officer.proposals.submit(created.id, expected_version=created.version)
            codes.append(created.code)
        outcome = officer.reports.generate(
            PlanRequest(tuple(codes), ReportOptions(number="12/TTr-STC", place="Phú Thọ")),
            signer=Pkcs12Source(pki.officer_p12, PASSPHRASE),
            file_name="to-trinh.pdf",
        )
        signed = tmp_path / "to-trinh.pdf"
        signed.write_bytes(outcome.pdf)
        yield Story(database_url, team, codes, signed, tmp_path)
    finally:
        services.close()


def _reviewer_pass(story: Story) -> Path:
    path = story.folder / "reviewer-p12.pw"
    path.write_text("duyet-456\n", encoding="utf-8")
    return path


def countersign(capsys: pytest.CaptureFixture[str], story: Story, pki: Pki, *extra: str) -> Path:
    out = story.folder / "to-trinh-duyet.pdf"
    code, _, err = run(
        capsys,
        *story.cli(
            "binh",
            "report",
            "countersign",
            str(story.signed),
            "--out",
            str(out),
            "--sign",
            str(pki.reviewer_p12),
            "--pass-file",
            str(_reviewer_pass(story)),
            *extra,
        ),
    )
    assert code == 0, err
    return out


def _changes_audited(services: Services) -> list[tuple[str, str]]:
    """Audit events other than signing in (which the CLI does, and records, every time)."""
    return [
        (e.action, e.entity_type)
        for e in services.audit.recent(limit=1000)
        if e.entity_type not in ("user", "session")
    ]


def states(story: Story) -> dict[str, tuple[str, int]]:
    proposals = story.team.system.proposals
    return {c: (proposals.get(c).state, proposals.get(c).version) for c in story.codes}


def test_countersigned_approval_marks_the_proposals_approved(
    capsys: pytest.CaptureFixture[str], story: Story, pki: Pki
) -> None:
    today = today_in_vietnam().strftime("%d/%m/%Y")
    approved_file = countersign(
        capsys, story, pki, "--approve", "--decision-number", "45/QĐ-UBND", "--decision-date", today
    )
    check = run_json(capsys, "verify", str(approved_file), "--trust", str(pki.ca.pem_path))
    assert check["all_intact"] and [s["signer_name"] for s in check["signatures"]] == [
        OFFICER[0],
        REVIEWER[0],
    ]
    assert "45/QĐ-UBND" in check["signatures"][1]["reason"]

    result = run_json(
        capsys,
        *story.cli(
            "binh", "report", "import-approval", str(approved_file), "--trust", str(pki.ca.pem_path)
        ),
    )
    assert sorted(p["code"] for p in result["approved"]) == sorted(story.codes)
    assert result["decision_signer"] == REVIEWER[0] and result["trusted"] is True
    for code in story.codes:
        record = story.team.system.proposals.get(code)
        assert record.state == "approved"
        assert record.decision_number == "45/QĐ-UBND"
        assert record.decision_signer == REVIEWER[0]
        assert record.decision_date == today_in_vietnam()
        assert record.transitions[-1].actor_name == "binh"
    register = run_json(capsys, *story.cli("binh", "report", "list"))
    digest = hashlib.sha256(approved_file.read_bytes()).hexdigest()
    [entry] = [e for e in register if e["sha256"] == digest]
    assert entry["state"] == "countersigned" and entry["signer_name"] == REVIEWER[0]
    assert [e["state"] for e in register if e["number"] == "12/TTr-STC"].count("signed") == 1

    # Importing the same file again is refused: the proposals are no longer as signed.
    code, _, err = run(capsys, *story.cli("binh", "report", "import-approval", str(approved_file)))
    assert code == 1 and story.codes[0] in err


def test_a_proposal_edited_after_signing_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], story: Story, pki: Pki
) -> None:
    approved_file = countersign(capsys, story, pki, "--approve", "--decision-number", "46/QĐ-UBND")
    # The officer takes the second proposal back and edits it after the report was signed.
    system = story.team.system
    second = system.proposals.get(story.codes[1])
    returned = story.team.reviewer.proposals.transition(
        second.id, "return", expected_version=second.version, comment="Bổ sung giá khởi điểm"
    )
    revised = story.team.officer.proposals.transition(
        second.id, "revise", expected_version=returned.version
    )
    edited = story.team.officer.proposals.update(
        second.id, {"estimated_value": "250.000.000"}, expected_version=revised.version
    )
    resubmitted = story.team.officer.proposals.submit(second.id, expected_version=edited.version)
    assert resubmitted.state == "submitted"  # same state as in the report, but a new version
    before = states(story)
    register_before = len(system.reports.register())
    audit_before = _changes_audited(system)

    code, _, err = run(capsys, *story.cli("binh", "report", "import-approval", str(approved_file)))
    assert code == 1
    assert story.codes[1] in err and "phiên bản" in err.lower()
    assert states(story) == before  # the untouched first proposal was not approved either
    assert len(system.reports.register()) == register_before
    assert _changes_audited(system) == audit_before  # only the sign-in was recorded


def test_refusals_before_anything_is_written(
    capsys: pytest.CaptureFixture[str], story: Story, pki: Pki
) -> None:
    before = states(story)
    # only the officer's signature: no countersignature with approval
    code, _, err = run(capsys, *story.cli("binh", "report", "import-approval", str(story.signed)))
    assert code == 1 and REVIEWER[0] not in err
    # a countersignature without approval
    plain = countersign(capsys, story, pki)
    code, _, _ = run(capsys, *story.cli("binh", "report", "import-approval", str(plain)))
    assert code == 1
    # approval whose certificate does not chain to the given root
    approved = countersign(capsys, story, pki, "--approve", "--decision-number", "47/QĐ-UBND")
    code, _, err = run(
        capsys,
        *story.cli(
            "binh",
            "report",
            "import-approval",
            str(approved),
            "--trust",
            str(pki.other_ca.pem_path),
        ),
    )
    assert code == 1 and REVIEWER[0] in err
    # a changed byte breaks the signatures
    data = bytearray(approved.read_bytes())
    position = data.index(b"/Contents", len(data) // 4)
    data[position + 1] ^= 0x01
    broken = story.folder / "broken.pdf"
    broken.write_bytes(bytes(data))
    code, _, _ = run(capsys, *story.cli("binh", "report", "import-approval", str(broken)))
    assert code == 1
    # an officer may not approve, even with a valid file
    code, _, _ = run(capsys, *story.cli("an", "report", "import-approval", str(approved)))
    assert code == 1
    assert states(story) == before


def test_decision_number_from_the_command_line_when_the_signature_has_none(
    capsys: pytest.CaptureFixture[str], story: Story, pki: Pki
) -> None:
    approved = countersign(capsys, story, pki, "--approve")
    code, _, err = run(capsys, *story.cli("binh", "report", "import-approval", str(approved)))
    assert code == 1 and "decision_number" in err
    result = run_json(
        capsys,
        *story.cli(
            "binh", "report", "import-approval", str(approved), "--decision-number", "48/QĐ-UBND"
        ),
    )
    assert result["decision_number"] == "48/QĐ-UBND" and len(result["approved"]) == 2
    assert result["trusted"] is None  # no --trust given: said, not hidden


def test_nested_writes_are_one_transaction(story: Story) -> None:
    """What makes the import all-or-nothing: approvals inside one write roll back together."""
    reviewer: Services = story.team.reviewer
    first = reviewer.proposals.get(story.codes[0])
    with pytest.raises(ServiceError), reviewer.context.db.write():
        reviewer.proposals.approve(
            first.id, expected_version=first.version, decision_number="1/QĐ", decision_signer="X"
        )
        raise ServiceError("the second approval failed")
    assert reviewer.proposals.get(story.codes[0]).state == "submitted"
