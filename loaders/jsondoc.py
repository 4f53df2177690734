"""JSON documents: one object, a list of objects, or an object wrapping a list
(``{"articles": [...]}``). The corpus format ``{"id", "lang", "title", "published", "source",
"url", "text"}`` is one object (``source`` is the outlet). Read whole: for big exports use JSONL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from loaders import jsonl
from loaders.decoding import decode_document
from loaders.jsonvalue import records
from loaders.records import Item, Reason
from loaders.source import Context, Source, read_all


def load(src: Source, ctx: Context) -> Iterator[Item]:
    opts = ctx.options
    decoded = decode_document(read_all(src.stream, opts.max_document_bytes), encoding=opts.encoding)
    if decoded.mixed:
        yield src.warn(Reason.MIXED_ENCODING, f"lines in UTF-8 and in {decoded.encoding}")
    try:
        value = json.loads(decoded.text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # several documents: JSON Lines under a .json name
            yield from jsonl.load_text(decoded.text, src, ctx)
            return
        message = f"{e.msg.removesuffix(' at')} at line {e.lineno} column {e.colno}"
        yield src.reject(Reason.MALFORMED_JSON, message, raw=decoded.text[max(0, e.pos - 60) :])
        return
    except RecursionError:
        yield src.reject(Reason.MALFORMED_JSON, "nested too deeply", raw=decoded.text)
        return
    yield from records(value, src, ctx, ())
