"""Options shared by the commands that sign: a PKCS#12 file or a PKCS#11 token.

The passphrase or PIN comes from the first line of --pass-file / --pin-file, else from a
prompt in a terminal; it is used for this one signature and never stored or logged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from surplus_assets.cli.common import read_password
from surplus_assets.errors import AuthenticationError, FieldProblem, ValidationError
from surplus_assets.i18n import _

if TYPE_CHECKING:
    from surplus_assets.reports.signing import SignerSource, SignOptions


def read_secret(path: str | None, option: str, prompt: str) -> str:
    """A passphrase or PIN from a file's first line, else a terminal prompt (never stored)."""
    if path is None and not sys.stdin.isatty():
        raise AuthenticationError(
            _(
                "No passphrase or PIN given: use {option} FILE or run the command in a terminal."
            ).format(option=option)
        )
    return read_password(path, None, prompt)


def add_signing_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    group = parser.add_argument_group(
        _("signing (a .p12/.pfx file, or a USB token through its PKCS#11 driver)")
    )
    group.add_argument("--sign", metavar="P12", help=_("sign with this PKCS#12 (.p12/.pfx) file"))
    group.add_argument(
        "--pass-file",
        metavar="FILE",
        help=_("read the passphrase from the first line of FILE (else a prompt)"),
    )
    group.add_argument(
        "--ca-chain",
        action="append",
        default=[],
        metavar="PEM",
        help=_("an intermediate CA certificate to include (repeatable)"),
    )
    group.add_argument(
        "--pkcs11-module",
        metavar="PATH",
        help=_("sign with a token: path of its PKCS#11 driver (.so/.dll)"),
    )
    group.add_argument("--token-label", metavar="LABEL", help=_("label of the token"))
    group.add_argument(
        "--key-label", metavar="LABEL", help=_("label of the key and certificate on the token")
    )
    group.add_argument(
        "--pin-file",
        metavar="FILE",
        help=_("read the token PIN from the first line of FILE (else a prompt)"),
    )
    group.add_argument("--reason", default="", help=_("reason shown in the signature"))
    group.add_argument("--location", default="", help=_("place shown in the signature"))
    group.add_argument(
        "--tsa-url", metavar="URL", help=_("time-stamp server (only when one is reachable)")
    )
    parser.set_defaults(signing_required=required)


def signer_source(args: argparse.Namespace) -> SignerSource | None:
    """The signer the options describe, asking for the passphrase or PIN; None: no signing."""
    from surplus_assets.reports.signing import Pkcs11Source, Pkcs12Source

    if args.sign and args.pkcs11_module:
        raise ValidationError(
            [
                FieldProblem(
                    "sign", _("Choose one way to sign: --sign P12 or --pkcs11-module with a token.")
                )
            ]
        )
    if args.sign:
        path = Path(args.sign)
        secret = read_secret(
            args.pass_file, "--pass-file", _("Passphrase of {name}: ").format(name=path.name)
        )
        return Pkcs12Source(path, secret, tuple(Path(p) for p in args.ca_chain))
    if args.pkcs11_module:
        if not args.token_label:
            raise ValidationError(
                [
                    FieldProblem(
                        "token_label",
                        _("Give the token's label with --token-label (see the token's manager)."),
                    )
                ]
            )
        pin = read_secret(
            args.pin_file, "--pin-file", _("PIN of token {label}: ").format(label=args.token_label)
        )
        return Pkcs11Source(args.pkcs11_module, args.token_label, pin, args.key_label)
    if getattr(args, "signing_required", False):
        raise ValidationError(
            [
                FieldProblem(
                    "sign",
                    _(
                        "Say how to sign: --sign P12 (with --pass-file) or --pkcs11-module with "
                        "--token-label."
                    ),
                )
            ]
        )
    return None


def sign_options(args: argparse.Namespace) -> SignOptions:
    from surplus_assets.reports.signing import SignOptions

    return SignOptions(reason=args.reason, location=args.location, tsa_url=args.tsa_url)
