"""Each report kind generated from a demo database through the CLI, signed, verified and
listed in the register, as an officer would do it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.core.reports import poppler
from tests.core.reports_service.conftest import run, run_json
from tests.core.signing_fixtures import OFFICER, Pki, Token

HEADER = (
    "--number",
    "15/BC-STC",
    "--place",
    "Phú Thọ",
    "--date",
    "05/03/2026",
    "--signer-name",
    "Nguyễn Văn Hùng",
    "--signer-title",
    "PHÓ GIÁM ĐỐC",
)


def _proposal_codes(capsys: pytest.CaptureFixture[str], url: str) -> list[str]:
    rows = run_json(capsys, "--db", url, "proposals", "list")
    return sorted(r["code"] for r in rows)


@pytest.mark.parametrize("kind", ["inventory", "plan", "dossier", "progress"])
def test_each_kind_from_real_data_is_vietnamese_with_embedded_fonts(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path, kind: str
) -> None:
    target: list[str] = []
    if kind == "plan":
        target = _proposal_codes(capsys, demo_url)
    elif kind == "dossier":
        [asset] = run_json(
            capsys,
            "--db",
            demo_url,
            "assets",
            "list",
            "--search",
            "tru so uy ban nhan dan xa hoa binh cu",
        )
        target = [asset["code"]]
    out = tmp_path / f"{kind}.pdf"
    result = run_json(capsys, "--db", demo_url, "report", kind, *target, "--out", str(out), *HEADER)
    pdf = out.read_bytes()
    assert result["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert result["state"] == "generated" and result["pages"] >= 1
    text = poppler.pdftotext(pdf)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Phú Thọ, ngày 05 tháng 3 năm 2026" in text
    assert "Số: 15/BC-STC" in text
    assert "Nguyễn Văn Hùng" in text
    expected = {
        "inventory": ["Danh mục tài sản công dôi dư", "TỔNG CỘNG", "Máy móc, thiết bị"],
        "plan": [
            "TỜ TRÌNH",
            "Mẫu số 01/TSC-XLTS",
            "Điều chuyển",
            "Bán (đấu giá)",
            "Điều chuyển máy móc, thiết bị dôi dư cho trường học",
        ],
        "dossier": [
            "HỒ SƠ",
            "Trụ sở làm việc, cơ sở nhà đất",
            "LỊCH SỬ THAY ĐỔI",
            "Tạo mới",
            "Cập nhật",
            "Nhà làm việc 2 tầng",
            "1.250,50",
        ],
        "progress": ["Theo tình trạng xử lý", "Chờ xử lý", "Đã lập phương án"],
    }[kind]
    flat = " ".join(text.split())
    for phrase in expected:
        assert phrase in flat, phrase
    embedded = poppler.fonts(pdf)
    assert embedded and all(emb == "yes" for _name, emb in embedded), embedded


def test_inventory_uses_the_asset_list_filters(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    cars = run_json(capsys, "--db", demo_url, "assets", "list", "--kind", "car")
    result = run_json(
        capsys,
        "--db",
        demo_url,
        "report",
        "inventory",
        "--kind",
        "car",
        "--out",
        str(tmp_path / "xe.pdf"),
    )
    covered = result["report"]["covered"]
    assert {c["code"] for c in covered} == {c["code"] for c in cars}
    assert result["covered_counts"] == {"asset": len(cars)}
    text = " ".join(poppler.pdftotext((tmp_path / "xe.pdf").read_bytes()).split())
    assert f"Tổng số {len(cars)} tài sản" in text


def test_signed_report_verifies_and_a_changed_byte_fails(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    tmp_path: Path,
    pki: Pki,
    pass_file: Path,
) -> None:
    out = tmp_path / "signed.pdf"
    code, stdout, err = run(
        capsys,
        "--db",
        demo_url,
        "report",
        "progress",
        "--out",
        str(out),
        "--sign",
        str(pki.officer_p12),
        "--pass-file",
        str(pass_file),
    )
    assert code == 0, err
    assert OFFICER[0] in stdout
    trust = ("--trust", str(pki.ca.pem_path))
    result = run_json(capsys, "verify", str(out), *trust)
    assert result["all_intact"] is True and result["all_trusted"] is True
    [signature] = result["signatures"]
    assert signature["signer_name"] == OFFICER[0]
    assert result["report"]["kind"] == "progress" and result["report"]["hash_ok"]

    code, text, _ = run(capsys, "verify", str(out), *trust)
    assert code == 0 and OFFICER[0] in text

    pdf = bytearray(out.read_bytes())
    position = pdf.index(b"/Contents", len(pdf) // 4)  # a byte inside the signed range
    pdf[position + 1] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(pdf))
    code, _, _ = run(capsys, "verify", str(tampered), *trust)
    assert code == 1


def test_unsigned_file_fails_verification(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "plain.pdf"
    assert run(capsys, "--db", demo_url, "report", "inventory", "--out", str(out))[0] == 0
    code, text, _ = run(capsys, "verify", str(out))
    assert code == 1
    assert "không có chữ ký" in text.lower()


def test_wrong_passphrase_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path, pki: Pki
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("sai mật khẩu\n", encoding="utf-8")
    before = run_json(capsys, "--db", demo_url, "report", "list")
    out = tmp_path / "x.pdf"
    code, _, err = run(
        capsys,
        "--db",
        demo_url,
        "report",
        "inventory",
        "--out",
        str(out),
        "--sign",
        str(pki.officer_p12),
        "--pass-file",
        str(wrong),
    )
    assert code == 1
    assert pki.officer_p12.name in err
    assert not out.exists()
    assert run_json(capsys, "--db", demo_url, "report", "list") == before


def test_register_lists_every_generated_and_signed_report(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    tmp_path: Path,
    pki: Pki,
    pass_file: Path,
) -> None:
    before = len(run_json(capsys, "--db", demo_url, "report", "list"))
    plain = run_json(
        capsys,
        "--db",
        demo_url,
        "report",
        "inventory",
        "--out",
        str(tmp_path / "a.pdf"),
        "--number",
        "21/BC-STC",
    )
    signed = run_json(
        capsys,
        "--db",
        demo_url,
        "report",
        "progress",
        "--out",
        str(tmp_path / "b.pdf"),
        "--number",
        "22/BC-STC",
        "--sign",
        str(pki.officer_p12),
        "--pass-file",
        str(pass_file),
    )
    entries = run_json(capsys, "--db", demo_url, "report", "list")
    assert len(entries) == before + 2
    newest = {e["number"]: e for e in entries[:2]}
    assert newest["21/BC-STC"]["state"] == "generated"
    assert newest["21/BC-STC"]["sha256"] == plain["sha256"]
    assert newest["22/BC-STC"]["state"] == "signed"
    assert newest["22/BC-STC"]["signer_name"] == OFFICER[0]
    assert (
        newest["22/BC-STC"]["sha256"]
        == hashlib.sha256((tmp_path / "b.pdf").read_bytes()).hexdigest()
    )
    assert signed["signed_at"] is not None
    code, table, _ = run(capsys, "--db", demo_url, "report", "list", "--limit", "2")
    assert code == 0 and "22/BC-STC" in table and "21/BC-STC" in table


def test_token_signature_through_the_cli(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    tmp_path: Path,
    softhsm_token: Token,
    pki: Pki,
) -> None:
    pin = tmp_path / "pin.txt"
    pin.write_text(softhsm_token.pin + "\n", encoding="utf-8")
    out = tmp_path / "token.pdf"
    code, _, err = run(
        capsys,
        "--db",
        demo_url,
        "report",
        "inventory",
        "--kind",
        "car",
        "--out",
        str(out),
        "--pkcs11-module",
        softhsm_token.module,
        "--token-label",
        softhsm_token.label,
        "--key-label",
        softhsm_token.key_label,
        "--pin-file",
        str(pin),
    )
    assert code == 0, err
    result = run_json(capsys, "verify", str(out), "--trust", str(pki.ca.pem_path))
    assert result["all_intact"] and result["signatures"][0]["signer_name"] == "Lê Đức Thắng"
