"""`backup --encrypt` and `restore` from the command line; the passphrase never reaches the log."""

from __future__ import annotations

from pathlib import Path

import pytest

from surplus_assets.cli import main
from surplus_assets.paths import log_dir

PASSPHRASE = "bí-mật-sao-lưu-2025"


def test_encrypted_backup_and_restore_by_cli(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    if not database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL backs up with pg_dump")
    assert main(["--db", database_url, "demo", "--assets", "30"]) == 0
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "mang-di.sabackup"
    assert main(["--verbose", "--db", database_url, "backup", "--out", str(out), "--encrypt",
                 "--passphrase-file", str(pass_file)]) == 0  # fmt: skip
    assert str(out) in capsys.readouterr().out

    monkeypatch.setenv("SURPLUS_ASSETS_PASSPHRASE", "wrong passphrase")
    assert main(["--db", database_url, "restore", str(out)]) == 1
    assert "Sai cụm mật khẩu" in capsys.readouterr().err
    monkeypatch.setenv("SURPLUS_ASSETS_PASSPHRASE", PASSPHRASE)
    assert main(["--verbose", "--db", database_url, "restore", str(out)]) == 0
    assert "30 tài sản" in capsys.readouterr().out

    logged = "".join(p.read_text(encoding="utf-8") for p in log_dir().glob("*.log*"))
    assert "backup written" in logged and PASSPHRASE not in logged
