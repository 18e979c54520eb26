"""The passphrase envelope: round trips, and every kind of tampering is detected."""

from __future__ import annotations

import io
import os

import pytest

from surplus_assets.crypto_envelope import (
    HEADER_SIZE,
    MIN_CHUNK,
    TAG_SIZE,
    DamagedEnvelopeError,
    EnvelopeError,
    KdfParams,
    WrongPassphraseError,
    check_new_passphrase,
    decrypt_stream,
    encrypt_stream,
    is_encrypted,
)

FAST = KdfParams(log2_n=10, r=8, p=1)  # tests only: the default costs ~0.1 s
PASS = "mật khẩu dài đủ"


def seal(data: bytes, chunk: int = MIN_CHUNK) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, PASS, chunk_size=chunk, kdf=FAST)
    return out.getvalue()


def open_(sealed: bytes, passphrase: str = PASS) -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(sealed), out, passphrase)
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, MIN_CHUNK - 1, MIN_CHUNK, MIN_CHUNK + 1, 3 * MIN_CHUNK])
def test_round_trip_at_chunk_boundaries(size: int) -> None:
    data = os.urandom(size)
    sealed = seal(data)
    assert is_encrypted(sealed) and (size < 64 or data[:64] not in sealed)
    assert open_(sealed) == data


def test_wrong_passphrase_is_told_apart_from_damage() -> None:
    sealed = seal(b"x" * 10_000)
    with pytest.raises(WrongPassphraseError):
        open_(sealed, "another passphrase")
    # Unicode: the same passphrase typed in composed or decomposed form opens the file.
    assert open_(seal(b"abc"), "ma\u0302\u0323t kha\u0302\u0309u da\u0300i \u0111u\u0309") == b"abc"


def test_tampering_truncation_and_reordering_are_detected() -> None:
    sealed = seal(os.urandom(3 * MIN_CHUNK))
    block = MIN_CHUNK + TAG_SIZE
    flipped = bytearray(sealed)
    flipped[HEADER_SIZE + 10] ^= 1
    chunks = [sealed[HEADER_SIZE + i * block : HEADER_SIZE + (i + 1) * block] for i in range(4)]
    swapped = sealed[:HEADER_SIZE] + chunks[1] + chunks[0] + chunks[2] + chunks[3]
    for bad in (bytes(flipped), sealed[:-1], sealed[: HEADER_SIZE + 2 * block], swapped):
        with pytest.raises(DamagedEnvelopeError):
            open_(bad)
    header_edit = bytearray(sealed)
    header_edit[HEADER_SIZE - 20] ^= 1  # the nonce prefix: authenticated as associated data
    with pytest.raises(EnvelopeError):
        open_(bytes(header_edit))


def test_hostile_header_costs_are_refused_before_any_work() -> None:
    sealed = bytearray(seal(b"data"))
    sealed[10] = 40  # log2(N) = 40 would need terabytes
    with pytest.raises(DamagedEnvelopeError):
        open_(bytes(sealed))


def test_short_passphrases_are_refused_for_new_files() -> None:
    with pytest.raises(EnvelopeError, match="ít nhất 8"):
        check_new_passphrase("1234567")
