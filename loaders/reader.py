"""The entry points: :func:`read_articles` (articles and rejections, streamed) and
:func:`iter_articles` (articles only, rejections to a quarantine file and a summary)."""

from __future__ import annotations

import gzip
import sys
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.article import Article
from loaders.errors import RecordRejected
from loaders.formats import LOADERS
from loaders.options import ReadOptions
from loaders.paths import STDIN, expand_paths
from loaders.quarantine import QuarantineWriter, ReadSummary
from loaders.records import Item, Reason, Rejection
from loaders.sniff import detect
from loaders.source import Context, Source, read_head

STDIN_NAME = "<stdin>"


def read_articles(
    paths: Iterable[str | Path] | str | Path, options: ReadOptions | None = None
) -> Iterator[Article | Rejection]:
    """Every article in ``paths``, and a :class:`Rejection` for everything that went wrong.

    ``paths`` may mix files, directories (recursive), globs and ``"-"`` (stdin), in any of the
    formats of :data:`loaders.LOADERS`, chosen by content and by extension. Items come in file
    order, as they are read: JSONL, CSV and WARC are streamed record by record.

    It never raises for bad input: a missing path, an unreadable file, a broken record are
    Rejections (``severity="error"``, the record is not loaded) and the batch goes on. Warnings
    (``severity="warning"``) keep the article: an unparseable date, an unknown language, a mixed
    encoding, a malformed but readable feed; a duplicate id is a warning that replaces the
    repeated article (the first one read was kept); a source's own id reused with another
    text keeps that article under a distinct id (``id_conflict``, see :mod:`loaders.build`).
    Errors in the options themselves are :class:`kg.errors.ConfigError`, raised when
    :class:`ReadOptions` is built.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    ctx = Context(options=options or ReadOptions(), dispatch=dispatch)
    for target in expand_paths(paths):
        if isinstance(target, Rejection):
            yield target
        elif target == STDIN:
            yield from _read_stdin(ctx)
        else:
            yield from _read_file(Path(target), ctx)


def iter_articles(
    paths: Iterable[str | Path] | str | Path,
    options: ReadOptions | None = None,
    *,
    summary: ReadSummary | None = None,
    quarantine: QuarantineWriter | None = None,
) -> Iterator[Article]:
    """The articles of :func:`read_articles`; every Rejection goes to ``quarantine`` (if given)
    and every item is counted in ``summary`` (if given), for the CLI to print at the end."""
    for item in read_articles(paths, options):
        if summary is not None:
            summary.add(item)
        if isinstance(item, Article):
            yield item
        elif quarantine is not None:
            quarantine.write(item)


def dispatch(src: Source, ctx: Context) -> Iterator[Item]:
    """Choose the loader for ``src`` and run it; whatever it raises becomes a Rejection."""
    try:
        yield from _load(src, ctx)
    except RecordRejected as e:
        yield src.rejected(e)
    except UnicodeDecodeError as e:
        yield src.reject(Reason.ENCODING, f"cannot decode: {e}")
    except EOFError as e:
        message = f"compressed data ends early ({e}); the records read before it were kept"
        yield src.reject(Reason.TRUNCATED_ARCHIVE, message)
    except (gzip.BadGzipFile, zipfile.BadZipFile, zlib.error) as e:
        yield src.reject(Reason.CORRUPT_ARCHIVE, f"{type(e).__name__}: {e}")
    except OSError as e:
        yield src.reject(Reason.UNREADABLE, f"{type(e).__name__}: {e}")
    except Exception as e:  # a parser's bug or a library's surprise: this input only
        reason = (
            Reason.CORRUPT_ARCHIVE
            if type(e).__name__ == "ArchiveLoadFailed"
            else Reason.PARSE_ERROR
        )
        yield src.reject(reason, f"{type(e).__name__}: {e}")


def _load(src: Source, ctx: Context) -> Iterator[Item]:
    src.head, src.stream = read_head(src.stream)
    if not src.head:
        yield src.reject(Reason.EMPTY_FILE, "the file is empty")
        return
    forced = ctx.options.format if ctx.depth == 0 else None
    text_names = [ctx.options.fields.get("text", "text"), "text", "body", "content"]
    fmt, note = (forced, "") if forced else detect(src.name, src.head, text_names)
    if note:
        yield src.warn(Reason.FORMAT_MISMATCH, note)
    yield from LOADERS[fmt](src, ctx)


def _read_file(path: Path, ctx: Context) -> Iterator[Item]:
    try:
        stream = path.open("rb")
    except OSError as e:
        yield Rejection(str(path), "", Reason.UNREADABLE, f"{type(e).__name__}: {e.strerror or e}")
        return
    with stream:
        yield from dispatch(Source(str(path), path.name, stream, path=path), ctx)


def _read_stdin(ctx: Context) -> Iterator[Item]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield Rejection(STDIN_NAME, "", Reason.UNREADABLE, "no standard input")
        return
    yield from dispatch(Source(STDIN_NAME, "", stream), ctx)
