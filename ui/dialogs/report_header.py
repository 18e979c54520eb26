"""The Decree 30/2020 header fields of the report dialog, prefilled from the settings.

Number, place, date, signer's name and title, the authority prefix (KT./TM./Q./TL.), the
summary line and the recipients ("Nơi nhận", one a line). Everything is editable for this
report; the database-wide defaults are changed on the Settings page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

# Common "signing on behalf" lines; the field is editable for any other.
AUTHORITIES = ("", "KT. GIÁM ĐỐC", "Q. GIÁM ĐỐC", "TL. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN")
DEFAULT_RECIPIENTS = "Như trên;\nLưu: VT."


class HeaderForm(QWidget):
    def __init__(self, kind: str, settings: dict[str, Any], parent: QWidget | None = None):
        from surplus_assets.domain.deadlines import today_in_vietnam
        from surplus_assets.services.report_requests import DOCUMENTS

        super().__init__(parent)
        self.kind = kind
        _type, abbreviation, summary = DOCUMENTS[kind]
        self.number = QLineEdit(f"/{abbreviation}-{settings.get('agency_abbreviation') or ''}")
        self.number.setObjectName("documentNumber")
        self.number.setToolTip(self.tr("Write the number before the slash, e.g. 12/BC-STC"))
        self.place = QLineEdit(str(settings.get("document_place") or ""))
        self.place.setObjectName("documentPlace")
        self.place.setPlaceholderText(self.tr("e.g. Phú Thọ"))
        today = today_in_vietnam()
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setObjectName("documentDate")
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.signer_name = QLineEdit(str(settings.get("signer_name") or ""))
        self.signer_name.setObjectName("signerName")
        self.signer_title = QLineEdit(str(settings.get("signer_title") or ""))
        self.signer_title.setObjectName("signerTitle")
        self.authority = QComboBox()
        self.authority.setObjectName("signerAuthority")
        self.authority.setEditable(True)
        self.authority.setToolTip(self.tr("Signing on behalf, e.g. KT. GIÁM ĐỐC"))
        self.authority.addItems(AUTHORITIES)
        self.authority.setCurrentText(str(settings.get("signer_authority") or ""))
        self.summary = QLineEdit("" if "{" in summary else summary)
        self.summary.setObjectName("documentSummary")
        self.summary.setPlaceholderText(summary.format(code="…") if "{" in summary else "")
        self.summary.setCursorPosition(0)
        self.recipients = QPlainTextEdit(DEFAULT_RECIPIENTS)
        self.recipients.setObjectName("recipients")
        self.recipients.setFixedHeight(64)
        self.recipients.setToolTip(self.tr("One recipient a line"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("N&umber:"), self.number)
        form.addRow(self.tr("Pla&ce:"), self.place)
        form.addRow(self.tr("Dat&e:"), self.date)
        form.addRow(self.tr("Si&gner:"), self.signer_name)
        form.addRow(self.tr("T&itle:"), self.signer_title)
        form.addRow(self.tr("On &behalf:"), self.authority)
        form.addRow(self.tr("Su&mmary:"), self.summary)
        form.addRow(self.tr("&Recipients:"), self.recipients)

    def options(self) -> Any:
        from surplus_assets.services.report_requests import ReportOptions

        day = self.date.date()
        number = self.number.text().strip()
        authority = self.authority.currentText().strip()
        title = self.signer_title.text().strip()
        return ReportOptions(
            number=number or None,
            place=self.place.text().strip() or None,
            date=date(day.year(), day.month(), day.day()),
            signer_name=self.signer_name.text().strip() or None,
            signer_title=title or None,
            signer_authority=authority,
            summary=self.summary.text().strip() or None,
            recipients=tuple(
                line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()
            ),
        )
