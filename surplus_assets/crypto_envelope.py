"""Passphrase encryption of whole files (backups, exchange packages): authenticated, streamed.

Format (integers big-endian), a fixed 56-byte header followed by chunks:

    magic        8  b"SAENC\\x1a\\n\\x00"
    version      1  1
    kdf          1  1 = scrypt
    log2_n, r, p 3  scrypt cost (refused outside sane bounds, so a hostile header cannot make
                    us allocate gigabytes)
    salt        16
    chunk_size   4  plaintext bytes per chunk
    nonce_prefix 7
    key_check   16  derived from the passphrase beside the key: tells a wrong passphrase
                    apart from a damaged file
    chunks          AES-256-GCM(chunk) + 16-byte tag each; nonce = prefix | counter (4) |
                    last flag (1); the header is the associated data of every chunk

This is the STREAM construction: reordering, dropping, duplicating or truncating chunks, or
editing the header, fails authentication. The passphrase is asked each time, never stored.
Decrypted bytes are written as chunks authenticate, so a caller must treat its output as
untrusted until decrypt_stream() returns (decrypt_file() writes beside and renames).
"""

from __future__ import annotations

import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _

MAGIC = b"SAENC\x1a\n\x00"
VERSION = 1
KDF_SCRYPT = 1
_HEADER = struct.Struct(">8sBBBBB16sI7s16s")
HEADER_SIZE = _HEADER.size
TAG_SIZE = 16
DEFAULT_CHUNK = 1024 * 1024
MIN_CHUNK, MAX_CHUNK = 4096, 16 * 1024 * 1024
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost; the default takes ~0.1 s and 32 MiB."""

    log2_n: int = 15
    r: int = 8
    p: int = 1

    def check(self) -> None:
        # At most 128 MiB and well under a second; files of this application use 2**15.
        if not (10 <= self.log2_n <= 17 and 1 <= self.r <= 8 and 1 <= self.p <= 2):
            raise DamagedEnvelopeError(_("The encrypted file's header is damaged."))


class EnvelopeError(ServiceError):
    """An encrypted file could not be opened."""


class WrongPassphraseError(EnvelopeError):
    pass


class DamagedEnvelopeError(EnvelopeError):
    pass


def is_encrypted(head: bytes) -> bool:
    """Whether bytes read from the start of a file begin an encrypted envelope."""
    return head.startswith(MAGIC)


def file_is_encrypted(path: Path) -> bool:
    with open(path, "rb") as handle:
        return is_encrypted(handle.read(len(MAGIC)))


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect a file taken off the laptop."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise EnvelopeError(
            _("The passphrase is too short: use at least {count} characters.").format(
                count=MIN_PASSPHRASE
            )
        )


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    derived = Scrypt(salt=salt, length=48, n=2**kdf.log2_n, r=kdf.r, p=kdf.p).derive(secret)
    return derived[:32], derived[32:]


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


def encrypt_stream(
    source: BinaryIO,
    target: BinaryIO,
    passphrase: str,
    *,
    chunk_size: int = DEFAULT_CHUNK,
    kdf: KdfParams | None = None,
) -> None:
    """Encrypt everything readable from `source` into `target`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = kdf or KdfParams()
    salt, prefix = os.urandom(16), os.urandom(7)
    key, check = _derive(passphrase, salt, kdf)
    header = _HEADER.pack(
        MAGIC, VERSION, KDF_SCRYPT, kdf.log2_n, kdf.r, kdf.p, salt, chunk_size, prefix, check
    )
    target.write(header)
    cipher = AESGCM(key)
    counter = 0
    chunk = source.read(chunk_size)
    while True:
        following = source.read(chunk_size) if len(chunk) == chunk_size else b""
        last = not following
        target.write(cipher.encrypt(_nonce(prefix, counter, last), chunk, header))
        if last:
            return
        counter += 1
        if counter >= 2**32:
            raise EnvelopeError(_("The file is too large to encrypt."))
        chunk = following


def read_header(source: BinaryIO) -> tuple[bytes, KdfParams, bytes, int, bytes, bytes]:
    """(header bytes, kdf, salt, chunk size, nonce prefix, key check); refuses bad headers."""
    header = source.read(HEADER_SIZE)
    if not is_encrypted(header):
        raise DamagedEnvelopeError(_("The file is not an encrypted file of this application."))
    if len(header) < HEADER_SIZE:
        raise DamagedEnvelopeError(_("The encrypted file is cut short."))
    _magic, version, kdf_id, log2_n, r, p, salt, chunk, prefix, check = _HEADER.unpack(header)
    if version != VERSION or kdf_id != KDF_SCRYPT:
        raise DamagedEnvelopeError(
            _("The encrypted file uses format {version}, which this version cannot read.").format(
                version=f"{version}.{kdf_id}"
            )
        )
    kdf = KdfParams(log2_n, r, p)
    kdf.check()
    if not MIN_CHUNK <= chunk <= MAX_CHUNK:
        raise DamagedEnvelopeError(_("The encrypted file's header is damaged."))
    return header, kdf, salt, chunk, prefix, check


def decrypt_stream(source: BinaryIO, target: BinaryIO, passphrase: str) -> int:
    """Decrypt `source` into `target`; returns the plaintext size.

    Raises WrongPassphraseError, or DamagedEnvelopeError when any byte was changed, chunks
    were reordered or the file was cut short.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, kdf, salt, chunk_size, prefix, check = read_header(source)
    key, expected_check = _derive(passphrase, salt, kdf)
    if not hmac.compare_digest(check, expected_check):
        raise WrongPassphraseError(_("Wrong passphrase for this encrypted file."))
    cipher = AESGCM(key)
    counter, total = 0, 0
    block = source.read(chunk_size + TAG_SIZE)
    while True:
        following = source.read(chunk_size + TAG_SIZE) if block else b""
        last = not following
        if len(block) < TAG_SIZE or (not last and len(block) != chunk_size + TAG_SIZE):
            raise DamagedEnvelopeError(_("The encrypted file is cut short or damaged."))
        try:
            plain = cipher.decrypt(_nonce(prefix, counter, last), block, header)
        except InvalidTag as error:
            raise DamagedEnvelopeError(
                _("The encrypted file was changed or damaged (chunk {index} does not "
                  "authenticate).").format(index=counter + 1)
            ) from error  # fmt: skip
        target.write(plain)
        total += len(plain)
        if last:
            return total
        counter += 1
        block = following


def encrypt_file(source: Path, target: Path, passphrase: str, **options: object) -> Path:
    """Encrypt a file into `target` (written beside, then renamed)."""
    partial = target.with_name(target.name + ".partial")
    try:
        with open(source, "rb") as src, open(partial, "wb") as dst:
            encrypt_stream(src, dst, passphrase, **options)  # type: ignore[arg-type]
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def decrypt_file(source: Path, target: Path, passphrase: str) -> Path:
    """Decrypt into `target`, which only appears once every chunk authenticated."""
    partial = target.with_name(target.name + ".partial")
    try:
        with open(source, "rb") as src, open(partial, "wb") as dst:
            decrypt_stream(src, dst, passphrase)
        os.replace(partial, target)
    except OSError as error:
        raise EnvelopeError(
            _("Cannot read the encrypted file {path}: {reason}").format(
                path=source, reason=error.strerror or error
            )
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    return target
