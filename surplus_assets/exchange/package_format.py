"""The exchange package file: a zip with a manifest that names and hashes every member.

    manifest.json        format, format_version, package_id, origin_id, created_at/by,
                         destination, range_from/to, counts, members {name: {sha256, size}}
    manifest.sig         optional: the officer's signature over the manifest bytes
    assets.json  proposals.json  attachments.json  audit_events.json  units.json
    files/<sha256>       attachment bytes, named by their hash

Readers trust nothing until the manifest and every member hash check out (package_reader).
`PackageLayer` is the seam for wrapping the zip bytes (passphrase encryption is a separate
issue): a layer turns a plain zip into the file written and back.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from surplus_assets.errors import ServiceError

FORMAT_NAME = "surplus-assets-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORD_MEMBERS = ("assets.json", "proposals.json", "attachments.json", "audit_events.json",
                  "units.json")  # fmt: skip
FILES_PREFIX = "files/"
FILE_MEMBER = re.compile(r"^files/[0-9a-f]{64}$")

# Refusal limits: a package is the catalogue of a province at most, plus its photos.
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MEMBER_BYTES = 1024 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_MEMBERS = 500_000
MAX_COMPRESSION_RATIO = 200  # JSON compresses ~10-20x; a zip bomb by thousands


class PackageError(ServiceError):
    """The package was refused before anything was written; the message says why."""


class PackageLayer(Protocol):
    """Wraps the plain zip (e.g. encryption with a passphrase) and unwraps it again."""

    def recognises(self, head: bytes) -> bool:
        """Whether a file starting with `head` (its first 64 bytes) is this layer's output."""
        ...

    def wrap(self, plain_zip: Path, target: Path) -> None: ...

    def unwrap(self, package: Path, work_dir: Path) -> Path:
        """The plain zip (written inside `work_dir`), or PackageError."""
        ...


ZIP_MAGIC = b"PK\x03\x04"
