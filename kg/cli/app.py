"""The Typer app class of every ``kg`` command group: help a researcher can read.

typer 0.29 shows Python type names in help (``<str>``, ``<list[str]>``, ``<bool>`` after every
flag) and keeps the hard line breaks of docstrings. Commands made through :class:`KGTyper`
get their docstring with the line breaks inside paragraphs removed, no type column for
arguments that have a metavar, and none for flags (``--help`` included).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

_Fn = Callable[..., Any]


def unwrap(text: str | None) -> str | None:
    r"""A docstring with the line breaks inside paragraphs removed (paragraphs kept).

    >>> unwrap('''Events between two actors,
    ...     in date order.
    ...
    ...     Undated events come last.''')
    'Events between two actors, in date order.\n\nUndated events come last.'
    """
    if text is None:
        return None
    paragraphs = re.split(r"\n\s*\n", inspect.cleandoc(text))
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


def _no_type(ctx: object) -> None:
    return None


def _tidy(params: list[Any]) -> list[Any]:
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""  # a flag takes no value: show none
        elif isinstance(param, TyperArgument) and param.metavar is not None:
            # the metavar says what to give; the Python type adds nothing
            setattr(param, "display_type_rich", _no_type)  # noqa: B010
    return params


class KGCommand(TyperCommand):
    """A command whose help shows metavars, never Python types."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _tidy(super().get_params(ctx))


class KGGroup(TyperGroup):
    """A command group whose help shows metavars, never Python types."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _tidy(super().get_params(ctx))


class KGTyper(typer.Typer):
    """``typer.Typer`` with :class:`KGGroup`, :class:`KGCommand` and unwrapped docstrings."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", KGGroup)
        kwargs.setdefault("add_completion", False)
        super().__init__(**kwargs)

    def command(  # type: ignore[override]
        self, name: str | None = None, *, help: str | None = None, **kwargs: Any
    ) -> Callable[[_Fn], _Fn]:
        kwargs.setdefault("cls", KGCommand)

        def decorator(f: _Fn) -> _Fn:
            text = unwrap(help if help is not None else inspect.getdoc(f))
            return super(KGTyper, self).command(name, help=text, **kwargs)(f)

        return decorator
