"""Verify a signed PDF, offline: the GUI's `verify FILE --trust CA.pem --compare`.

For each signature: who signed, when, whether the document was changed after signing,
whether the certificate chains to the trusted root the user chose (or "not checked" without
one), and what could not be checked offline. Then what the report covers and whether those
assets and proposals changed in the database since the report was generated. The check runs
in a worker (pyHanko loads on first use, about half a second).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import preferences as prefs
from ui.dialogs.sign_dialog import with_browse
from ui.help import add_help_button
from ui.report_files import read_pdf, remember_folder, report_folder
from ui.report_labels import kind_label, state_label
from ui.workers import Job, run_in_background

GOOD, BAD, NEUTRAL = "#1b5e20", "#b00020", "#5d4037"


def _coloured(text: str, colour: str, bold: bool = True) -> str:
    weight = "font-weight:bold;" if bold else ""
    return f'<span style="color:{colour};{weight}">{html.escape(text)}</span>'


class VerifyDialog(QDialog):
    checked = Signal(object)  # the ReadBack (or ReportVerification without a database)

    def __init__(
        self,
        parent: QWidget | None,
        services: Any,
        settings: QSettings,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.services = services
        self.settings = settings
        self.result: Any = None
        self.working = False
        self.resize(860, 640)

        self.file_edit = QLineEdit(str(path) if path else "")
        self.file_edit.setObjectName("verifyFile")
        self.trust_edit = QLineEdit(prefs.TRUST_ROOT_PATH.read(settings))
        self.trust_edit.setObjectName("trustRoot")
        self.trust_edit.setPlaceholderText(
            self.tr("the root certificate of the signing CA (.pem/.cer); optional")
        )
        form = QFormLayout()
        form.addRow(
            self.tr("&PDF file:"), self._browse(self.file_edit, "browsePdf", self._pick_pdf)
        )
        form.addRow(
            self.tr("&Trusted root:"),
            self._browse(self.trust_edit, "browseTrust", self._pick_trust),
        )
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.verdict = QLabel(self.tr("Choose a PDF file and press Check."))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.verdict.setFont(font)
        self.details = QTextBrowser()
        self.details.setObjectName("verifyDetails")
        self.details.setOpenLinks(False)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)
        self.help_button = add_help_button(buttons, "verify-dialog", self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _browse(self, edit: QLineEdit, name: str, pick: Any) -> QWidget:
        button = QPushButton(self.tr("Browse…"))
        button.setObjectName(name)
        return with_browse(edit, button, pick)

    def _pick_pdf(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("PDF to verify"),
            report_folder(self.settings),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.file_edit.setText(name)
            self.check()

    def _pick_trust(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Trusted root certificate"),
            self.trust_edit.text(),
            self.tr("Certificates (*.pem *.cer *.crt *.der);;All files (*)"),
        )
        if name:
            self.trust_edit.setText(name)

    # ---- checking ---------------------------------------------------------------------------

    def check(self) -> None:
        if self.working:
            return
        text = self.file_edit.text().strip()
        if not text:
            self._show_refusal(self.tr("Choose the PDF file to verify."))
            return
        path = Path(text)
        trust = [Path(self.trust_edit.text().strip())] if self.trust_edit.text().strip() else []
        services = self.services

        def verify(job: Job) -> tuple[Any, Any]:
            pdf = read_pdf(path)
            if services is None:  # no database: signatures and the embedded data only
                from surplus_assets.reports.verify import load_trust_roots, verify_report

                return verify_report(pdf, load_trust_roots(trust)), None
            back = services.reports.read_back(pdf, trust)
            return back, services.reports.find_in_register(pdf)

        self.working = True
        self.check_button.setEnabled(False)
        self.verdict.setText(self.tr("Checking the signatures…"))
        self.verdict.setStyleSheet("")
        self.details.clear()
        run_in_background(
            self,
            verify,
            title=self.tr("Verifying the PDF"),
            on_success=lambda result: self._show(result, path, trust),
            on_failure=lambda error: self._show_refusal(error.message),
            on_cancelled=self._done,
        )

    def _done(self) -> None:
        self.working = False
        self.check_button.setEnabled(True)

    def _show_refusal(self, message: str) -> None:
        self._done()
        self.verdict.setText(message)
        self.verdict.setStyleSheet(f"color: {BAD};")

    def _show(self, result: tuple[Any, Any], path: Path, trust: list[Path]) -> None:
        self._done()
        back, entry = result
        verification = getattr(back, "verification", back)
        changes = getattr(back, "changes", None)
        self.result = back
        remember_folder(self.settings, path)
        if trust:
            prefs.TRUST_ROOT_PATH.write(self.settings, str(trust[0]))
        signatures = verification.result.signatures
        if not signatures:
            self.verdict.setText(self.tr("The file has no signature."))
            colour = NEUTRAL
        elif verification.result.all_intact:
            self.verdict.setText(
                self.tr("Every signature is intact: the document was not changed after signing.")
            )
            colour = GOOD
        else:
            self.verdict.setText(
                self.tr(
                    "NOT every signature is intact: the document was "
                    "changed after signing. Do not rely on it."
                )
            )
            colour = BAD
        self.verdict.setStyleSheet(f"color: {colour};")
        parts = [self._signature_html(i, s) for i, s in enumerate(signatures, start=1)]
        parts.append(self._report_html(verification, changes, entry))
        self.details.setHtml("".join(parts))
        self.checked.emit(back)

    # ---- what the details say ---------------------------------------------------------------

    def _row(self, label: str, value_html: str) -> str:
        return (
            f"<tr><td style='padding-right:12px;color:#444'>{html.escape(label)}</td>"
            f"<td>{value_html}</td></tr>"
        )

    def _signature_html(self, index: int, check: Any) -> str:
        from surplus_assets.reports.formatting import format_datetime

        name = check.signer_name or check.subject
        title = self.tr("Signature {index}: {name}").format(index=index, name=name)
        rows = []
        if check.organisation:
            rows.append(self._row(self.tr("Organisation"), html.escape(check.organisation)))
        when = (
            self.tr("{time} (Viet Nam time)").format(time=format_datetime(check.signing_time))
            if check.signing_time
            else self.tr("not stated")
        )
        rows.append(self._row(self.tr("Signed at"), html.escape(when)))
        if check.timestamp_time:
            rows.append(
                self._row(self.tr("Timestamp"), html.escape(format_datetime(check.timestamp_time)))
            )
        if check.ok:
            changed = _coloured(self.tr("No: the signed content is intact"), GOOD)
            if check.later_changes not in ("none",):
                changed += html.escape(" " + self.tr("(later signatures were added)"))
        elif not (check.intact and check.valid):
            changed = _coloured(self.tr("YES: the signed content was altered (broken)"), BAD)
        else:
            changed = _coloured(self.tr("YES: the document was changed after this signature"), BAD)
        rows.append(self._row(self.tr("Changed after signing"), changed))
        if check.trusted is None:
            trust = _coloured(
                self.tr("not checked: choose the trusted root certificate"), NEUTRAL, bold=False
            )
        elif check.trusted:
            trust = _coloured(self.tr("yes"), GOOD)
        else:
            trust = _coloured(self.tr("no ({problem})").format(problem=check.trust_problem), BAD)
        rows.append(self._row(self.tr("Certificate chains to a trusted root"), trust))
        if check.reason:
            rows.append(self._row(self.tr("Reason"), html.escape(check.reason)))
        for item in check.not_checked:
            rows.append(self._row(self.tr("Not checked offline"), html.escape(item)))
        return f"<h3>{html.escape(title)}</h3><table>{''.join(rows)}</table>"

    def _report_html(self, verification: Any, changes: Any, entry: Any) -> str:
        from surplus_assets.domain.asset_kinds import status_label
        from surplus_assets.domain.proposal_workflow import state_label as proposal_state

        data = verification.data
        if data is None:
            return (
                "<p>"
                + html.escape(self.tr("The PDF carries no report data of this application."))
                + "</p>"
            )
        counts: dict[str, int] = {}
        for record in data.covered:
            counts[record.entity] = counts.get(record.entity, 0) + 1
        heading = self.tr("The report")
        out = [f"<h3>{html.escape(heading)}</h3><table>"]
        out.append(self._row(self.tr("Kind"), html.escape(kind_label(data.kind))))
        out.append(self._row(self.tr("Title"), html.escape(data.title)))
        out.append(self._row(self.tr("Number"), html.escape(data.number or "")))
        out.append(
            self._row(
                self.tr("Covers"),
                html.escape(
                    self.tr("{assets} asset(s) and {proposals} proposal(s)").format(
                        assets=counts.get("asset", 0), proposals=counts.get("proposal", 0)
                    )
                ),
            )
        )
        checksum = (
            _coloured(self.tr("correct"), GOOD)
            if verification.data_hash_ok
            else _coloured(self.tr("WRONG"), BAD)
        )
        out.append(self._row(self.tr("Data checksum"), checksum))
        if entry is not None:
            out.append(
                self._row(
                    self.tr("In the register"),
                    html.escape(
                        self.tr("yes, {state}").format(state=state_label(entry.state).lower())
                    ),
                )
            )
        out.append("</table>")
        proposals = data.covered_of("proposal")
        if proposals:
            items = "".join(
                f"<li>{html.escape(r.code)}: {html.escape(proposal_state(r.state))}</li>"
                for r in proposals[:50]
            )
            listed = self.tr("Proposals in the report:")
            out.append(f"<p>{html.escape(listed)}</p><ul>{items}</ul>")
        if changes is None:
            return "".join(out)
        if not changes:
            out.append(
                "<p>"
                + _coloured(
                    self.tr(
                        "No asset or proposal it covers changed since the report was generated."
                    ),
                    GOOD,
                )
                + "</p>"
            )
            return "".join(out)
        out.append(
            "<p>" + _coloured(self.tr("Changed since the report was generated:"), BAD) + "</p><ul>"
        )
        for change in changes[:100]:
            record, now = change.record, change.current
            label = proposal_state if record.entity == "proposal" else status_label
            if now is None:
                text = self.tr("{code}: deleted").format(code=record.code)
            else:
                text = self.tr("{code}: version {old} → {new}, {state_old} → {state_new}").format(
                    code=record.code,
                    old=record.version,
                    new=now.version,
                    state_old=_safe_label(label, record.state),
                    state_new=_safe_label(label, now.state),
                )
            out.append(f"<li>{html.escape(text)}</li>")
        out.append("</ul>")
        return "".join(out)


def _safe_label(label: Any, value: str) -> str:
    try:
        return str(label(value))
    except (KeyError, ValueError):
        return value
