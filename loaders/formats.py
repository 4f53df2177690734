"""The loaders, by format name: a plain dict, no plugin machinery."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from loaders import archive, feed, htmlpage, jsondoc, jsonl, tabular, txt, warc
from loaders.source import Loader

LOADERS: Final[Mapping[str, Loader]] = MappingProxyType(
    {
        "txt": txt.load,
        "json": jsondoc.load,
        "jsonl": jsonl.load,
        "csv": tabular.load_csv,
        "tsv": tabular.load_tsv,
        "html": htmlpage.load,
        "feed": feed.load,
        "warc": warc.load,
        "gz": archive.load_gz,
        "zip": archive.load_zip,
    }
)
