"""The PyInstaller bundle as an officer gets it: built from this checkout, then run.

The frozen CLI creates a database, loads demo data, renders, signs and verifies a report
(the same content as the source run's); the frozen GUI paints its main window offscreen
and exits 0; a `portable.txt` beside the executables keeps data and settings in `data/`
beside them; the frozen GUI starts within 1.5x the source run's time. Any traceback or
stray line on stderr fails the test (conftest.STDERR_ALLOWED is the allow-list).
"""

from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from surplus_assets.reports.data import ReportData
from tests.e2e.conftest import (
    ROOT,
    Bundle,
    run,
    run_clean,
    scrubbed_env,
    source_cli,
    source_gui,
)

DEMO_ASSETS = "300"
# The target (docs/installer.md, "Size": the Linux bundle is ~142 MiB).
SIZE_LIMIT_MIB = 150
START_RATIO_LIMIT = 1.5
START_RUNS = 5
PROBE = re.compile(r"startup-probe: first_paint_s=([0-9.]+)")
# Shipped only in builds that never need them (see build.spec): their presence means the
# Qt filtering stopped working.
UNWANTED_PARTS = ("webengine", "qml", "quick", "virtualkeyboard", "wayland", "plugins/tls",
                  "networkinformation", "libqgtk3", "libQt6Network")  # fmt: skip
# Linux: libraries the desktop provides (build.spec, LINUX_SYSTEM_LIBRARIES), and two that
# only those needed; a copy of any of them in the bundle means the filter stopped working.
LINUX_SYSTEM_LIBRARIES = ("libstdc++.so.6", "libX11.so.6", "libglib-2.0.so.0", "libdbus-1.so.3",
                          "libfontconfig.so.1", "libfreetype.so.6", "libpng16.so.16",
                          "libsystemd.so.0")  # fmt: skip


@pytest.fixture(scope="module")
def demo_database(bundle: Bundle, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database created and filled by the frozen CLI."""
    sandbox = tmp_path_factory.mktemp("frozen-demo")
    database = sandbox / "demo.sqlite3"
    env = scrubbed_env(sandbox, SURPLUS_ASSETS_HOME=str(sandbox / "home"))
    run_clean([str(bundle.cli), "--db", str(database), "init"], env)
    run_clean([str(bundle.cli), "--db", str(database), "demo", "--assets", DEMO_ASSETS,
               "--seed", "1"], env)  # fmt: skip
    return database


def test_bundle_holds_both_programs_sharing_one_library_folder(bundle: Bundle) -> None:
    assert bundle.gui.is_file() and bundle.cli.is_file()
    internal = bundle.folder / "_internal"
    for resource in ("resources/translations/ui_vi.qm", "resources/translations/qtbase_vi.qm",
                     "resources/translations/vi/reports.po", "resources/data/admin_units.json",
                     "resources/fonts/LiberationSerif-Regular.ttf",
                     "resources/icons/surplus-assets.png",
                     "surplus_assets/db/migrations/versions/0001_initial_schema.py",
                     # Help ▸ User guide and Help ▸ About (ui.help, ui.dialogs.about_dialog)
                     "docs/user-guide/vi/README.md", "docs/user-guide/en/05-reports.md",
                     "docs/user-guide/images/sign-dialog.png", "LICENSE",
                     "THIRD_PARTY_NOTICES.md", "build_info.json"):  # fmt: skip
        assert (internal / resource).is_file(), resource
    assert not list(internal.rglob("*.ts")), "translation sources are not shipped"
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    unwanted = [f for f in files if any(part.lower() in f.lower() for part in UNWANTED_PARTS)]
    assert not unwanted
    assert bundle.size_bytes < SIZE_LIMIT_MIB * 2**20, f"{bundle.size_bytes / 2**20:.1f} MiB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle layout")
def test_linux_bundle_has_one_executable_and_leaves_desktop_libraries_to_the_system(
    bundle: Bundle,
) -> None:
    # One module archive for both programs: the CLI is a link to the GUI's executable.
    assert bundle.cli.is_symlink() and bundle.cli.resolve() == bundle.gui.resolve()
    internal = bundle.folder / "_internal"
    bundled = sorted(name for name in LINUX_SYSTEM_LIBRARIES if (internal / name).exists())
    assert not bundled
    # What Qt's xcb plugin needs and many desktops lack stays in the bundle.
    assert (internal / "libxcb-cursor.so.0").is_file()


def test_bundle_carries_the_modules_loaded_by_name(bundle: Bundle) -> None:
    from PyInstaller.archive.readers import pkg_archive_contents

    modules = set(pkg_archive_contents(str(bundle.cli)))
    for name in ("reportlab.graphics.barcode.qr", "reportlab.graphics.barcode.code128",
                 "ui.pages.settings_page", "sqlalchemy.dialects.postgresql.psycopg",
                 "sqlalchemy.dialects.sqlite.pysqlite", "alembic.command",
                 "pyhanko.sign.signers", "surplus_assets.reports.signing"):  # fmt: skip
        assert name in modules, name


def _assets(command: list[str], sandbox: Path, database: Path) -> list[dict[str, Any]]:
    env = scrubbed_env(sandbox, SURPLUS_ASSETS_HOME=str(sandbox / "home"))
    listing = run_clean([*command, "--db", str(database), "assets", "list", "--limit", "5000",
                         "--json"], env)  # fmt: skip
    rows = json.loads(listing.stdout)
    return [{k: v for k, v in row.items() if k != "id"} for row in rows]  # ids are random


def test_frozen_cli_builds_the_same_database_as_the_source_run(
    bundle: Bundle, demo_database: Path, tmp_path: Path
) -> None:
    source_database = tmp_path / "source.sqlite3"
    env = scrubbed_env(tmp_path, SURPLUS_ASSETS_HOME=str(tmp_path / "home"))
    init = run_clean([*source_cli(), "--db", str(source_database), "init"], env)
    assert "3321 xã, phường, đặc khu" in init.stdout
    run_clean([*source_cli(), "--db", str(source_database), "demo", "--assets", DEMO_ASSETS,
               "--seed", "1"], env)  # fmt: skip

    frozen = _assets([str(bundle.cli)], tmp_path, demo_database)
    source = _assets(source_cli(), tmp_path, source_database)
    assert len(frozen) == int(DEMO_ASSETS)
    assert frozen == source


def _report_commands_available(bundle: Bundle, sandbox: Path) -> bool:
    result = run([str(bundle.cli), "--help"], scrubbed_env(sandbox))
    return re.search(r"\breport\b", result.stdout) is not None and "verify" in result.stdout


def _text_of(pdf: Path, data: ReportData) -> str:
    """The report's text, with what differs by design between two runs blanked out: the
    report id, the data hash (it covers id and time; printed in two halves) and times;
    runs of spaces are one space (right-aligned text shifts with the glyphs' widths)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    for varying in (data.report_id, data.data_sha256[:32], data.data_sha256[32:]):
        text = text.replace(varying, "<varies>")
    text = re.sub(r"\d{1,2}:\d{2}(:\d{2})?", "<time>", text)
    return "\n".join(" ".join(line.split()) for line in text.splitlines())  # layout spacing


def test_frozen_cli_renders_signs_and_verifies_a_report_like_the_source_run(
    bundle: Bundle, demo_database: Path, tmp_path: Path
) -> None:
    if not _report_commands_available(bundle, tmp_path):
        pytest.skip("this CLI has no `report inventory` / `verify` commands")
    from surplus_assets.reports.embedded import read_embedded_data
    from tests.core.reports.pki import make_ca, make_pkcs12

    ca = make_ca(tmp_path)
    p12 = make_pkcs12(ca, tmp_path, "Nguyễn Văn Hùng", "Sở Tài chính tỉnh Phú Thọ", "mat-khau")
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text("mat-khau", encoding="utf-8")
    env = scrubbed_env(tmp_path, SURPLUS_ASSETS_HOME=str(tmp_path / "home"))
    reports = {}
    for label, command in (("frozen", [str(bundle.cli)]), ("source", source_cli())):
        database = tmp_path / f"{label}.sqlite3"
        shutil.copyfile(demo_database, database)  # the same data for both runs
        pdf = tmp_path / f"{label}.pdf"
        run_clean([*command, "--db", str(database), "report", "inventory", "--out", str(pdf),
                   "--sign", str(p12), "--pass-file", str(pass_file)], env)  # fmt: skip
        verified = run_clean([*command, "--db", str(database), "verify", str(pdf),
                              "--trust", str(ca.pem_path), "--json"], env)  # fmt: skip
        verdict = json.loads(verified.stdout)
        assert verdict["all_intact"] is True and verdict["all_trusted"] is True, verdict
        reports[label] = pdf

    data = {label: read_embedded_data(pdf.read_bytes()) for label, pdf in reports.items()}
    assert all(d.hash_ok for d in data.values())
    payloads = {
        label: {k: v for k, v in d.payload().items() if k not in ("report_id", "generated_at")}
        for label, d in data.items()
    }
    assert payloads["frozen"] == payloads["source"]
    assert len(payloads["frozen"]["covered"]) == int(DEMO_ASSETS)
    texts = {label: _text_of(pdf, data[label]) for label, pdf in reports.items()}
    assert texts["frozen"] == texts["source"]


def _open_on_the_asset_list(settings_dir: Path) -> Path:
    """Settings that make the GUI open on the asset list (the page it remembers)."""
    settings_dir.mkdir(parents=True, exist_ok=True)
    settings = settings_dir / "settings.ini"
    settings.write_text("[window]\nlast_page=assets\n", encoding="utf-8")
    return settings


def _start_gui(command: list[str], env: dict[str, str], database: Path, screenshot: Path | None
               ) -> tuple[float, str]:  # fmt: skip
    probe_env = {**env, "SURPLUS_ASSETS_EXIT_AFTER_PAINT": "1"}
    if screenshot is not None:
        probe_env["SURPLUS_ASSETS_SMOKE_SCREENSHOT"] = str(screenshot)
    result = run_clean([*command, "--db", str(database)], probe_env, timeout=120)
    found = PROBE.search(result.stdout)
    assert found, result.stdout
    return float(found.group(1)), result.stdout


def test_frozen_gui_paints_the_main_window_and_exits_cleanly(
    bundle: Bundle, demo_database: Path, tmp_path: Path
) -> None:
    screenshot = tmp_path / "frozen-gui.png"
    home = tmp_path / "home"
    _open_on_the_asset_list(home)
    env = scrubbed_env(tmp_path, SURPLUS_ASSETS_HOME=str(home))
    output = _start_gui([str(bundle.gui)], env, demo_database, screenshot)[1]
    assert "page=assets" in output  # the asset list, with its first rows painted

    image = Image.open(screenshot).convert("RGB")
    assert image.width >= 760 and image.height >= 500
    assert len(image.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50  # drawn, not blank
    (ROOT / "build").mkdir(exist_ok=True)
    shutil.copyfile(screenshot, ROOT / "build" / "frozen-gui.png")  # for people to look at


def test_portable_mode_keeps_data_and_settings_beside_the_executables(
    bundle: Bundle, tmp_path: Path
) -> None:
    stick = tmp_path / "usb" / bundle.folder.name
    shutil.copytree(bundle.folder, stick, symlinks=True)
    env = scrubbed_env(tmp_path)  # no SURPLUS_ASSETS_HOME: the executables decide
    user_dirs = [tmp_path / "user"]

    (stick / "portable.txt").write_text("portable\n", encoding="utf-8")
    run_clean([str(stick / bundle.cli.name), "init"], env)
    run_clean([str(stick / bundle.cli.name), "demo", "--assets", "20", "--seed", "2"], env)
    _open_on_the_asset_list(stick / "data")
    output = _start_gui([str(stick / bundle.gui.name)], env,
                        stick / "data" / "surplus_assets.sqlite3", None)[1]  # fmt: skip
    assert "page=assets" in output  # it read the settings in data/, the only ones there are
    assert (stick / "data" / "surplus_assets.sqlite3").is_file()
    assert (stick / "data" / "logs").is_dir()
    assert not [p for d in user_dirs for p in d.rglob("*SurplusAssets*")], "wrote outside"

    (stick / "portable.txt").unlink()
    run_clean([str(stick / bundle.cli.name), "init"], env)
    assert (tmp_path / "user" / "data" / "SurplusAssets" / "surplus_assets.sqlite3").is_file()


def test_frozen_gui_starts_within_one_and_a_half_times_the_source_run(
    bundle: Bundle, demo_database: Path, tmp_path: Path, figures: dict[str, Any]
) -> None:
    env = scrubbed_env(tmp_path, SURPLUS_ASSETS_HOME=str(tmp_path / "home"))
    _open_on_the_asset_list(tmp_path / "home")
    _start_gui(source_gui(), env, demo_database, None)  # warm the caches for both
    _start_gui([str(bundle.gui)], env, demo_database, None)
    source, frozen = [], []
    for _ in range(START_RUNS):  # interleaved, so both see the same machine load
        source.append(_start_gui(source_gui(), env, demo_database, None)[0])
        frozen.append(_start_gui([str(bundle.gui)], env, demo_database, None)[0])
    ratio = statistics.median(frozen) / statistics.median(source)
    figures["gui_first_paint_source_s"] = round(statistics.median(source), 3)
    figures["gui_first_paint_frozen_s"] = round(statistics.median(frozen), 3)
    figures["gui_first_paint_ratio"] = round(ratio, 2)
    assert ratio <= START_RATIO_LIMIT, (source, frozen)
