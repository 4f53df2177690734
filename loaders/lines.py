"""Line-by-line reading of big text files (JSONL, CSV) with bounded memory.

Lines are read as bytes with a length limit, so one huge line never sits in memory whole, and
decoded one at a time (:class:`~loaders.decoding.LineDecoder`), so one line in a stray encoding
is one rejected record, not a lost file. UTF-16/32 files (BOM) are read through a text wrapper.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator

from loaders.decoding import LineDecoder, bom_encoding, utf16_without_bom
from loaders.errors import RecordRejected
from loaders.options import ReadOptions
from loaders.records import Reason, excerpt
from loaders.source import Source, buffered

Line = tuple[int, str | RecordRejected]
_SKIP_CHUNK = 1024 * 1024


class LineReader:
    """Iterates ``(line number, text or RecordRejected)`` over a source's lines."""

    def __init__(self, src: Source, options: ReadOptions) -> None:
        self._src = src
        self._limit = options.max_bytes
        forced = options.encoding
        found = forced or bom_encoding(src.head) or utf16_without_bom(src.head)
        self._wide = found if found is not None and not _ascii_compatible(found) else None
        self._decoder = LineDecoder(forced if forced and self._wide is None else None)

    @property
    def mixed_line(self) -> str | None:
        """The legacy encoding mixed with UTF-8 inside the line just read, else None."""
        return self._decoder.mixed_line

    @property
    def mixed(self) -> bool:
        """True once lines in UTF-8 and lines in a legacy encoding were both seen."""
        return self._decoder.mixed

    def __iter__(self) -> Iterator[Line]:
        lines = self._wide_lines(self._wide) if self._wide is not None else self._byte_lines()
        n = 0
        try:
            for n, line in lines:  # n: the last line read, when the data ends early
                yield n, line
        except EOFError as e:  # a compressed stream cut short: the lines before it were read
            message = (
                f"the data ends early, inside line {n + 1} ({e}); the lines before it were read"
            )
            raise RecordRejected(
                Reason.TRUNCATED_ARCHIVE, message, position=f"after line {n}"
            ) from e

    def _byte_lines(self) -> Iterator[Line]:
        stream = self._src.stream
        n = 0
        while True:
            line = stream.readline(self._limit + 1)
            if not line:
                return
            n += 1
            if n == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            if len(line) > self._limit and not line.endswith(b"\n"):
                while True:
                    more = stream.readline(_SKIP_CHUNK)
                    if not more or more.endswith(b"\n"):
                        break
                yield n, _too_large(self._limit, line)
                continue
            if not line.endswith(b"\n"):
                stream.readline(1)  # the last line: a stream cut short raises EOFError here
            try:
                yield n, self._decoder.decode(line)
            except RecordRejected as e:
                yield n, e

    def _wide_lines(self, encoding: str) -> Iterator[Line]:
        text = io.TextIOWrapper(
            buffered(self._src.stream), encoding=encoding, errors="strict", newline=None
        )
        try:
            n = 0
            while True:
                line = text.readline(self._limit + 1)
                if not line:
                    return
                n += 1
                if n == 1:
                    line = line.lstrip("\ufeff")
                if len(line) > self._limit and not line.endswith("\n"):
                    while True:
                        more = text.readline(_SKIP_CHUNK)
                        if not more or more.endswith("\n"):
                            break
                    yield n, _too_large(self._limit, line)
                    continue
                if not line.endswith("\n"):
                    text.readline(1)  # the last line: a stream cut short raises EOFError here
                yield n, line
        finally:
            text.detach()  # leave the underlying stream to its owner


def _too_large(limit: int, start: str | bytes) -> RecordRejected:
    return RecordRejected(
        Reason.TOO_LARGE, f"line longer than {limit} bytes", excerpt=excerpt(start)
    )


def _ascii_compatible(encoding: str) -> bool:
    name = codecs.lookup(encoding).name
    if name == "utf-8-sig":
        return True
    try:
        return "a\n".encode(name) == b"a\n"
    except (UnicodeError, LookupError):
        return False
