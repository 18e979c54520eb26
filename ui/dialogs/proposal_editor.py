"""The proposal editor (Đề xuất xử lý tài sản): fields, assets, workflow and history.

    ProposalEditor(parent, services, proposal_id_or_None).open()

- Loads the proposal, its audit history and the list of officers in a worker.
- A draft is editable by roles that prepare proposals (ProposalService.can_edit); anything
  else opens read-only. Save stays disabled while the proposal cannot be valid (the same
  checks the service runs first) and while nothing changed; the service's refusal is shown
  field by field (ValidationError.by_field), e.g. an asset already in another open proposal
  under the asset list.
- One button per workflow action the signed-in user's role may take now
  (ProposalService.allowed_transitions); each opens the comment dialog. They wait while
  there are unsaved changes, so that nobody submits something other than what they see.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain.dates import format_date
from surplus_assets.domain.permissions import Permission
from surplus_assets.domain.proposal_workflow import state_label
from surplus_assets.errors import ServiceError, ValidationError
from ui.dialogs.asset_picker import AssetPicker, PickedAsset
from ui.dialogs.field_problems import FieldProblems
from ui.dialogs.proposal_form import ProposalForm
from ui.dialogs.proposal_history import ProposalHistory
from ui.dialogs.transition_dialog import TransitionDialog, action_texts
from ui.help import help_button
from ui.workers import Job, run_in_background


def load_proposal(services: Any, proposal_id: Any) -> tuple[Any, list[Any], list[tuple[str, str]]]:
    """The record (None for a new one), its audit history and the officers (worker)."""
    officers = [
        (u.username, u.full_name)
        for u in services.users.list_users()
        if u.role == "officer" and u.active
    ]
    if proposal_id is None:
        return None, [], officers
    proposals = services.proposals
    return proposals.get(proposal_id), proposals.history(proposal_id), officers


class ProposalEditor(QDialog):
    changed = Signal(object)  # the proposal's id, after a save or a workflow step
    loaded = Signal()

    def __init__(self, parent: QWidget | None, services: Any, proposal_id: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.proposal_id = proposal_id
        self.record: Any = None
        self.editable = False
        self.dirty = False
        self.touched = False
        self._busy = False
        self.server_problems: dict[str, str] = {}
        self.transition_dialog: TransitionDialog | None = None
        self.setObjectName("proposalEditor")
        self.setWindowTitle(self.tr("New handling proposal"))
        self.resize(1240, 700)

        self.problems = FieldProblems()
        self.form = ProposalForm(self.problems)
        self.picker = AssetPicker(services, self.problems)
        self.history = ProposalHistory()
        self.heading = QLabel()
        self.heading.setObjectName("proposalHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.state_label = QLabel()
        self.state_label.setObjectName("proposalState")
        self.state_label.setWordWrap(True)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.picker)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 720])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("proposalTabs")
        self.tabs.addTab(splitter, self.tr("&Proposal"))
        self.tabs.addTab(self.history, self.tr("&History"))

        self.general = self.problems.label("general")
        self.workflow_row = QHBoxLayout()
        self.workflow_buttons: dict[str, QPushButton] = {}
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveProposalButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setObjectName("closeProposalButton")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        self.help_button = help_button("proposal-editor", self)
        bottom.addWidget(self.help_button)
        bottom.addLayout(self.workflow_row)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general)
        layout.addLayout(bottom)

        self.form.edited.connect(self._edited)
        self.picker.assetsChanged.connect(self._assets_changed)
        self.setEnabled(False)
        self.reload()

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        services, proposal_id = self.services, self.proposal_id

        def load(job: Job) -> tuple[Any, list[Any], list[tuple[str, str]]]:
            return load_proposal(services, proposal_id)

        run_in_background(
            self, load, title=self.tr("Opening the proposal"), on_success=self._loaded,
            on_failure=self._load_failed,
        )  # fmt: skip

    def _load_failed(self, error: ServiceError) -> None:
        self.setEnabled(True)
        self.problems.set("general", error.message)
        self.save_button.setEnabled(False)

    def _loaded(self, result: tuple[Any, list[Any], list[tuple[str, str]]]) -> None:
        record, events, officers = result
        self.record = record
        actor = self.services.actor
        self.form.set_officers(officers, actor.name if actor.role == "officer" else None)
        if record is None:
            self.editable = actor.may(Permission.EDIT_PROPOSALS)
        else:
            self.editable = bool(self.services.proposals.can_edit(record))
            self.picker.set_assets([
                PickedAsset(a.id, a.code, a.name, a.kind, a.status,
                            self.services.units.label(a.current_unit_id, with_parent=False),
                            a.remaining_value)
                for a in record.assets
            ])  # fmt: skip
            self.form.set_kinds(self.picker.kinds())
            self.form.set_values(record.values)
            self.history.show_history(record.transitions, events)
        self.form.set_editable(self.editable)
        self.picker.set_editable(self.editable)
        self.save_button.setVisible(self.editable)
        self.tabs.setTabEnabled(1, record is not None)
        self.dirty = self.touched = False
        self.server_problems = {}
        self._show_heading()
        self._rebuild_workflow_buttons()
        self._revalidate()
        self.setEnabled(True)
        self.loaded.emit()

    def _show_heading(self) -> None:
        record = self.record
        if record is None:
            self.heading.setText(self.tr("New handling proposal"))
            self.state_label.setText(
                self.tr("Choose the assets, then the handling form and what it needs.")
            )
            return
        self.setWindowTitle(self.tr("Proposal {code}").format(code=record.code))
        self.heading.setText(f"{record.code} — {record.values.get('title') or ''}")
        parts = [self.tr("State: {state}").format(state=state_label(record.state))]
        if record.decision_number:
            parts.append(
                self.tr("decision {number} of {date}, signed by {signer}").format(
                    number=record.decision_number,
                    date=format_date(record.decision_date),
                    signer=record.decision_signer or "",
                )
            )
        if record.deadline is not None:
            due = self.tr("due {date} ({reason})").format(
                date=format_date(record.deadline.due), reason=record.deadline.reason
            )
            parts.append(self.tr("OVERDUE: {due}").format(due=due) if record.overdue else due)
        if not self.editable and record.state == "draft":
            parts.append(self.tr("read-only for your role"))
        self.state_label.setText(" · ".join(parts))
        self.state_label.setStyleSheet("color: #b00020;" if record.overdue else "")

    # --- editing ----------------------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = self.touched = True
        self.server_problems = {}
        self._revalidate()

    def _assets_changed(self) -> None:
        self.form.set_kinds(self.picker.kinds())
        self._edited()

    def start_with_assets(self, assets: list[PickedAsset]) -> None:
        """A new proposal covering `assets` (chosen on the Assets page), once loaded."""
        self.picker.set_assets(assets)
        self._assets_changed()

    def local_problems(self) -> dict[str, str]:
        return self.form.problems(len(self.picker.chosen))

    def _revalidate(self) -> None:
        local = self.local_problems()
        shown = self.server_problems or (local if self.touched else {})
        leftover = self.problems.show(shown)
        if leftover:
            self.problems.set("general", "\n".join(leftover.values()))
        can_save = self.editable and not local and not self._busy
        can_save = can_save and (self.dirty or self.record is None)
        self.save_button.setEnabled(can_save)
        for button in self.workflow_buttons.values():
            button.setEnabled(not self.dirty and not self._busy)
            button.setToolTip(self.tr("Save your changes first.") if self.dirty else "")

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        raw = self.form.raw()
        raw["assets"] = self.picker.codes()
        proposals, record = self.services.proposals, self.record

        def work(job: Job) -> Any:
            if record is None:
                return proposals.create(raw)
            return proposals.update(record.id, raw, expected_version=record.version)

        self._busy = True
        self._revalidate()
        run_in_background(
            self, work, title=self.tr("Saving the proposal"), on_success=self._saved,
            on_failure=self._refused, cancellable=False,
        )  # fmt: skip

    def _saved(self, record: Any) -> None:
        self._busy = False
        self.proposal_id = record.id
        self.changed.emit(record.id)
        self.reload()

    def _refused(self, error: ServiceError) -> None:
        self._busy = False
        if isinstance(error, ValidationError):
            self.server_problems = error.by_field()
        else:
            self.server_problems = {"general": error.message}
        self._revalidate()

    # --- workflow ---------------------------------------------------------------------------

    def _rebuild_workflow_buttons(self) -> None:
        for button in self.workflow_buttons.values():
            self.workflow_row.removeWidget(button)
            button.deleteLater()
        self.workflow_buttons = {}
        if self.record is None:
            return
        for action in self.services.proposals.allowed_transitions(self.record):
            button = QPushButton(action_texts(action)[0])
            button.setObjectName(f"{action}Button")
            button.clicked.connect(lambda _=False, a=str(action): self.start_transition(a))
            self.workflow_row.addWidget(button)
            self.workflow_buttons[str(action)] = button

    def start_transition(self, action: str) -> TransitionDialog:
        dialog = TransitionDialog(self, self.services, self.record, action)
        dialog.done_.connect(self._transitioned)
        self.transition_dialog = dialog
        dialog.open()
        return dialog

    def _transitioned(self, record: Any) -> None:
        self.changed.emit(record.id)
        self.reload()
