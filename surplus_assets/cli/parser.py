"""The command line's ArgumentParser, whose own words follow the chosen language.

argparse writes "usage:", its section titles and the -h line in English whatever the
language; CliParser puts them through surplus_assets.i18n like every other help text, so
`--lang vi` (the default) shows a Vietnamese page and `--lang en` an English one. Each
command's own page also opens with the line that describes it in its parent's list of
commands, so that no page is left without a word of explanation.

argparse's error messages ("invalid choice", "expected one argument") stay English: they
are built inside argparse from its own gettext domain.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from surplus_assets.i18n import _


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


if TYPE_CHECKING:  # generic in typeshed only
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    _SubParsers = argparse._SubParsersAction


class _Commands(_SubParsers):
    """Subcommands whose page opens with their one-line help."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if kwargs.get("help") is not None:
            kwargs.setdefault("description", kwargs["help"])
        return super().add_parser(name, **kwargs)


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser with translated usage prefix, section titles and -h help; the
    parsers of its subcommands are CliParsers too."""

    def __init__(self, prog: str | None = None, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(prog, add_help=False, **kwargs)
        self.register("action", "parsers", _Commands)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=_("show this help message and exit"))  # fmt: skip
