"""The article ids of one run, kept compact so a read of millions of records stays bounded.

Each id is stored as an 8-byte digest (blake2b), with a 4-byte digest of its article's text
(to tell a repeated article from a different one that reuses a source's local id), in an
open-addressing table of two arrays filled up to two thirds: 18 to 36 bytes per article
(54 at the moment the table doubles) instead of the id string and a set entry (about 110).
Two different ids share a digest with a probability of about n²/2⁶⁵ (10⁻⁷ at two million
articles); two different texts under one id, 2⁻³² each.
"""

from __future__ import annotations

import hashlib
from array import array

_MIN_SLOTS = 1024


def digest(value: str, size: int = 8) -> int:
    """A ``size``-byte digest of ``value``, never 0 (0 marks an empty slot).

    >>> digest("a") == digest("a") != digest("b")
    True
    """
    data = value.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=size).digest()) or 1


def text_digest(text: str) -> int:
    """The 4-byte digest of an article's text that :meth:`SeenIds.add` keeps."""
    return digest(text, 4)


class SeenIds:
    """Ids already read: ``id in seen``, ``seen.text_of(id)``, ``seen.add(id, text_digest(text))``.

    >>> seen = SeenIds()
    >>> seen.add("a1", text_digest("Some text."))
    >>> "a1" in seen, "a2" in seen, seen.text_of("a1") == text_digest("Some text."), len(seen)
    (True, False, True, 1)
    """

    __slots__ = ("_count", "_ids", "_mask", "_texts")

    def __init__(self) -> None:
        self._ids = array("Q", [0]) * _MIN_SLOTS
        self._texts = array("I", [0]) * _MIN_SLOTS
        self._mask = _MIN_SLOTS - 1
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and self.text_of(article_id) is not None

    def text_of(self, article_id: str) -> int | None:
        """The digest of the text first read under ``article_id``, or None if not read."""
        key = digest(article_id)
        i = self._slot(key)
        return self._texts[i] if self._ids[i] == key else None

    def add(self, article_id: str, text: int) -> None:
        """Remember ``article_id`` with ``text`` (:func:`text_digest` of its text)."""
        key = digest(article_id)
        i = self._slot(key)
        if self._ids[i] == key:
            return
        self._ids[i] = key
        self._texts[i] = text
        self._count += 1
        if 3 * self._count > 2 * len(self._ids):
            self._grow()

    def _slot(self, key: int) -> int:
        """The slot holding ``key``, else the empty slot where it goes (linear probing)."""
        ids, mask = self._ids, self._mask
        i = key & mask
        while ids[i] != 0 and ids[i] != key:
            i = (i + 1) & mask
        return i

    def _grow(self) -> None:
        ids, texts = self._ids, self._texts
        size = 2 * len(ids)
        self._ids = array("Q", [0]) * size
        self._texts = array("I", [0]) * size
        self._mask = size - 1
        for key, text in zip(ids, texts, strict=True):
            if key:
                i = self._slot(key)
                self._ids[i] = key
                self._texts[i] = text
