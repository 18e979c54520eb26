"""In-app help: F1 opens the guide, a dialog's Help button opens its section, About shows
where the data is and the licences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from surplus_assets import __version__, i18n
from tests.ui.test_main_window import open_window
from ui import help as app_help
from ui.help_topics import TOPICS, heading_anchor
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_viewer_left():  # type: ignore[no-untyped-def]
    yield
    app_help.close_help()


@pytest.fixture
def vietnamese():  # type: ignore[no-untyped-def]
    previous = i18n.current_language()
    i18n.set_language("vi")
    yield
    i18n.set_language(previous)


def test_f1_opens_the_guide_contents_in_the_interface_language(
    qtbot: QtBot, context, language, vietnamese
) -> None:
    window = open_window(qtbot, context)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewer = app_help.current_viewer()
    assert viewer is not None and viewer.isVisible()
    assert viewer.windowTitle() == "Hướng dẫn sử dụng"
    assert viewer.current_chapter == "README.md"
    assert viewer.guide.name == "vi"
    text = viewer.browser.toPlainText()
    assert "Hướng dẫn sử dụng phần mềm Quản lý tài sản công dôi dư" in text
    # every chapter is listed, by its title
    titles = [viewer.chapters.item(row).text() for row in range(viewer.chapters.count())]
    assert "Xử lý sự cố" in titles and len(titles) == 11


def test_a_link_to_another_chapter_opens_it_at_the_heading_and_back_returns(
    qtbot: QtBot, language, vietnamese
) -> None:
    viewer = app_help.open_help("guide")
    assert viewer is not None
    qtbot.addWidget(viewer)
    viewer.follow_link(QUrl("09-troubleshooting.md#đăng-nhập"))
    assert viewer.current_chapter == "09-troubleshooting.md"
    assert "Sai tên đăng nhập hoặc mật khẩu." in viewer.browser.toPlainText()
    assert "đăng-nhập" in viewer.browser.heading_anchors()
    viewer.back_button.click()
    assert viewer.current_chapter == "README.md"


def test_guide_images_are_shown_not_broken(qtbot: QtBot, language, vietnamese) -> None:
    viewer = app_help.open_help("asset-editor")
    assert viewer is not None
    qtbot.addWidget(viewer)
    image_kind = QTextDocument.ResourceType.ImageResource
    image = viewer.browser.loadResource(image_kind, QUrl("../images/editor-general.png"))
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() <= 860


def test_the_asset_editor_help_button_opens_its_section(
    qtbot: QtBot, language, vietnamese, services
) -> None:
    from PySide6.QtGui import QUndoStack

    from ui.dialogs.asset_editor import AssetEditor

    editor = AssetEditor(services, QUndoStack())
    qtbot.addWidget(editor)
    editor.show()
    assert editor.help_button.text() == "Trợ &giúp"
    qtbot.mouseClick(editor.help_button, Qt.MouseButton.LeftButton)
    viewer = app_help.current_viewer()
    assert viewer is not None
    assert viewer.current_chapter == "02-assets.md"
    assert viewer.location.text() == "02-assets.md#thêm-một-tài-sản"
    # the viewer scrolled down to the section (it is not the chapter's first heading)
    assert viewer.browser.verticalScrollBar().value() > 0


def test_the_verify_dialog_help_button_opens_the_verification_section(
    qtbot: QtBot, context, language, vietnamese
) -> None:
    from ui.dialogs.verify_dialog import VerifyDialog

    dialog = VerifyDialog(None, None, context.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.help_button.click()
    viewer = app_help.current_viewer()
    assert viewer is not None
    assert viewer.location.text() == "05-reports.md#kiểm-tra-chữ-ký"


def test_every_help_topic_names_an_existing_heading(qtbot: QtBot, language) -> None:
    from ui.dialogs.help_viewer import GuideBrowser
    from ui.help_topics import guide_dir

    for topic, targets in TOPICS.items():
        for lang, target in targets.items():
            guide = guide_dir(lang)
            assert guide is not None
            browser = GuideBrowser()
            qtbot.addWidget(browser)
            browser.load_chapter(guide / target.chapter)
            if target.anchor:
                assert target.anchor in browser.heading_anchors(), (topic, lang)


def test_heading_anchor_follows_github() -> None:
    assert heading_anchor("Ký số báo cáo") == "ký-số-báo-cáo"
    assert heading_anchor("Cơ sở dữ liệu dùng chung (PostgreSQL)") == (
        "cơ-sở-dữ-liệu-dùng-chung-postgresql"
    )
    assert heading_anchor("3. A certificate to try with") == "3-a-certificate-to-try-with"


def test_toolbar_actions_have_tooltips(qtbot: QtBot, context, language) -> None:
    window = MainWindow(context, [])
    qtbot.addWidget(window)
    for action in window.toolbar.actions():
        if action.isSeparator():
            continue
        assert action.toolTip() and action.toolTip() != action.iconText(), action.text()
    assert window.help_action.toolTip() == "Mở hướng dẫn sử dụng (F1)"


def test_about_shows_version_database_log_folder_and_notices(
    qtbot: QtBot, context, language
) -> None:
    from ui.dialogs.about_dialog import AboutDialog

    context.database_label = "/srv/data/surplus_assets.sqlite3"
    window = MainWindow(context, [])
    qtbot.addWidget(window)
    dialog = window.show_about()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AboutDialog)
    assert dialog.version_label.text() == __version__
    assert dialog.build_label.text() == "chạy từ mã nguồn (không phải bản đóng gói)"
    assert dialog.database_label.text() == "/srv/data/surplus_assets.sqlite3"
    assert dialog.log_label.text() == str(context.log_path.parent)
    assert "MIT" in dialog.licence_label.text()
    assert dialog.licence_text.toPlainText().startswith("MIT License")
    notices = dialog.notices.toPlainText()
    for component in ("PySide6", "SQLAlchemy", "reportlab", "pyHanko"):
        assert component.lower() in notices.lower(), component
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "&Giới thiệu",
        "Giấy &phép",
        "Giấy phép &bên thứ ba",
    ]
