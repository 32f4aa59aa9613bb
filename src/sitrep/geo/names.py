"""Transliteration-aware name keys: the same place spelt several ways gets one key.

Arabic and Kurdish names reach English text through several romanisations
("Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "Deir Al-Zour").  `name_key`
folds them to one string: articles and generic words dropped, letters that
romanisations swap (ou/u/w, ee/i/y, e/a, k/q/g) merged, doubled letters
collapsed.  It is deliberately lossy, so callers must not look up a key of
fewer than `MIN_KEY_LENGTH` letters, nor a lone common English word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MIN_KEY_LENGTH = 3

ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "ash", "at", "az", "an", "adh", "ath", "ed", "es", "ez", "er", "en", "ul", "ud", "us", "uz", "ur"})
# Words that say what kind of place a name is, not which: dropped at either end.
GENERIC_WORDS = frozenset({"city", "town", "village", "countryside", "governorate", "province", "area", "the", "neighbourhood", "neighborhood"})

_APOSTROPHES = re.compile(r"['`’‘ʿʾʼ´\u02bb.]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")
# "Ezzor", "Arraqqah": an article assimilated to a sun letter and written joined.
_JOINED_ARTICLE = re.compile(r"^[ae](sh|th|dh|[tdrzsnl])\1(?=[a-z]{2})")
_FOLDS = [
    (re.compile(r"kh|gh|q|g|c(?!h)"), "k"),
    (re.compile(r"ch|sh|sch"), "x"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ou|oo|o"), "u"),
    (re.compile(r"ee|ei|ey|ie|ay|ai"), "i"),
    (re.compile(r"aw|au"), "u"),
    (re.compile(r"w"), "u"),
    (re.compile(r"y"), "i"),
    (re.compile(r"e"), "a"),
]
_FINAL_H = re.compile(r"([aiu])h$")
_DOUBLES = re.compile(r"(.)\1+")


def ascii_words(text: str) -> list[str]:
    """Lower-case ASCII words of a name, diacritics and apostrophes removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _APOSTROPHES.sub("", plain.lower().replace("ı", "i"))  # Turkish dotless i has no decomposition: "Ceylanpınar"
    return [w for w in _SEPARATORS.split(plain) if w]


@lru_cache(maxsize=131072)
def _fold_word(word: str) -> str:
    word = _JOINED_ARTICLE.sub(r"\1", word)
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    word = _FINAL_H.sub(r"\1", word)
    return _DOUBLES.sub(r"\1", word)


def core_words(text: str) -> list[str]:
    """The words that name the place: articles and generic end-words removed."""
    words = ascii_words(text)
    while len(words) > 1 and words[-1] in GENERIC_WORDS:
        words.pop()
    while len(words) > 1 and words[0] in GENERIC_WORDS:
        words.pop(0)
    if len(words) > 1:
        words = [w for i, w in enumerate(words) if not (w in ARTICLES and i + 1 < len(words))] or words
    return words


_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_ARABIC_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})


def arabic_key(text: str) -> str:
    """Key of a name in Arabic script: hamza seats, ta marbuta and alif maqsura folded, the article dropped."""
    words = ["".join(_ARABIC_LETTER.findall(w.translate(_ARABIC_FOLDS))) for w in text.split()]
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words if w]
    return "".join(words)


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The lookup key of a place name ("Deir Al-Zour" and "Dayr az Zawr" -> "dirzur")."""
    if _ARABIC_LETTER.search(text):
        return arabic_key(text)
    words = core_words(text)
    if len(words) == 1 and words[0] in GENERIC_WORDS:
        return ""
    return _DOUBLES.sub(r"\1", "".join(_fold_word(w) for w in words))


def usable_key(key: str) -> bool:
    return len(key) >= MIN_KEY_LENGTH
