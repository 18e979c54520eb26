"""An independent second opinion: poppler's `pdfsig`, with its output parsed.

`pdfsig` exits 0 even when a digest does not match, so the verdict must be read from its
text ("Signature is Valid.", "Digest Mismatch.", "Certificate is Trusted."...). To see trust,
the roots go into a private NSS database (`make_nss_db`), passed as `-nssdir sql:DIR`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from surplus_assets.errors import NotFoundError, ServiceError
from surplus_assets.i18n import _

_FIELD = re.compile(r"^\s+- ([^:]+):\s?(.*)$")


@dataclass(frozen=True)
class PdfsigSignature:
    number: int
    fields: dict[str, str]  # every "- Key: value" line of the block
    total_document_signed: bool

    @property
    def field_name(self) -> str:
        return self.fields.get("Signature Field Name", "")

    @property
    def common_name(self) -> str:
        return self.fields.get("Signer Certificate Common Name", "")

    @property
    def validation(self) -> str:
        return self.fields.get("Signature Validation", "")

    @property
    def certificate_validation(self) -> str:
        return self.fields.get("Certificate Validation", "")

    @property
    def valid(self) -> bool:
        return self.validation.startswith("Signature is Valid")

    @property
    def trusted(self) -> bool:
        return self.certificate_validation.startswith("Certificate is Trusted")


def parse_pdfsig_output(text: str) -> list[PdfsigSignature]:
    signatures: list[PdfsigSignature] = []
    number = 0
    fields: dict[str, str] = {}
    total = False

    def flush() -> None:
        if number:
            signatures.append(PdfsigSignature(number, dict(fields), total))

    for line in text.splitlines():
        header = re.match(r"^Signature #(\d+):", line)
        if header:
            flush()
            number, fields, total = int(header.group(1)), {}, False
            continue
        if not number:
            continue
        if line.strip() == "- Total document signed":
            total = True
        elif line.strip() == "- Not total document signed":
            total = False
        elif m := _FIELD.match(line):
            fields[m.group(1).strip()] = m.group(2).strip()
    flush()
    return signatures


def run_pdfsig(pdf_path: Path, nss_dir: Path | None = None) -> list[PdfsigSignature]:
    """Run `pdfsig` on a file; raises NotFoundError when poppler-utils is not installed."""
    exe = shutil.which("pdfsig")
    if exe is None:
        raise NotFoundError(_("pdfsig (poppler-utils) is not installed."))
    command = [exe]
    if nss_dir is not None:
        command += ["-nssdir", f"sql:{nss_dir}"]
    command.append(str(pdf_path))
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0 and "Signature #" not in done.stdout:
        raise ServiceError(
            _("pdfsig failed: {reason}").format(reason=done.stderr.strip() or done.returncode)
        )
    return parse_pdfsig_output(done.stdout)


def make_nss_db(directory: Path, trust_roots: Iterable[Path]) -> Path:
    """A private NSS database trusting `trust_roots` (PEM), for `pdfsig -nssdir`."""
    certutil = shutil.which("certutil")
    if certutil is None:
        raise NotFoundError(_("certutil (libnss3-tools) is not installed."))
    directory.mkdir(parents=True, exist_ok=True)
    db = f"sql:{directory}"
    subprocess.run(
        [certutil, "-N", "-d", db, "--empty-password"], check=True, capture_output=True, timeout=60
    )
    for i, root in enumerate(trust_roots):
        subprocess.run(
            [certutil, "-A", "-d", db, "-n", f"root{i}", "-t", "C,C,C", "-a", "-i", str(root)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    return directory
