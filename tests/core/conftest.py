"""Fixtures for the core tests that need many small cases on one database.

`shared_services` opens one SQLite database per test module (loading the reference data
takes a second, too long to repeat for each of the hundred table-driven cases); each case
creates its own assets and proposals, so cases do not depend on each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from surplus_assets.services import Services, open_services
from tests.core.exchange_helpers import laptop  # noqa: F401 (fixture for exchange tests)
from tests.core.proposal_helpers import Team, make_team
from tests.core.signing_fixtures import nss_dir, pki, softhsm_token  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def shared_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    home: Path = tmp_path_factory.mktemp("shared-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SURPLUS_ASSETS_HOME", str(home))
        services = open_services(
            f"sqlite:///{home / 'shared.sqlite3'}", origin_id="00000000-0000-4000-8000-00000000beef"
        )
        try:
            yield services
        finally:
            services.close()


@pytest.fixture(scope="module")
def team(shared_services: Services) -> Team:
    return make_team(shared_services)
