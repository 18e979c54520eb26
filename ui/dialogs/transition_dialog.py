"""The dialog behind each workflow button: a comment, and for approval the decision.

A comment is required where the other side must know why (reject, return, cancel:
domain.proposal_workflow.COMMENT_REQUIRED); approval needs the decision's number, date and
signer. OK stays disabled until those are filled in; the proposal service checks them
again and its messages appear under the fields, with the dialog left open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain.dates import format_date
from surplus_assets.domain.deadlines import today_in_vietnam
from surplus_assets.domain.proposal_workflow import COMMENT_REQUIRED, ProposalAction
from surplus_assets.errors import ServiceError, ValidationError
from ui.dialogs.field_problems import FieldProblems
from ui.workers import Job, run_in_background


def action_texts(action: str) -> tuple[str, str]:
    """(button text, dialog question) of a workflow action, translated."""
    from PySide6.QtCore import QCoreApplication

    a = ProposalAction(action)
    return {
        a.SUBMIT: (
            QCoreApplication.translate("TransitionDialog", "Su&bmit for approval…"),
            QCoreApplication.translate("TransitionDialog", "Submit {code} for approval?"),
        ),
        a.APPROVE: (
            QCoreApplication.translate("TransitionDialog", "&Approve…"),
            QCoreApplication.translate("TransitionDialog", "Approve {code}"),
        ),
        a.REJECT: (
            QCoreApplication.translate("TransitionDialog", "Re&ject…"),
            QCoreApplication.translate("TransitionDialog", "Reject {code}"),
        ),
        a.RETURN: (
            QCoreApplication.translate("TransitionDialog", "Return for re&vision…"),
            QCoreApplication.translate("TransitionDialog", "Return {code} for revision"),
        ),
        a.REVISE: (
            QCoreApplication.translate("TransitionDialog", "Re&vise…"),
            QCoreApplication.translate(
                "TransitionDialog", "Take {code} back as a draft to revise it?"
            ),
        ),
        a.START: (
            QCoreApplication.translate("TransitionDialog", "&Start handling…"),
            QCoreApplication.translate("TransitionDialog", "Start handling {code}?"),
        ),
        a.COMPLETE: (
            QCoreApplication.translate("TransitionDialog", "&Complete…"),
            QCoreApplication.translate("TransitionDialog", "Mark {code} as completed?"),
        ),
        a.CANCEL: (
            QCoreApplication.translate("TransitionDialog", "Ca&ncel proposal…"),
            QCoreApplication.translate("TransitionDialog", "Cancel {code}"),
        ),
    }[a]


class TransitionDialog(QDialog):
    done_ = Signal(object)  # the ProposalRecord after the transition

    def __init__(self, parent: QWidget | None, services: Any, proposal: Any, action: str):
        super().__init__(parent)
        self.services, self.proposal, self.action = services, proposal, ProposalAction(action)
        self.setObjectName("transitionDialog")
        self.setMinimumWidth(520)
        button_text, question = action_texts(action)
        self.setWindowTitle(button_text.replace("&", "").rstrip("…"))
        self.comment_required = self.action in COMMENT_REQUIRED
        self.problems = FieldProblems()

        heading = QLabel(question.format(code=proposal.code))
        heading.setObjectName("transitionQuestion")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        form = QFormLayout()
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("decisionNumberEdit")
        self.number_edit.setPlaceholderText(self.tr("e.g. 123/QĐ-UBND"))
        self.date_edit = QLineEdit(format_date(today_in_vietnam()))
        self.date_edit.setObjectName("decisionDateEdit")
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.signer_edit = QLineEdit()
        self.signer_edit.setObjectName("decisionSignerEdit")
        self.signer_edit.setPlaceholderText(self.tr("e.g. Chủ tịch UBND tỉnh Nguyễn Văn B"))
        if self.action == ProposalAction.APPROVE:
            p = self.problems
            form.addRow(
                self.tr("Decision &number:"),
                p.wrap("decision_number", self.number_edit),
            )
            form.addRow(
                self.tr("Decision &date:"),
                p.wrap("decision_date", self.date_edit),
            )
            form.addRow(
                self.tr("&Signed by:"),
                p.wrap("decision_signer", self.signer_edit),
            )
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(90)
        self.comment_edit.setPlaceholderText(
            self.tr("Required: say why, so the other side knows what to do.")
            if self.comment_required
            else self.tr("Optional")
        )
        form.addRow(
            self.tr("&Comment:"),
            self.problems.wrap("comment", self.comment_edit),
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("confirmTransitionButton")
        self.ok_button.setText(button_text.rstrip("…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Back"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problems.label("general"))
        layout.addWidget(self.buttons)

        for edit in (self.number_edit, self.date_edit, self.signer_edit):
            edit.textChanged.connect(self._check)
        self.comment_edit.textChanged.connect(self._check)
        self._busy = False
        self._check()

    def _check(self) -> None:
        ready = not self.comment_required or bool(self.comment_edit.toPlainText().strip())
        if self.action == ProposalAction.APPROVE:
            ready = ready and all(
                e.text().strip() for e in (self.number_edit, self.date_edit, self.signer_edit)
            )
        self.ok_button.setEnabled(ready and not self._busy)

    def confirm(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        self._busy = True
        self._check()
        proposals, proposal, action = self.services.proposals, self.proposal, self.action
        comment = self.comment_edit.toPlainText().strip() or None
        decision = (
            {
                "number": self.number_edit.text(),
                "date": self.date_edit.text(),
                "signer": self.signer_edit.text(),
            }
            if action == ProposalAction.APPROVE
            else None
        )

        def work(job: Job) -> Any:
            return proposals.transition(
                proposal.id,
                action,
                expected_version=proposal.version,
                comment=comment,
                decision=decision,
            )

        run_in_background(
            self,
            work,
            title=self.windowTitle(),
            on_success=self._done,
            on_failure=self._refused,
            cancellable=False,
        )

    def _done(self, record: Any) -> None:
        self._busy = False
        self.done_.emit(record)
        self.accept()

    def _refused(self, error: ServiceError) -> None:
        self._busy = False
        self.problems.show({})
        if isinstance(error, ValidationError):
            leftover = self.problems.show(error.by_field())
            if leftover:
                self.problems.set("general", "\n".join(leftover.values()))
        else:
            self.problems.set("general", error.message)
        self._check()
