"""Small text helpers for markup: HTML fragments to text, "related articles" blocks dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"}
    | {"blockquote", "section", "article", "pre", "hr", "header", "footer", "figure"}
    | {"figcaption", "dd", "dt"}
)
_SKIP = frozenset(("script", "style", "noscript", "template", "head"))

_RELATED_HEADING = re.compile(
    r"^\W*(موضوعات ذات صلة|مواضيع ذات صلة|أخبار ذات صلة|اخبار ذات صلة|أخبار متعلقة"
    r"|[اإ]قرأ أيضا?ً?|[اإ]قرأ ايضا?ً?|شاهد أيضا?ً?|المزيد"
    r"|related(?: articles| stories| news| content| posts| topics| coverage)?"
    r"|read (?:more|also|next)|see also|more on this(?: story| topic)?|you may also like"
    r"|recommended(?: stories)?)\W*$",
    re.IGNORECASE,
)
_READ_ALSO_LINE = re.compile(
    r"^\W*([اإ]قرأ أيضا?ً?|[اإ]قرأ ايضا?ً?|read (?:more|also)|see also)\s*[:：\-–]\s*\S.{0,200}$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[-•*·–—▪►]\s*\S")
_SENTENCE_END = re.compile(r"[.!?؟。…][\"'»”’)\]]*\s*$")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.out.append("\n- " if tag == "li" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): one line per block.

    >>> html_to_text("<p>Talks <b>resumed</b>.</p><ul><li>one</li></ul><script>x()</script>")
    'Talks resumed.\\n- one'
    """
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.out).split("\n"))
    return "\n".join(line for line in lines if line and line != "-")


def drop_related(text: str) -> str:
    """Text without "related articles" blocks: a heading line such as "موضوعات ذات صلة" or
    "Related", and the list items or headline-like lines after it until the next ordinary
    paragraph; also single "Read more: …" lines.

    >>> drop_related("Talks resumed.\\nRelated\\n- Other story\\nShort headline\\nMore talks.")
    'Talks resumed.\\nMore talks.'
    """
    out: list[str] = []
    in_block = False
    for line in text.split("\n"):
        if _RELATED_HEADING.match(line.strip()):
            in_block = True
            continue
        if _READ_ALSO_LINE.match(line.strip()):
            continue
        if in_block:
            stripped = line.strip()
            headline = len(stripped) < 160 and not _SENTENCE_END.search(stripped)
            if not stripped or _BULLET.match(line) or headline:
                continue
            in_block = False
        out.append(line)
    return "\n".join(out).strip()
