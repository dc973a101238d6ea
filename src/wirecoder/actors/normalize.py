"""Name folding for alias matching: case, diacritics, apostrophes, hyphens, dots in
acronyms and Arabic articles ("al-", "Al ", "el-") folded away; and a consonant skeleton
for transliteration variants (Qaani/Ghaani, Qassem/Qasem, Hizbollah/Hezbollah)."""
from __future__ import annotations

import functools
import re
import unicodedata

_APOS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'", "ʿ": "", "ʾ": ""})
_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "ud-"}
_LEADING = ("the ",)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=100_000)
def fold(name: str) -> str:
    """The key aliases are indexed and looked up by."""
    s = strip_accents(name.translate(_APOS)).casefold()
    s = re.sub(r"'s\b", "", s)                       # possessive
    s = s.replace("'", "")
    s = re.sub(r"\b([a-z])\.(?=[a-z]\.?)", r"\1", s)   # U.S. -> us., U.N. -> un.
    s = re.sub(r"[^\w\s]", " ", s)                   # hyphens, dots, punctuation
    words = s.split()
    if words and words[0] == "the":
        words = words[1:]
    words = [w for i, w in enumerate(words) if not (w in _ARTICLES and i + 1 < len(words))]
    return " ".join(words)


_DIGRAPHS = [("kh", "k"), ("gh", "k"), ("q", "k"), ("c", "k"), ("ph", "f"), ("dh", "d"),
             ("th", "t"), ("sh", "s"), ("zh", "j"), ("dj", "j"), ("ch", "j"), ("z", "s"),
             ("w", "v"), ("y", "i"), ("g", "k")]


@functools.lru_cache(maxsize=100_000)
def skeleton(name: str) -> str:
    """Consonant skeleton of a folded name, for transliteration candidates."""
    s = fold(name)
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    out = []
    for word in s.split():
        cons = word[0] + re.sub(r"[aeiou]", "", word[1:])
        cons = re.sub(r"(.)\1+", r"\1", cons)
        out.append(cons)
    return " ".join(out)
