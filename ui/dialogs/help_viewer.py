"""The user guide, shown inside the application and offline.

A window with the guide's chapters on the left and the chapter on the right, rendered from
the same Markdown files a reader sees on the repository (QTextDocument's GitHub dialect:
headings, lists, tables, images). Links between chapters and to a heading (`#anchor`)
stay in the viewer; web links open in the browser. Images are read from disk relative to
the chapter and shrunk to the window's width. Each heading gets GitHub's id
(ui.help_topics.heading_anchor), so `show_chapter("05-reports.md", "ký-số-báo-cáo")` lands
on the section a dialog's help button names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.help_topics import INDEX, heading_anchor

MAX_IMAGE_WIDTH = 860  # screenshots are 1366 px wide; the viewer shows them shrunk


def chapter_title(path: Path) -> str:
    """The first level-1 heading of a chapter, else its file name."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


class GuideBrowser(QTextBrowser):
    """A QTextBrowser over one Markdown chapter at a time, with heading anchors and images
    resolved against the chapter's folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chapter_path: Path | None = None
        self.setOpenLinks(False)

    def load_chapter(self, path: Path) -> None:
        self.chapter_path = path
        self.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.setMarkdown(path.read_text(encoding="utf-8"))
        self._name_headings()

    def _name_headings(self) -> None:
        """Give every heading its GitHub id, so that #anchor links and scrollToAnchor work;
        repeated headings get -1, -2... as on GitHub."""
        seen: dict[str, int] = {}
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                anchor = heading_anchor(block.text())
                count = seen.get(anchor, 0)
                seen[anchor] = count + 1
                name = f"{anchor}-{count}" if count else anchor
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                char_format = QTextCharFormat()
                char_format.setAnchor(True)
                char_format.setAnchorNames([name])
                cursor.mergeCharFormat(char_format)
            block = block.next()

    def heading_anchors(self) -> list[str]:
        names: list[str] = []
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                iterator = block.begin()
                while not iterator.atEnd():
                    names.extend(iterator.fragment().charFormat().anchorNames())
                    iterator += 1
            block = block.next()
        return list(dict.fromkeys(names))

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 (Qt override)
        image_kind = QTextDocument.ResourceType.ImageResource
        if kind in (image_kind, image_kind.value) and self.chapter_path is not None:
            url = QUrl(name) if isinstance(name, str) else name
            path = url.toLocalFile() if url.isLocalFile() else url.path()
            image_path = (self.chapter_path.parent / path).resolve()
            image = QImage(str(image_path))
            if not image.isNull():
                if image.width() > MAX_IMAGE_WIDTH:
                    image = image.scaledToWidth(
                        MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
                return image
        return super().loadResource(kind, name)


class HelpViewer(QDialog):
    """The guide of one language: chapter list, page, Back/Forward, Close."""

    def __init__(self, guide: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpViewer")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("User guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.guide = guide
        self.history: list[tuple[Path, str]] = []
        self.position = -1

        self.chapters = QListWidget()
        self.chapters.setObjectName("helpChapters")
        self.chapters.setAccessibleName(self.tr("Chapters"))
        for path in self.chapter_files():
            item = QListWidgetItem(chapter_title(path))
            item.setData(Qt.ItemDataRole.UserRole, path.name)
            self.chapters.addItem(item)
        self.chapters.itemActivated.connect(self._chapter_chosen)
        self.chapters.itemClicked.connect(self._chapter_chosen)
        self.browser = GuideBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.anchorClicked.connect(self.follow_link)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chapters)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 880])

        style = self.style()
        self.back_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("&Back")
        )
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.forward_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("&Forward")
        )
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_button.clicked.connect(lambda: self._go(1))
        self.location = QLabel()
        self.location.setObjectName("helpLocation")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.forward_button)
        row.addWidget(self.location, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self._update_buttons()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(1180, 720)

    def chapter_files(self) -> list[Path]:
        files = sorted(p for p in self.guide.glob("*.md") if p.name != INDEX)
        return [self.guide / INDEX, *files]

    @property
    def current_chapter(self) -> str | None:
        path = self.browser.chapter_path
        return path.name if path is not None else None

    def show_chapter(self, chapter: str, anchor: str = "") -> None:
        """Show docs/user-guide/<language>/<chapter> scrolled to the heading `anchor`."""
        self._visit((self.guide / chapter).resolve(), anchor)

    def _visit(self, path: Path, anchor: str) -> None:
        del self.history[self.position + 1 :]
        self.history.append((path, anchor))
        self.position = len(self.history) - 1
        self._show(path, anchor)

    def _show(self, path: Path, anchor: str) -> None:
        if self.browser.chapter_path != path:
            self.browser.load_chapter(path)
        if anchor:
            self.browser.scrollToAnchor(anchor)
            # again once the images are laid out (they change the heading's position)
            QTimer.singleShot(0, lambda: self.browser.scrollToAnchor(anchor))
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.location.setText(path.name + (f"#{anchor}" if anchor else ""))
        for row in range(self.chapters.count()):
            item = self.chapters.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == path.name and path.parent == self.guide:
                self.chapters.setCurrentRow(row)
        self._update_buttons()

    def _go(self, step: int) -> None:
        target = self.position + step
        if 0 <= target < len(self.history):
            self.position = target
            self._show(*self.history[target])

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self.position > 0)
        self.forward_button.setEnabled(self.position < len(self.history) - 1)

    def _chapter_chosen(self, item: QListWidgetItem) -> None:
        self.show_chapter(str(item.data(Qt.ItemDataRole.UserRole)))

    def follow_link(self, url: QUrl) -> None:
        """Chapters and headings open here; anything else (web, a folder) outside."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        current = self.browser.chapter_path
        if not url.path() and url.fragment() and current is not None:
            self._visit(current, url.fragment())
            return
        base = current.parent if current is not None else self.guide
        target = (base / url.path()).resolve()
        if target.suffix == ".md" and target.is_file():
            self._visit(target, url.fragment())
        elif target.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
