"""The approval a reviewer's countersignature carries, written in the signature's /Reason.

The reason is part of the signed signature dictionary, so the decision number and date are
signed by the reviewer together with the document. It is written as a Vietnamese sentence
(viewers such as Adobe Reader and Foxit show it as "Lý do"), in a fixed form the import reads
back:

    Phê duyệt phương án. Quyết định số 45/QĐ-UBND ngày 10/03/2026

No heavy imports: the CLI and the GUI use this without pyHanko.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

APPROVAL_MARK = "Phê duyệt phương án"
_DECISION = re.compile(
    r"Quyết định số (?P<number>.+?)(?: ngày (?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}))?"
    r"\.?$"
)


@dataclass(frozen=True)
class ApprovalNote:
    """An approval: the decision's number and date when the reviewer gave them."""

    decision_number: str | None = None
    decision_date: date | None = None

    def reason(self) -> str:
        text = f"{APPROVAL_MARK}."
        if self.decision_number:
            text += f" Quyết định số {self.decision_number.strip()}"
            if self.decision_date:
                text += f" ngày {self.decision_date:%d/%m/%Y}"
        return text


def parse_approval(reason: str | None) -> ApprovalNote | None:
    """The approval in a signature's reason, or None when the signature approves nothing."""
    text = " ".join((reason or "").split())
    if not text.startswith(APPROVAL_MARK):
        return None
    rest = text[len(APPROVAL_MARK) :].lstrip(". ")
    match = _DECISION.match(rest)
    if match is None:
        return ApprovalNote()
    day = None
    if match["year"]:
        try:
            day = date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            day = None
    return ApprovalNote(match["number"].strip() or None, day)
