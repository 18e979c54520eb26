"""Signing the manifest of an exchange package with the officer's PKCS#12 certificate.

manifest.sig is JSON: the signer's certificate (DER, base64), any intermediate certificates,
the algorithm and the signature over the exact bytes of manifest.json. Verification checks the
signature with the included certificate and reports who signed; it does not decide whether to
trust that certificate (there is no trust store offline), so the importer shows the signer's
name, organisation and fingerprint for the user to recognise.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from surplus_assets.errors import AuthenticationError, NotFoundError
from surplus_assets.exchange.package_format import PackageError
from surplus_assets.i18n import _
from surplus_assets.reports.signing import Pkcs12Source


@dataclass(frozen=True)
class SignatureInfo:
    signed: bool
    signer: str = ""  # CN of the certificate
    organisation: str = ""
    fingerprint: str = ""  # SHA-256 of the certificate, hex
    valid_at_signing: bool = True  # created_at within the certificate's validity

    def describe(self) -> str:
        if not self.signed:
            return _("Unsigned package: check with the sender that it is theirs.")
        text = _("Signed by {signer} ({organisation}), certificate {fingerprint}.").format(
            signer=self.signer, organisation=self.organisation or "-",
            fingerprint=self.fingerprint[:16])  # fmt: skip
        if not self.valid_at_signing:
            text += " " + _("The certificate was not valid when the package was made.")
        return text


def _name(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def sign_manifest(manifest: bytes, source: Pkcs12Source) -> bytes:
    """manifest.sig for `manifest` with the key and certificate of a .p12/.pfx file."""
    try:
        raw = source.path.read_bytes()
    except FileNotFoundError as error:
        raise NotFoundError(_("Certificate file not found: {path}. Choose the .p12/.pfx file "
                              "again.").format(path=source.path)) from error  # fmt: skip
    password = source.passphrase.encode("utf-8") if source.passphrase else None
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(raw, password)
    except ValueError as error:
        raise AuthenticationError(
            _("Cannot open the certificate {path}: wrong passphrase or not a PKCS#12 file.").format(
                path=source.path
            )
        ) from error
    if key is None or cert is None:
        raise AuthenticationError(_("The certificate file {path} holds no private key.")
                                  .format(path=source.path))  # fmt: skip
    if isinstance(key, rsa.RSAPrivateKey):
        algorithm = "rsa-pkcs1v15-sha256"
        signature = key.sign(manifest, padding.PKCS1v15(), hashes.SHA256())
    elif isinstance(key, ec.EllipticCurvePrivateKey):
        algorithm = "ecdsa-sha256"
        signature = key.sign(manifest, ec.ECDSA(hashes.SHA256()))
    else:
        raise AuthenticationError(_("Only RSA and elliptic-curve keys can sign packages."))
    der = [c.public_bytes(serialization.Encoding.DER) for c in [cert, *(chain or [])]]
    return json.dumps({
        "algorithm": algorithm,
        "certificate": base64.b64encode(der[0]).decode("ascii"),
        "chain": [base64.b64encode(d).decode("ascii") for d in der[1:]],
        "signature": base64.b64encode(signature).decode("ascii"),
    }, indent=1).encode("utf-8")  # fmt: skip


def verify_manifest_signature(
    manifest: bytes, signature_file: bytes | None, created_at: datetime | None
) -> SignatureInfo:
    """Who signed the manifest; PackageError if the signature does not match it."""
    if signature_file is None:
        return SignatureInfo(signed=False)
    bad = PackageError(_("The package signature does not match its manifest: the package was "
                         "changed after it was signed. Ask the sender for a new one."))  # fmt: skip
    try:
        data = json.loads(signature_file)
        cert = x509.load_der_x509_certificate(base64.b64decode(data["certificate"]))
        signature = base64.b64decode(data["signature"])
        algorithm = data["algorithm"]
    except (ValueError, KeyError, TypeError) as error:
        raise bad from error
    public = cert.public_key()
    try:
        if algorithm == "rsa-pkcs1v15-sha256" and isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, manifest, padding.PKCS1v15(), hashes.SHA256())
        elif algorithm == "ecdsa-sha256" and isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, manifest, ec.ECDSA(hashes.SHA256()))
        else:
            raise bad
    except InvalidSignature as error:
        raise bad from error
    valid = created_at is None or (
        cert.not_valid_before_utc <= created_at <= cert.not_valid_after_utc
    )
    return SignatureInfo(
        signed=True,
        signer=_name(cert, x509.NameOID.COMMON_NAME),
        organisation=_name(cert, x509.NameOID.ORGANIZATION_NAME),
        fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
        valid_at_signing=valid,
    )
