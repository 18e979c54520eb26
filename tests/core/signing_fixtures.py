"""Signing fixtures shared by the report engine and report service tests: a throw-away PKI
(a CA, an officer's and a reviewer's PKCS#12), a private NSS database for pdfsig, and a
SoftHSM2 token. Registered for every core test by tests/core/conftest.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.core.reports.pki import TestCA, make_ca, make_pkcs12

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
OFFICER = ("Nguyễn Văn Hùng", "Sở Tài chính tỉnh Phú Thọ")
REVIEWER = ("Trần Thị Thu Hương", "Ủy ban nhân dân tỉnh Phú Thọ")
PASSPHRASE = "Mật-khẩu 2026"


@dataclass
class Pki:
    ca: TestCA
    other_ca: TestCA
    officer_p12: Path
    reviewer_p12: Path


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    directory = tmp_path_factory.mktemp("pki")
    ca = make_ca(directory)
    other = make_ca(directory, "CA không liên quan")
    return Pki(
        ca=ca,
        other_ca=other,
        officer_p12=make_pkcs12(ca, directory, *OFFICER, PASSPHRASE),
        reviewer_p12=make_pkcs12(ca, directory, *REVIEWER, "duyet-456"),
    )


@pytest.fixture(scope="session")
def nss_dir(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private NSS database trusting the test CA, for `pdfsig -nssdir`."""
    if shutil.which("certutil") is None or shutil.which("pdfsig") is None:
        pytest.skip("poppler-utils and libnss3-tools (pdfsig, certutil) are not installed")
    from surplus_assets.reports.pdfsig import make_nss_db

    return make_nss_db(tmp_path_factory.mktemp("nss"), [pki.ca.pem_path])


@dataclass
class Token:
    module: str
    label: str
    pin: str
    key_label: str


@pytest.fixture(scope="session")
def softhsm_token(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Token]:
    """A fresh SoftHSM2 token holding an officer's key (generated on the token) and cert."""
    if not Path(SOFTHSM_MODULE).exists() or shutil.which("softhsm2-util") is None:
        pytest.skip(f"SoftHSM2 is not installed ({SOFTHSM_MODULE}; apt-get install softhsm2)")
    import pkcs11
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import Encoding
    from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

    from tests.core.reports.pki import name

    directory = tmp_path_factory.mktemp("softhsm")
    (directory / "tokens").mkdir()
    conf = directory / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {directory / 'tokens'}\nobjectstore.backend = file\n"
        "log.level = ERROR\n"
    )
    previous = os.environ.get("SOFTHSM2_CONF")
    # must be set before the library is first loaded in this process (it is read once)
    os.environ["SOFTHSM2_CONF"] = str(conf)
    token = Token(SOFTHSM_MODULE, "Token Sở Tài chính", "246810", "can-bo")
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            token.label,
            "--so-pin",
            "13572468",
            "--pin",
            token.pin,
        ],
        check=True,
        capture_output=True,
        env={**os.environ},
    )
    lib = pkcs11.lib(SOFTHSM_MODULE)
    with lib.get_token(token_label=token.label).open(rw=True, user_pin=token.pin) as session:
        public, _private = session.generate_keypair(
            KeyType.RSA, 2048, store=True, label=token.key_label, id=b"\x01"
        )
        numbers = rsa.RSAPublicNumbers(
            int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
            int.from_bytes(public[Attribute.MODULUS], "big"),
        )
        subject = name("Lê Đức Thắng", "Sở Tài chính tỉnh Phú Thọ")
        cert = pki.ca.issue(subject, numbers.public_key())
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.LABEL: token.key_label,
                Attribute.ID: b"\x01",
                Attribute.SUBJECT: subject.public_bytes(),
                Attribute.VALUE: cert.public_bytes(Encoding.DER),
            }
        )
    yield token
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous
