"""Compressed files and archives, read transparently: ``.gz`` (one stream, dispatched by the
name without ``.gz`` and by its content) and ``.zip`` (every member dispatched by its own name
and content; position ``member NAME``). A truncated gzip keeps what was read before the damage
and adds a ``truncated_archive`` Rejection. Nesting is limited (:attr:`Context.max_depth`)."""

from __future__ import annotations

import gzip
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import PurePosixPath
from typing import IO

from loaders.errors import RecordRejected
from loaders.records import Item, Reason
from loaders.source import ByteStream, Context, Source, buffered

_SPOOL_IN_MEMORY = 16 * 1024 * 1024


def load_gz(src: Source, ctx: Context) -> Iterator[Item]:
    if ctx.depth >= ctx.max_depth:
        yield src.reject(Reason.NESTED_TOO_DEEP, "archives nested too deeply")
        return
    inner = src.name[:-3] if src.name.lower().endswith(".gz") else ""
    stream = gzip.GzipFile(fileobj=buffered(src.stream), mode="rb")
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
