"""JSON Lines: one object per line, read line by line (a 2 GB file is never read whole).
A malformed line is one ``malformed_json`` Rejection; the lines around it load."""

from __future__ import annotations

import json
from collections.abc import Iterator

from loaders.errors import RecordRejected
from loaders.jsonvalue import records
from loaders.lines import LineReader
from loaders.records import Item, Reason
from loaders.source import Context, Source


def load(src: Source, ctx: Context) -> Iterator[Item]:
    reader = LineReader(src, ctx.options)
    empty = True
    for n, line in reader:
        if isinstance(line, RecordRejected):
            empty = False
            yield src.rejected(line, f"line {n}")
        elif line.strip():
            empty = False
            yield from _line(n, line, src, ctx)
            if reader.mixed_line:
                message = f"UTF-8 and {reader.mixed_line} in one line: read piece by piece"
                yield src.warn(Reason.MIXED_ENCODING, message, f"line {n}")
    if empty:
        yield src.reject(Reason.EMPTY_FILE, "only blank lines, no records")
    if reader.mixed:
        yield src.warn(Reason.MIXED_ENCODING, "lines in UTF-8 and in a legacy encoding")


def load_text(text: str, src: Source, ctx: Context) -> Iterator[Item]:
    """JSON Lines already decoded (a ``.json`` file that holds several documents)."""
    for n, line in enumerate(text.split("\n"), 1):
        yield from _line(n, line, src, ctx)


def _line(n: int, line: str, src: Source, ctx: Context) -> Iterator[Item]:
    if not line.strip():
        return
    here = f"line {n}"
    try:
        value = json.loads(line)
    except json.JSONDecodeError as e:
        message = f"{e.msg.removesuffix(' at')} at column {e.colno}"  # "Unterminated ... at"
        yield src.reject(Reason.MALFORMED_JSON, message, here, raw=line)
        return
    except RecursionError:
        yield src.reject(Reason.MALFORMED_JSON, "nested too deeply", here, raw=line)
        return
    yield from records(value, src, ctx, (here,))
