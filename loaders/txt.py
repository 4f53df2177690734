"""Plain text: one file is one article; metadata from a sidecar ``.json`` (see
:mod:`loaders.sidecar`) or the read options."""

from __future__ import annotations

from collections.abc import Iterator

from loaders.article import Article
from loaders.build import Fields, make_article
from loaders.decoding import decode_document
from loaders.records import Item, Reason, Rejection
from loaders.sidecar import overlay, read_sidecar
from loaders.source import Context, Source, read_all


def load(src: Source, ctx: Context) -> Iterator[Item]:
    opts = ctx.options
    decoded = decode_document(read_all(src.stream, opts.max_bytes), encoding=opts.encoding)
    fields = Fields(text=decoded.text)
    side = read_sidecar(src, ctx)
    if isinstance(side, Rejection):
        yield side
    elif side is not None:
        fields = overlay(fields, side)
    items = list(make_article(src, ctx, (), fields))
    yield from items
    if decoded.mixed and isinstance(items[0], Article):
        message = f"lines in UTF-8 and in {decoded.encoding}"
        yield src.warn(Reason.MIXED_ENCODING, message, article_id=items[0].id)
