"""Character folding that keeps offsets into the original text.

Matching works on a folded copy of the text: Arabic diacritics and tatweel removed, alef/hamza
and yaa variants unified, taa marbuta folded to haa, Persian letter forms mapped to Arabic ones,
Arabic-Indic digits made ASCII, typographic quotes and dashes made plain, invisible marks
dropped. Every folded character remembers the index of the original character it came from, so
spans found in the folded text map back to the article exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters dropped entirely: Arabic harakat, dagger alef, Quranic marks, tatweel, and the
# invisible format characters that scraped news text is full of.
_DROPPED = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
    "\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670"
    "\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4"
    "\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
    "\u0640"  # tatweel
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\ufeff\u00ad"
)

_MAPPED = {
    # alef with hamza above/below, madda, wasla -> bare alef
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0622": "\u0627",
    "\u0671": "\u0627",
    # alef maqsura and Persian yeh -> yaa
    "\u0649": "\u064a",
    "\u06cc": "\u064a",
    "\u06d2": "\u064a",
    # taa marbuta -> haa (news spells both)
    "\u0629": "\u0647",
    "\u06c0": "\u0647",
    "\u06d5": "\u0647",
    # Persian kaf, heh
    "\u06a9": "\u0643",
    "\u06be": "\u0647",
    # quotes and dashes
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    # spaces
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\t": " ",
    "\r": " ",
    # Arabic punctuation that has a plain twin; the Arabic comma and question mark stay
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u06d4": ".",  # Arabic full stop
}
for _i in range(10):
    _MAPPED[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAPPED[chr(0x06F0 + _i)] = str(_i)  # Eastern Arabic-Indic digits


def _latin_base(ch: str) -> str | None:
    """The base letter of an accented Latin letter ("ğ" -> "g", "ö" -> "o"), or None."""
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base if len(base) == 1 and base != ch and base.isascii() else None


# Accented Latin letters fold to their base letter, one for one ("Erdoğan", "Niinistö",
# "Lourenço" match "Erdogan", "Niinisto", "Lourenco").
for _code in range(0x00C0, 0x0250):
    _base = _latin_base(chr(_code))
    if _base is not None:
        _MAPPED[chr(_code)] = _base

_DROPPED_SET = frozenset(_DROPPED)
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
)
_TABLE = str.maketrans({**_MAPPED, **{c: None for c in _DROPPED}})
_HAS_DROPPED = re.compile("[" + re.escape(_DROPPED) + "]")
_KEPT_RUNS = re.compile("[^" + re.escape(_DROPPED) + "]+")


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and, for each of its characters, the index of the original character."""

    text: str
    origin: tuple[int, ...] | None  # None: folding kept every character (identity offsets)
    original_length: int
    original: str = ""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to a span of the original text."""
        if self.origin is None:
            return start, end
        if start >= len(self.origin):
            return self.original_length, self.original_length
        o_start = self.origin[start]
        o_end = self.origin[end - 1] + 1 if end > start else o_start
        # keep the marks written on the span's last letter (a final fatha, a shadda)
        while o_end < self.original_length and self.original[o_end : o_end + 1] in _DROPPED_SET:
            if self.original[o_end] in _INVISIBLE:
                break
            o_end += 1
        return o_start, o_end


def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping a map back to the original offsets.

    >>> f = fold("أَبْلَغَ")
    >>> f.text
    'ابلغ'
    >>> f.to_original(0, 4)
    (0, 8)
    """
    if not _HAS_DROPPED.search(text):
        # Only one-to-one replacements: offsets are the identity.
        return Folded(text.translate(_TABLE), None, len(text), text)
    # Keep runs of characters between dropped ones: offsets are extended run by run (C speed)
    origin: list[int] = []
    pieces: list[str] = []
    for run in _KEPT_RUNS.finditer(text):
        origin.extend(range(run.start(), run.end()))
        pieces.append(run.group())
    return Folded("".join(pieces).translate(_TABLE), tuple(origin), len(text), text)


def fold_key(text: str) -> str:
    """The lookup key of a lexicon or gazetteer entry: folded, lower-cased, spaces collapsed.

    >>> fold_key("  الولايات المتّحدة ")
    'الولايات المتحده'
    >>> fold_key("White  House")
    'white house'
    """
    return " ".join(fold(text).text.lower().split())
