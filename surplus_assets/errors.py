"""Errors the services raise: each carries a message a user can act on.

Messages are Vietnamese by default (see i18n); `field` names the form field or column so that
the GUI can show the message next to it and imports can point at the cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class ServiceError(Exception):
    """Base class: the operation was refused and nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str
    value: object = None


class ValidationError(ServiceError):
    """One or more fields are invalid; `problems` lists every one, not just the first."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))

    def by_field(self) -> dict[str, str]:
        return {p.field: p.message for p in self.problems}


class NotFoundError(ServiceError):
    pass


class PermissionDeniedError(ServiceError):
    pass


class ConcurrencyError(ServiceError):
    """The record changed since it was read (optimistic concurrency): reload and retry."""


class AuthenticationError(ServiceError):
    pass


@dataclass
class ProblemList:
    """Accumulates field problems; raise them all at once."""

    problems: list[FieldProblem] = field(default_factory=list)

    def add(self, field_name: str, message: str, value: object = None) -> None:
        self.problems.append(FieldProblem(field_name, message, value))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(list(self.problems))
