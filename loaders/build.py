"""Field values → an :class:`Article` plus warnings: shared by every loader.

Rules, in one place:

- **text** must be a non-empty string (a list of strings is joined with newlines); line ends
  become ``\\n`` and surrounding whitespace is stripped.
- **id**: the source's id field; an id that is an http(s) URL, and a missing id with a URL,
  give :func:`article_id_for(url=...) <loaders.article.article_id_for>`, so the same page read
  from a feed, a WARC and an HTML file gets one id; else a hash of the text.
- **published**: parsed by :func:`loaders.dates.parse_date`; missing or unreadable → the
  default date of the options (unreadable also yields an ``unparseable_date`` warning).
- **duplicates**: an id already read in this run gives a ``duplicate_id`` warning instead of
  the article (the first one read was kept). A source's own id (not a URL) that comes back
  with a *different* text is another article that reuses a local id (two exports numbered
  1, 2, ...): it is kept as ``ID#HASH`` (``HASH``: 8 hex digits of the text's SHA-1) with an
  ``id_conflict`` warning. Ids are remembered as compact digests (:mod:`loaders.seen`).
- **lang**: the record's own value, else the ``lang`` option, else detection (when enabled),
  else a language declared by the page or feed (publishers' templates are often wrong, so a
  declared value only comes last), else None.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from loaders.article import Article, article_id_for
from loaders.dates import parse_date
from loaders.lang import detect_lang, normalize_lang
from loaders.options import ReadOptions
from loaders.records import Item, Reason
from loaders.seen import text_digest
from loaders.source import Context, Source

ALIASES: Mapping[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "guid", "uuid"),
    "text": ("text", "body", "content", "full_text", "maintext", "article_text", "story"),
    "title": ("title", "headline"),
    "published": (
        "published",
        "date",
        "published_at",
        "publication_date",
        "pub_date",
        "pubdate",
        "date_publish",
        "datePublished",
    ),
    "lang": ("lang", "language"),
    "outlet": ("outlet", "source", "source_name", "publisher", "sitename", "site_name"),
    "url": ("url", "link", "source_url", "uri"),
}
MISSING = object()


def lookup(record: Mapping[str, object], target: str, fields: Mapping[str, str]) -> object:
    """The value of ``target`` in ``record`` (``MISSING`` if absent).

    A mapped name (``fields[target]``) is the only name tried; else the aliases. Names match
    exactly, then as a dotted path into nested objects, then ignoring case.
    """
    names = (fields[target],) if target in fields else ALIASES[target]
    for name in names:
        value = _get(record, name)
        if value is not MISSING:
            return value
    return MISSING


def _get(record: Mapping[str, object], name: str) -> object:
    if name in record:
        return record[name]
    if "." in name:
        node: object = record
        for part in name.split("."):
            if not isinstance(node, Mapping) or part not in node:
                break
            node = node[part]
        else:
            return node
    low = name.lower()
    for key, value in record.items():
        if isinstance(key, str) and key.lower() == low:
            return value
    return MISSING


@dataclass(frozen=True, slots=True)
class Fields:
    """Raw field values of one record, before checking (MISSING or None when absent)."""

    text: object = MISSING
    id: object = None
    title: object = None
    published: object = None
    lang: object = None
    outlet: object = None
    url: object = None
    declared_lang: str | None = None

    @classmethod
    def from_mapping(
        cls,
        record: Mapping[str, object],
        fields: Mapping[str, str],
        declared_lang: str | None = None,
    ) -> Fields:
        def get(target: str) -> object:
            value = lookup(record, target, fields)
            return None if value is MISSING else value

        return cls(
            text=lookup(record, "text", fields),
            id=get("id"),
            title=get("title"),
            published=get("published"),
            lang=get("lang"),
            outlet=get("outlet"),
            url=get("url"),
            declared_lang=declared_lang,
        )


def make_article(src: Source, ctx: Context, parts: tuple[str, ...], f: Fields) -> Iterator[Item]:
    """The article for ``f`` (then its warnings), or one Rejection."""
    opts = ctx.options
    text = _text(f.text)
    if isinstance(text, tuple):
        reason, message = text
        yield src.reject(reason, message, *parts, raw=_raw(f.text))
        return
    if len(text) > opts.max_bytes or (
        4 * len(text) > opts.max_bytes and len(text.encode("utf-8")) > opts.max_bytes
    ):
        message = f"text larger than {opts.max_bytes} bytes"
        yield src.reject(Reason.TOO_LARGE, message, *parts, raw=text)
        return
    if len(text) > opts.max_chars:
        message = (
            f"article text is {len(text):,} characters, more than the {opts.max_chars:,} "
            "extraction accepts; split it into articles"
        )
        yield src.reject(Reason.TOO_LARGE, message, *parts, raw=text)
        return
    url = _str(f.url)
    aid = _id(f.id, url, text)
    warnings: list[tuple[str, str]] = []
    text_key = text_digest(text) if opts.dedupe else 0
    if opts.dedupe:
        first = ctx.seen.text_of(aid)
        if first is not None and first != text_key and _is_local(f.id):
            distinct = f"{aid}#{article_id_for(text=text)[5:13]}"
            message = f"id {aid} was already read with another text: this one is kept as {distinct}"
            warnings.append((Reason.ID_CONFLICT, message))
            aid = distinct
            first = ctx.seen.text_of(aid)
        if first is not None:
            message = f"article {aid} was already read in this run"
            yield src.warn(Reason.DUPLICATE_ID, message, *parts, raw=text, article_id=aid)
            return
    published = _published(f.published, warnings)
    lang = _lang(f, text, opts, warnings)
    article = Article(
        id=aid,
        text=text,
        title=_str(f.title),
        published=published or opts.published,
        lang=lang,
        outlet=_outlet(f.outlet),
        url=url,
        origin=(src.origin, src.position(*parts)),
    )
    if opts.dedupe:
        ctx.seen.add(aid, text_key)
    yield article
    for reason, message in warnings:
        yield src.warn(reason, message, *parts, article_id=aid)


def _published(value: object, warnings: list[tuple[str, str]]) -> date | None:
    try:
        return parse_date(value)
    except ValueError:
        warnings.append((Reason.UNPARSEABLE_DATE, f"unreadable date {str(value)[:60]!r}"))
        return None


def _lang(f: Fields, text: str, opts: ReadOptions, warnings: list[tuple[str, str]]) -> str | None:
    declared = _str(f.lang)
    if declared is not None:
        lang = normalize_lang(declared)
        if lang is not None:
            return lang
        warnings.append((Reason.UNKNOWN_LANG, f"unknown language {declared[:40]!r}"))
    if opts.lang is not None:
        return opts.lang
    if opts.detect_lang:
        detected = detect_lang(text)
        if detected is not None:
            return detected
        if not f.declared_lang:
            warnings.append((Reason.UNDETECTED_LANG, "language could not be detected"))
    return normalize_lang(f.declared_lang) if f.declared_lang else None


def _text(value: object) -> str | tuple[str, str]:
    if value is MISSING or value is None:
        return Reason.MISSING_FIELD, "no text field"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "\n".join(value)
    if not isinstance(value, str):
        return Reason.BAD_FIELD, f"text is a {type(value).__name__}, not a string"
    text = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.replace("\ufeff", "").strip()  # stray BOMs of concatenated files
    if not text:
        return Reason.EMPTY_TEXT, "the text is empty"
    return text


def _str(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = " ".join(str(value).split())
        return text or None
    return None


def _outlet(value: object) -> str | None:
    if isinstance(value, Mapping):
        return _str(value.get("name")) or _str(value.get("title"))
    return _str(value)


def _id(value: object, url: str | None, text: str) -> str:
    given = _str(value)
    if given is not None:
        if given.lower().startswith(("http://", "https://")):
            return article_id_for(url=given)
        return given
    return article_id_for(url=url) if url else article_id_for(text=text)


def _is_local(value: object) -> bool:
    """True for a source's own id that is not a URL (``1``, ``doc-7``)."""
    given = _str(value)
    return given is not None and not given.lower().startswith(("http://", "https://"))


def _raw(value: object) -> str:
    return value if isinstance(value, str) else ""
