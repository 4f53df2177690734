"""CSV and TSV exports: a header row, then one article per row, read row by row.

Columns are found by the field mapping or the usual names (see :mod:`loaders.build`), ignoring
case. A header without a text column rejects the file (``missing_column``); a row too short to
reach the text cell rejects that row. A malformed row (a quote that never closes, text after a
closing quote) rejects that row (``malformed_csv``) and the lines after it are read as rows.
The delimiter of a ``.csv`` is the one of ``,`` ``;`` ``|`` and tab that occurs most in the
header.
"""

from __future__ import annotations

import csv
import functools
import itertools
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

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

    def lines() -> Iterator[tuple[int, str]]:
        for n, line in LineReader(src, opts):
            if isinstance(line, RecordRejected):
                bad[n] = line
                yield n, "\n"
            else:
                yield n, line

    it = lines()
    first = next(it, (1, ""))
    if delimiter is None:
        delimiter = max(",;|\t", key=first[1].count)
    rows = iter(_Rows(itertools.chain([first], it), delimiter))
    _, _, header = next(rows, (1, 1, []))
    if isinstance(header, _Malformed) or not any(c.strip() for c in header):
        yield src.reject(Reason.MISSING_COLUMN, "no header row", "line 1", raw=first[1])
        return
    columns = _columns(header, opts.fields)
    if "text" not in columns:
        wanted = opts.fields.get("text") or "/".join(ALIASES["text"])
        message = f"no text column ({wanted}) among: {', '.join(header)[:200]}"
        yield src.reject(Reason.MISSING_COLUMN, message, "line 1", raw=first[1])
        return
    row_no = 0
    for start, last, row in rows:
        broken = [bad.pop(k) for k in range(start, last + 1) if k in bad]
        if isinstance(row, _Malformed):
            row_no += 1
            here = (f"row {row_no} (line {start})",)
            yield (
                src.rejected(broken[0], *here)
                if broken
                else src.reject(Reason.MALFORMED_CSV, row.message, *here, raw=row.line)
            )
            continue
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
    if row_no == 0:
        yield src.reject(Reason.EMPTY_FILE, "a header but no rows")


@dataclass(frozen=True, slots=True)
class _Malformed:
    message: str
    line: str


class _Rows:
    """``(first line, last line, cells or _Malformed)`` for each row of numbered lines.

    Rows are parsed one at a time in strict mode. A row that fails (a quote opened and never
    closed, text after a closing quote, a cell past the size limit) rejects its first line
    only, and the lines it had taken are parsed again as rows: an unclosed quote does not
    swallow the rest of the file. Memory is bounded by the cell size limit.
    """

    def __init__(self, lines: Iterator[tuple[int, str]], delimiter: str) -> None:
        self._lines = lines
        self._delimiter = delimiter
        self._replay: deque[tuple[int, str]] = deque()

    def _feed(self, taken: list[tuple[int, str]]) -> Iterator[str]:
        while True:
            if self._replay:
                item = self._replay.popleft()
            else:
                found = next(self._lines, None)
                if found is None:
                    return
                item = found
            taken.append(item)
            yield item[1]

    def __iter__(self) -> Iterator[tuple[int, int, list[str] | _Malformed]]:
        while True:
            taken: list[tuple[int, str]] = []
            reader = csv.reader(self._feed(taken), delimiter=self._delimiter, strict=True)
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                (n, line), rest = taken[0], taken[1:]
                self._replay.extendleft(reversed(rest))
                if rest or str(e) == "unexpected end of data":
                    message = f"a quoted cell opened in this row is not closed properly ({e})"
                else:
                    message = str(e)
                yield n, n, _Malformed(message, line)
                continue
            yield taken[0][0], taken[-1][0], row


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
