"""Property tests: whatever bytes arrive, under whatever name, nothing escapes read_articles."""

from __future__ import annotations

import gzip
import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import FORMATS, Article, ReadOptions, Rejection, read_articles

NAMES = (
    "x.txt", "x.json", "x.jsonl", "x.ndjson", "x.csv", "x.tsv", "x.html", "x.htm", "x.xml",
    "x.rss", "x.atom", "x.gz", "x.jsonl.gz", "x.zip", "x.warc", "x.warc.gz", "x", "x.dat",
)  # fmt: skip
PREFIXES = (
    b"",
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
    b"PK\x03\x04",
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n",
    b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>",
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">',
    b"<!DOCTYPE html><html><head><meta charset='windows-1256'></head><body><article><p>",
    b'{"text": "',
    b'[{"text": "a"}, ',
    b'{"text": "ok"}\n{"text": ',
    b"id,text,published\n1,",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff\x00<",
)
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["text", "id", "published", "lang", "url", "title", "source", "body", "x"]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=12,
)


def _read_file(
    name: str, data: bytes, options: ReadOptions | None = None
) -> list[Article | Rejection]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, name)
        path.write_bytes(data)
        items = list(read_articles([path], options or ReadOptions(detect_lang=False)))
    for item in items:
        assert isinstance(item, Article | Rejection)
        if isinstance(item, Rejection):
            assert item.reason and item.message and item.severity in ("error", "warning")
            assert len(item.excerpt) <= 160
        else:
            assert item.text.strip() and item.id
    return items


@SETTINGS
@given(name=st.sampled_from(NAMES), prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=2048))
def test_random_bytes_under_any_name(name: str, prefix: bytes, data: bytes) -> None:
    _read_file(name, prefix + data)


@SETTINGS
@given(
    fmt=st.sampled_from(FORMATS), prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=2048)
)
def test_random_bytes_forced_through_every_loader(fmt: str, prefix: bytes, data: bytes) -> None:
    _read_file("x.bin", prefix + data, ReadOptions(format=fmt, detect_lang=False))


@SETTINGS
@given(name=st.sampled_from(NAMES), data=st.binary(max_size=1024))
def test_random_bytes_gzipped(name: str, data: bytes) -> None:
    _read_file(name if name.endswith(".gz") else name + ".gz", gzip.compress(data))


@SETTINGS
@given(members=st.lists(st.tuples(st.sampled_from(NAMES), st.binary(max_size=512)), max_size=4))
def test_random_zip_members(members: list[tuple[str, bytes]]) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            z.writestr(f"{i}/{name}", data)
    _read_file("x.zip", buf.getvalue())


@SETTINGS
@given(
    values=st.lists(JSON, max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1256", "latin-1"]),
)
def test_random_json_values_as_jsonl_and_json(values: list[object], encoding: str) -> None:
    text = "\n".join(json.dumps(v, ensure_ascii=False) for v in values)
    for name, content in (("x.jsonl", text), ("x.json", json.dumps(values, ensure_ascii=False))):
        try:
            data = content.encode(encoding)
        except UnicodeEncodeError:
            data = content.encode("utf-8")
        items = _read_file(name, data)
        if encoding == "utf-8":  # every object is accounted for: an article or a rejection
            assert len(items) >= sum(1 for v in values if isinstance(v, dict))


@SETTINGS
@given(
    rows=st.lists(st.lists(st.text(max_size=40), max_size=5), max_size=6),
    delimiter=st.sampled_from([",", "\t", ";"]),
)
def test_random_csv_cells(rows: list[list[str]], delimiter: str) -> None:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["id", "text", "published"])
    writer.writerows(rows)
    _read_file(
        "x.tsv" if delimiter == "\t" else "x.csv", out.getvalue().encode("utf-8", "surrogatepass")
    )


@SETTINGS
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=1024))
def test_random_bytes_on_stdin(prefix: bytes, data: bytes) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(prefix + data)))
        items = list(read_articles(["-"], ReadOptions(detect_lang=False)))
    assert all(isinstance(i, Article | Rejection) for i in items)
