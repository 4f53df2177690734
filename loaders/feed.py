"""RSS and Atom feeds (feedparser): one article per entry, from the entry's content, else its
summary (HTML turned to text). The entry's date is read as written (local day); an entry
without any date keeps ``published=None`` (or the default date). The feed title is the outlet.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from loaders.build import Fields, make_article
from loaders.dates import parse_date
from loaders.markup import drop_related, html_to_text
from loaders.records import Item, Reason
from loaders.source import Context, Source, guard_record, read_all

_HARMLESS = ("CharacterEncodingOverride", "NonXMLContentType")


def load(src: Source, ctx: Context) -> Iterator[Item]:
    import feedparser  # type: ignore[import-untyped]

    data = read_all(src.stream, ctx.options.max_document_bytes)
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    entries = parsed.get("entries") or []
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and not entries:
        yield src.reject(Reason.MALFORMED_FEED, f"not a readable feed: {problem}", raw=data)
        return
    if problem is not None and type(problem).__name__ not in _HARMLESS:
        yield src.warn(Reason.MALFORMED_FEED, f"feed read despite errors: {problem}")
    if not entries:
        yield src.warn(Reason.NO_ENTRIES, "the feed has no entries")
        return
    channel = parsed.get("feed") or {}
    outlet = _plain(channel.get("title"))
    declared = channel.get("language")
    for i, entry in enumerate(entries, 1):
        here = (f"entry {i}",)
        make = functools.partial(_entry, entry, src, ctx, here, outlet, declared)
        yield from guard_record(src, here, make, raw=str(entry.get("title") or ""))


def _entry(
    entry: Mapping[str, Any],
    src: Source,
    ctx: Context,
    here: tuple[str, ...],
    outlet: str | None,
    declared: str | None,
) -> Iterator[Item]:
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        raw, kind, lang = best["value"], best.get("type", ""), best.get("language")
    else:
        raw = entry.get("summary")
        kind = (entry.get("summary_detail") or {}).get("type", "text/html")
        lang = None
    if not isinstance(raw, str) or not raw.strip():
        message = "the entry has neither content nor a summary"
        yield src.reject(Reason.EMPTY_TEXT, message, *here, raw=_plain(entry.get("title")) or "")
        return
    text = drop_related(html_to_text(raw) if "html" in kind else raw)
    fields = Fields(
        text=text,
        id=entry.get("id"),
        title=_plain(entry.get("title")),
        published=_published(entry),
        url=entry.get("link"),
        outlet=outlet,
        declared_lang=lang or declared,
    )
    yield from make_article(src, ctx, here, fields)


def _published(entry: Mapping[str, Any]) -> object:
    """The written date (local day); feedparser's UTC reading when ours fails."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parse_date(raw)
        except ValueError:
            parsed = entry.get(f"{key}_parsed")
            return date(*parsed[:3]) if parsed else raw
    return None


def _plain(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return html_to_text(value) if "<" in value else value
