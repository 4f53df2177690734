"""What a loader yields besides articles: a :class:`Rejection` (an error or a warning)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from loaders.article import Article
from loaders.errors import RecordRejected

Severity = Literal["error", "warning"]

EXCERPT_CHARS = 160


class Reason(StrEnum):
    """Reason codes of a :class:`Rejection` (a ``str``: compare with plain strings)."""

    # errors: the record or file was not loaded
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY_FILE = "empty_file"
    EMPTY_TEXT = "empty_text"
    BINARY = "binary"
    ENCODING = "encoding"
    UNSUPPORTED_TYPE = "unsupported_type"
    MALFORMED_JSON = "malformed_json"
    NOT_AN_OBJECT = "not_an_object"
    MISSING_FIELD = "missing_field"
    MISSING_COLUMN = "missing_column"
    BAD_FIELD = "bad_field"
    MALFORMED_CSV = "malformed_csv"
    MALFORMED_FEED = "malformed_feed"
    NO_ARTICLE_BODY = "no_article_body"
    TOO_LARGE = "too_large"
    TRUNCATED_ARCHIVE = "truncated_archive"
    CORRUPT_ARCHIVE = "corrupt_archive"
    NESTED_TOO_DEEP = "nested_too_deep"
    PARSE_ERROR = "parse_error"
    EXTRACTION_FAILED = "extraction_failed"  # read, but extraction failed (kg.pipeline)
    # warnings: the article was kept (or, for duplicates, already loaded once)
    DUPLICATE_ID = "duplicate_id"
    UNPARSEABLE_DATE = "unparseable_date"
    UNKNOWN_LANG = "unknown_lang"
    UNDETECTED_LANG = "undetected_lang"
    MIXED_ENCODING = "mixed_encoding"
    BAD_SIDECAR = "bad_sidecar"
    NO_ENTRIES = "no_entries"
    FORMAT_MISMATCH = "format_mismatch"
    ID_CONFLICT = "id_conflict"


@dataclass(frozen=True, slots=True)
class Rejection:
    """A record or file that was not loaded (``severity="error"``), or a remark about one that
    was (``severity="warning"``).

    Errors drop the record: an unreadable file, an empty text, a malformed JSON line...
    Warnings never drop an article: an unparseable date keeps the article with
    ``published=None`` (or the default date of :class:`~loaders.options.ReadOptions`);
    a duplicate id is a warning because the article was already loaded once in this run.
    ``article_id`` names the article a warning is about.

    ``source`` is the file as the user named it (or ``"<stdin>"``); ``position`` says where
    inside it: ``"line 12"``, ``"row 3"``, ``"record 2"``, ``"entry 4"``,
    ``"member news/a.jsonl, line 3"``, ``"record 5 https://…"`` (WARC); empty for a whole file.
    """

    source: str
    position: str
    reason: str
    message: str
    excerpt: str = ""
    severity: Severity = "error"
    article_id: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def where(self) -> str:
        """``source:position`` as a human reads it."""
        return f"{self.source}:{self.position}" if self.position else self.source

    def to_error(self) -> RecordRejected:
        """The same rejection as an exception, for callers that stop at the first one."""
        return RecordRejected(
            self.reason,
            self.message,
            source=self.source,
            position=self.position,
            excerpt=self.excerpt,
        )

    def as_dict(self) -> dict[str, str | None]:
        return {
            "file": self.source,
            "position": self.position,
            "reason": str(self.reason),
            "severity": self.severity,
            "message": self.message,
            "excerpt": self.excerpt,
            "article_id": self.article_id,
        }


Item = Article | Rejection


def excerpt(raw: str | bytes, limit: int = EXCERPT_CHARS) -> str:
    """A short, printable piece of raw input for a report.

    >>> excerpt(b"caf\\xe9 \\x00ok")
    'caf\\\\xe9 \\\\x00ok'
    >>> excerpt("a\\nb")
    'a b'
    """
    if isinstance(raw, bytes):
        text = raw[: limit * 2].decode("utf-8", "backslashreplace")
    else:
        text = raw[: limit * 2]
    out = []
    for ch in text:
        if ch in "\n\r\t":
            out.append(" ")
        elif ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)[:limit].strip()
