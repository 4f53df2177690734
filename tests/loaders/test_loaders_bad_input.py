"""The bad inputs of issue 5: each is reported with file, position and reason, and every good
record around it is still read."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import zipfile
import zlib
from datetime import date
from pathlib import Path

import pytest
from loaders_testkit import (
    AR,
    AR2,
    EN,
    EN2,
    EN3,
    errors,
    html_page,
    jsonl,
    read,
    rss,
    warc,
    warnings,
    write,
)

from loaders import ReadSummary, article_id_for, iter_articles

GOOD = "good.txt"


def _with_good(tmp_path: Path) -> Path:
    return write(tmp_path, GOOD, EN3)


@pytest.mark.parametrize(
    "name",
    ["empty.txt", "empty.json", "empty.jsonl", "empty.csv", "empty.html", "empty.xml", "empty"],
)
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, b"")
    articles, rejections = read([path, _with_good(tmp_path)])
    assert [a.text for a in articles] == [EN3]
    [r] = rejections
    assert (r.source, r.position, r.reason, r.severity) == (str(path), "", "empty_file", "error")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("blank.jsonl", "\n  \n\n"),
        ("empty-list.json", "[]"),
        ("wrapped-empty.json", '{"articles": []}'),
        ("header-only.csv", "id,title,text\n"),
    ],
)
def test_file_without_records(tmp_path: Path, name: str, content: str) -> None:
    path = write(tmp_path, name, content)
    articles, rejections = read([path])
    assert articles == []
    assert errors(rejections) == ["empty_file"]


@pytest.mark.parametrize(
    ("name", "content", "position"),
    [
        ("blank.txt", " \n\t\n\ufeff  \n", ""),
        ("blank.json", json.dumps({"text": "   "}), ""),
        ("blank.jsonl", jsonl([{"text": EN}, {"text": ""}, {"text": AR}]), "line 2"),
        ("blank.csv", f'text,title\n"{EN}",a\n"  ",b\n', "row 2 (line 4)"),  # EN: 2 lines
    ],
)
def test_empty_text(tmp_path: Path, name: str, content: str, position: str) -> None:
    path = write(tmp_path, name, content)
    articles, rejections = read([path])
    assert all(a.text.strip() for a in articles)
    [r] = rejections
    assert (r.reason, r.position) == ("empty_text", position)


@pytest.mark.parametrize(
    "name", ["blob.txt", "blob.json", "blob.jsonl", "blob.csv", "blob.html", "blob"]
)
def test_binary_file(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, bytes(range(256)) * 8)
    articles, rejections = read([path, _with_good(tmp_path)])
    assert len(articles) == 1
    assert errors(rejections) == ["binary"]


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("ar.txt", lambda t: t),
        ("ar.jsonl", lambda t: jsonl([{"text": t}])),
        ("ar.csv", lambda t: "text\n" + '"' + t + '"\n'),
        ("ar.html", lambda t: html_page(t, lang="ar", charset="utf-8")),  # the meta tag lies
    ],
)
def test_windows_1256_arabic(tmp_path: Path, name: str, make: object) -> None:
    path = write(tmp_path, name, make(AR), encoding="cp1256")  # type: ignore[operator]
    [a], rejections = read([path])
    assert rejections == []
    assert AR.split("\n")[1] in a.text
    assert a.lang == "ar"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("u.txt", lambda: AR),
        ("u.json", lambda: json.dumps({"text": AR}, ensure_ascii=False)),
        ("u.jsonl", lambda: jsonl([{"text": AR}, {"text": EN}])),
        ("u.csv", lambda: f'text,title\n"{AR}",t\n"{EN}",u\n'),
    ],
)
def test_utf16_and_boms(tmp_path: Path, encoding: str, name: str, make: object) -> None:
    content: str = make()  # type: ignore[operator]
    if encoding in ("utf-16-le", "utf-16-be"):  # with a BOM written by hand
        data = (
            codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        ) + content.encode(encoding)
    else:
        data = content.encode(encoding)
    path = write(tmp_path, name, data)
    articles, rejections = read([path])
    assert rejections == []
    assert articles[0].text == AR
    assert articles[0].lang == "ar"


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "u.txt", EN.encode("utf-16-le"))
    [a], rejections = read([path])
    assert rejections == [] and a.text == EN


def test_mixed_encoding_lines_in_jsonl(tmp_path: Path) -> None:
    data = jsonl([{"text": AR}]).encode() + jsonl([{"text": AR2}]).encode("cp1256")
    data += jsonl([{"text": EN}]).encode()
    path = write(tmp_path, "mixed.jsonl", data)
    articles, rejections = read([path])
    assert [a.text for a in articles] == [AR, AR2, EN]
    assert warnings(rejections) == ["mixed_encoding"] and errors(rejections) == []


def test_mixed_encoding_inside_one_jsonl_line(tmp_path: Path) -> None:
    title = "عنوان الخبر"
    line = b'{"id": "mx", "title": "' + title.encode() + b'", "text": "' + AR2.encode("cp1256")
    path = write(tmp_path, "mixed.jsonl", line + b'"}\n' + jsonl([{"text": EN}]).encode())
    [a, b], rejections = read([path])
    assert (a.title, a.text, b.text) == (title, AR2, EN)
    [w] = rejections
    assert (w.reason, w.severity, w.position) == ("mixed_encoding", "warning", "line 1")
    assert "UTF-8 and cp1256 in one line" in w.message


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "a\tb"}', "Invalid control character at column 12"),
        ('{"text": "ab', "Unterminated string starting at column 10"),
    ],
)
def test_json_messages_say_at_once(tmp_path: Path, line: str, message: str) -> None:
    _, [r] = read([write(tmp_path, "x.jsonl", line)])
    assert (r.reason, r.message) == ("malformed_json", message)
    _, [r] = read([write(tmp_path, "x.json", line)])
    assert r.message == message.replace("at column", "at line 1 column")


def test_mixed_encoding_in_one_text(tmp_path: Path) -> None:
    first, second = AR.split("\n")
    path = write(tmp_path, "mixed.txt", first.encode() + b"\n" + second.encode("cp1256"))
    [a], rejections = read([path])
    assert a.text == AR
    [w] = rejections
    assert (w.reason, w.severity, w.article_id) == ("mixed_encoding", "warning", a.id)


def test_undecodable_bytes_are_an_encoding_rejection(tmp_path: Path) -> None:
    junk = bytes(range(0x80, 0xA0)) * 4
    path = write(
        tmp_path, "junk.jsonl", jsonl([{"text": EN}]).encode() + b'{"text": "' + junk + b'"}\n'
    )
    articles, rejections = read([path])
    assert len(articles) == 1
    assert [(r.reason, r.position) for r in rejections] == [("encoding", "line 2")]


def test_forced_encoding_that_does_not_fit_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "ar.txt", AR, encoding="cp1256")
    _, rejections = read([path], encoding="utf-8")
    assert errors(rejections) == ["encoding"]
    [a], rejections = read([path], encoding="windows-1256")
    assert rejections == [] and a.text == AR


def test_truncated_gzip_keeps_records_before_the_cut(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": f"{EN} Item {i} of the wire feed."} for i in range(400)]
    data = gzip.compress(jsonl(records).encode())
    path = write(tmp_path, "export.jsonl.gz", data[: len(data) * 2 // 3])
    articles, rejections = read([path, _with_good(tmp_path)])
    assert 0 < len(articles) - 1 < 400
    assert [a.id for a in articles[:-1]] == [f"r{i}" for i in range(len(articles) - 1)]
    assert errors(rejections) == ["truncated_archive"]
    assert articles[-1].text == EN3  # the batch went on


@pytest.mark.parametrize("count", [200, 2000, 20000])
def test_truncated_gzip_keeps_every_complete_line(tmp_path: Path, count: int) -> None:
    records = [
        {"id": f"r{i}", "text": f"{EN} Item {i}: {i * 7919 % 10007:x}."} for i in range(count)
    ]
    data = gzip.compress(jsonl(records).encode())
    cut = data[: len(data) * 2 // 3]
    complete = zlib.decompressobj(wbits=31).decompress(cut).count(b"\n")
    path = write(tmp_path, "export.jsonl.gz", cut)
    articles, rejections = read([path], detect_lang=False)
    assert [a.id for a in articles] == [f"r{i}" for i in range(complete)]
    [r] = rejections
    assert (r.reason, r.position) == ("truncated_archive", f"after line {complete}")


def test_several_gzip_members_are_read_and_a_cut_document_is_reported(tmp_path: Path) -> None:
    two = gzip.compress(jsonl([{"text": EN}]).encode()) + gzip.compress(
        jsonl([{"text": EN2}]).encode()
    )
    articles, rejections = read([write(tmp_path, "two.jsonl.gz", two)], detect_lang=False)
    assert [a.text for a in articles] == [EN, EN2] and rejections == []
    doc = gzip.compress(json.dumps([{"text": EN}, {"text": EN2}]).encode())
    articles, rejections = read([write(tmp_path, "doc.json.gz", doc[:-12])], detect_lang=False)
    assert articles == [] and errors(rejections) == ["truncated_archive"]


def test_truncated_warc_keeps_records_before_the_cut(tmp_path: Path) -> None:
    pages = [
        (
            f"https://wire.example.org/{i}",
            html_page(f"{EN} Page {i}.").encode(),
            "200 OK",
            "text/html",
        )
        for i in range(6)
    ]
    data = warc(pages)
    path = write(tmp_path, "crawl.warc.gz", data[: len(data) - 300])
    articles, rejections = read([path])
    assert 0 < len(articles) < 6
    assert errors(rejections) == ["truncated_archive"]


def test_corrupt_gzip_is_reported(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(jsonl([{"text": EN}] * 3).encode()))
    data[-6] ^= 0xFF  # the CRC no longer matches
    path = write(tmp_path, "x.jsonl.gz", bytes(data))
    _, rejections = read([path])
    assert errors(rejections) == ["corrupt_archive"]


def test_corrupt_zip_member(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", EN * 20)
        z.writestr("b.txt", AR)
    data = bytearray(buf.getvalue())
    start = data.index(b"a.txt") + 5  # inside the first member's compressed bytes
    data[start + 10 : start + 30] = bytes(20)
    path = write(tmp_path, "x.zip", bytes(data))
    articles, rejections = read([path])
    assert [a.text for a in articles] == [AR]
    assert [r.position for r in rejections] == ["member a.txt"]
    assert errors(rejections)[0] in ("corrupt_archive", "binary", "encoding")


def test_malformed_json_line_in_the_middle(tmp_path: Path) -> None:
    lines = [json.dumps({"text": t}, ensure_ascii=False) for t in (AR, EN, AR2, EN2)]
    lines.insert(2, '{"text": "half a record", "title": ')
    path = write(tmp_path, "x.jsonl", "\n".join(lines) + "\n")
    articles, rejections = read([path])
    assert [a.text for a in articles] == [AR, EN, AR2, EN2]
    [r] = rejections
    assert (r.source, r.position, r.reason) == (str(path), "line 3", "malformed_json")
    assert r.excerpt.startswith('{"text": "half a record"')


def test_malformed_json_document(tmp_path: Path) -> None:
    path = write(tmp_path, "x.json", '{"text": "abc",, }')
    _, rejections = read([path])
    assert errors(rejections) == ["malformed_json"]
    assert "line 1 column" in rejections[0].message


def test_json_object_without_text_field(tmp_path: Path) -> None:
    path = write(tmp_path, "x.json", json.dumps({"article": "a1", "events": []}))
    _, rejections = read([path])
    assert errors(rejections) == ["missing_field"]
    assert "article, events" in rejections[0].message


def test_csv_without_text_column_rejects_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", "id,title\n1,Talks\n")
    articles, rejections = read([path, _with_good(tmp_path)])
    assert len(articles) == 1
    [r] = rejections
    assert (r.reason, r.position) == ("missing_column", "line 1")
    assert "id, title" in r.message


def test_csv_row_missing_the_text_cell(tmp_path: Path) -> None:
    content = f'id,title,text\n1,Talks,"{EN}"\n2,Short row\n3,More,"{EN2}"\n'
    path = write(tmp_path, "x.csv", content)
    articles, rejections = read([path])
    assert [a.id for a in articles] == ["1", "3"]
    # the first row's text spans lines 2-3, so the short row is on line 4
    assert [(r.reason, r.position) for r in rejections] == [("missing_column", "row 2 (line 4)")]


@pytest.mark.parametrize(
    "later",
    ["4,Ministers met in Brussels on Monday.", '4,"Ministers met in Brussels on Monday."'],
    ids=["no-later-quote", "later-quoted-cell"],
)
def test_csv_unclosed_quote_rejects_its_row_only(tmp_path: Path, later: str) -> None:
    rows = [
        "1,Egypt's foreign minister met his Jordanian counterpart in Cairo.",
        '2,"The minister said the talks would go on, and',
        f'3,"{EN2}"',
        later,
        f"5,{EN3}",
    ]
    path = write(tmp_path, "x.csv", "id,text\n" + "\n".join(rows) + "\n")
    articles, rejections = read([path, _with_good(tmp_path)])
    assert [a.id for a in articles[:-1]] == ["1", "3", "4", "5"]
    [r] = rejections
    assert (r.reason, r.position) == ("malformed_csv", "row 2 (line 3)")
    assert "not closed" in r.message


def test_csv_rows_with_undecodable_or_oversized_lines(tmp_path: Path) -> None:
    junk = bytes(range(0x80, 0xA0)) * 4
    data = b"id,text\n1," + EN2.encode() + b"\n2," + junk + b"\n3," + b"x" * 5000
    data += b"\n4," + EN3.encode() + b"\n"
    path = write(tmp_path, "x.csv", data)
    articles, rejections = read([path], max_bytes=4000)
    assert [a.id for a in articles] == ["1", "4"]
    assert [(r.reason, r.position) for r in rejections] == [
        ("encoding", "row 2 (line 3)"),
        ("too_large", "row 3 (line 4)"),
    ]


def test_html_with_no_article_body(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Wire</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/w'>World</a></nav><p>Subscribe</p><footer>© Wire</footer></body></html>"
    )
    path = write(tmp_path, "menu.html", page)
    articles, rejections = read([path, write(tmp_path, "ok.html", html_page(EN))])
    assert len(articles) == 1
    assert [(r.reason, r.source) for r in rejections] == [("no_article_body", str(path))]


def test_ten_megabyte_article_loads_whole_when_allowed(tmp_path: Path) -> None:
    big = (EN.replace("\n", " ") + "\n") * (10 * 1024 * 1024 // len(EN))
    txt = write(tmp_path, "big.txt", big)
    line = write(tmp_path, "big.jsonl", jsonl([{"id": "big", "text": big}, {"text": EN2}]))
    articles, rejections = read([txt, line], dedupe=False, max_chars=20_000_000)
    assert rejections == []
    assert [len(a.text) for a in articles[:2]] == [len(big.strip())] * 2
    assert articles[2].text == EN2
    # by default, a text longer than extraction accepts is rejected where it is read
    articles, rejections = read([txt, line], dedupe=False)
    assert [a.text for a in articles] == [EN2]
    assert [(r.reason, r.source, r.position) for r in rejections] == [
        ("too_large", str(txt), ""),
        ("too_large", str(line), "line 1"),
    ]
    assert "more than the 2,000,000 extraction accepts" in rejections[0].message


def test_article_over_max_bytes_is_rejected_and_the_rest_loads(tmp_path: Path) -> None:
    big = EN * 2000
    path = write(tmp_path, "x.jsonl", jsonl([{"text": big}, {"text": EN2}]))
    articles, rejections = read([path], max_bytes=100_000)
    assert [a.text for a in articles] == [EN2]
    assert [(r.reason, r.position) for r in rejections] == [("too_large", "line 1")]


def test_feed_with_no_dates(tmp_path: Path) -> None:
    items = [
        {"title": f"t{i}", "link": f"https://wire.example.org/{i}", "description": t}
        for i, t in enumerate((EN, AR2))
    ]
    path = write(tmp_path, "feed.xml", rss(items))
    articles, rejections = read([path])
    assert rejections == []
    assert [a.published for a in articles] == [None, None]
    articles, _ = read([path], published=date(2021, 12, 1))
    assert [a.published for a in articles] == [date(2021, 12, 1)] * 2


@pytest.mark.parametrize(
    "value", ["next Tuesday", "2021-13-45", "45/99/2021", "yesterday", True, {"y": 2021}]
)
def test_unparseable_date_keeps_the_article_with_a_warning(tmp_path: Path, value: object) -> None:
    path = write(tmp_path, "x.jsonl", jsonl([{"id": "k1", "text": EN, "published": value}]))
    [a], rejections = read([path])
    assert a.published is None
    [w] = rejections
    assert (w.reason, w.severity, w.article_id, w.position) == (
        "unparseable_date",
        "warning",
        "k1",
        "line 1",
    )


def test_unparseable_date_in_a_feed(tmp_path: Path) -> None:
    items = [
        {
            "title": "t",
            "link": "https://wire.example.org/t",
            "pubDate": "around noon",
            "description": EN,
        }
    ]
    [a], rejections = read([write(tmp_path, "f.rss", rss(items))])
    assert a.published is None
    assert warnings(rejections) == ["unparseable_date"]


def test_duplicate_ids_across_files_and_within_one(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.jsonl",
        jsonl(
            [
                {"id": "d1", "text": EN},
                {"id": "d2", "text": AR},
                {"id": "d1", "text": EN},  # the same article again
                {"id": "d1", "text": EN2},  # another article under the same id: kept
            ]
        ),
    )
    write(
        tmp_path,
        "b.json",
        json.dumps({"id": "d2", "text": AR, "published": "never"}, ensure_ascii=False),
    )
    write(tmp_path, "c.txt", EN)  # no id: its text hash differs from "d1"
    summary = ReadSummary()
    articles = list(iter_articles([tmp_path], summary=summary))
    ids = [a.id for a in articles]
    assert ids[:3] == ["d1", "d2", "d1#" + article_id_for(text=EN2)[5:13]] and len(ids) == 4
    assert summary.duplicates == 2 and summary.ok
    # no warning for the dropped duplicate's date
    assert summary.warnings == {"id_conflict": 1}


def test_duplicates_kept_when_dedupe_is_off(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", jsonl([{"id": "d1", "text": EN}] * 2))
    articles, rejections = read([path], dedupe=False)
    assert len(articles) == 2 and rejections == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        ("report.docx", b"PK\x03\x04" + bytes(60)),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
        ("notes.md", b"# Notes\nSome text.\n"),
        ("data.xml", b'<?xml version="1.0"?><catalog><book id="1"/></catalog>'),
        ("archive.tar", b"a.txt".ljust(257, b"\0") + b"ustar\x0000" + bytes(100)),
    ],
)
def test_unsupported_file_type(tmp_path: Path, name: str, data: bytes) -> None:
    path = write(tmp_path, name, data)
    articles, rejections = read([path, _with_good(tmp_path)])
    assert len(articles) == 1
    [r] = rejections
    assert (r.source, r.reason) == (str(path), "unsupported_type")


def test_loader_crash_is_one_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    page = write(tmp_path, "a.html", html_page(EN))
    articles, rejections = read([page, _with_good(tmp_path)])
    assert len(articles) == 1
    [r] = rejections
    assert (r.reason, r.source) == ("parse_error", str(page))
    assert "RuntimeError: parser bug" in r.message


def test_record_crash_rejects_only_that_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import loaders.build
    from loaders.lang import detect_lang as real

    def flaky(text: str) -> str | None:
        if "Kenya" in text:
            raise ValueError("detector bug")
        return real(text)

    monkeypatch.setattr(loaders.build, "detect_lang", flaky)
    path = write(tmp_path, "x.jsonl", jsonl([{"text": EN}, {"text": EN2}, {"text": AR}]))
    articles, rejections = read([path])
    assert [a.text for a in articles] == [EN, AR]
    assert [(r.reason, r.position) for r in rejections] == [("parse_error", "line 2")]


def test_bad_sidecar_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "s.txt", EN)
    write(tmp_path, "s.json", "{not json")
    [a], rejections = read([tmp_path])
    assert a.text == EN
    assert warnings(rejections) == ["bad_sidecar"]


def test_unknown_language_value(tmp_path: Path) -> None:
    path = write(tmp_path, "x.jsonl", jsonl([{"text": AR, "lang": "??"}]))
    [a], rejections = read([path])
    assert a.lang == "ar"  # detected instead
    assert warnings(rejections) == ["unknown_lang"]


def test_feed_that_is_not_xml(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.rss", b"<rss><channel><item><title>x</ti")
    articles, rejections = read([path])
    assert articles == []
    assert (errors(rejections), warnings(rejections)) == (["empty_text"], ["malformed_feed"])
    path = write(tmp_path, "worse.rss", b"<rss><<<")
    assert errors(read([path])[1]) == ["malformed_feed"]
