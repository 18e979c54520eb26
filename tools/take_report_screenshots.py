"""Screenshots of the Reports page, report dialog with preview, sign and verify dialogs at
1366x768 into docs/screenshots/.

    python tools/take_report_screenshots.py [--lang vi|en]

A throw-away data folder with 300 demo assets, the demo accounts and proposals of
tools/take_proposal_screenshots.py, and a throw-away test CA with an officer's certificate.
Look at every PNG after a layout change.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "mat-khau-2026"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
    from take_proposal_screenshots import SCREEN, demo_proposals, settle

    home = Path(tempfile.mkdtemp(prefix="surplus-assets-shots-"))
    (home / "screen.json").write_text(SCREEN)
    os.environ.update(
        SURPLUS_ASSETS_HOME=str(home),
        QT_QPA_PLATFORM=f"offscreen:configfile={home / 'screen.json'}",
    )
    sys.path.insert(0, str(ROOT))
    subprocess.run([sys.executable, "tools/build_translations.py", "--release"], cwd=ROOT,
                   check=True)  # fmt: skip
    subprocess.run([sys.executable, "-m", "surplus_assets", "demo", "--assets", "300"], cwd=ROOT,
                   check=True)  # fmt: skip

    from PySide6.QtWidgets import QApplication

    from surplus_assets import i18n
    from surplus_assets.services import open_services
    from surplus_assets.services.proposal_views import ProposalQuery
    from tests.core.reports.pki import make_ca, make_pkcs12
    from ui.app_context import AppContext
    from ui.dialogs.login_dialog import sign_in
    from ui.main_window import MainWindow
    from ui.preferences import open_settings
    from ui.translations import install_translators

    app = QApplication([])
    i18n.set_language(args.lang)
    translators = install_translators(app, args.lang)
    services = open_services(None)
    suffix = "" if args.lang == "vi" else f"-{args.lang}"
    OUT.mkdir(parents=True, exist_ok=True)
    ca = make_ca(home)
    p12 = make_pkcs12(ca, home, "Nguyễn Văn An", "Sở Tài chính tỉnh Phú Thọ", PASSPHRASE)
    services.settings.set({"document_place": "Phú Thọ", "signer_name": "Nguyễn Văn Hùng",
                           "signer_title": "PHÓ GIÁM ĐỐC", "signer_authority": "KT. GIÁM ĐỐC",
                           "parent_agency": "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"})  # fmt: skip

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle(app, 0.3)
        widget.grab().save(str(OUT / f"{name}{suffix}.png"))

    demo_proposals(services)
    officer, officer_label = sign_in(services, "an", "can-bo-2025")
    context = AppContext(settings=open_settings(home / "settings.ini"),
                         log_path=home / "logs" / "surplus_assets.log",
                         database_label=services.database_label,
                         count_assets=services.catalogue.count_assets, language=args.lang,
                         require_sign_in=True)  # fmt: skip
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show()
    window.signed_in(officer, officer_label)
    page = window.show_page("reports")
    settle(app, 1.0)

    dialog = page.open_report_dialog("plan")
    dialog.resize(1366, 768)
    settle(app, 1.0)
    for row in officer.proposals.list_rows(ProposalQuery()):
        if row.state == "submitted":
            dialog.scope.set_checked(row.code)
    dialog.header.number.setText("15/TTr-STC")
    dialog.generate()
    settle(app, 4.0)
    save(dialog, "report-dialog")

    sign = dialog.open_sign_dialog()
    sign.p12_radio.setChecked(True)
    sign.p12_edit.setText(str(p12))
    sign.passphrase_edit.setText("sai")
    sign.sign()
    settle(app, 3.0)
    save(sign, "sign-dialog")
    sign.passphrase_edit.setText(PASSPHRASE)
    sign.sign()
    settle(app, 3.0)
    signed = home / "to-trinh-da-ky.pdf"
    dialog.save_to(signed)
    settle(app, 2.0)
    dialog.reject()

    inventory = page.open_report_dialog("inventory")
    inventory.scope.kind.setCurrentIndex(inventory.scope.kind.findData("land"))
    inventory.generate()
    settle(app, 4.0)
    inventory.reject()
    page.reload()
    settle(app, 1.0)
    save(window, "reports-page")

    verify = page.open_verify_dialog(signed)
    verify.trust_edit.setText(str(ca.pem_path))
    verify.check()
    settle(app, 4.0)
    save(verify, "verify-dialog")
    verify.close()
    window.close()
    services.close()
    del translators
    print(f"screenshots in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
