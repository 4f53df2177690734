"""Compressed files and archives, read transparently: ``.gz`` (one stream, dispatched by the
name without ``.gz`` and by its content) and ``.zip`` (every member dispatched by its own name
and content; position ``member NAME``). A truncated gzip keeps every record that was decompressed
whole before the damage and adds a ``truncated_archive`` Rejection after the last of them
(``after line N``). Nesting is limited (:attr:`Context.max_depth`)."""

from __future__ import annotations

import io
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import PurePosixPath
from typing import IO, TYPE_CHECKING

from loaders.errors import RecordRejected
from loaders.records import Item, Reason
from loaders.source import ByteStream, Context, Source, buffered

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

_SPOOL_IN_MEMORY = 16 * 1024 * 1024
_CHUNK = 64 * 1024


def load_gz(src: Source, ctx: Context) -> Iterator[Item]:
    if ctx.depth >= ctx.max_depth:
        yield src.reject(Reason.NESTED_TOO_DEEP, "archives nested too deeply")
        return
    inner = src.name[:-3] if src.name.lower().endswith(".gz") else ""
    stream = io.BufferedReader(Gunzip(buffered(src.stream)), buffer_size=_CHUNK)
    yield from ctx.dispatch(src.child(inner, stream), ctx.nested())


def load_zip(src: Source, ctx: Context) -> Iterator[Item]:
    if ctx.depth >= ctx.max_depth:
        yield src.reject(Reason.NESTED_TOO_DEEP, "archives nested too deeply")
        return
    with ExitStack() as stack:
        if src.path is not None:
            fileobj: IO[bytes] = stack.enter_context(src.path.open("rb"))
        else:
            fileobj = stack.enter_context(tempfile.SpooledTemporaryFile(_SPOOL_IN_MEMORY))
            _copy(src.stream, fileobj, ctx.options.max_document_bytes)
        archive = stack.enter_context(zipfile.ZipFile(fileobj))
        for info in archive.infolist():
            if info.is_dir() or _hidden(info.filename):
                continue
            here = f"member {info.filename}"
            try:
                member = archive.open(info)
            except (RuntimeError, NotImplementedError) as e:  # encrypted, unknown compression
                yield src.reject(Reason.UNSUPPORTED_TYPE, str(e), here)
                continue
            except (zipfile.BadZipFile, ValueError, OSError) as e:
                yield src.reject(Reason.CORRUPT_ARCHIVE, str(e), here)
                continue
            with member:
                child = src.child(PurePosixPath(info.filename).name, member, here)
                yield from ctx.dispatch(child, ctx.nested())


def _hidden(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in PurePosixPath(name).parts)


def _copy(stream: ByteStream, into: IO[bytes], limit: int) -> None:
    """A seekable copy of a stream (a zip inside an archive, or on stdin)."""
    copied = 0
    while chunk := stream.read(1024 * 1024):
        copied += len(chunk)
        if copied > limit:
            raise RecordRejected(Reason.TOO_LARGE, f"zip larger than {limit} bytes")
        into.write(chunk)
    into.seek(0)


class Gunzip(io.RawIOBase):
    """A gzip stream (one member or several) decompressed as it is read.

    Unlike :class:`gzip.GzipFile`, a stream cut short first yields every byte that could be
    decompressed, then reads as ended once (so buffered readers hand over what they hold),
    and only then raises :class:`EOFError` (readers check that the end is real: see
    :func:`loaders.source.read_all` and :class:`loaders.lines.LineReader`).
    Damaged data raises :class:`zlib.error`; trailing zero padding is ignored, as by ``gzip``.
    """

    def __init__(self, raw: ByteStream) -> None:
        self._raw = raw
        self._z = zlib.decompressobj(wbits=31)
        self._pending = b""  # compressed input not yet given to the decompressor
        self._started = False  # the current member has received input
        self._done = False
        self._cut = False  # the end of a cut stream was read once: the next read raises

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        out = memoryview(buffer).cast("B")
        while not self._done and len(out):
            if not self._pending:
                self._pending = self._raw.read(_CHUNK)
                if not self._pending:
                    data = self._z.decompress(b"", len(out))  # output zlib still holds
                    if not data:
                        return self._at_end()
                    out[: len(data)] = data
                    return len(data)
            data = self._z.decompress(self._pending, len(out))
            self._started = True
            self._pending = self._z.unconsumed_tail
            if self._z.eof:
                self._next_member()
            if data:
                out[: len(data)] = data
                return len(data)
        return 0

    def _next_member(self) -> None:
        rest = self._z.unused_data
        self._z = zlib.decompressobj(wbits=31)
        self._started = False
        self._pending = rest.lstrip(b"\0")
        if not self._pending:
            self._pending = self._raw.read(_CHUNK).lstrip(b"\0")
            if not self._pending:
                self._done = True

    def _at_end(self) -> int:
        if self._started and not self._z.eof:
            if self._cut:
                raise EOFError("the compressed data ends before the end of its gzip stream")
            self._cut = True
            return 0
        self._done = True
        return 0
