"""The Article record: what every loader produces and what extraction consumes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

#: The longest article text extraction accepts (characters); longer texts are rejected by the
#: loaders (``too_large``, with file and position) rather than failing in extraction.
MAX_TEXT_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a source, before any language processing.

    ``id`` is stable: the source's own id, else derived from the URL, else from the text
    (see :func:`article_id_for`), so the same article read twice is recognised.

    ``origin`` is where the loaders read it, ``(file, position)``, for reports only (a failed
    extraction goes to the quarantine file with it): it is not part of the article's identity
    (not compared) and is written neither to the graph nor to the event records.
    """

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    lang: str | None = None
    outlet: str | None = None
    url: str | None = None
    origin: tuple[str, str] | None = field(default=None, compare=False, repr=False)


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
