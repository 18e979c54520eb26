"""The photos and scans of one asset: thumbnails, add by button or drag and drop, open, remove.

Copying and hashing a file (up to 50 MB) and making thumbnails run in a worker; opening
hands a hash-verified copy to the system viewer (QDesktopServices).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.services.attachments import AttachmentCategory, category_label
from ui.workers import Job, run_in_background

THUMB = 120


class AttachmentStrip(QWidget):
    changed = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.asset_id: uuid.UUID | None = None
        self.setAcceptDrops(True)

        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 40, THUMB + 48))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.itemActivated.connect(lambda _item: self.open_selected())

        self.category = QComboBox()
        self.category.setObjectName("attachmentCategory")
        self.category.setAccessibleName(self.tr("Kind of document"))
        for category in AttachmentCategory:
            self.category.addItem(category_label(category), category.value)
        category_label_widget = QLabel(self.tr("&Kind of document:"))
        category_label_widget.setBuddy(self.category)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setObjectName("addAttachmentButton")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        hint = QLabel(self.tr("Drop photos (JPEG, PNG, TIFF, WebP) or PDF scans here, up to 50 MB "
                              "each."))  # fmt: skip
        hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("attachmentStatus")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(category_label_widget)
        buttons.addWidget(self.category)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        self._update_buttons()
        self.list.itemSelectionChanged.connect(self._update_buttons)

    def _update_buttons(self) -> None:
        has_asset = self.asset_id is not None
        self.add_button.setEnabled(has_asset)
        self.category.setEnabled(has_asset)
        selected = bool(self.list.selectedItems())
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def set_asset(self, asset_id: uuid.UUID | None) -> None:
        self.asset_id = asset_id
        self._update_buttons()
        if asset_id is None:
            self.status.setText(self.tr("Save the asset first, then attach its photos and "
                                        "documents."))  # fmt: skip
            return
        self.reload()

    def reload(self) -> None:
        asset_id, attachments = self.asset_id, self.services.attachments

        def load(job: Job) -> list[tuple[Any, Path | None]]:
            return [
                (info, attachments.thumbnail(info.id)) for info in attachments.list_for(asset_id)
            ]

        run_in_background(self, load, title=self.tr("Loading attachments"),
                          on_success=self._show, show_progress=False)  # fmt: skip

    def _show(self, loaded: list[tuple[Any, Path | None]]) -> None:
        self.list.clear()
        pdf_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for info, thumb in loaded:
            icon = QIcon(QPixmap(str(thumb))) if thumb is not None else pdf_icon
            text = f"{info.file_name}\n{category_label(info.category)}"
            item = QListWidgetItem(icon, text)
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(text)
            self.list.addItem(item)
        self.status.setText(self.tr("%n attachment(s)", "", len(loaded)))
        self._update_buttons()

    # ---- adding ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach photos or scans"), "",
            self.tr("Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)"),
        )  # fmt: skip
        if names:
            self.attach_files([Path(name) for name in names])

    def attach_files(self, paths: list[Path]) -> None:
        if self.asset_id is None or not paths:
            return
        asset_id, category = self.asset_id, self.category.currentData()
        attachments = self.services.attachments

        def attach(job: Job) -> int:
            for number, path in enumerate(paths):
                job.check_cancelled()
                job.report(number, len(paths), path.name)
                attachments.attach(asset_id, path, category)
            return len(paths)

        run_in_background(self, attach, title=self.tr("Attaching files"),
                          on_success=self._attached)  # fmt: skip

    def _attached(self, count: int) -> None:
        self.reload()
        self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self.asset_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)

    # ---- opening and removing ------------------------------------------------------------------

    def _selected_info(self) -> Any | None:
        items = self.list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def open_selected(self) -> None:
        info = self._selected_info()
        if info is None:
            return
        attachments = self.services.attachments
        run_in_background(
            self, lambda job: attachments.open_path(info.id), title=self.tr("Opening the file"),
            on_success=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        )  # fmt: skip

    def remove_selected(self) -> None:
        info = self._selected_info()
        if info is None:
            return
        attachments = self.services.attachments
        run_in_background(
            self, lambda job: attachments.remove(info.id, expected_version=info.version),
            title=self.tr("Removing the attachment"), on_success=lambda _r: self._attached(0),
        )  # fmt: skip
