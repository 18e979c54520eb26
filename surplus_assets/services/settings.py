"""Database-wide settings shared by everyone using the database (agency, document place...).

Per-user preferences and window layout stay in QSettings on each laptop. Changes are audited.
Secrets never go here (passwords live in the OS keyring; PINs are never stored).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from surplus_assets.db.models import Setting
from surplus_assets.db.types import utcnow
from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import FieldProblem, ValidationError
from surplus_assets.i18n import _
from surplus_assets.services.audit import AuditRecorder
from surplus_assets.services.context import ServiceContext

# key → default. Only these keys can be set, so a typo is an error, not a silent new setting.
DEFAULTS: dict[str, Any] = {
    "parent_agency": "ỦY BAN NHÂN DÂN TỈNH",
    "issuing_agency": "SỞ TÀI CHÍNH",
    "agency_abbreviation": "STC",
    "document_place": "",
    "signer_title": "GIÁM ĐỐC",
    "signer_authority": "",  # TM. / KT. / Q. / TL.
    "signer_name": "",
    "code_station": "",  # overrides the generated part of asset codes, e.g. "HN01"
}
SECRET_MARKERS = ("password", "passphrase", "pin", "secret")


class SettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.audit = AuditRecorder(context)

    def all(self) -> dict[str, Any]:
        with self.context.db.read() as session:
            stored = {s.key: s.value for s in session.scalars(
                select(Setting).where(Setting.key.in_(DEFAULTS)))}  # fmt: skip
        return {key: stored.get(key, default) for key, default in DEFAULTS.items()}

    def get(self, key: str) -> Any:
        return self.all()[self._known(key)]

    def set(self, values: dict[str, Any]) -> None:
        self.context.require(Permission.EDIT_SETTINGS)
        for key in values:
            self._known(key)
        with self.context.db.write() as session:
            for key, value in values.items():
                row = session.get(Setting, key)
                before = row.value if row else DEFAULTS[key]
                if before == value:
                    continue
                if row is None:
                    session.add(Setting(key=key, value=value, updated_at=utcnow()))
                else:
                    row.value, row.updated_at = value, utcnow()
                session.flush()
                self.audit.record(session, action="update", entity_type="setting",
                                  entity_id=key, entity_code=key, before={key: before},
                                  after={key: value})  # fmt: skip

    def _known(self, key: str) -> str:
        if key not in DEFAULTS or any(marker in key for marker in SECRET_MARKERS):
            raise ValidationError([FieldProblem(key, _("Unknown setting."), key)])
        return key
