"""What every screenshot tool (tools/take_*screenshots.py) sets up the same way.

    from screenshot_session import screenshot_session

    with screenshot_session("vi", demo_assets=300) as shots:   # the tool's --lang
        services = shots.open_services()
        window = shots.main_window(services)
        shots.wait(lambda: window.show_page("dashboard").is_loaded())
        shots.save(window, "dashboard")      # docs/screenshots/dashboard.png (-en in English)

The session is a throw-away data folder (SURPLUS_ASSETS_HOME) on an offscreen screen of
1366x768 (the laptop the application targets), with the release translations compiled, the
application's demo data loaded when asked, and a QApplication speaking the chosen language
(Qt translators and core gettext). Call it before importing anything from ui/: the
environment has to be in place before Qt starts. Each tool runs in its own process.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = (
    '{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
WIDTH, HEIGHT = 1366, 768


def parse_language(doc: str | None) -> str:
    """The --lang option every tool takes (its docstring's first line is the help)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    return str(parser.parse_args().lang)


@dataclass
class ScreenshotSession:
    home: Path
    app: Any  # the QApplication
    language: str
    translators: list[Any] = field(default_factory=list)

    @property
    def suffix(self) -> str:
        """Vietnamese shots keep the plain name; English ones end in -en."""
        return "" if self.language == "vi" else f"-{self.language}"

    def settle(self, seconds: float = 0.5) -> None:
        """Let queued signals, workers' results and nested layouts arrive for a while."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def wait(self, condition: Callable[[], object], seconds: float = 30.0) -> None:
        """Process events until `condition()` holds, then settle briefly; a screen that
        never gets there is an error, not a screenshot of the wrong state."""
        end = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the screen did not reach the expected state")
            self.app.processEvents()
            time.sleep(0.02)
        self.settle(0.2)

    def save(self, widget: Any, name: str, *, settle: float = 0.3) -> Path:
        """Grab `widget` into docs/screenshots/<name><suffix>.png."""
        self.settle(settle)
        OUT.mkdir(parents=True, exist_ok=True)
        target = OUT / f"{name}{self.suffix}.png"
        widget.grab().save(str(target))
        return target

    def open_services(self, url: str | None = None, **options: Any) -> Any:
        """surplus_assets.services.open_services (by default, the data folder's database)."""
        from surplus_assets.services import open_services

        return open_services(url, **options)

    def context(self, database: Any = None, *, settings_name: str = "settings.ini",
                require_sign_in: bool = True, **fields: Any) -> Any:  # fmt: skip
        """An AppContext on private settings; with `database` (services), the status bar
        shows its database and asset count. The application signs users in unless told
        otherwise; other AppContext fields pass through."""
        from ui.app_context import AppContext
        from ui.preferences import open_settings

        if database is not None:
            fields.setdefault("database_label", database.database_label)
            fields.setdefault("count_assets", database.catalogue.count_assets)
        return AppContext(
            settings=open_settings(self.home / settings_name),
            log_path=self.home / "logs" / "surplus_assets.log",
            language=self.language,
            require_sign_in=require_sign_in,
            **fields,
        )

    def main_window(self, database: Any = None, *, signed_in: Any = None, label: str = "",
                    **context_fields: Any) -> Any:  # fmt: skip
        """The main window at the laptop's size on `context(database, **context_fields)`,
        shown, and signed in when `signed_in` (services acting as a user) is given."""
        from ui.main_window import MainWindow

        window = MainWindow(self.context(database, **context_fields))
        window.resize(WIDTH, HEIGHT)
        window.show()
        if signed_in is not None:
            window.signed_in(signed_in, label)
        return window


def load_demo_data(assets: int) -> None:
    """The application's own demo data, through the CLI (`demo --assets N`)."""
    subprocess.run([sys.executable, "-m", "surplus_assets", "demo", "--assets", str(assets)],
                   cwd=ROOT, check=True)  # fmt: skip


@contextlib.contextmanager
def screenshot_session(
    language: str = "vi", *, demo_assets: int | None = None, prefix: str = "surplus-assets-shots-"
) -> Iterator[ScreenshotSession]:
    """Set up the data folder, screen, translations (and demo data), yield the session,
    and tell where the screenshots went."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    (home / "screen.json").write_text(SCREEN)
    os.environ.update(
        SURPLUS_ASSETS_HOME=str(home),
        QT_QPA_PLATFORM=f"offscreen:configfile={home / 'screen.json'}",
    )
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    subprocess.run([sys.executable, "tools/build_translations.py", "--release"], cwd=ROOT,
                   check=True)  # fmt: skip
    if demo_assets is not None:
        load_demo_data(demo_assets)

    from PySide6.QtWidgets import QApplication

    from surplus_assets import i18n
    from ui.translations import install_translators, remove_translators

    app = QApplication.instance() or QApplication([])
    i18n.set_language(language)
    session = ScreenshotSession(home, app, language, install_translators(app, language))
    try:
        yield session
    finally:
        remove_translators(app, session.translators)
    print(f"screenshots in {OUT.relative_to(ROOT)}")


@dataclass
class DemoTeam:
    """The demo accounts, each as services acting as that user, and their sign-in labels."""

    admin: Any
    officer: Any
    reviewer: Any


ADMIN = ("quantri", "quan-tri-2025")
OFFICER = ("an", "can-bo-2025")
REVIEWER = ("binh", "lanh-dao-2025")


def demo_team(services: Any) -> DemoTeam:
    """An administrator, an officer and a reviewer (the passwords above), through the
    services as a first start would create them."""
    from surplus_assets.services.users import actor_for

    users = services.users
    users.create(username=ADMIN[0], full_name="Lê Quản Trị", role="admin", password=ADMIN[1])
    admin = services.as_actor(actor_for(users.get(ADMIN[0])))
    admin.users.create(username=OFFICER[0], full_name="Nguyễn Văn An", role="officer",
                       password=OFFICER[1], title="Chuyên viên")  # fmt: skip
    admin.users.create(username=REVIEWER[0], full_name="Trần Thị Bình", role="reviewer",
                       password=REVIEWER[1], title="Phó Giám đốc Sở Tài chính")  # fmt: skip
    return DemoTeam(
        admin=admin,
        officer=services.as_actor(actor_for(users.get(OFFICER[0]))),
        reviewer=services.as_actor(actor_for(users.get(REVIEWER[0]))),
    )


def demo_proposals(services: Any) -> DemoTeam:
    """The demo team and proposals in every kind of state (drafted, submitted, approved,
    returned, in progress), on equipment of one province of the demo catalogue."""
    from surplus_assets.services.catalogue import AssetQuery

    team = demo_team(services)
    officer, reviewer = team.officer, team.reviewer
    rows = officer.catalogue.list_rows(AssetQuery(kinds=("equipment",)), limit=40)
    by_province: dict[str, list[str]] = {}
    for row in rows:
        by_province.setdefault(row.province_id, []).append(row.code)
    codes = next(iter(by_province.values()))
    plans = [
        ({"form": "dieu_chuyen", "recipient_name": "Trường THCS Hòa Bình",
          "target_date": "15/03/2025", "estimated_value": "45.000.000"}, ()),
        ({"form": "thanh_ly", "justification": "Hư hỏng không sửa chữa được (biên bản kiểm tra).",
          "estimated_value": "12.500.000"}, ("submit",)),
        ({"form": "ban", "sale_method": "auction", "estimated_value": "180.000.000"},
         ("submit", "approve")),
        ({"form": "giu_lai"}, ("submit", "return")),
        ({"form": "dieu_chuyen", "recipient_name": "Công an xã Yên Lạc"},
         ("submit", "approve", "start")),
    ]  # fmt: skip
    for index, (fields, steps) in enumerate(plans):
        record = officer.proposals.create({**fields, "assets": codes[index * 2 : index * 2 + 2]})
        for step in steps:
            actor = reviewer if step in ("approve", "return") else officer
            record = actor.proposals.transition(
                record.id, step, expected_version=record.version,
                comment="Bổ sung biên bản kiểm kê." if step == "return" else None,
                decision={"number": "125/QĐ-UBND", "signer": "Chủ tịch UBND tỉnh"}
                if step == "approve" else None,
            )  # fmt: skip
    return team
