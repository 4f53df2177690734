"""Options of a read: what the CLI passes to :func:`loaders.read_articles`."""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from kg.errors import ConfigError
from loaders.article import MAX_TEXT_CHARS
from loaders.dates import parse_date
from loaders.lang import normalize_lang

#: Article fields a source field can be mapped to (``--field text=body``).
TARGETS = ("id", "text", "title", "published", "lang", "outlet", "url")

#: Format names (the keys of :data:`loaders.LOADERS`).
FORMATS = ("txt", "json", "jsonl", "csv", "tsv", "html", "feed", "warc", "gz", "zip")

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read sources.

    - ``lang``, ``published``: defaults for records that do not carry their own (a record's own
      value wins; an unparseable record date falls back to ``published`` with a warning).
    - ``fields``: target → source field name, e.g. ``{"text": "body"}`` for JSON, JSONL, CSV,
      sidecars; a dotted name (``"content.body"``) reaches into nested JSON objects. Without a
      mapping, common names are tried (``text``/``body``/``content``, ``source`` → outlet, ...).
    - ``encoding``: force one encoding for every text input (no detection).
    - ``max_bytes``: largest article text (and largest JSONL line) accepted, in bytes.
    - ``max_chars``: longest article text accepted, in characters: by default what extraction
      accepts (:data:`loaders.article.MAX_TEXT_CHARS`), so a text too long for extraction is a
      ``too_large`` rejection with its file and position.
    - ``max_document_bytes``: largest file read whole (a JSON document, an HTML page, a feed).
    - ``detect_lang``: detect the language offline when neither the record nor ``lang`` says.
    - ``dedupe``: report an article whose id was already seen in this run as a duplicate.
    - ``format``: force the format of the named files (else chosen by content and extension).
    """

    lang: str | None = None
    published: date | None = None
    fields: Mapping[str, str] = field(default_factory=dict, hash=False)
    encoding: str | None = None
    max_bytes: int = 50 * MB
    max_chars: int = MAX_TEXT_CHARS
    max_document_bytes: int = 256 * MB
    detect_lang: bool = True
    dedupe: bool = True
    format: str | None = None

    def __post_init__(self) -> None:
        if self.lang is not None:
            code = normalize_lang(self.lang)
            if code is None:
                raise ConfigError(f"not a language code: {self.lang!r}")
            object.__setattr__(self, "lang", code)
        unknown = sorted(set(self.fields) - set(TARGETS))
        if unknown:
            raise ConfigError(
                f"cannot map to {', '.join(unknown)}: fields are {', '.join(TARGETS)}"
            )
        if any(not isinstance(v, str) or not v.strip() for v in self.fields.values()):
            raise ConfigError("a field mapping needs a source field name")
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))
        if self.encoding is not None:
            try:
                codecs.lookup(self.encoding)
            except LookupError as e:
                raise ConfigError(f"unknown encoding: {self.encoding!r}") from e
        if self.max_bytes <= 0 or self.max_document_bytes <= 0 or self.max_chars <= 0:
            raise ConfigError("size limits must be positive")
        if self.format is not None and self.format not in FORMATS:
            raise ConfigError(f"unknown format {self.format!r}: one of {', '.join(FORMATS)}")


def parse_field_specs(specs: Iterable[str]) -> dict[str, str]:
    """``["text=body", "published=date"]`` (CLI ``--field``) → ``{"text": "body", ...}``.

    >>> parse_field_specs(["text=body", " title = headline "])
    {'text': 'body', 'title': 'headline'}
    >>> parse_field_specs(["body"])
    Traceback (most recent call last):
    kg.errors.ConfigError: --field wants TARGET=SOURCE, got 'body'
    """
    out: dict[str, str] = {}
    for spec in specs:
        target, sep, source = spec.partition("=")
        if not sep or not target.strip() or not source.strip():
            raise ConfigError(f"--field wants TARGET=SOURCE, got {spec!r}")
        if target.strip() not in TARGETS:
            raise ConfigError(f"--field {spec!r}: target must be one of {', '.join(TARGETS)}")
        out[target.strip()] = source.strip()
    return out


def parse_date_option(value: str) -> date:
    """A CLI ``--published`` value as a date (ConfigError when unreadable)."""
    try:
        found = parse_date(value)
    except ValueError as e:
        raise ConfigError(f"--published: {e}") from e
    if found is None:
        raise ConfigError("--published: empty date")
    return found
