"""Is this English?  Extraction reads English only, and says so rather than guessing.

A cheap check is enough: the share of letters in the Latin script, and among
Latin words the share of common English function words.
"""

from __future__ import annotations

import re
import unicodedata

ENGLISH_FUNCTION_WORDS = {
    "the", "of", "and", "in", "to", "a", "on", "was", "were", "by", "with", "that", "for", "from", "at", "is",
    "are", "as", "an", "its", "their", "has", "have", "had", "after", "into", "near", "which", "who", "this",
}
# Frequent function words of other languages written in Latin script; field shorthand has few English
# function words, so English is assumed unless another language's words are what the text is made of.
OTHER_FUNCTION_WORDS = {
    "le", "la", "les", "des", "du", "et", "est", "une", "dans", "avec", "pour", "sur",  # French
    "el", "los", "las", "del", "y", "por", "una", "con", "para", "que",  # Spanish
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "ein", "eine",  # German
    "ve", "bir", "ile", "bu", "olarak", "icin",  # Turkish
    "il", "di", "che", "della", "nel", "gli",  # Italian
}
SCRIPT_NAMES = {"ARABIC": "Arabic", "CYRILLIC": "Cyrillic", "HEBREW": "Hebrew", "CJK": "Chinese/Japanese", "HANGUL": "Korean", "DEVANAGARI": "Devanagari", "GREEK": "Greek", "ARMENIAN": "Armenian"}


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    for key in SCRIPT_NAMES:
        if name.startswith(key):
            return key
    return "LATIN" if name.startswith("LATIN") else "OTHER"


def unsupported_language(text: str, sample: int = 5000) -> str | None:
    """None when the text reads as English; otherwise a short description of what it seems to be."""
    letters = [c for c in text[:sample] if c.isalpha()]
    if not letters:
        return "no letters"
    scripts: dict[str, int] = {}
    for char in letters:
        key = _script(char)
        scripts[key] = scripts.get(key, 0) + 1
    main = max(scripts, key=scripts.get)
    if main != "LATIN" and scripts[main] > 0.5 * len(letters):
        return f"{SCRIPT_NAMES.get(main, 'non-Latin')} script"
    words = re.findall(r"[a-z]+", text[:sample].lower())
    if len(words) < 12:
        return None
    english = sum(w in ENGLISH_FUNCTION_WORDS for w in words)
    other = sum(w in OTHER_FUNCTION_WORDS for w in words)
    if other > english and other / len(words) > 0.08:
        return "a language other than English"
    return None
