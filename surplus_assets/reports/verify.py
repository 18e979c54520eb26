"""Verification of signed report PDFs with pyHanko, offline.

For each signature: who signed (common name and organisation of the certificate, which the
round-trip import records as the reviewer), when, whether the signed bytes are intact,
whether later revisions only added signatures (or filled form fields) or changed the
document, whether the certificate chains to one of the given trust roots ("not checked" when
none are given), and what could not be checked offline (revocation; a trusted timestamp when
the signature carries none).

`all_intact` is what the CLI's exit code follows: at least one signature, and every signature
intact, cryptographically valid and not followed by changes other than signatures. Trust is
reported separately because offline officers often lack the CA's root.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from surplus_assets.errors import NotFoundError, ServiceError
from surplus_assets.i18n import _
from surplus_assets.reports.data import ReportData
from surplus_assets.reports.formatting import local_time

# Modification levels (pyHanko's ModificationLevel) that leave a signature standing.
ALLOWED_LATER_CHANGES = ("none", "lta_updates", "form_filling")


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    signer_name: str  # certificate common name
    organisation: str  # certificate O=
    subject: str  # full distinguished name, readable
    certificate_sha256: str
    signing_time: datetime | None  # claimed by the signer, Asia/Ho_Chi_Minh
    timestamp_time: datetime | None  # from a timestamp token, when present
    intact: bool  # the signed bytes were not changed
    valid: bool  # the cryptographic signature over them is correct
    covers_whole_file: bool  # no revision after this signature
    later_changes: str  # "none" | "lta_updates" | "form_filling" | "annotations" | "other"
    trusted: bool | None  # None: no trust roots given, not checked
    trust_problem: str
    not_checked: tuple[str, ...]  # what could not be checked offline
    reason: str = ""  # the signature's /Reason (a reviewer's approval: reports.approval)

    @property
    def later_changes_allowed(self) -> bool:
        """Only signatures (or form fields) were added after this signature."""
        return self.later_changes in ALLOWED_LATER_CHANGES

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.later_changes_allowed

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("signing_time", "timestamp_time"):
            out[key] = out[key].isoformat() if out[key] else None
        out["not_checked"] = list(self.not_checked)
        out["later_changes_allowed"] = self.later_changes_allowed
        out["ok"] = self.ok
        return out


@dataclass(frozen=True)
class VerificationResult:
    signatures: tuple[SignatureCheck, ...]
    trust_checked: bool

    @property
    def all_intact(self) -> bool:
        """At least one signature, and every one intact with no disallowed later change."""
        return bool(self.signatures) and all(s.ok for s in self.signatures)

    @property
    def all_trusted(self) -> bool:
        return bool(self.signatures) and all(s.trusted is True for s in self.signatures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "all_intact": self.all_intact,
            "all_trusted": self.all_trusted if self.trust_checked else None,
            "trust_checked": self.trust_checked,
            "signatures": [s.to_dict() for s in self.signatures],
        }


@dataclass(frozen=True)
class ReportVerification:
    """A verified report and the data it carries (for "read back" and round-trip import)."""

    result: VerificationResult
    data: ReportData | None  # None when the PDF carries no report data
    data_hash_ok: bool

    @property
    def data_trustworthy(self) -> bool:
        """The embedded data is the data that was signed, unchanged."""
        return self.result.all_intact and self.data is not None and self.data_hash_ok

    def to_dict(self) -> dict[str, Any]:
        out = self.result.to_dict()
        out["report"] = (
            None
            if self.data is None
            else {
                **self.data.payload(),
                "data_sha256": self.data.data_sha256,
                "hash_ok": self.data_hash_ok,
            }
        )
        return out


def load_trust_roots(paths: Iterable[Path]) -> list[Any]:
    """asn1crypto certificates from PEM or DER files."""
    from pyhanko.keys import load_certs_from_pemder

    roots: list[Any] = []
    for path in paths:
        if not Path(path).is_file():
            raise NotFoundError(_("Trust root file not found: {path}.").format(path=path))
        try:
            roots.extend(load_certs_from_pemder([str(path)]))  # type: ignore[no-untyped-call]
        except (ValueError, OSError) as exc:
            raise ServiceError(
                _("Could not read the trust root {path}: {reason}").format(path=path, reason=exc)
            ) from exc
    return roots


def _check_one(embedded: Any, trust_roots: Sequence[Any]) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from surplus_assets.reports.signing import certificate_names

    context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False)
    # Without a matching root pyHanko logs a path-building traceback; the result says it.
    quiet = logging.getLogger("pyhanko")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        status = validate_pdf_signature(embedded, context)
    finally:
        quiet.setLevel(level)
    cert = status.signing_cert
    name, org = certificate_names(cert)
    level_name = status.modification_level.name.lower() if status.modification_level else "other"
    timestamp = status.timestamp_validity.timestamp if status.timestamp_validity else None
    not_checked = [_("revocation status of the certificate (offline: no OCSP/CRL fetched)")]
    if timestamp is None:
        not_checked.append(
            _("signing time: no trusted timestamp, the time is the signer's computer clock")
        )
    trust_problem = ""
    trusted: bool | None = None
    if trust_roots:
        trusted = bool(status.trusted)
        if not trusted:
            indic = status.trust_problem_indic
            trust_problem = str(getattr(indic, "name", indic)) if indic is not None else "UNTRUSTED"
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    reason = embedded.sig_object.get("/Reason")
    return SignatureCheck(
        field_name=str(embedded.field_name),
        signer_name=name,
        organisation=org,
        subject=cert.subject.human_friendly,
        certificate_sha256=cert.sha256.hex(),
        signing_time=local_time(status.signer_reported_dt) if status.signer_reported_dt else None,
        timestamp_time=local_time(timestamp) if timestamp else None,
        intact=bool(status.intact),
        valid=bool(status.valid),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        later_changes=level_name,
        trusted=trusted,
        trust_problem=trust_problem,
        not_checked=tuple(not_checked),
        reason=str(reason) if reason is not None else "",
    )


def verify_pdf(pdf: bytes, trust_roots: Sequence[Any] = ()) -> VerificationResult:
    """Check every signature of `pdf`; `trust_roots` from load_trust_roots()."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
        checks = tuple(_check_one(sig, trust_roots) for sig in embedded)
    except (PdfReadError, ValueError) as exc:
        raise ServiceError(
            _("The file is not a readable PDF ({reason}).").format(reason=exc)
        ) from exc
    except (KeyError, TypeError, IndexError, AttributeError, LookupError, OSError,
            RecursionError, ArithmeticError, AssertionError) as exc:  # fmt: skip
        # A damaged or hostile PDF can trip pyHanko's parser in many ways (the fuzz suite
        # found KeyError '/Size'); each means the same to the user.
        raise ServiceError(
            _("The file is not a readable PDF ({reason}).").format(reason=type(exc).__name__)
        ) from exc
    return VerificationResult(signatures=checks, trust_checked=bool(trust_roots))


def verify_report(pdf: bytes, trust_roots: Sequence[Any] = ()) -> ReportVerification:
    """Signatures plus the embedded report data (None if the PDF has none)."""
    from surplus_assets.reports.embedded import read_embedded_data

    result = verify_pdf(pdf, trust_roots)
    try:
        data: ReportData | None = read_embedded_data(pdf)
    except ServiceError:
        data = None
    return ReportVerification(result, data, data.hash_ok if data is not None else False)
