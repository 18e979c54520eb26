"""A PDF preview: page thumbnails down the side and the chosen page large, rendered lazily.

Pages are rasterised with pypdfium2 off the GUI thread, one at a time through a small queue
(PDFium is not thread-safe, so one job at a time also keeps every PDFium call serialised). A
thumbnail is rendered only when the list view asks for its picture, that is when it scrolls
into sight, so a 150-page inventory opens as fast as a 2-page plan. Rendered images are
QImages (allowed off the GUI thread); they become pixmaps on the GUI thread.

    preview = PdfPreview()
    preview.set_pdf(pdf_bytes)          # page count shown once the document is opened
    preview.pageCountChanged.connect(...)
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.errors import ServiceError
from ui.workers import Job, run_in_background

Index = QModelIndex | QPersistentModelIndex
THUMB_WIDTH = 110
A4_RATIO = 297 / 210
LARGE_CACHE = 6  # large page images kept (a few MB each)


def render_page(document: Any, page_index: int, width_px: int) -> QImage:
    """Page `page_index` of a pypdfium2 document as a QImage `width_px` wide."""
    page = document[page_index]
    try:
        page_width = page.get_width()
        bitmap = page.render(scale=width_px / page_width, prefer_bgrx=True, draw_annots=True)
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
        )
        return image.copy()  # own the pixels: the bitmap's buffer goes away with it
    finally:
        page.close()


class PageRenderer(QObject):
    """Renders pages of one PDF in the background, one request at a time, newest first."""

    rendered = Signal(int, int, QImage)  # page, width, image
    opened = Signal(int)  # page count
    failed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._document: Any = None
        self._pdf: bytes | None = None
        self._queue: list[tuple[int, int]] = []
        self._busy = False
        self._close_pending = False
        self.generation = 0

    def open(self, pdf: bytes) -> None:
        self.generation += 1
        self._queue.clear()
        self._pdf = pdf
        self._next()

    def request(self, page: int, width: int) -> None:
        key = (page, width)
        if key in self._queue:
            self._queue.remove(key)
        self._queue.append(key)  # the last asked is what the user looks at now
        self._next()

    def is_busy(self) -> bool:
        return self._busy

    def _next(self) -> None:
        if self._busy:
            return
        if self._close_pending:  # no job uses the document now: free it
            self._close_pending = False
            if self._document is not None:
                self._document.close()
                self._document = None
        generation = self.generation
        if self._pdf is not None:  # a new document to open first
            pdf, self._pdf = self._pdf, None
            old = self._document

            def open_document(job: Job) -> tuple[Any, int]:
                import pypdfium2

                if old is not None:
                    old.close()
                document = pypdfium2.PdfDocument(pdf)
                return document, len(document)

            self._start(open_document, lambda result: self._opened(result, generation))
            return
        if not self._queue or self._document is None:
            return
        page, width = self._queue.pop()
        document = self._document
        self._start(
            lambda job: render_page(document, page, width),
            lambda image: self._rendered(page, width, image, generation),
        )

    def _start(self, fn: Any, done: Any) -> None:
        self._busy = True

        def guarded(job: Job) -> Any:
            try:
                return fn(job)
            except Exception as error:  # a damaged PDF: say so in the preview, not a crash
                raise ServiceError(str(error)) from error

        parent = self.parent()
        run_in_background(
            parent if isinstance(parent, QWidget) else None,
            guarded,
            title="",
            on_success=done,
            on_failure=self._failed,
            show_progress=False,
        )

    def _opened(self, result: tuple[Any, int], generation: int) -> None:
        self._busy = False
        self._document = result[0]
        if generation == self.generation:
            self.opened.emit(result[1])
        self._next()

    def _rendered(self, page: int, width: int, image: QImage, generation: int) -> None:
        self._busy = False
        if generation == self.generation:
            self.rendered.emit(page, width, image)
        self._next()

    def _failed(self, error: Any) -> None:
        self._busy = False
        self.failed.emit(str(getattr(error, "message", error)))
        self._next()

    def close(self) -> None:
        """Forget the document (its memory is freed when no job uses it any more)."""
        self.generation += 1
        self._queue.clear()
        self._pdf = None
        self._close_pending = True
        self._next()


class ThumbnailModel(QAbstractListModel):
    """One row a page: "Trang n" and its thumbnail, asked for when first displayed."""

    def __init__(self, renderer: PageRenderer, parent: Any = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.count = 0
        self.pixmaps: dict[int, QPixmap] = {}
        self.asked: set[int] = set()
        placeholder = QPixmap(THUMB_WIDTH, round(THUMB_WIDTH * A4_RATIO))
        placeholder.fill(QColor("#f0f0f0"))
        self.placeholder = placeholder

    def reset(self, count: int) -> None:
        self.beginResetModel()
        self.count, self.pixmaps, self.asked = count, {}, set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.count:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Page {number}").format(number=page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            if page in self.pixmaps:
                return self.pixmaps[page]
            if page not in self.asked:  # in sight for the first time: render it now
                self.asked.add(page)
                self.renderer.request(page, THUMB_WIDTH)
            return self.placeholder
        return None

    def set_image(self, page: int, image: QImage) -> None:
        if 0 <= page < self.count:
            self.pixmaps[page] = QPixmap.fromImage(image)
            index = self.index(page, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class PdfPreview(QWidget):
    pageCountChanged = Signal(int)  # noqa: N815
    pageShown = Signal(int)  # noqa: N815 (the large view shows this page, rendered)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.renderer = PageRenderer(self)
        self.renderer.opened.connect(self._opened)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.failed.connect(self._failed)
        self.thumbnails = ThumbnailModel(self.renderer, self)
        self.page_list = QListView()
        self.page_list.setObjectName("pageThumbnails")
        self.page_list.setAccessibleName(self.tr("Pages"))
        self.page_list.setModel(self.thumbnails)
        self.page_list.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * A4_RATIO)))
        self.page_list.setViewMode(QListView.ViewMode.IconMode)
        self.page_list.setFlow(QListView.Flow.TopToBottom)
        self.page_list.setWrapping(False)
        self.page_list.setMovement(QListView.Movement.Static)
        self.page_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.page_list.setUniformItemSizes(True)
        self.page_list.setSpacing(6)
        self.page_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.page_list.setFixedWidth(THUMB_WIDTH + 48)
        self.page_list.selectionModel().currentChanged.connect(
            lambda current, _previous: self.show_page(current.row())
        )
        self.page_view = QLabel()
        self.page_view.setObjectName("pageView")
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_view.setStyleSheet("background: #808080;")
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setWidget(self.page_view)
        self.page_scroll.setStyleSheet("QScrollArea { background: #808080; }")
        self.status = QLabel(self.tr("Generate the report to see its pages here."))
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        pages = QHBoxLayout()
        pages.addWidget(self.page_list)
        pages.addWidget(self.page_scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pages, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.current_page = -1
        self.large: OrderedDict[tuple[int, int], QPixmap] = OrderedDict()
        self.page_count = 0
        # After a resize, draw the page again at the new width (once the user stops).
        self.resize_timer = QTimer(self)
        self.resize_timer.setSingleShot(True)
        self.resize_timer.setInterval(200)
        self.resize_timer.timeout.connect(lambda: self.show_page(self.current_page))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.page_count:
            self.resize_timer.start()

    def set_pdf(self, pdf: bytes) -> None:
        self.large.clear()
        self.current_page = -1
        self.page_view.clear()
        self.thumbnails.reset(0)
        self.status.setText(self.tr("Opening the preview…"))
        self.renderer.open(pdf)

    def clear(self) -> None:
        self.renderer.close()
        self.large.clear()
        self.thumbnails.reset(0)
        self.page_view.clear()
        self.page_count = 0

    def is_busy(self) -> bool:
        return bool(self.renderer.is_busy())

    def _large_width(self) -> int:
        return max(400, min(1400, self.page_scroll.viewport().width() - 24))

    def _opened(self, count: int) -> None:
        self.page_count = count
        self.thumbnails.reset(count)
        self.status.setText(self.tr("%n page(s)", "", count))
        self.pageCountChanged.emit(count)
        if count:
            self.page_list.setCurrentIndex(self.thumbnails.index(0, 0))

    def show_page(self, page: int) -> None:
        if not 0 <= page < self.page_count:
            return
        self.current_page = page
        width = self._large_width()
        cached = self.large.get((page, width))
        if cached is not None:
            self.page_view.setPixmap(cached)
            self.pageShown.emit(page)
            return
        self.renderer.request(page, width)

    def _rendered(self, page: int, width: int, image: QImage) -> None:
        if width == THUMB_WIDTH:
            self.thumbnails.set_image(page, image)
            return
        self.large[(page, width)] = QPixmap.fromImage(image)
        while len(self.large) > LARGE_CACHE:
            self.large.popitem(last=False)
        if page == self.current_page:
            self.page_view.setPixmap(self.large[(page, width)])
            self.pageShown.emit(page)

    def _failed(self, message: str) -> None:
        self.status.setText(
            self.tr("The preview could not be drawn: {reason}").format(reason=message)
        )
