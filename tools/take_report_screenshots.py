"""Screenshots of the Reports page, report dialog with preview, sign and verify dialogs at
1366x768 into docs/screenshots/.

    python tools/take_report_screenshots.py [--lang vi|en]

A throw-away data folder with 300 demo assets, the demo accounts and proposals of
tools/screenshot_session.py, and a throw-away test CA with an officer's certificate.
Look at every PNG after a layout change.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from screenshot_session import (
    OFFICER,
    ScreenshotSession,
    demo_proposals,
    parse_language,
    screenshot_session,
)

PASSPHRASE = "mat-khau-2026"
AGENCY = {"document_place": "Phú Thọ", "signer_name": "Nguyễn Văn Hùng",
          "signer_title": "PHÓ GIÁM ĐỐC", "signer_authority": "KT. GIÁM ĐỐC",
          "parent_agency": "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"}  # fmt: skip


def main() -> int:
    language = parse_language(__doc__)
    with screenshot_session(language, demo_assets=300) as shots:
        from tests.core.reports.pki import make_ca, make_pkcs12
        from ui.dialogs.login_dialog import sign_in

        services = shots.open_services()
        ca = make_ca(shots.home)
        p12 = make_pkcs12(ca, shots.home, "Nguyễn Văn An", "Sở Tài chính tỉnh Phú Thọ",
                          PASSPHRASE)  # fmt: skip
        services.settings.set(AGENCY)
        demo_proposals(services)
        officer, officer_label = sign_in(services, *OFFICER)
        window = shots.main_window(services, signed_in=officer, label=officer_label)
        page = window.show_page("reports")
        shots.settle(1.0)
        signed = shoot_plan_report_and_signing(shots, page, officer, p12)
        shoot_reports_page(shots, window, page)
        shoot_verify_dialog(shots, page, signed, ca.pem_path)
        window.close()
        services.close()
    return 0


def shoot_plan_report_and_signing(shots: ScreenshotSession, page: Any, officer: Any,
                                  p12: Path) -> Path:  # fmt: skip
    """The handling-plan report of the submitted proposals, its preview, the sign dialog
    after a wrong passphrase; signed with the right one and saved. Returns the signed PDF."""
    from surplus_assets.services.proposal_views import ProposalQuery

    dialog = page.open_report_dialog("plan")
    dialog.resize(1366, 768)
    shots.settle(1.0)
    for row in officer.proposals.list_rows(ProposalQuery()):
        if row.state == "submitted":
            dialog.scope.set_checked(row.code)
    dialog.header.number.setText("15/TTr-STC")
    dialog.generate()
    shots.settle(4.0)
    shots.save(dialog, "report-dialog")

    sign = dialog.open_sign_dialog()
    sign.p12_radio.setChecked(True)
    sign.p12_edit.setText(str(p12))
    sign.passphrase_edit.setText("sai")
    sign.sign()
    shots.settle(3.0)
    shots.save(sign, "sign-dialog")
    sign.passphrase_edit.setText(PASSPHRASE)
    sign.sign()
    shots.settle(3.0)
    signed = shots.home / "to-trinh-da-ky.pdf"
    dialog.save_to(signed)
    shots.settle(2.0)
    dialog.reject()
    return signed


def shoot_reports_page(shots: ScreenshotSession, window: Any, page: Any) -> None:
    """The register after a second report (an unsigned land inventory)."""
    inventory = page.open_report_dialog("inventory")
    inventory.scope.kind.setCurrentIndex(inventory.scope.kind.findData("land"))
    inventory.generate()
    shots.settle(4.0)
    inventory.reject()
    page.reload()
    shots.settle(1.0)
    shots.save(window, "reports-page")


def shoot_verify_dialog(shots: ScreenshotSession, page: Any, signed: Path, trust: Path) -> None:
    verify = page.open_verify_dialog(signed)
    verify.trust_edit.setText(str(trust))
    verify.check()
    shots.settle(4.0)
    shots.save(verify, "verify-dialog")
    verify.close()


if __name__ == "__main__":
    sys.exit(main())
