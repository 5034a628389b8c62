"""When two spellings name the same skill: the one rule, used everywhere skills meet.

Matching against the catalogue, a client's progress between sessions and the app's
screens (what-if, profile) all compare skills with :func:`skill_key`, so "MS-Excel" and
"ms excel" are one skill everywhere, while "C", "C#" and "C++" stay three.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

#: Symbols that are part of a skill's name ("C#", "C++", "F#"), not punctuation.
_KEPT_SYMBOLS = frozenset("+#")
#: For ASCII text NFKC/NFKD change nothing, casefold is lower and nothing combines:
#: the key is then the lower-cased letters, digits, "+" and "#".
_NOT_KEPT_ASCII = re.compile(r"[^0-9a-z+#]")


# Cached: building the matcher keys ~20,000 labels and words, many of them repeated,
# and a batch keys the same typed skills again and again. The key depends on the text only.
@functools.lru_cache(maxsize=1 << 16)
def skill_key(text: str) -> str:
    """The identity of a skill name: case, accents, spaces and punctuation ignored.

    Letters and digits of any script are kept, as are ``+`` and ``#``; "&" reads as
    "and". A name with nothing of that kind (an emoji, say) keys on its own folded text
    so two such names never collapse into one empty key.
    """
    if text.isascii():  # the common case, the same key without the Unicode steps
        folded = text.lower().replace("&", "and")
        return _NOT_KEPT_ASCII.sub("", folded) or " ".join(folded.split())
    folded = unicodedata.normalize("NFKC", text).casefold().replace("&", "and")
    # Accents are dropped ("résumé" is "resume") by decomposing and removing the marks.
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
    )
    key = "".join(ch for ch in plain if ch.isalnum() or ch in _KEPT_SYMBOLS)
    return key or " ".join(folded.split())


def has_identity(text: str) -> bool:
    """Whether ``text`` holds a letter or digit (a catalogue name must)."""
    return any(ch.isalnum() for ch in text)


def skill_keys(skills: Iterable[str]) -> set[str]:
    """The identities of several skills (for "is this one already listed?")."""
    return {skill_key(s) for s in skills}
