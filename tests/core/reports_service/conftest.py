"""A demo database for the report service tests, and running the CLI in process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from surplus_assets.cli import main
from surplus_assets.services import Services, open_services
from surplus_assets.services.catalogue import AssetQuery
from tests.core.signing_fixtures import PASSPHRASE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[str]:
    """A database with 150 demo assets and two submitted proposals (no user accounts yet,
    so commands run as the bootstrap system actor)."""
    import shutil

    folder = tmp_path_factory.mktemp("demo-db")
    path = folder / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite:///{path}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SURPLUS_ASSETS_HOME", str(folder))
        services = open_services(url)
        try:
            _load(services)
        finally:
            services.close()
    yield url


def _load(services: Services) -> None:
    from surplus_assets.services.demo import DEFAULT_PROVINCE, load_demo

    load_demo(services.context, services.units, count=150, seed=3, province_id=DEFAULT_PROVINCE)
    rows = services.catalogue.list_rows(AssetQuery(kinds=("equipment",), sort="code"), limit=4)
    cars = services.catalogue.list_rows(AssetQuery(kinds=("car",), sort="code"), limit=1)
    first = services.proposals.create(
        {
            "form": "dieu_chuyen",
            "assets": [r.code for r in rows[:3]],
            "recipient_name": "Trường Trung học cơ sở Hòa Bình",
            "title": "Điều chuyển máy móc, thiết bị dôi dư cho trường học",
        }
    )
    services.proposals.submit(first.id, expected_version=first.version)
    second = services.proposals.create(
        {
            "form": "ban",
            "sale_method": "auction",
            "assets": [cars[0].code],
            "title": "Bán đấu giá xe ô tô dôi dư",
            "justification": "Không còn nhu cầu sử dụng",
        }
    )
    services.proposals.submit(second.id, expected_version=second.version)
    # An asset recorded and corrected by hand has a history for its dossier.
    land = services.catalogue.create(
        {
            "kind": "land",
            "name": "Trụ sở Ủy ban nhân dân xã Hòa Bình (cũ)",
            "current_unit_id": "2025:C04795",
            "address": "Số 12, đường Hùng Vương",
            "land_area": "1.250,5",
            "cost_budget": "2.400.000.000",
            "remaining_value": "950.000.000",
            "buildings": [
                {
                    "name": "Nhà làm việc 2 tầng",
                    "grade": "Cấp III",
                    "floors": "2",
                    "floor_area": "640,5",
                }
            ],
        }
    )
    services.catalogue.update(
        land.id, {"remaining_value": "900.000.000"}, expected_version=land.version
    )


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path
