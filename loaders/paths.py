"""Expand the paths a user gave (files, directories, globs, ``-``) into files to read."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.records import Reason, Rejection

STDIN = "-"
_SIDECAR_OF = (".txt", ".html", ".htm")
_GLOB_CHARS = frozenset("*?[")


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | str | Rejection]:
    """Files to read, in a stable order; ``"-"`` stays ``"-"`` (stdin).

    Directories are walked recursively (hidden files and folders skipped, symlinked folders
    not followed); globs are expanded (``**`` recursive). A ``X.json`` next to ``X.txt`` or
    ``X.html`` found this way is a sidecar, not an input. A file reached twice is read once.
    A path that does not exist is a ``not_found`` Rejection, so the batch goes on.
    """
    seen: set[Path] = set()
    for given in paths:
        name = str(given)
        if name == STDIN:
            yield STDIN
            continue
        path = Path(name).expanduser()
        if path.is_dir():
            found: Iterable[Path | Rejection] = _walk(path)
        elif path.exists():
            found = [path]
        elif _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(os.path.expanduser(name), recursive=True))
            if not matches:
                yield Rejection(name, "", Reason.NOT_FOUND, "no file matches this pattern")
                continue
            found = _files_of(Path(m) for m in matches)
        else:
            yield Rejection(name, "", Reason.NOT_FOUND, "no such file or directory")
            continue
        for file in found:
            if isinstance(file, Rejection):
                yield file
                continue
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                yield file


def _files_of(paths: Iterable[Path]) -> Iterator[Path | Rejection]:
    for p in paths:
        if p.is_dir():
            yield from _walk(p)
        elif p.is_file() and not _is_sidecar(p):
            yield p


def _walk(root: Path) -> Iterator[Path | Rejection]:
    """Files under ``root`` in sorted path order, depth first."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        yield Rejection(str(root), "", Reason.UNREADABLE, f"cannot list folder: {e.strerror or e}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file() and not _is_sidecar(path):
            yield path


def _is_sidecar(path: Path) -> bool:
    return path.suffix.lower() == ".json" and any(
        path.with_suffix(ext).is_file() for ext in _SIDECAR_OF
    )
