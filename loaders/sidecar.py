"""Sidecar metadata: ``story.json`` beside ``story.txt`` (or ``story.html``) gives its
id, title, published, lang, outlet and url (same field names and mapping as JSON records)."""

from __future__ import annotations

import json

from loaders.build import MISSING, Fields
from loaders.decoding import decode_document
from loaders.errors import RecordRejected
from loaders.records import Reason, Rejection
from loaders.source import Context, Source

MAX_SIDECAR_BYTES = 1024 * 1024


def read_sidecar(src: Source, ctx: Context) -> Fields | Rejection | None:
    """The sidecar's fields, a ``bad_sidecar`` warning, or None when there is none."""
    if src.path is None:
        return None
    side = src.path.with_suffix(".json")
    if side == src.path or not side.is_file():
        return None
    try:
        with side.open("rb") as f:
            data = f.read(MAX_SIDECAR_BYTES + 1)
        if len(data) > MAX_SIDECAR_BYTES:
            raise ValueError("larger than 1 MB")
        value = json.loads(decode_document(data).text)
    except (OSError, ValueError, RecursionError, RecordRejected) as e:
        return src.warn(Reason.BAD_SIDECAR, f"sidecar {side.name} unreadable: {e}")
    if not isinstance(value, dict):
        return src.warn(Reason.BAD_SIDECAR, f"sidecar {side.name} is not a JSON object")
    return Fields.from_mapping(value, ctx.options.fields)


def overlay(base: Fields, side: Fields) -> Fields:
    """``base`` with every metadata value the sidecar gives (the text stays ``base``'s)."""
    return Fields(
        text=base.text,
        id=_pick(side.id, base.id),
        title=_pick(side.title, base.title),
        published=_pick(side.published, base.published),
        lang=_pick(side.lang, base.lang),
        outlet=_pick(side.outlet, base.outlet),
        url=_pick(side.url, base.url),
        declared_lang=base.declared_lang,
    )


def _pick(first: object, second: object) -> object:
    return second if first is None or first is MISSING or first == "" else first
