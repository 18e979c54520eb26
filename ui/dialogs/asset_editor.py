"""The asset editor: one dialog for the four kinds, built from the field table.

Tabs: General (common fields), Details (the kind's own fields; buildings for house-and-land
facilities), Attachments and History. Save (Enter) is enabled only while every field reads;
the service checks again and its messages land next to the fields. Saving runs in a worker
and pushes an undoable command onto the session's undo stack. Esc cancels.

Choosing a legacy commune fills in the current unit; when that commune was divided among
several new ones, the current-unit field offers the candidates (the default first) and says
why the user must choose.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain import asset_kinds as kinds
from surplus_assets.domain.asset_kinds import BUILDING_FIELDS, FieldType
from surplus_assets.domain.numbers import format_decimal
from surplus_assets.errors import ConcurrencyError, ServiceError, ValidationError
from ui.asset_commands import CreateAssetCommand, UpdateAssetCommand
from ui.dialogs.asset_form import ERROR_STYLE, AssetFields
from ui.help import add_help_button
from ui.widgets.attachment_strip import AttachmentStrip
from ui.workers import Job, run_in_background

LEFT = ("code", "name", "legacy_unit_id", "current_unit_id", "custodian", "address",
        "latitude", "longitude")  # fmt: skip
RIGHT = ("year_in_use", "cost_budget", "cost_other", "remaining_value", "status", "current_use",
         "condition", "notes")  # fmt: skip


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class AssetEditor(QDialog):
    def __init__(self, services: Any, undo_stack: QUndoStack, asset_id: uuid.UUID | None = None,
                 parent: QWidget | None = None, on_saved: Any = None,
                 read_only: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("assetEditor")
        self.services = services
        self.undo_stack = undo_stack
        self.record: Any = None
        self.on_saved = on_saved
        self.saving = False
        self.resize(980, 660)

        self.form = AssetFields(services.units, self)
        self.form.changed.connect(self._update_save)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.setAccessibleName(kinds.FIELDS_BY_NAME["kind"].label())
        for kind in kinds.AssetKind:
            self.kind_combo.addItem(kinds.kind_label(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        kind_label = QLabel(kinds.FIELDS_BY_NAME["kind"].label() + " *:")
        kind_label.setBuddy(self.kind_combo)
        self.banner = QLabel()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setVisible(False)
        # After "someone else saved a newer version": read it again (this form's edits are lost).
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.setToolTip(self.tr("Show the version saved by the other person"))
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.reload)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(_scrolled(self._general_tab()), self.tr("&General"))
        self.details_tab = self._details_tab()
        self.tabs.addTab(_scrolled(self.details_tab), self.tr("&Details"))
        self.attachments = AttachmentStrip(services)
        self.tabs.addTab(self.attachments, self.tr("A&ttachments"))
        self.history = QTableWidget(0, 3)
        self.history.setObjectName("historyTable")
        self.history.setAccessibleName(self.tr("History"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What changed")]
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.history, self.tr("&History"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.help_button = add_help_button(self.buttons, "asset-editor", self)

        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.reload_button)
        layout.addLayout(banner_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        legacy = self.form.fields["legacy_unit_id"].input
        legacy.unitChanged.connect(self._legacy_chosen)  # type: ignore[attr-defined]
        self._set_tab_order()
        self.read_only = read_only
        if read_only:  # e.g. a reviewer: everything readable, nothing editable
            self.save_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            self.kind_combo.setEnabled(False)
            for index in (0, 1):
                self.tabs.widget(index).setEnabled(False)
            self.attachments.add_button.hide()
            self.attachments.remove_button.hide()
        if asset_id is None:
            self.setWindowTitle(self.tr("New asset"))
            self.attachments.set_asset(None)
            self._kind_changed()
        else:
            self.load(asset_id)

    # ---- building the tabs -------------------------------------------------------------------

    def _form(self, names: tuple[str, ...]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            form.addRow(self.form.labels[name], self.form.fields[name])
        return form

    def _general_tab(self) -> QWidget:
        page = QWidget()
        columns = QHBoxLayout(page)
        self.general_forms = (self._form(LEFT), self._form(RIGHT))
        for index, form in enumerate(self.general_forms):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)  # rows keep their height; the space goes below them
            if index:
                columns.addSpacing(16)
            columns.addLayout(column, 1)
        return page

    def _details_tab(self) -> QWidget:
        page = QWidget()
        # One column: a kind shows at most nine of these fields, and long labels need room.
        names = [spec.name for spec in kinds.FIELDS if spec.name not in (*LEFT, *RIGHT, "kind")]
        self.details_forms = (self._form(tuple(names)),)
        columns = QHBoxLayout()
        columns.addLayout(self.details_forms[0], 1)
        self.buildings_box = QWidget()
        self.buildings = QTableWidget(0, len(BUILDING_FIELDS))
        self.buildings.setObjectName("buildingsTable")
        self.buildings.setAccessibleName(self.tr("Buildings"))
        self.buildings.setHorizontalHeaderLabels([spec.label() for spec in BUILDING_FIELDS])
        self.buildings.setMinimumHeight(140)
        self.buildings.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.buildings.itemChanged.connect(lambda _item: self._update_save())
        add = QPushButton(self.tr("Add &building"))
        add.clicked.connect(lambda: self.buildings.insertRow(self.buildings.rowCount()))
        remove = QPushButton(self.tr("Remove buildin&g"))
        remove.clicked.connect(lambda: self.buildings.removeRow(self.buildings.currentRow()))
        self.buildings_error = QLabel()
        self.buildings_error.setStyleSheet(ERROR_STYLE)
        self.buildings_error.setWordWrap(True)
        heading = QLabel(self.tr("Buildings on the land"))
        buttons = QHBoxLayout()
        buttons.addWidget(heading)
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        box = QVBoxLayout(self.buildings_box)
        box.setContentsMargins(0, 8, 0, 0)
        box.addLayout(buttons)
        box.addWidget(self.buildings)
        box.addWidget(self.buildings_error)
        layout = QVBoxLayout(page)
        layout.addLayout(columns)
        layout.addWidget(self.buildings_box)
        layout.addStretch(1)
        return page

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [self.kind_combo]
        for name in (*LEFT, *RIGHT):
            order.append(self.form.fields[name].input)
        previous = order[0]
        for widget in order[1:]:
            target = widget.focusProxy() or widget
            QWidget.setTabOrder(previous, target)
            previous = target

    # ---- kind and units ------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.form.set_kind(kind)
        for form in (*self.details_forms, *self._general_forms()):
            for row in range(form.rowCount()):
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
                spec = getattr(field, "spec", None)
                if spec is not None:
                    form.setRowVisible(row, spec.applies_to(kind))
        self.buildings_box.setVisible(kind in kinds.HOUSE_AND_LAND)
        title = self.tr("Details: {kind}").format(kind=kinds.kind_label(kind))
        self.tabs.setTabText(1, title.replace("&", "&&"))

    def _general_forms(self) -> list[QFormLayout]:
        return list(self.general_forms)

    def _legacy_chosen(self, legacy_id: str | None) -> None:
        current = self.form.fields["current_unit_id"].input
        current.clear_choices()  # type: ignore[attr-defined]
        if legacy_id is None:
            return
        successors = self.services.units.current_for(legacy_id)
        ids = [s.unit.id for s in successors]
        if len(ids) == 1:
            current.set_unit_id(ids[0], notify=True)  # type: ignore[attr-defined]
        elif len(ids) > 1:
            legacy_name = self.services.units.label(legacy_id, with_parent=False)
            current.offer_choices(ids, self.tr(  # type: ignore[attr-defined]
                "{legacy} was divided among {count} new units. Choose the one that received "
                "this asset (the first is the official default).").format(
                    legacy=legacy_name, count=len(ids)))  # fmt: skip

    # ---- loading ------------------------------------------------------------------------------

    def load(self, asset_id: uuid.UUID) -> None:
        self.record = self.services.catalogue.get(asset_id)
        record = self.record
        self.setWindowTitle(self.tr("Asset {code}").format(code=record.code))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind))
        self.kind_combo.setEnabled(False)  # the service refuses a kind change
        for name, value in record.values.items():
            if name in self.form.fields:
                self.form.set_value(name, value)
        self.form.set_value("code", record.code)
        self.buildings.setRowCount(0)
        for building in record.buildings:
            row = self.buildings.rowCount()
            self.buildings.insertRow(row)
            for column, spec in enumerate(BUILDING_FIELDS):
                value = building.get(spec.name)
                if value is not None and spec.type is FieldType.AREA:
                    value = format_decimal(value)
                self.buildings.setItem(row, column, QTableWidgetItem("" if value is None
                                                                      else str(value)))  # fmt: skip
        self._kind_changed()
        self.attachments.set_asset(record.id)
        self._load_history(record.id)

    def _load_history(self, asset_id: uuid.UUID) -> None:
        catalogue = self.services.catalogue
        run_in_background(self, lambda job: catalogue.history(asset_id),
                          title=self.tr("Loading the history"), on_success=self._show_history,
                          show_progress=False)  # fmt: skip

    def _show_history(self, entries: list[Any]) -> None:
        actions = {"create": self.tr("Created"), "update": self.tr("Changed"),
                   "delete": self.tr("Deleted"), "restore": self.tr("Restored"),
                   "attach": self.tr("File attached"), "detach": self.tr("File removed"),
                   "reattach": self.tr("File restored")}  # fmt: skip
        self.history.setRowCount(len(entries))
        for row, entry in enumerate(reversed(entries)):
            changed = ", ".join(self._field_label(k) for k in (entry.after or {}))
            what = actions.get(entry.action, entry.action)
            if entry.action == "update" and changed:
                what = f"{what}: {changed}"
            elif entry.action in ("attach", "detach", "reattach"):
                what = f"{what}: {(entry.after or entry.before or {}).get('file_name', '')}"
            when = entry.occurred_at.astimezone().strftime("%d/%m/%Y %H:%M")
            for column, text in enumerate((when, entry.actor_name, what)):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    @staticmethod
    def _field_label(name: str) -> str:
        spec = kinds.FIELDS_BY_NAME.get(name)
        return spec.label() if spec is not None else name

    # ---- saving -------------------------------------------------------------------------------

    def _building_rows(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.buildings.rowCount()):
            values = {}
            for column, spec in enumerate(BUILDING_FIELDS):
                item = self.buildings.item(row, column)
                values[spec.name] = item.text() if item is not None else ""
            if any(v.strip() for v in values.values()):
                rows.append(values)
        return rows

    def raw_values(self) -> dict[str, Any]:
        raw: dict[str, Any] = {"kind": self.current_kind(), **self.form.raw_values()}
        if self.current_kind() in kinds.HOUSE_AND_LAND:
            raw["buildings"] = self._building_rows()
        return raw

    def _update_save(self) -> None:
        self.save_button.setEnabled(not self.form.problems() and not self.saving)

    def save(self) -> None:
        if self.read_only:
            return
        self.form.validate_all()
        if self.form.problems() or self.saving:
            return
        raw = self.raw_values()
        catalogue, record = self.services.catalogue, self.record
        self.saving = True
        self._update_save()

        def write(job: Job) -> Any:
            if record is None:
                return catalogue.create(raw)
            return catalogue.update(record.id, raw, expected_version=record.version)

        run_in_background(self, write, title=self.tr("Saving the asset"),
                          on_success=self._saved, on_failure=self._refused)  # fmt: skip

    def _saved(self, saved: Any) -> None:
        self.saving = False
        catalogue = self.services.catalogue
        refresh = self.on_saved or (lambda: None)
        if self.record is None:
            self.undo_stack.push(CreateAssetCommand(catalogue, saved, self._command_error,
                                                    refresh))  # fmt: skip
        elif saved.version != self.record.version:
            after = {
                "kind": saved.kind,
                **{k: saved.values.get(k) for k in self.form.fields if k in saved.values},
                "code": saved.code,
            }
            before = {"kind": self.record.kind,
                      **{k: self.record.values.get(k) for k in after if k in self.record.values},
                      "code": self.record.code}  # fmt: skip
            if saved.kind in kinds.HOUSE_AND_LAND:
                before["buildings"], after["buildings"] = self.record.buildings, saved.buildings
            self.undo_stack.push(
                UpdateAssetCommand(
                    catalogue, saved.id, saved.code, before, after, self._command_error, refresh
                )
            )
        refresh()
        self.accept()

    def reload(self) -> None:
        """Read the asset again (after a save was refused over someone else's newer change)."""
        if self.record is None:
            return
        self.load(self.record.id)
        self.banner.setVisible(False)
        self.reload_button.setVisible(False)
        self._update_save()

    def _command_error(self, error: ServiceError) -> None:
        from ui.dialogs import error_dialog

        error_dialog.show_error(self.parentWidget(), error, title=self.tr("Undo"))

    def _refused(self, error: ServiceError) -> None:
        self.saving = False
        if isinstance(error, ValidationError):
            others = self.form.show_service_problems(error.by_field())
            buildings = {k: v for k, v in others.items() if k.startswith("buildings")}
            self.buildings_error.setText("\n".join(buildings.values()))
            rest = [v for k, v in others.items() if not k.startswith("buildings")]
            message = self.tr("Some fields need correcting: see the messages next to them.")
            self.banner.setText("\n".join([message, *rest]) if rest or buildings else message)
        else:
            self.banner.setText(error.message)
        stale = isinstance(error, ConcurrencyError) and self.record is not None
        self.reload_button.setVisible(stale)
        self.banner.setVisible(True)
        self._update_save()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        # Enter saves from any single-line field (multi-line notes keep their Enter), even
        # when the button box has not made Save the default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.save_button.isEnabled():
                self.save()
            return
        super().keyPressEvent(event)
