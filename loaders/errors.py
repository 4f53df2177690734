"""Errors raised inside the loaders. Every one is a :class:`kg.errors.InputError`.

Loaders raise :class:`RecordRejected` where a file or record cannot be read;
:func:`loaders.read_articles` turns it into a :class:`~loaders.records.Rejection` and goes on,
so a batch never stops for one bad input. A caller that prefers to stop can turn any
``Rejection`` back into this error with :meth:`~loaders.records.Rejection.to_error`.
"""

from __future__ import annotations

from kg.errors import InputError


class RecordRejected(InputError):
    """A record (or a whole file) was refused.

    ``code`` is the machine-readable reason (``"empty_text"``, ``"encoding"``...), ``reason``
    the human message, ``excerpt`` a short piece of the raw input.
    """

    def __init__(
        self,
        code: str,
        reason: str,
        *,
        source: str = "",
        position: str = "",
        excerpt: str = "",
    ) -> None:
        super().__init__(reason, source=source, position=position)
        self.code = code
        self.excerpt = excerpt
