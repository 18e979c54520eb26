"""Screenshots of sign-in, users and proposals at 1366x768 into docs/screenshots/.

    python tools/take_proposal_screenshots.py [--lang vi|en]

A throw-away data folder with 300 demo assets, three accounts and demo proposals in several
states (one of them overdue). Look at every PNG after a layout change.
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
SCREEN = (
    '{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)


def settle(app, seconds: float = 1.0) -> None:  # type: ignore[no-untyped-def]
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def demo_proposals(services) -> None:  # type: ignore[no-untyped-def]
    """Accounts and proposals of every kind of state, through the services."""
    from surplus_assets.services.catalogue import AssetQuery
    from surplus_assets.services.users import actor_for

    users = services.users
    users.create(
        username="quantri", full_name="Lê Quản Trị", role="admin", password="quan-tri-2025"
    )
    admin = services.as_actor(actor_for(users.get("quantri")))
    admin.users.create(username="an", full_name="Nguyễn Văn An", role="officer",
                       password="can-bo-2025", title="Chuyên viên")  # fmt: skip
    admin.users.create(username="binh", full_name="Trần Thị Bình", role="reviewer",
                       password="lanh-dao-2025", title="Phó Giám đốc Sở Tài chính")  # fmt: skip
    officer = services.as_actor(actor_for(users.get("an")))
    reviewer = services.as_actor(actor_for(users.get("binh")))
    rows = officer.catalogue.list_rows(AssetQuery(kinds=("equipment",)), limit=40)
    by_province: dict[str, list[str]] = {}
    for row in rows:
        by_province.setdefault(row.province_id, []).append(row.code)
    codes = next(iter(by_province.values()))
    plans = [
        ({"form": "dieu_chuyen", "recipient_name": "Trường THCS Hòa Bình",
          "target_date": "15/03/2025", "estimated_value": "45.000.000"}, ()),
        ({"form": "thanh_ly", "justification": "Hư hỏng không sửa chữa được (biên bản kiểm tra).",
          "estimated_value": "12.500.000"}, ("submit",)),
        ({"form": "ban", "sale_method": "auction", "estimated_value": "180.000.000"},
         ("submit", "approve")),
        ({"form": "giu_lai"}, ("submit", "return")),
        ({"form": "dieu_chuyen", "recipient_name": "Công an xã Yên Lạc"},
         ("submit", "approve", "start")),
    ]  # fmt: skip
    for index, (fields, steps) in enumerate(plans):
        record = officer.proposals.create({**fields, "assets": codes[index * 2 : index * 2 + 2]})
        for step in steps:
            actor = reviewer if step in ("approve", "return") else officer
            record = actor.proposals.transition(
                record.id, step, expected_version=record.version,
                comment="Bổ sung biên bản kiểm kê." if step == "return" else None,
                decision={"number": "125/QĐ-UBND", "signer": "Chủ tịch UBND tỉnh"}
                if step == "approve" else None,
            )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
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
    from ui.app_context import AppContext
    from ui.dialogs.first_admin_dialog import FirstAdminDialog
    from ui.dialogs.login_dialog import LoginDialog, sign_in
    from ui.main_window import MainWindow
    from ui.preferences import open_settings
    from ui.translations import install_translators

    app = QApplication([])
    i18n.set_language(args.lang)
    translators = install_translators(app, args.lang)
    services = open_services(None)
    suffix = "" if args.lang == "vi" else f"-{args.lang}"
    OUT.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle(app, 0.3)
        widget.grab().save(str(OUT / f"{name}{suffix}.png"))

    first = FirstAdminDialog(None, services)
    first.full_name_edit.setText("Lê Quản Trị")
    first.username_edit.setText("quantri")
    first.password_edit.setText("ngan")
    first.repeat_edit.setText("ngắn")
    first.show()
    save(first, "first-admin-dialog")
    first.close()

    demo_proposals(services)
    login = LoginDialog(None, services, "binh")
    login.message.setText(
        "Tài khoản binh bị khóa do nhập sai mật khẩu 5 lần; hãy thử lại sau 14:35."
    )
    login.message.show()
    login.show()
    save(login, "login-dialog")
    login.close()

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
    page = window.show_page("proposals")
    settle(app, 1.5)
    save(window, "proposals-page")
    page.open_row(next(i for i, r in enumerate(page.model.rows) if r.state == "draft"))
    settle(app, 1.0)
    editor = page.editors[-1]
    editor.picker.search_edit.setText("bàn")
    settle(app, 1.0)
    save(editor, "proposal-editor")
    editor.close()

    reviewer, reviewer_label = sign_in(services, "binh", "lanh-dao-2025")
    window.signed_in(reviewer, reviewer_label)
    page = window.show_page("proposals")
    page.state_combo.setCurrentIndex(page.state_combo.findData("submitted"))
    settle(app, 1.0)
    page.open_row(0)
    settle(app, 1.0)
    editor = page.editors[-1]
    dialog = editor.start_transition("approve")
    dialog.number_edit.setText("125/QĐ-UBND")
    dialog.signer_edit.setText("Chủ tịch UBND tỉnh Nguyễn Văn B")
    dialog.comment_edit.setPlainText("Đồng ý thanh lý theo biên bản kiểm tra.")
    save(dialog, "approve-dialog")
    dialog.close()
    editor.close()

    admin, admin_label = sign_in(services, "quantri", "quan-tri-2025")
    window.signed_in(admin, admin_label)
    window.show_page("users")
    settle(app, 1.0)
    save(window, "users-page")
    window.close()
    services.close()
    del translators
    print(f"screenshots in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
