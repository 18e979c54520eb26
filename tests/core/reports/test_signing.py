"""Signing and verifying reports: pyHanko and poppler's pdfsig must agree."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from surplus_assets.errors import AuthenticationError, NotFoundError
from surplus_assets.reports.embedded import read_embedded_data
from surplus_assets.reports.formatting import LOCAL_TZ
from surplus_assets.reports.pdfsig import run_pdfsig
from surplus_assets.reports.rendering import RenderedReport
from surplus_assets.reports.signing import Pkcs11Source, Pkcs12Source, sign_pdf
from surplus_assets.reports.verify import load_trust_roots, verify_pdf, verify_report
from tests.core.reports.conftest import OFFICER, PASSPHRASE, REVIEWER, Pki, Token
from tests.core.reports.poppler import fonts, pdftotext


@pytest.fixture(scope="module")
def signed(reports: dict[str, RenderedReport], pki: Pki) -> bytes:
    return sign_pdf(reports["inventory"].pdf, Pkcs12Source(pki.officer_p12, PASSPHRASE))


@pytest.fixture(scope="module")
def countersigned(signed: bytes, pki: Pki) -> bytes:
    return sign_pdf(signed, Pkcs12Source(pki.reviewer_p12, "duyet-456"))


def _pdfsig(pdf: bytes, tmp_path: Path, nss_dir: Path | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    return run_pdfsig(path, nss_dir)


def test_signed_report_validates_in_pyhanko(signed: bytes, pki: Pki) -> None:
    result = verify_pdf(signed, load_trust_roots([pki.ca.pem_path]))
    assert result.all_intact and result.all_trusted
    (sig,) = result.signatures
    assert (sig.signer_name, sig.organisation) == OFFICER
    assert sig.covers_whole_file and sig.later_changes == "none"
    assert sig.signing_time is not None
    assert abs(sig.signing_time - datetime.now(LOCAL_TZ)) < timedelta(minutes=10)
    assert sig.signing_time.utcoffset() == timedelta(hours=7)
    # offline: revocation and a trusted time are reported as not checked
    assert len(sig.not_checked) == 2 and "thu hồi" in sig.not_checked[0]
    json.dumps(result.to_dict(), ensure_ascii=False)


def test_signed_report_validates_in_pdfsig(signed: bytes, nss_dir: Path, tmp_path: Path) -> None:
    (sig,) = _pdfsig(signed, tmp_path, nss_dir)
    assert sig.valid, sig.validation
    assert sig.trusted, sig.certificate_validation
    assert sig.common_name == OFFICER[0]
    assert sig.total_document_signed


def test_trust_is_not_checked_without_roots_and_fails_with_a_foreign_root(
    signed: bytes, pki: Pki
) -> None:
    unchecked = verify_pdf(signed)
    assert unchecked.all_intact
    assert unchecked.signatures[0].trusted is None
    assert unchecked.to_dict()["all_trusted"] is None
    foreign = verify_pdf(signed, load_trust_roots([pki.other_ca.pem_path]))
    assert foreign.all_intact and foreign.signatures[0].trusted is False
    assert foreign.signatures[0].trust_problem


def test_one_changed_byte_breaks_the_signature_for_both_validators(
    signed: bytes, nss_dir: Path, tmp_path: Path, sample_assets: list
) -> None:
    tampered = bytearray(signed)
    position = signed.index(sample_assets[0].code.encode())  # inside the embedded JSON
    tampered[position + 3] ^= 0x01
    result = verify_pdf(bytes(tampered))
    assert not result.all_intact
    assert not result.signatures[0].intact
    (sig,) = _pdfsig(bytes(tampered), tmp_path, nss_dir)
    assert not sig.valid
    assert "Mismatch" in sig.validation


def test_countersigned_report_keeps_both_signatures_valid(
    countersigned: bytes, pki: Pki, nss_dir: Path, tmp_path: Path
) -> None:
    result = verify_pdf(countersigned, load_trust_roots([pki.ca.pem_path]))
    assert result.all_intact and result.all_trusted
    first, second = result.signatures
    assert (first.signer_name, second.signer_name) == (OFFICER[0], REVIEWER[0])
    assert second.organisation == REVIEWER[1]
    assert first.later_changes == "form_filling" and not first.covers_whole_file
    assert second.later_changes == "none"
    pdfsig = _pdfsig(countersigned, tmp_path, nss_dir)
    assert [s.valid for s in pdfsig] == [True, True]
    assert [s.trusted for s in pdfsig] == [True, True]


def test_countersigned_report_reads_back_its_data(
    countersigned: bytes, reports: dict[str, RenderedReport], pki: Pki
) -> None:
    checked = verify_report(countersigned, load_trust_roots([pki.ca.pem_path]))
    assert checked.data == reports["inventory"].data
    assert checked.data_trustworthy
    assert read_embedded_data(countersigned).hash_ok


def test_visible_stamps_show_signer_organisation_and_time(
    countersigned: bytes, reports: dict[str, RenderedReport]
) -> None:
    last = reports["inventory"].page_count
    text = pdftotext(countersigned, last, last)
    assert f"Ký bởi: {OFFICER[0]}" in text
    assert f"Ký bởi: {REVIEWER[0]}" in text
    assert f"Cơ quan: {OFFICER[1]}" in text
    assert "Thời gian:" in text and "(GMT+7)" in text


def test_wrong_passphrase_is_a_clear_error(reports: dict[str, RenderedReport], pki: Pki) -> None:
    with pytest.raises(AuthenticationError, match="mật khẩu không đúng"):
        sign_pdf(reports["plan"].pdf, Pkcs12Source(pki.officer_p12, "sai mật khẩu"))


def test_missing_certificate_file_is_a_clear_error(reports: dict[str, RenderedReport]) -> None:
    with pytest.raises(NotFoundError, match="Không tìm thấy tệp chứng thư số"):
        sign_pdf(reports["plan"].pdf, Pkcs12Source(Path("/nonexistent/can-bo.p12"), "x"))


# --- PKCS#11 against a real SoftHSM2 token ---------------------------------------------


def test_token_signature_validates_in_both(
    softhsm_token: Token,
    reports: dict[str, RenderedReport],
    pki: Pki,
    nss_dir: Path,
    tmp_path: Path,
) -> None:
    source = Pkcs11Source(
        softhsm_token.module,
        softhsm_token.label,
        softhsm_token.pin,
        key_label=softhsm_token.key_label,
    )
    signed = sign_pdf(reports["plan"].pdf, source)
    result = verify_pdf(signed, load_trust_roots([pki.ca.pem_path]))
    assert result.all_intact and result.all_trusted
    assert result.signatures[0].signer_name == "Lê Đức Thắng"
    (sig,) = _pdfsig(signed, tmp_path, nss_dir)
    assert sig.valid and sig.trusted


def test_wrong_pin_is_a_clear_error(
    softhsm_token: Token, reports: dict[str, RenderedReport]
) -> None:
    source = Pkcs11Source(
        softhsm_token.module, softhsm_token.label, "000000", key_label=softhsm_token.key_label
    )
    with pytest.raises(AuthenticationError, match=r"Mã PIN .* không đúng"):
        sign_pdf(reports["plan"].pdf, source)


def test_missing_token_is_a_clear_error(
    softhsm_token: Token, reports: dict[str, RenderedReport]
) -> None:
    source = Pkcs11Source(
        softhsm_token.module, "Token không có", softhsm_token.pin, key_label=softhsm_token.key_label
    )
    with pytest.raises(NotFoundError, match="Không thấy token có nhãn"):
        sign_pdf(reports["plan"].pdf, source)


def test_signed_file_still_embeds_every_font(countersigned: bytes) -> None:
    listed = fonts(countersigned)
    assert any("SAStampSerif" in name for name, _ in listed)  # the stamps' Vietnamese font
    assert all(embedded == "yes" for _, embedded in listed), listed
