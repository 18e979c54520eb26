"""Photos and scanned documents of an asset, kept in a content-addressed store.

The bytes live under paths.attachment_store_dir() named by their SHA-256 in two-level
folders (ab/cd/abcdef…), written to a temporary file and renamed, so a crash never leaves a
half-written file under a valid name, and the same scan attached twice is stored once. The
database holds one Attachment row per attachment (name, type, size, category, caption) with
its audit event in the same transaction. The type is read from the file's first bytes, not
its name: only JPEG, PNG, TIFF, WebP images and PDF documents are accepted.

    attachment = services.attachments.attach(asset_id, Path("so-do.pdf"), "land_certificate")
    services.attachments.list_for(asset_id)
    services.attachments.open_path(attachment.id)   # verified copy for the system viewer
    services.attachments.thumbnail(attachment.id)   # cached PNG, or None for a PDF
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from surplus_assets.db.models import Asset, Attachment
from surplus_assets.db.types import utcnow
from surplus_assets.domain.permissions import Permission
from surplus_assets.domain.text import single_line
from surplus_assets.errors import FieldProblem, NotFoundError, ServiceError, ValidationError
from surplus_assets.i18n import _
from surplus_assets.paths import attachment_store_dir
from surplus_assets.services.audit import AuditRecorder
from surplus_assets.services.context import ServiceContext

MAX_BYTES = 50 * 1024 * 1024
THUMBNAIL_SIZE = 160
_CHUNK = 1024 * 1024


class AttachmentCategory(StrEnum):
    PHOTO = "photo"
    LAND_CERTIFICATE = "land_certificate"
    DECISION = "decision"
    OTHER = "other"


def category_label(category: str) -> str:
    return {
        AttachmentCategory.PHOTO: _("Photo"),
        AttachmentCategory.LAND_CERTIFICATE: _("Land-use certificate"),
        AttachmentCategory.DECISION: _("Decision"),
        AttachmentCategory.OTHER: _("Other document"),
    }[AttachmentCategory(category)]


# (magic bytes at offset 0, media type); WebP is checked separately (RIFF....WEBP).
_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
_EXTENSIONS = {
    "image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf",
    "image/tiff": ".tif", "image/webp": ".webp",
}  # fmt: skip


def sniff_media_type(head: bytes) -> str | None:
    """The media type told by a file's first bytes, or None if it is none we accept."""
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    asset_id: uuid.UUID
    sha256: str
    file_name: str
    media_type: str
    size_bytes: int
    category: str
    caption: str | None
    version: int
    created_at: datetime
    deleted: bool

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def _info(row: Attachment) -> AttachmentInfo:
    assert row.asset_id is not None
    return AttachmentInfo(
        id=row.id, asset_id=row.asset_id, sha256=row.sha256, file_name=row.file_name,
        media_type=row.media_type, size_bytes=row.size_bytes, category=row.category,
        caption=row.caption, version=row.version, created_at=row.created_at,
        deleted=row.deleted_at is not None,
    )  # fmt: skip


class AttachmentService:
    def __init__(self, context: ServiceContext, store: Path | None = None) -> None:
        self.context = context
        self.audit = AuditRecorder(context)
        self._store = store

    @property
    def store(self) -> Path:
        return self._store if self._store is not None else attachment_store_dir()

    def blob_path(self, sha256: str) -> Path:
        return self.store / sha256[:2] / sha256[2:4] / sha256

    # ---- writing -------------------------------------------------------------------------

    def attach(
        self,
        asset_id: uuid.UUID,
        path: Path,
        category: str = AttachmentCategory.OTHER,
        *,
        caption: str | None = None,
    ) -> AttachmentInfo:
        """Copy the file into the store and record it against the asset."""
        self.context.require(Permission.EDIT_ASSETS)
        try:
            category = AttachmentCategory(category)
        except ValueError:
            raise ValidationError(
                [FieldProblem("category", _("Unknown attachment category."), category)]
            ) from None
        sha256, media_type, size = self._store_file(Path(path))
        with self.context.db.write() as session:
            asset = session.get(Asset, asset_id)
            if asset is None or asset.deleted_at is not None:
                raise NotFoundError(_("No asset {key}.").format(key=asset_id))
            now = utcnow()
            row = Attachment(
                id=uuid.uuid4(), asset_id=asset_id, sha256=sha256,
                file_name=single_line(Path(path).name)[:255], media_type=media_type,
                size_bytes=size, category=category,
                caption=single_line(caption)[:300] if caption else None,
                created_at=now, updated_at=now, created_by=self.context.actor.user_id,
                updated_by=self.context.actor.user_id, version=1,
                origin_id=self.context.origin_id,
            )  # fmt: skip
            session.add(row)
            session.flush()
            self.audit.record(
                session, action="attach", entity_type="asset", entity_id=asset_id,
                entity_code=asset.code,
                after={"attachment_id": row.id, "file_name": row.file_name, "sha256": sha256,
                       "category": category},
            )  # fmt: skip
            return _info(row)

    def _store_file(self, source: Path) -> tuple[str, str, int]:
        """Copy `source` into the store; returns (sha256, media type, size)."""
        try:
            size = source.stat().st_size
            if size > MAX_BYTES:
                raise ValidationError([FieldProblem("file", _(
                    "{name} is {size} MB; attachments may be at most {limit} MB. Scan it at a "
                    "lower resolution or split it.").format(
                        name=source.name, size=size // (1024 * 1024),
                        limit=MAX_BYTES // (1024 * 1024)), str(source))])  # fmt: skip
            if size == 0:
                raise ValidationError(
                    [
                        FieldProblem(
                            "file", _("{name} is empty.").format(name=source.name), str(source)
                        )
                    ]
                )
            self.store.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            with (
                source.open("rb") as stream,
                tempfile.NamedTemporaryFile(
                    dir=self.store, prefix=".incoming-", delete=False
                ) as temp,
            ):
                head = stream.read(16)
                media_type = sniff_media_type(head)
                if media_type is None:
                    temp.close()
                    os.unlink(temp.name)
                    raise ValidationError([FieldProblem("file", _(
                        "{name} is not a photo or scan this application accepts. Attach a "
                        "JPEG, PNG, TIFF or WebP image or a PDF document.").format(
                            name=source.name), str(source))])  # fmt: skip
                chunk = head
                while chunk:
                    digest.update(chunk)
                    temp.write(chunk)
                    chunk = stream.read(_CHUNK)
                temp.flush()
                os.fsync(temp.fileno())
        except OSError as error:
            raise ServiceError(_("Cannot read {name}: {reason}").format(
                name=source.name, reason=error.strerror or error)) from error  # fmt: skip
        sha256 = digest.hexdigest()
        target = self.blob_path(sha256)
        if target.exists():
            os.unlink(temp.name)  # already stored: same content, same name
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp.name, target)
        return sha256, media_type, size

    def remove(self, attachment_id: uuid.UUID, *, expected_version: int) -> AttachmentInfo:
        """Soft-delete: hidden from the asset, kept in the store and the history."""
        return self._set_removed(attachment_id, expected_version, removed=True)

    def restore(self, attachment_id: uuid.UUID, *, expected_version: int) -> AttachmentInfo:
        return self._set_removed(attachment_id, expected_version, removed=False)

    def _set_removed(
        self, attachment_id: uuid.UUID, expected_version: int, *, removed: bool
    ) -> AttachmentInfo:
        from surplus_assets.errors import ConcurrencyError

        self.context.require(Permission.EDIT_ASSETS)
        with self.context.db.write() as session:
            row = session.get(Attachment, attachment_id)
            if row is None or row.asset_id is None:
                raise NotFoundError(_("No attachment {key}.").format(key=attachment_id))
            if row.version != expected_version:
                raise ConcurrencyError(_(
                    "The attachment {name} was changed by someone else. Reload the asset and "
                    "try again.").format(name=row.file_name))  # fmt: skip
            if (row.deleted_at is not None) == removed:
                return _info(row)
            row.deleted_at = utcnow() if removed else None
            row.deleted_by = self.context.actor.user_id if removed else None
            row.version += 1
            row.updated_at = utcnow()
            session.flush()
            asset = session.get(Asset, row.asset_id)
            self.audit.record(
                session, action="detach" if removed else "reattach", entity_type="asset",
                entity_id=row.asset_id, entity_code=asset.code if asset else None,
                before={"attachment_id": row.id, "file_name": row.file_name},
            )  # fmt: skip
            return _info(row)

    # ---- reading -------------------------------------------------------------------------

    def list_for(
        self, asset_id: uuid.UUID, *, include_removed: bool = False
    ) -> list[AttachmentInfo]:
        statement = select(Attachment).where(Attachment.asset_id == asset_id)
        if not include_removed:
            statement = statement.where(Attachment.deleted_at.is_(None))
        with self.context.db.read() as session:
            rows = session.scalars(statement.order_by(Attachment.created_at, Attachment.id))
            return [_info(row) for row in rows]

    def get(self, attachment_id: uuid.UUID) -> AttachmentInfo:
        with self.context.db.read() as session:
            row = session.get(Attachment, attachment_id)
            if row is None or row.asset_id is None:
                raise NotFoundError(_("No attachment {key}.").format(key=attachment_id))
            return _info(row)

    def verify(self, info: AttachmentInfo) -> Path:
        """The stored file, after checking that its bytes still have the recorded hash."""
        path = self.blob_path(info.sha256)
        digest = hashlib.sha256()
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
        except FileNotFoundError:
            raise NotFoundError(
                _(
                    "The file of {name} is missing from the attachment folder {folder}. "
                    "Restore the folder from a backup."
                ).format(name=info.file_name, folder=self.store)
            ) from None
        if digest.hexdigest() != info.sha256:
            raise ServiceError(_(
                "The stored file of {name} has been altered or damaged (its SHA-256 no longer "
                "matches). Restore the attachment folder from a backup.").format(
                    name=info.file_name))  # fmt: skip
        return path

    def open_path(self, attachment_id: uuid.UUID) -> Path:
        """A verified copy with the right extension, for the system viewer.

        The store's own files have no extension (and must never be edited in place), so the
        viewer gets a read-only copy in a temporary folder named like the original.
        """
        info = self.get(attachment_id)
        source = self.verify(info)
        folder = Path(tempfile.gettempdir()) / "surplus-assets-open" / info.sha256[:16]
        folder.mkdir(parents=True, exist_ok=True)
        stem = Path(info.file_name).stem or "attachment"
        target = folder / f"{stem}{_EXTENSIONS.get(info.media_type, '')}"
        if not target.exists():
            temp = target.with_name(target.name + ".part")
            temp.write_bytes(source.read_bytes())
            os.replace(temp, target)
            target.chmod(0o444)
        return target

    def thumbnail(self, attachment_id: uuid.UUID, size: int = THUMBNAIL_SIZE) -> Path | None:
        """A cached PNG thumbnail of an image (turned upright by its EXIF), None for a PDF."""
        info = self.get(attachment_id)
        if not info.is_image:
            return None
        cached = self.store / "thumbnails" / f"{info.sha256}-{size}.png"
        if cached.exists():
            return cached
        from PIL import Image, ImageOps, UnidentifiedImageError

        try:
            with Image.open(self.verify(info)) as image:
                upright = ImageOps.exif_transpose(image)
                upright.thumbnail((size, size))
                cached.parent.mkdir(parents=True, exist_ok=True)
                temp = cached.with_name(cached.name + ".part")
                upright.convert("RGBA").save(temp, format="PNG")
                os.replace(temp, cached)
        except (UnidentifiedImageError, OSError):
            return None  # a damaged image still opens in the viewer; no thumbnail for it
        return cached
