"""The Reports page as officers and reviewers use it: generate, preview, save, sign, verify,
countersign with approval and import the approval, all through the real widgets."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from surplus_assets.domain.dates import format_date
from surplus_assets.domain.deadlines import today_in_vietnam
from surplus_assets.services.catalogue import AssetQuery
from surplus_assets.services.demo import load_demo
from surplus_assets.services.report_register import RegisterEntry
from surplus_assets.services.report_requests import PlanRequest, ReportOptions
from tests.core.proposal_helpers import act, draft
from tests.core.signing_fixtures import OFFICER, PASSPHRASE, REVIEWER, Pki
from tests.ui.signed_in import signed_in_window
from ui import preferences
from ui.models.report_register_model import ReportRegisterModel

OFFICER_LABEL = "Nguyễn Văn An (Cán bộ nghiệp vụ)"
REVIEWER_LABEL = "Trần Thị Bình (Lãnh đạo)"


@pytest.fixture(autouse=True)
def background_jobs_finish(qtbot: QtBot) -> Iterator[None]:
    """Let the workers (rendering, signing) finish before widgets and database go away."""
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture(scope="module")
def demo(team):  # type: ignore[no-untyped-def]
    load_demo(team.system.context, team.system.units, count=40, seed=11)
    return team


def pdf_pages(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def save_via_dialog(qtbot: QtBot, monkeypatch, dialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path == path, timeout=10_000)


def generate(qtbot: QtBot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.preview.pageCountChanged, timeout=60_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)


def test_register_model_passes_the_model_tester(qtmodeltester, language) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 3, 5, 2, 30, tzinfo=UTC)
    entries = [
        RegisterEntry(uuid.uuid4(), "12/BC-STC", "inventory", "Danh mục", None, "ab" * 32,
                      "cd" * 32, "signed", "Nguyễn Văn Hùng", now, 3, now, "r1", {"asset": 5}),
        RegisterEntry(uuid.uuid4(), None, "plan", "Tờ trình", "a.pdf", "ef" * 32, "01" * 32,
                      "generated", None, None, None, now, None, {}),
    ]  # fmt: skip
    model = ReportRegisterModel()
    model.set_entries(entries)
    qtmodeltester.check(model)
    hash_index = model.index(0, ReportRegisterModel.HASH)
    assert model.data(hash_index) == "abababababab"
    assert model.data(hash_index, Qt.ItemDataRole.ToolTipRole) == "ab" * 32
    assert model.data(model.index(0, ReportRegisterModel.TIME)) == "05/03/2026 09:30"
    assert model.data(model.index(0, ReportRegisterModel.STATE)) == "Đã ký"
    assert model.data(model.index(1, ReportRegisterModel.STATE)) == "Chưa ký"


def test_generate_preview_save_sign_and_verify(
    qtbot: QtBot,
    monkeypatch,
    context,
    language,
    demo,
    pki: Pki,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = signed_in_window(qtbot, context, demo.officer, OFFICER_LABEL)
    page = window.show_page("reports")
    qtbot.waitUntil(page.is_loaded)
    assert page.verify_button.isVisible() and page.countersign_button.isVisible()
    assert not page.import_button.isVisible()  # officers prepare; reviewers approve

    # An inventory of the land in the demo database, previewed page by page.
    page.new_actions["inventory"].trigger()
    dialog = page.dialogs[-1]
    scope = dialog.scope
    scope.kind.setCurrentIndex(scope.kind.findData("land"))
    dialog.header.number.setText("12/BC-STC")
    dialog.header.place.setText("Phú Thọ")
    generate(qtbot, dialog)
    outcome = dialog.outcome
    assert outcome.entry.state == "generated" and outcome.entry.number == "12/BC-STC"
    assert dialog.preview.thumbnails.rowCount() == pdf_pages(outcome.pdf) == outcome.entry.pages
    qtbot.waitUntil(lambda: dialog.preview.page_view.pixmap() is not None
                    and not dialog.preview.page_view.pixmap().isNull(), timeout=20_000)  # fmt: skip
    qtbot.waitUntil(lambda: 0 in dialog.preview.thumbnails.pixmaps, timeout=20_000)
    land = demo.officer.catalogue.search_ids(AssetQuery(kinds=("land",)))
    covered = {uuid.UUID(c.id) for c in outcome.data.covered if c.entity == "asset"}
    assert covered == set(land) and land
    qtbot.waitUntil(lambda: page.model.row_of(outcome.entry.id) >= 0)

    unsigned = tmp_path / "danh-muc.pdf"
    save_via_dialog(qtbot, monkeypatch, dialog, unsigned)
    assert unsigned.read_bytes() == outcome.pdf

    # Sign: a wrong passphrase first is refused in Vietnamese, and the dialog stays open.
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    sign = dialog.sign_dialog
    sign.p12_radio.setChecked(True)
    sign.p12_edit.setText(str(pki.officer_p12))
    qtbot.keyClicks(sign.passphrase_edit, "sai-mat-khau")
    qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(sign.error_label.isVisible, timeout=20_000)
    assert "mật khẩu không đúng" in sign.error_label.text()
    assert sign.isVisible() and sign.passphrase_edit.text() == ""
    sign.passphrase_edit.setText(PASSPHRASE)  # Vietnamese letters: typed through an IME
    with qtbot.waitSignal(sign.signed, timeout=30_000):
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
    assert not sign.isVisible()
    signed = dialog.outcome
    assert signed.entry.state == "signed" and signed.entry.signer_name == OFFICER[0]
    assert OFFICER[0] in dialog.state_label.text()
    # The path is remembered, never the passphrase.
    assert preferences.LAST_PKCS12_PATH.read(context.settings) == str(pki.officer_p12)
    stored = Path(context.settings.fileName())
    context.settings.sync()
    assert PASSPHRASE not in stored.read_text(encoding="utf-8")

    # The register lists it signed, with its signer.
    qtbot.waitUntil(lambda: page.model.row_of(signed.entry.id) >= 0)
    row = page.model.row_of(signed.entry.id)
    assert page.model.data(page.model.index(row, ReportRegisterModel.STATE)) == "Đã ký"
    assert page.model.data(page.model.index(row, ReportRegisterModel.SIGNER)) == OFFICER[0]
    details = page.show_details(row)
    assert signed.entry.sha256 in details.text()
    details.close()

    signed_file = tmp_path / "danh-muc-da-ky.pdf"
    save_via_dialog(qtbot, monkeypatch, dialog, signed_file)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Verify: signer, intact, trusted by the test CA, and what was not checked offline.
    verify = page.open_verify_dialog(signed_file)
    verify.trust_edit.setText(str(pki.ca.pem_path))
    with qtbot.waitSignal(verify.checked, timeout=30_000):
        qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    text = verify.details.toPlainText()
    assert "toàn vẹn" in verify.verdict.text()
    assert OFFICER[0] in text and OFFICER[1] in text
    assert "Không: nội dung đã ký còn nguyên vẹn" in text
    assert "Chuỗi chứng thư đến gốc tin cậy\tcó" in text or "gốc tin cậy có" in " ".join(
        text.split()
    )
    assert "Chưa kiểm tra khi không có mạng" in text
    assert "12/BC-STC" in text
    verify.close()

    # A tampered copy: the signature is broken, and the dialog says so.
    data = bytearray(signed_file.read_bytes())
    at = data.find(b"12/BC-STC")
    assert at > 0
    data[at : at + 2] = b"99"
    tampered = tmp_path / "sua-doi.pdf"
    tampered.write_bytes(bytes(data))
    verify = page.open_verify_dialog(tampered)
    with qtbot.waitSignal(verify.checked, timeout=30_000):
        qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    assert "KHÔNG phải mọi chữ ký đều toàn vẹn" in verify.verdict.text()
    assert "CÓ" in verify.details.toPlainText()
    verify.close()


def test_reviewer_countersigns_with_approval_and_imports_it(
    qtbot: QtBot,
    monkeypatch,
    context,
    language,
    demo,
    pki: Pki,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from surplus_assets.reports.signing import Pkcs12Source

    # The officer's part, through the services: a submitted proposal and its signed plan.
    proposal = act(demo.officer, draft(demo.officer), "submit")
    plan = demo.officer.reports.generate(
        PlanRequest((proposal.code,), ReportOptions(number="7/TTr-STC")),
        signer=Pkcs12Source(pki.officer_p12, PASSPHRASE),
    )
    officer_file = tmp_path / "to-trinh.pdf"
    officer_file.write_bytes(plan.pdf)

    window = signed_in_window(qtbot, context, demo.reviewer, REVIEWER_LABEL)
    page = window.show_page("reports")
    qtbot.waitUntil(page.is_loaded)
    assert page.import_button.isVisible() and page.countersign_button.isVisible()

    qtbot.mouseClick(page.countersign_button, Qt.MouseButton.LeftButton)
    sign = page.dialogs[-1]
    sign.input_edit.setText(str(officer_file))
    assert sign.output_edit.text() == str(tmp_path / "to-trinh-ky-duyet.pdf")
    assert sign.approval_box.isVisible()
    sign.approval_box.setChecked(True)
    sign.decision_number_edit.setText("45/QĐ-UBND")
    sign.decision_date_edit.setText(format_date(today_in_vietnam()))
    sign.p12_radio.setChecked(True)
    sign.p12_edit.setText(str(pki.reviewer_p12))
    qtbot.keyClicks(sign.passphrase_edit, "duyet-456")
    with qtbot.waitSignal(sign.signed, timeout=30_000):
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
    countersigned = tmp_path / "to-trinh-ky-duyet.pdf"
    assert countersigned.is_file()
    qtbot.waitUntil(lambda: page.model.row_of(sign.outcome.entry.id) >= 0)
    row = page.model.row_of(sign.outcome.entry.id)
    assert page.model.data(page.model.index(row, ReportRegisterModel.STATE)) == "Đã ký duyệt"

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    importer = page.dialogs[-1]
    importer.file_edit.setText(str(countersigned))
    importer.trust_edit.setText(str(pki.ca.pem_path))
    qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.outcome is not None or not importer.working, timeout=30_000)
    assert importer.outcome is not None, importer.outcome_label.text()
    shown = importer.outcome_label.text()
    assert proposal.code in shown and "45/QĐ-UBND" in shown and REVIEWER[0] in shown
    assert demo.reviewer.proposals.get(proposal.id).state == "approved"
    importer.close()

    # Importing the same file again is refused clearly: the proposal changed since.
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    again = page.dialogs[-1]
    again.file_edit.setText(str(countersigned))
    qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Không có đề xuất nào được phê duyệt" in again.outcome_label.text(),
                    timeout=30_000)  # fmt: skip
    assert proposal.code in again.outcome_label.text()
    again.close()


def test_assets_page_opens_reports_on_its_filters_and_selection(
    qtbot: QtBot,
    context,
    language,
    demo,  # type: ignore[no-untyped-def]
) -> None:
    window = signed_in_window(qtbot, context, demo.officer, OFFICER_LABEL)
    assets = window.show_page("assets")
    assets.kind_filter.setCurrentIndex(assets.kind_filter.findData("car"))
    qtbot.waitUntil(lambda: assets.model is not None and assets.model.rowCount() > 0
                    and all(assets.model.row_data(r).kind == "car"
                            for r in range(assets.model.rowCount())), timeout=10_000)  # fmt: skip
    assets.report_actions["inventory"].trigger()
    dialog = assets.report_dialog
    assert dialog.kind == "inventory" and dialog.scope.list_radio.isChecked()
    assert dialog.scope.query().kinds == ("car",)
    generate(qtbot, dialog)
    covered = [c for c in dialog.outcome.data.covered if c.entity == "asset"]
    assert len(covered) == assets.model.rowCount()
    dialog.reject()

    assets.table.selectRow(0)
    code = assets.model.row_data(0).code
    assets.report_actions["dossier"].trigger()
    dossier = assets.report_dialog
    assert dossier.kind == "dossier" and dossier.scope.code() == code
    dossier.reject()
