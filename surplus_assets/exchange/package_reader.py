"""Opening an exchange package without trusting it.

Everything is checked before the caller sees a single record: the file is a zip (or a layer
such as encryption recognises it); every member name is a plain relative path (no "..",
absolute paths, backslashes or drive letters: zip slip); no member is a symlink or a
duplicate; every member is listed in the manifest and every listed member is present; sizes
stay under the limits and the compression ratio under MAX_COMPRESSION_RATIO (zip bombs), counted
while streaming rather than trusting the zip headers; every SHA-256 matches; the format version
is one this application knows; the signature, if any, matches the manifest. JSON members are
kept in memory, attachment files in a temporary folder that `close()` removes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from surplus_assets.exchange.package_format import (
    FILE_MEMBER,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_COMPRESSION_RATIO,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_TOTAL_BYTES,
    RECORD_MEMBERS,
    SIGNATURE,
    ZIP_MAGIC,
    PackageError,
    PackageLayer,
)
from surplus_assets.exchange.package_signing import SignatureInfo, verify_manifest_signature
from surplus_assets.i18n import _

CHUNK = 1024 * 1024


@dataclass
class VerifiedPackage:
    """A package whose every byte checked out; records are still to be validated."""

    manifest: dict[str, Any]
    manifest_sha256: str
    signature: SignatureInfo
    members: dict[str, bytes]  # JSON members
    files: dict[str, Path] = field(default_factory=dict)  # attachment sha256 → temp file
    work_dir: Path | None = None

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def origin_id(self) -> str:
        return str(self.manifest["origin_id"])

    def records(self, member: str) -> list[Any]:
        raw = self.members.get(member)
        if raw is None:
            return []
        try:
            value = json.loads(raw)
        except ValueError as error:
            raise PackageError(_("Member {member} of the package is not valid JSON.")
                               .format(member=member)) from error  # fmt: skip
        if not isinstance(value, list):
            raise PackageError(_("Member {member} of the package is not a list of records.")
                               .format(member=member))  # fmt: skip
        return value

    def close(self) -> None:
        if self.work_dir is not None:
            shutil.rmtree(self.work_dir, ignore_errors=True)
            self.work_dir = None


def _refuse(message: str, **values: object) -> PackageError:
    return PackageError(message.format(**values))


def _check_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    path = PurePosixPath(name)
    if (
        not name
        or "\\" in name
        or name.startswith("/")
        or path.is_absolute()
        or any(part in ("..", "") for part in name.split("/"))
        or ":" in name
        or "\x00" in name
    ):
        raise _refuse(
            _(
                "The package contains a member with an unsafe path ({name}): it tries "
                "to write outside its folder. The package was refused."
            ),
            name=name[:120],
        )
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _refuse(_("The package contains a symbolic link ({name}). The package was "
                        "refused."), name=name[:120])  # fmt: skip
    if info.is_dir():
        raise _refuse(_("The package contains an unexpected folder entry ({name}). The package "
                        "was refused."), name=name[:120])  # fmt: skip
    return name


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int,
                 sink: Any | None) -> tuple[bytes, str, int]:  # fmt: skip
    """The member's bytes (or streamed into `sink`), its SHA-256 and size, within limits."""
    if info.file_size > limit:
        raise _refuse(_("Member {name} is too large ({size} bytes; at most {limit})."),
                      name=info.filename, size=info.file_size, limit=limit)  # fmt: skip
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    size = 0
    allowed = min(limit, max(info.compress_size, 1) * MAX_COMPRESSION_RATIO + CHUNK)
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > allowed:
                raise _refuse(
                    _(
                        "Member {name} expands far beyond its compressed size (a zip "
                        "bomb?). The package was refused."
                    ),
                    name=info.filename,
                )
            digest.update(chunk)
            if sink is None:
                chunks.append(chunk)
            else:
                sink.write(chunk)
    return b"".join(chunks), digest.hexdigest(), size


def _parse_manifest(raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw)
    except ValueError as error:
        raise _refuse(_("The package manifest is not valid JSON.")) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise _refuse(_("This file is not a surplus-assets exchange package."))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _refuse(_("The package manifest has no format version."))
    if version > FORMAT_VERSION:
        raise _refuse(_("The package was made by a newer version of the application (format "
                        "{version}; this one reads up to {known}). Update the application to "
                        "import it."), version=version, known=FORMAT_VERSION)  # fmt: skip
    members = manifest.get("members")
    if not isinstance(members, dict) or not all(
        isinstance(v, dict) and isinstance(v.get("sha256"), str) and isinstance(v.get("size"), int)
        for v in members.values()
    ):
        raise _refuse(_("The package manifest does not list its members with their hashes."))
    for key in ("package_id", "origin_id", "created_at"):
        if not isinstance(manifest.get(key), str):
            raise _refuse(_("The package manifest lacks {key}."), key=key)
    return manifest


def _unwrapped(path: Path, layers: Sequence[PackageLayer], work_dir: Path) -> Path:
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except FileNotFoundError as error:
        raise _refuse(_("Package file not found: {path}."), path=path) from error
    if head.startswith(ZIP_MAGIC):
        return path
    for layer in layers:
        if layer.recognises(head):
            return layer.unwrap(path, work_dir)
    raise _refuse(_("{path} is not an exchange package (not a zip file, or damaged)."), path=path)


def read_package(path: Path, layers: Sequence[PackageLayer] = ()) -> VerifiedPackage:
    """Open and verify a package; PackageError (with nothing written anywhere) if refused."""
    work_dir = Path(tempfile.mkdtemp(prefix="sa-exchange-"))
    try:
        return _read(_unwrapped(path, layers, work_dir), work_dir)
    except BaseException:
        shutil.rmtree(work_dir, ignore_errors=True)
        raise


def _read(path: Path, work_dir: Path) -> VerifiedPackage:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise _refuse(_("The package is damaged or truncated ({reason}). Ask the sender to "
                        "export it again."), reason=error) from error  # fmt: skip
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(_("The package has too many members ({count})."), count=len(infos))
        by_name: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = _check_name(info)
            if name in by_name:
                raise _refuse(_("The package contains {name} twice. The package was refused."),
                              name=name)  # fmt: skip
            by_name[name] = info
        if MANIFEST not in by_name:
            raise _refuse(_("The package has no manifest. The package was refused."))
        try:
            raw_manifest, manifest_sha, _size = _read_member(
                archive, by_name[MANIFEST], MAX_MANIFEST_BYTES, None
            )
            manifest = _parse_manifest(raw_manifest)
            listed: dict[str, dict[str, Any]] = manifest["members"]
            extra = sorted(set(by_name) - set(listed) - {MANIFEST, SIGNATURE})
            if extra:
                raise _refuse(
                    _(
                        "The package contains {name}, which its manifest does not list. "
                        "The package was refused."
                    ),
                    name=extra[0][:120],
                )
            missing = sorted(set(listed) - set(by_name))
            if missing:
                raise _refuse(
                    _(
                        "The package lacks {name}, which its manifest lists: it is "
                        "incomplete or truncated."
                    ),
                    name=missing[0][:120],
                )
            unknown = [n for n in listed if n not in RECORD_MEMBERS and not FILE_MEMBER.match(n)]
            if unknown:
                raise _refuse(_("The manifest lists an unknown member {name}."),
                              name=unknown[0][:120])  # fmt: skip
            signature = None
            if SIGNATURE in by_name:
                signature, _sha, _size = _read_member(archive, by_name[SIGNATURE], CHUNK, None)
            created = _created_at(manifest)
            signer = verify_manifest_signature(raw_manifest, signature, created)
            package = VerifiedPackage(manifest, manifest_sha, signer, {}, {}, work_dir)
            total = 0
            for name in sorted(listed):
                expected = listed[name]
                if FILE_MEMBER.match(name):
                    target = work_dir / name.removeprefix("files/")
                    with target.open("wb") as sink:
                        _data, digest, size = _read_member(
                            archive, by_name[name], MAX_MEMBER_BYTES, sink
                        )
                    if digest != name.removeprefix("files/"):
                        raise _refuse(_("Attachment {name} does not match its hash."), name=name)
                    package.files[digest] = target
                else:
                    data, digest, size = _read_member(
                        archive, by_name[name], MAX_MEMBER_BYTES, None
                    )
                    package.members[name] = data
                total += size
                if total > MAX_TOTAL_BYTES:
                    raise _refuse(_("The package expands to more than {limit} bytes."),
                                  limit=MAX_TOTAL_BYTES)  # fmt: skip
                if digest != expected["sha256"] or size != expected["size"]:
                    raise _refuse(_("Member {name} does not match the hash in the manifest: the "
                                    "package was changed or damaged. The package was refused."),
                                  name=name)  # fmt: skip
        except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile, zlib.error) as error:
            raise _refuse(_("The package is damaged or truncated ({reason}). Ask the sender to "
                            "export it again."), reason=error) from error  # fmt: skip
    return package


def _created_at(manifest: dict[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(manifest["created_at"])
    except (ValueError, TypeError):
        raise _refuse(_("The package manifest has an unreadable creation time.")) from None
