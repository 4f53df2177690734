"""Tokens with offsets into the original text.

Tokenising runs on the folded text (:mod:`kg.text.normalize`) with one compiled regular
expression; every token keeps the span of the original characters it came from.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.text.normalize import _DROPPED_SET, _INVISIBLE, Folded

ARABIC_LETTERS = "\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff"
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"

# Courtesy words and ranks abbreviated before a name ("Mr. Erdogan", "Gen. Lich"): one token
# with its full stop, which is no clause break (the sentence splitter knows them too).
NAME_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Cmdr Brig Adm Sgt Sen Rep Gov Amb Hon Rev Fr".split()
)
TOKEN_RE = re.compile(
    rf"(?:[{_LATIN}]\.){{2,}}"  # U.S. U.N. U.K.
    rf"|(?:{'|'.join(NAME_ABBREVIATIONS)})\.(?=\s+[A-Z])"  # Mr. Erdogan
    r"|[A-Z]\.(?=\s?[A-Z])"  # an initial: "N. Korea", "John F. Kennedy"
    rf"|[{ARABIC_LETTERS}]+"
    rf"|[{_LATIN}]+(?:-[{_LATIN}]+|'(?!s\b)[{_LATIN}]+)*"  # O'Brien, al-Assad, co-chair
    r"|\d+(?:[.,:/]\d+)*"
    r"|'s\b"
    r"|\S"
)
_ARABIC_CHAR = re.compile(f"[{ARABIC_LETTERS}]")
# the characters _ARABIC_CHAR matches, for a set lookup per token instead of a regex call
_ARABIC_SET = frozenset(chr(c) for c in range(0x0600, 0x0700) if _ARABIC_CHAR.match(chr(c)))
# marks written on a word's last letter that its original span keeps (Folded.to_original)
_TRAILING_MARKS = re.compile("[" + re.escape("".join(sorted(_DROPPED_SET - _INVISIBLE))) + "]*")


class Token(NamedTuple):
    """One token: its folded, lower-cased form and its span in the original text.

    A named tuple rather than a frozen dataclass: a sentence makes dozens and an article
    hundreds, and a tuple is built about ten times faster (immutable all the same).
    """

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
    origin = folded.origin
    original = folded.original
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__
    arabic_set = _ARABIC_SET
    taa = "\u0629"
    identity = origin is None  # folding kept every character (Folded.to_original)
    offsets: tuple[int, ...] = origin if origin is not None else ()
    n_original = folded.original_length
    dropped = _DROPPED_SET
    trailing = _TRAILING_MARKS.match
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        surface = m.group()
        first = surface[0]
        if identity:
            o_start, o_end = s, e
        else:
            # Folded.to_original, inlined (a token is never empty and starts inside the text)
            o_start = offsets[s]
            o_end = offsets[e - 1] + 1
            if o_end < n_original and original[o_end] in dropped:
                marks = trailing(original, o_end)  # always matches (possibly nothing)
                if marks:
                    o_end = marks.end()
        if first in arabic_set:
            # an Arabic word: no case (its lower-case form is itself), and only it can have
            # been written with a final ة
            token = (surface, o_start, o_end, s, False, False, True, original[o_end - 1] == taa)
        else:
            lower, cap, up = surface.lower(), first.isupper(), surface.isupper()
            token = (lower, o_start, o_end, s, cap, up, False, False)  # nor can end in ة
        append(new(Token, token))
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
