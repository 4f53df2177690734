"""Parsed JSON values → articles: an object, a list of objects, or an object wrapping a list
(``{"articles": [...]}``). Shared by the JSON and JSON Lines loaders."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping

from loaders.build import MISSING, Fields, lookup, make_article
from loaders.records import Item, Reason
from loaders.source import Context, Source, guard_record

WRAPPERS = ("articles", "items", "data", "records", "results", "documents", "docs")


def records(value: object, src: Source, ctx: Context, parts: tuple[str, ...]) -> Iterator[Item]:
    """Articles from a parsed JSON value (an object, a list of objects, a wrapper object)."""
    fields = ctx.options.fields
    if isinstance(value, dict):
        if lookup(value, "text", fields) is MISSING:
            for key in WRAPPERS:
                if isinstance(value.get(key), list):
                    yield from _many(value[key], src, ctx, (*parts, key))
                    return
        yield from guard_record(src, parts, functools.partial(_one, value, src, ctx, parts))
    elif isinstance(value, list):
        yield from _many(value, src, ctx, parts)
    else:
        kind = type(value).__name__
        yield src.reject(Reason.NOT_AN_OBJECT, f"a JSON {kind}, not an object", *parts)


def _many(
    values: list[object], src: Source, ctx: Context, parts: tuple[str, ...]
) -> Iterator[Item]:
    if not values:
        yield src.reject(Reason.EMPTY_FILE, "an empty list, no records", *parts)
    for i, value in enumerate(values, 1):
        here = (*parts, f"record {i}")
        if isinstance(value, dict):
            yield from guard_record(src, here, functools.partial(_one, value, src, ctx, here))
        else:
            kind = type(value).__name__
            yield src.reject(Reason.NOT_AN_OBJECT, f"a JSON {kind}, not an object", *here)


def _one(
    record: Mapping[str, object], src: Source, ctx: Context, parts: tuple[str, ...]
) -> Iterator[Item]:
    fields = Fields.from_mapping(record, ctx.options.fields)
    if fields.text is MISSING:
        names = ", ".join(sorted(str(k) for k in record)[:12])
        yield src.reject(Reason.MISSING_FIELD, f"no text field among: {names}", *parts)
        return
    yield from make_article(src, ctx, parts, fields)
