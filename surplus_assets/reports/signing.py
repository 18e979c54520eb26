"""PAdES signing of report PDFs with pyHanko: PKCS#12 files and PKCS#11 tokens.

`sign_pdf(pdf, source)` adds one PAdES B-B signature (SHA-256) as an incremental update, so a
reviewer's countersignature is simply a second call on the signed bytes: each signature gets
its own field and the first one stays valid. The visible stamp shows "Ký bởi", the
organisation (O= of the certificate) and the signing time in Asia/Ho_Chi_Minh, in a copy of
Liberation Serif rescaled to 1000 units per em (pyHanko writes stamp glyph widths unscaled).

Where the stamp goes: the report's embedded data lists signature slots (the signer's slot in
the signature block, the reviewer's under "Nơi nhận"); the first signature takes the signer
slot, later ones the reviewer slot. PDFs from elsewhere get a box at the foot of the last page.

Offline by default: no timestamp and no revocation fetching; a TSA URL adds a timestamp
(PAdES B-T). The passphrase or PIN is used once and never stored.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from surplus_assets.errors import AuthenticationError, NotFoundError, ServiceError
from surplus_assets.i18n import _
from surplus_assets.reports.data import EMBEDDED_FILE_NAME, ReportData, SignatureSlot
from surplus_assets.reports.formatting import LOCAL_TZ

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

FIELD_PREFIX = "ChuKy"
_MM = 72 / 25.4
FALLBACK_BOX_SIZE = (62 * _MM, 24 * _MM)


@dataclass(frozen=True)
class Pkcs12Source:
    """A certificate and key in a .p12/.pfx file; `ca_chain` adds intermediate certificates."""

    path: Path
    passphrase: str | None
    ca_chain: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Pkcs11Source:
    """A key on a PKCS#11 token (USB token, SoftHSM2), chosen by token label, never slot."""

    module_path: str
    token_label: str
    pin: str
    key_label: str | None = None
    cert_label: str | None = None  # defaults to the key label


SignerSource = Pkcs12Source | Pkcs11Source


@dataclass(frozen=True)
class SignOptions:
    reason: str = ""
    location: str = ""
    tsa_url: str | None = None  # only when configured: offline by default
    role: str = "auto"  # "signer" | "reviewer" | "auto" (signer first, then reviewer)
    box: tuple[float, float, float, float] | None = None  # override the slot (page = last)
    timestamper: Any = None  # a pyHanko TimeStamper, for tests (DummyTimeStamper)


def _load_pkcs12(source: Pkcs12Source) -> Signer:
    from cryptography import x509
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.sign.signers import SimpleSigner

    try:
        raw = source.path.read_bytes()
    except FileNotFoundError as exc:
        raise NotFoundError(
            _("Certificate file not found: {path}. Choose the .p12/.pfx file again.").format(
                path=source.path
            )
        ) from exc
    try:
        chain = [load_cert_from_pemder(str(p)) for p in source.ca_chain]  # type: ignore[no-untyped-call]
    except (OSError, ValueError) as exc:
        raise NotFoundError(
            _("Could not read the CA certificate files: {reason}").format(reason=exc)
        ) from exc
    passphrase = source.passphrase.encode() if source.passphrase is not None else None
    try:
        signer: Signer = SimpleSigner.load_pkcs12_data(
            raw, other_certs=chain, passphrase=passphrase
        )
        return signer
    except (ValueError, TypeError, x509.ExtensionNotFound) as exc:
        raise AuthenticationError(
            _(
                "Could not open the certificate file {path}: the passphrase is wrong or the "
                "file is not a PKCS#12 (.p12/.pfx) certificate. Check the passphrase and try "
                "again."
            ).format(path=source.path.name)
        ) from exc


def _open_pkcs11(source: Pkcs11Source) -> tuple[Any, Signer]:
    """An open session and a signer on it; the caller closes the session."""
    from pkcs11 import exceptions as p11
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

    if not Path(source.module_path).exists():
        raise NotFoundError(
            _("The token driver (PKCS#11 module) was not found: {path}.").format(
                path=source.module_path
            )
        )
    try:
        session = open_pkcs11_session(
            source.module_path,
            token_criteria=TokenCriteria(label=source.token_label),
            user_pin=str(source.pin),
        )
    except p11.PinIncorrect as exc:
        raise AuthenticationError(
            _(
                'Wrong PIN for token "{label}". Enter the PIN again (the token locks after '
                "several wrong attempts)."
            ).format(label=source.token_label)
        ) from exc
    except p11.PinLocked as exc:
        raise AuthenticationError(
            _(
                'The PIN of token "{label}" is locked; ask the certificate provider to unlock it.'
            ).format(label=source.token_label)
        ) from exc
    except p11.PKCS11Error as exc:
        # pyHanko raises the base PKCS11Error with "No token matching ..." for a missing token
        if type(exc) is p11.PKCS11Error and "No token" in str(exc):
            raise NotFoundError(
                _(
                    'No token labelled "{label}" is plugged in. Insert the token and try again.'
                ).format(label=source.token_label)
            ) from exc
        raise ServiceError(
            _("The token could not be opened: {reason}").format(reason=type(exc).__name__)
        ) from exc
    label = source.cert_label or source.key_label
    try:
        signer = PKCS11Signer(session, cert_label=label, key_label=source.key_label)
        signer.signing_cert  # noqa: B018  (pulls the certificate now, to fail early)
    except (SigningError, p11.PKCS11Error) as exc:
        session.close()
        raise NotFoundError(
            _('No certificate and key labelled "{label}" on token "{token}".').format(
                label=label or "", token=source.token_label
            )
        ) from exc
    return session, signer


def _stamp_font_factory(size: int) -> Any:
    """pyHanko's GlyphAccumulatorFactory, reading the font from memory: the stock factory
    leaves its file handle open (a ResourceWarning on every signature)."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    from surplus_assets.reports.fonts import stamp_font_path

    class InMemoryFactory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer,
                font_handle=io.BytesIO(Path(self.font_file).read_bytes()),
                font_size=self.font_size,
                obj_stream=obj_stream,
            )

    return InMemoryFactory(str(stamp_font_path()), font_size=size)


def _name_attr(cert: Any, attribute: str) -> str:
    try:
        return str(cert.subject.native.get(attribute, "") or "")
    except (AttributeError, ValueError):
        return ""


def certificate_names(cert: Any) -> tuple[str, str]:
    """(common name, organisation) of an asn1crypto certificate."""
    return _name_attr(cert, "common_name"), _name_attr(cert, "organization_name")


def _report_slots(reader: Any) -> tuple[SignatureSlot, ...]:
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
        for i in range(0, len(names), 2):
            if str(names[i]) == EMBEDDED_FILE_NAME:
                raw = names[i + 1]["/EF"]["/F"].data
                return ReportData.from_json_bytes(raw).signature_slots
    except (KeyError, TypeError, ValueError, IndexError):
        pass
    return ()


def _placement(
    reader: Any, existing: int, options: SignOptions
) -> tuple[int, tuple[float, float, float, float]]:
    """(page index, box) for the next signature."""
    last_page = int(reader.root["/Pages"]["/Count"]) - 1
    if options.box is not None:
        return last_page, options.box
    slots = {s.role: s for s in _report_slots(reader)}
    role = options.role if options.role != "auto" else ("signer" if existing == 0 else "reviewer")
    slot = slots.get(role)
    if slot is not None:
        x1, y1, x2, y2 = slot.box
        shift = max(0, existing - 1) * (y2 - y1 + 4) if role == "reviewer" else 0
        return slot.page, (x1, y1 - shift, x2, y2 - shift)
    # Not one of our reports: bottom right of the last page.
    page_ref, _ = reader.find_page_for_modification(last_page)
    media = [float(v) for v in page_ref.get_object().get("/MediaBox", [0, 0, 595.28, 841.89])]
    w, h = FALLBACK_BOX_SIZE
    right = media[2] - 15 * _MM
    bottom = 20 * _MM + existing * (h + 4)
    return last_page, (right - w, bottom, right, bottom + h)


def sign_pdf(pdf: bytes, source: SignerSource, options: SignOptions | None = None) -> bytes:
    """Return `pdf` with one more PAdES signature (an incremental update)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.timestamps import HTTPTimeStamper
    from pyhanko.stamp import TextStampStyle

    options = options or SignOptions()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except (PdfReadError, ValueError) as exc:
        raise ServiceError(
            _("The file is not a PDF that can be signed ({reason}).").format(reason=exc)
        ) from exc
    existing = len(list(fields.enumerate_sig_fields(writer.prev, filled_status=True)))
    page, box = _placement(writer.prev, existing, options)
    field_name = f"{FIELD_PREFIX}{existing + 1}"
    int_box = (round(box[0]), round(box[1]), round(box[2]), round(box[3]))

    session = None
    if isinstance(source, Pkcs12Source):
        signer = _load_pkcs12(source)
    else:
        session, signer = _open_pkcs11(source)
    try:
        name, org = certificate_names(signer.signing_cert)
        now = datetime.now(LOCAL_TZ)
        style = TextStampStyle(
            stamp_text="Ký bởi: %(signer_name)s\nCơ quan: %(org)s\nThời gian: %(local_time)s",
            text_box_style=TextBoxStyle(
                font=_stamp_font_factory(8),
                font_size=8,
                leading=10,
            ),
            border_width=1,
            background=None,
        )
        timestamper = options.timestamper
        if timestamper is None and options.tsa_url:
            timestamper = HTTPTimeStamper(options.tsa_url)
        meta = signers.PdfSignatureMetadata(
            field_name=field_name,
            md_algorithm="sha256",
            subfilter=SigSeedSubFilter.PADES,
            reason=options.reason or None,
            location=options.location or None,
            name=name or None,
        )
        pdf_signer = signers.PdfSigner(
            meta,
            signer=signer,
            timestamper=timestamper,
            stamp_style=style,
            new_field_spec=fields.SigFieldSpec(field_name, on_page=page, box=int_box),
        )
        out = io.BytesIO()
        pdf_signer.sign_pdf(
            writer,
            output=out,
            appearance_text_params={
                "signer_name": name or "?",
                "org": org or "—",
                "local_time": f"{now:%H:%M:%S} ngày {now:%d/%m/%Y} (GMT+7)",
            },
        )
        return out.getvalue()
    finally:
        if session is not None:
            session.close()
