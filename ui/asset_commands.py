"""Undoable asset changes for the session's QUndoStack (Edit ▸ Undo / Redo).

Each command calls the catalogue service; undoing is itself a change through the service
(audited like any other): undo of a create deletes (softly), undo of an edit saves the
previous values over the current version, undo of a delete restores. A command that the
database refuses (someone else changed the asset meanwhile) reports the error and marks
itself obsolete, so the stack never claims a state it did not reach.

Commands whose first run happened elsewhere (the editor saved in a worker, a bulk change
ran in a worker) are pushed with `done=True`: their first redo() only records them.
Commands over many assets are given the widget to report progress on (`busy_parent`): their
undo and redo then run in a worker behind a window-modal progress dialog, so the GUI thread
never waits on thousands of rows and no second undo can start before the first ends.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from surplus_assets.errors import ServiceError

ErrorHandler = Callable[[ServiceError], None]
ChangeHandler = Callable[[], None]


class _AssetCommand(QUndoCommand):
    def __init__(
        self, catalogue: Any, text: str, on_error: ErrorHandler, on_change: ChangeHandler,
        *, done: bool, busy_parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(text)
        self.catalogue = catalogue
        self._on_error = on_error
        self._on_change = on_change
        self._skip_next_redo = done
        self._busy_parent = busy_parent

    def _run(self, action: Callable[[], object]) -> None:
        if self.isObsolete():  # a change the database refused earlier: nothing to redo
            return
        if self._busy_parent is not None:
            from ui.workers import run_in_background

            run_in_background(
                self._busy_parent, lambda job: action(), title=self.text(),
                on_success=lambda _result: self._on_change(), on_failure=self._failed,
                cancellable=False,
            )  # fmt: skip
            return
        try:
            action()
        except ServiceError as error:
            self._failed(error)
            return
        self._on_change()

    def _failed(self, error: ServiceError) -> None:
        self.setObsolete(True)
        self._on_error(error)
        self._on_change()

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def apply(self) -> object:
        raise NotImplementedError

    def revert(self) -> object:
        raise NotImplementedError

    def _version(self, asset_id: uuid.UUID) -> int:
        return int(self.catalogue.get(asset_id, include_deleted=True).version)


class CreateAssetCommand(_AssetCommand):
    """Redo after undo restores the same asset (same id and code), it does not make another."""

    def __init__(self, catalogue: Any, record: Any, on_error: ErrorHandler,
                 on_change: ChangeHandler) -> None:  # fmt: skip
        text = QCoreApplication.translate("AssetCommands", "Create {code}")
        super().__init__(catalogue, text.format(code=record.code), on_error, on_change, done=True)
        self.asset_id = record.id

    def apply(self) -> None:
        self.catalogue.restore(self.asset_id, expected_version=self._version(self.asset_id))

    def revert(self) -> None:
        self.catalogue.delete(self.asset_id, expected_version=self._version(self.asset_id))


class UpdateAssetCommand(_AssetCommand):
    def __init__(
        self, catalogue: Any, asset_id: uuid.UUID, code: str, before: Mapping[str, Any],
        after: Mapping[str, Any], on_error: ErrorHandler, on_change: ChangeHandler,
    ) -> None:  # fmt: skip
        text = QCoreApplication.translate("AssetCommands", "Edit {code}")
        super().__init__(catalogue, text.format(code=code), on_error, on_change, done=True)
        self.asset_id = asset_id
        self.before = dict(before)
        self.after = dict(after)

    def apply(self) -> None:
        self.catalogue.update(self.asset_id, self.after,
                              expected_version=self._version(self.asset_id))  # fmt: skip

    def revert(self) -> None:
        self.catalogue.update(self.asset_id, self.before,
                              expected_version=self._version(self.asset_id))  # fmt: skip


class DeleteAssetsCommand(_AssetCommand):
    """Deletes (softly) and restores the selection in one transaction each: all or none."""

    def __init__(self, catalogue: Any, asset_ids: Sequence[uuid.UUID], on_error: ErrorHandler,
                 on_change: ChangeHandler, *, done: bool = False,
                 busy_parent: QWidget | None = None) -> None:  # fmt: skip
        text = QCoreApplication.translate("AssetCommands", "Delete %n asset(s)", "",
                                          len(asset_ids))  # fmt: skip
        super().__init__(catalogue, text, on_error, on_change, done=done,
                         busy_parent=busy_parent)  # fmt: skip
        self.asset_ids = list(asset_ids)

    def apply(self) -> int:
        return int(self.catalogue.delete_many(self.asset_ids))

    def revert(self) -> int:
        return int(self.catalogue.restore_many(self.asset_ids))


class SetStatusCommand(_AssetCommand):
    """A bulk status change; undo puts each asset back to the status it had."""

    def __init__(self, catalogue: Any, previous: Mapping[uuid.UUID, str], status: str,
                 on_error: ErrorHandler, on_change: ChangeHandler, *, done: bool = False,
                 busy_parent: QWidget | None = None) -> None:  # fmt: skip
        text = QCoreApplication.translate("AssetCommands", "Change the status of %n asset(s)",
                                          "", len(previous))  # fmt: skip
        super().__init__(catalogue, text, on_error, on_change, done=done,
                         busy_parent=busy_parent)  # fmt: skip
        self.previous = dict(previous)
        self.status = status

    def apply(self) -> int:
        return int(self.catalogue.set_status(list(self.previous), self.status))

    def revert(self) -> int:
        return int(self.catalogue.set_statuses(self.previous))
