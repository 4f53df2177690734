"""CSV and TSV exports: a header row, then one article per row, read row by row.

Columns are found by the field mapping or the usual names (see :mod:`loaders.build`), ignoring
case. A header without a text column rejects the file (``missing_column``); a row too short to
reach the text cell rejects that row. The delimiter of a ``.csv`` is the one of ``,`` ``;``
``|`` and tab that occurs most in the header.
"""

from __future__ import annotations

import csv
import functools
import itertools
from collections.abc import Iterator, Mapping

from loaders.build import ALIASES, MISSING, Fields, make_article
from loaders.errors import RecordRejected
from loaders.lines import LineReader
from loaders.options import TARGETS
from loaders.records import Item, Reason
from loaders.source import Context, Source, guard_record


def load_csv(src: Source, ctx: Context) -> Iterator[Item]:
    return _load(src, ctx, None)


def load_tsv(src: Source, ctx: Context) -> Iterator[Item]:
    return _load(src, ctx, "\t")


def _load(src: Source, ctx: Context, delimiter: str | None) -> Iterator[Item]:
    opts = ctx.options
    if csv.field_size_limit() < opts.max_bytes:  # the default (128 KiB) is below one article
        csv.field_size_limit(opts.max_bytes)
    bad: dict[int, RecordRejected] = {}

    def lines() -> Iterator[str]:
        for n, line in LineReader(src, opts):
            if isinstance(line, RecordRejected):
                bad[n] = line
                yield "\n"
            else:
                yield line

    it = lines()
    first = next(it, "")
    if delimiter is None:
        delimiter = max(",;|\t", key=first.count)
    reader = csv.reader(itertools.chain([first], it), delimiter=delimiter)
    header = next(reader, None)
    if not header or not any(c.strip() for c in header):
        yield src.reject(Reason.MISSING_COLUMN, "no header row", "line 1", raw=first)
        return
    columns = _columns(header, opts.fields)
    if "text" not in columns:
        wanted = opts.fields.get("text") or "/".join(ALIASES["text"])
        message = f"no text column ({wanted}) among: {', '.join(header)[:200]}"
        yield src.reject(Reason.MISSING_COLUMN, message, "line 1", raw=first)
        return
    last = reader.line_num
    row_no = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            if row_no == 0:
                yield src.reject(Reason.EMPTY_FILE, "a header but no rows")
            return
        except csv.Error as e:
            row_no += 1
            yield src.reject(Reason.MALFORMED_CSV, str(e), f"line {reader.line_num}")
            if reader.line_num == last:
                return
            last = reader.line_num
            continue
        start, last = last + 1, reader.line_num
        broken = [bad.pop(k) for k in range(start, last + 1) if k in bad]
        if not broken and not any(cell.strip() for cell in row):
            continue
        row_no += 1
        here = (f"row {row_no} (line {start})",)
        if broken:  # a line of this row could not be decoded, or was too long
            yield src.rejected(broken[0], *here)
            continue
        text_at = columns["text"]
        if len(row) <= text_at:
            message = f"row has {len(row)} cells; the text column is cell {text_at + 1}"
            yield src.reject(Reason.MISSING_COLUMN, message, *here, raw=delimiter.join(row))
            continue
        values = {t: row[i] for t, i in columns.items() if i < len(row)}
        make = functools.partial(_row, values, src, ctx, here)
        yield from guard_record(src, here, make, raw=delimiter.join(row))


def _columns(header: list[str], mapping: Mapping[str, str]) -> dict[str, int]:
    cells = [c.strip().lstrip("\ufeff").lower() for c in header]
    found: dict[str, int] = {}
    for target in TARGETS:
        names = (mapping[target],) if target in mapping else ALIASES[target]
        for name in names:
            if name.lower() in cells:
                found[target] = cells.index(name.lower())
                break
    return found


def _row(
    values: dict[str, str], src: Source, ctx: Context, here: tuple[str, ...]
) -> Iterator[Item]:
    fields = Fields(
        text=values.get("text", MISSING),
        id=values.get("id"),
        title=values.get("title"),
        published=values.get("published"),
        lang=values.get("lang"),
        outlet=values.get("outlet"),
        url=values.get("url"),
    )
    return make_article(src, ctx, here, fields)
