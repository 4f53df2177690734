"""Tokens with offsets into the original text.

Tokenising runs on the folded text (:mod:`kg.text.normalize`) with one compiled regular
expression; every token keeps the span of the original characters it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.text.normalize import Folded

ARABIC_LETTERS = "\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff"
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"

TOKEN_RE = re.compile(
    rf"(?:[{_LATIN}]\.){{2,}}"  # U.S. U.N. U.K.
    r"|[A-Z]\.(?=\s?[A-Z])"  # an initial: "N. Korea", "John F. Kennedy"
    rf"|[{ARABIC_LETTERS}]+"
    rf"|[{_LATIN}]+(?:-[{_LATIN}]+|'(?!s\b)[{_LATIN}]+)*"  # O'Brien, al-Assad, co-chair
    r"|\d+(?:[.,:/]\d+)*"
    r"|'s\b"
    r"|\S"
)
_ARABIC_CHAR = re.compile(f"[{ARABIC_LETTERS}]")


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its folded, lower-cased form and its span in the original text."""

    norm: str  # folded and lower-cased: what lexicons are keyed by
    start: int  # offsets into the ORIGINAL article text
    end: int
    folded_start: int  # offsets into the folded text of the article
    capitalised: bool  # Latin word starting with an upper-case letter (a name signal)
    upper: bool  # all upper-case Latin ("US", "NATO"): acronyms are matched case-sensitively
    arabic: bool
    ends_in_taa: bool = False  # written with a final ة (folded to ه): a noun, never a verb

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalnum()


def tokenize(folded: Folded, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``folded.text[start:end]`` with original offsets.

    >>> from kg.text.normalize import fold
    >>> [t.norm for t in tokenize(fold("U.S. envoy's talks, 13-15 Dec."))]
    ['u.s.', 'envoy', "'s", 'talks', ',', '13', '-', '15', 'dec', '.']
    """
    text = folded.text
    tokens: list[Token] = []
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        surface = m.group()
        o_start, o_end = folded.to_original(s, e)
        first = surface[0]
        tokens.append(
            Token(
                norm=surface.lower(),
                start=o_start,
                end=o_end,
                folded_start=s,
                capitalised=first.isupper(),
                upper=surface.isupper(),
                arabic=bool(_ARABIC_CHAR.match(first)),
                ends_in_taa=folded.original[o_end - 1 : o_end] == "\u0629",
            )
        )
    return tokens


def arabic_share(text: str) -> float:
    """Share of letters that are Arabic: a cheap script test used when no language is given.

    >>> arabic_share("روسيا Russia") > 0.4
    True
    """
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    return len(_ARABIC_CHAR.findall(text)) / letters
