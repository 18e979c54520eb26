"""A throw-away test PKI built with `cryptography`: a root CA and officers' certificates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def name(common_name: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


@dataclass
class TestCA:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    pem_path: Path

    def issue(self, subject: x509.Name, public_key: object) -> x509.Certificate:
        now = datetime.now(UTC)
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.cert.subject)
            .public_key(public_key)  # type: ignore[arg-type]
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                critical=True,
            )
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(public_key),  # type: ignore[arg-type]
                critical=False,
            )
            .sign(self.key, hashes.SHA256())
        )


def make_ca(directory: Path, common_name: str = "CA Thử nghiệm Sở Tài chính") -> TestCA:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = name(common_name, "Ban Cơ yếu Thử nghiệm")
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=2))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    pem_path = directory / f"ca-{cert.serial_number % 10000}.pem"
    pem_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return TestCA(key, cert, pem_path)


def make_pkcs12(
    ca: TestCA, directory: Path, common_name: str, organisation: str, passphrase: str
) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = ca.issue(name(common_name, organisation), key.public_key())
    data = pkcs12.serialize_key_and_certificates(
        b"officer",
        key,
        cert,
        [ca.cert],
        serialization.BestAvailableEncryption(passphrase.encode()),
    )
    path = directory / f"{common_name.split()[-1].lower()}.p12"
    path.write_bytes(data)
    return path
