"""The multi-row operations the kill test interrupts, one table entry each.

An Operation says how to prepare a database for it (once; each kill works on a copy), how
to run it (in the worker process that gets SIGKILLed), and how to read the outcome from the
database afterwards: "absent" (nothing of it), "present" (all of it) or a description of a
partial state, which is a failure. To cover a new operation (spreadsheet import, exchange
package import) add one entry to OPERATIONS: the kill test and its budget pick it up.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from surplus_assets.services import Services

TARGET_STATUS = "reviewing"


@dataclass(frozen=True)
class Operation:
    name: str
    prepare: Callable[[Services, Path], dict[str, Any]]  # returns facts saved as JSON
    run: Callable[[Services, dict[str, Any]], None]
    outcome: Callable[[sqlite3.Connection, dict[str, Any]], str]
    kills: int  # share of the 50 kills


def _count(connection: sqlite3.Connection, sql: str, *args: object) -> int:
    return int(connection.execute(sql, args).fetchone()[0])


def _all_or_nothing(done: int, total: int, events: int, event_total: int) -> str:
    if done == 0 and events == 0:
        return "absent"
    if done == total and events == event_total:
        return "present"
    return f"partial: {done}/{total} rows, {events}/{event_total} audit events"


# ---- demo load: 3,000 assets in one bulk transaction -------------------------------------

DEMO_COUNT = 3000


def _prepare_nothing(services: Services, folder: Path) -> dict[str, Any]:
    return {}


def _run_demo(services: Services, facts: dict[str, Any]) -> None:
    from surplus_assets.services.demo import load_demo

    load_demo(services.context, services.units, count=DEMO_COUNT, seed=11)


def _demo_outcome(connection: sqlite3.Connection, facts: dict[str, Any]) -> str:
    assets = _count(connection, "SELECT count(*) FROM assets")
    events = _count(connection, "SELECT count(*) FROM audit_events WHERE action='demo_load'")
    return _all_or_nothing(assets, DEMO_COUNT, events, 1)


# ---- bulk edit: catalogue.set_status over 300 assets -----------------------------------

BULK_COUNT = 300


def _prepare_bulk(services: Services, folder: Path) -> dict[str, Any]:
    from sqlalchemy import select

    from surplus_assets.db.models import Asset
    from surplus_assets.services.demo import load_demo

    load_demo(services.context, services.units, count=3000, seed=5)
    with services.db.read() as session:
        ids = session.scalars(select(Asset.id).where(Asset.status != TARGET_STATUS)
                              .order_by(Asset.code).limit(BULK_COUNT)).all()  # fmt: skip
    return {"ids": [str(i) for i in ids]}


def _run_bulk(services: Services, facts: dict[str, Any]) -> None:
    services.catalogue.set_status([uuid.UUID(i) for i in facts["ids"]], TARGET_STATUS)


def _bulk_outcome(connection: sqlite3.Connection, facts: dict[str, Any]) -> str:
    changed = _count(connection, "SELECT count(*) FROM assets WHERE status = ? AND id IN "
                     "(SELECT value FROM json_each(?))", TARGET_STATUS,
                     json.dumps([uuid.UUID(i).hex for i in facts["ids"]]))  # fmt: skip
    events = _count(connection, "SELECT count(*) FROM audit_events WHERE action='update' "
                    "AND entity_type='asset'")  # fmt: skip
    return _all_or_nothing(changed, len(facts["ids"]), events, len(facts["ids"]))


# ---- proposal completion: one transition moving 400 assets to "handled" ------------------

PROPOSAL_ASSETS = 400


def _prepare_proposal(services: Services, folder: Path) -> dict[str, Any]:
    from sqlalchemy import select

    from surplus_assets.db.models import Asset
    from surplus_assets.services.demo import load_demo

    load_demo(services.context, services.units, count=1500, seed=9)
    with services.db.read() as session:
        codes = session.scalars(select(Asset.code).where(Asset.kind == "equipment")
                                .order_by(Asset.code).limit(PROPOSAL_ASSETS)).all()  # fmt: skip
    proposals = services.proposals
    record = proposals.create({"form": "dieu_chuyen", "assets": list(codes),
                               "recipient_name": "Trường THCS Hòa Bình"})  # fmt: skip
    record = proposals.submit(record.id, expected_version=record.version)
    record = proposals.approve(
        record.id, expected_version=record.version, decision_number="15/QĐ-UBND",
        decision_signer="Chủ tịch",
    )  # fmt: skip
    record = proposals.transition(record.id, "start", expected_version=record.version)
    with sqlite3.connect(str(services.db.url).removeprefix("sqlite:///")) as connection:
        events = _count(connection, "SELECT count(*) FROM audit_events")
    return {"proposal": str(record.id), "version": record.version, "events": events,
            "assets": len(codes)}  # fmt: skip


def _run_proposal(services: Services, facts: dict[str, Any]) -> None:
    services.proposals.transition(uuid.UUID(facts["proposal"]), "complete",
                                  expected_version=facts["version"])  # fmt: skip


def _proposal_outcome(connection: sqlite3.Connection, facts: dict[str, Any]) -> str:
    state = connection.execute("SELECT state FROM proposals").fetchone()[0]
    handled = _count(connection, "SELECT count(*) FROM assets WHERE status = 'handled'")
    events = _count(connection, "SELECT count(*) FROM audit_events") - facts["events"]
    total = facts["assets"]
    if state == "in_progress" and handled == 0 and events == 0:
        return "absent"
    if state == "completed" and handled == total and events == total + 1:
        return "present"
    return f"partial: state {state}, {handled}/{total} handled, {events} new audit events"


# ---- spreadsheet import and exchange package import: 500 new assets from another laptop ----

IMPORT_COUNT = 500


def _source_services(folder: Path) -> Services:
    """Another database with IMPORT_COUNT demo assets (the laptop the file comes from)."""
    import shutil

    from surplus_assets.services import open_services
    from surplus_assets.services.demo import load_demo

    template = next(Path(folder).parent.glob("template*/template.sqlite3"), None)
    source = folder / "source.sqlite3"
    if template is not None:
        shutil.copyfile(template, source)
    services = open_services(f"sqlite:///{source}", origin_id="other-laptop")
    load_demo(services.context, services.units, count=IMPORT_COUNT, seed=21)
    return services


def _prepare_xlsx(services: Services, folder: Path) -> dict[str, Any]:
    from surplus_assets.exchange.xlsx_export import export_assets
    from surplus_assets.services.catalogue import AssetQuery

    source = _source_services(folder)
    try:
        export_assets(source, AssetQuery(), folder / "assets.xlsx")
    finally:
        source.close()
    return {"file": str(folder / "assets.xlsx")}


def _run_xlsx(services: Services, facts: dict[str, Any]) -> None:
    from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport

    job = SpreadsheetImport(services, Path(facts["file"]))
    job.open(None)
    job.commit(job.validate())


def _prepare_package(services: Services, folder: Path) -> dict[str, Any]:
    source = _source_services(folder)
    try:
        source.exchange.export(folder / "package.zip")
    finally:
        source.close()
    return {"file": str(folder / "package.zip")}


def _run_package(services: Services, facts: dict[str, Any]) -> None:
    services.exchange.import_package(Path(facts["file"]))


def _import_outcome(connection: sqlite3.Connection, facts: dict[str, Any]) -> str:
    assets = _count(connection, "SELECT count(*) FROM assets")
    events = _count(connection, "SELECT count(*) FROM audit_events WHERE entity_type='asset'")
    if assets == 0 and events == 0:
        return "absent"
    if assets == IMPORT_COUNT and events >= IMPORT_COUNT:
        return "present"
    return f"partial: {assets}/{IMPORT_COUNT} assets, {events} asset audit events"


def _package_outcome(connection: sqlite3.Connection, facts: dict[str, Any]) -> str:
    # A package carries the other laptop's audit events (its chain) and logs its import.
    assets = _count(connection, "SELECT count(*) FROM assets")
    logged = _count(connection, "SELECT count(*) FROM exchange_log")
    events = _count(connection, "SELECT count(*) FROM audit_events WHERE origin_id='other-laptop'")
    if assets == 0 and logged == 0 and events == 0:
        return "absent"
    if assets == IMPORT_COUNT and logged == 1 and events >= 1:
        return "present"
    return f"partial: {assets}/{IMPORT_COUNT} assets, {logged} log rows, {events} events"


OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in (
        Operation("demo_load", _prepare_nothing, _run_demo, _demo_outcome, kills=10),
        Operation("bulk_status", _prepare_bulk, _run_bulk, _bulk_outcome, kills=10),
        Operation("proposal_complete", _prepare_proposal, _run_proposal, _proposal_outcome,
                  kills=10),
        Operation("spreadsheet_import", _prepare_xlsx, _run_xlsx, _import_outcome, kills=10),
        Operation("package_import", _prepare_package, _run_package, _package_outcome, kills=10),
    )
}  # fmt: skip
