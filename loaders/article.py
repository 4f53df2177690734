"""The Article record: what every loader produces and what extraction consumes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a source, before any language processing.

    ``id`` is stable: the source's own id, else derived from the URL, else from the text
    (see :func:`article_id_for`), so the same article read twice is recognised.
    """

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    lang: str | None = None
    outlet: str | None = None
    url: str | None = None


def article_id_for(*, url: str | None = None, text: str = "") -> str:
    """A stable id for an article that has none: from its URL, else from its text.

    >>> article_id_for(url="https://example.org/a") == article_id_for(url="https://example.org/a")
    True
    >>> article_id_for(text="abc").startswith("sha1:")
    True
    """
    if url:
        return "url:" + hashlib.sha1(url.strip().encode("utf-8")).hexdigest()[:16]
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
