"""How job titles are normalised before they are matched to occupations.

People type "Sr. staff acct II" where O*NET writes "Accountants": seniority words and
grades say how senior someone is, not what they do, so they are dropped; common
abbreviations are expanded from ``data/title_abbreviations.yaml``; punctuation and case
are ignored; words in parentheses are kept (they often name the speciality).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from career_resilience.skills.listed_titles import listed_as_typed, listed_title_words
from career_resilience.skills.situations import WORD, without_situation

ABBREVIATIONS_FILE = Path(__file__).with_name("data") / "title_abbreviations.yaml"

#: Seniority words that are the job when they end a title of two words or more, and what
#: that job is read as (``title_words``): a "Warehouse lead" runs the crew, which O*NET
#: calls a supervisor; an "Elementary school principal" runs the school.
TRAILING_JOBS = {"lead": "supervisor", "principal": "principal"}

_WORD = WORD


#: A phrase rewrite: the phrase, and its replacement (a text, or a function of the match).
Rewrite = tuple[str, str | Callable[[re.Match[str]], str]]


@functools.cache
def _table() -> tuple[frozenset[str], dict[str, str], tuple[Rewrite, ...], tuple[Rewrite, ...]]:
    """Seniority words, the abbreviation table, phrase rewrites and the rewrites of typed
    titles only (read once); each rewrite as (its phrase, the replacement)."""
    from career_resilience.skills.fields import KnowledgeBaseError
    from career_resilience.skills.loader import shipped_knowledge_base

    # Read through the knowledge base: its compiled copy spares a cold start the YAML parser.
    raw = shipped_knowledge_base().title_words
    try:
        seniority = frozenset(str(w).casefold() for w in raw["seniority"])
        table = {str(k).casefold(): str(v).casefold() for k, v in raw["abbreviations"].items()}
        phrases = _rewrites(raw.get("phrases") or {})
        typed = _rewrites(raw.get("typed_phrases") or {}, seniority)
    except (KeyError, TypeError, AttributeError) as exc:
        raise KnowledgeBaseError(
            ABBREVIATIONS_FILE.name, "top level", "", f"cannot be read ({exc})"
        ) from exc
    return seniority, table, phrases, typed


@functools.cache
def _whole_titles() -> dict[str, str]:
    """The ``whole_titles`` section: a title typed as the key alone (lower case, its
    words only) is read as the value."""
    from career_resilience.skills.loader import shipped_knowledge_base

    raw = shipped_knowledge_base().title_words.get("whole_titles") or {}
    return {str(k).casefold(): str(v).casefold() for k, v in raw.items()}


def _rewrites(raw: dict[str, Any], lead_in: frozenset[str] | None = None) -> tuple[Rewrite, ...]:
    """Phrase rewrites of one section of the YAML, in its order.

    With ``lead_in`` (the seniority words), the rewrites of typed titles: a phrase is
    rewritten only where every word before it is one of those or a word O*NET's titles
    never use ("Senior platform engineer", "Kubernetes platform engineer"). A title word
    before it names other work that holds the phrase: an "Offshore platform engineer"
    works on an oil platform, not in devops.
    """
    if lead_in is None:
        pairs = ((str(k).casefold(), str(v).casefold()) for k, v in raw.items())
        return tuple(pairs)
    rewrites: list[Rewrite] = []
    for k, v in raw.items():
        key = str(k).casefold()
        # A mapping says what the phrase is alone, after named work ("Owner/operator"
        # drives their own truck; a "Farm owner/operator" runs the farm), after a word no
        # title uses ("Admin" alone is office work, "HubSpot admin" a tool's
        # administrator) and before named work ("Deputy director" alone is a manager,
        # "Deputy director of operations" its director).
        spec = v if isinstance(v, dict) else {"alone": v}
        after, before, name = (spec.get(k) for k in ("after work", "before work", "after a name"))
        rewrite = _unless_named_work(
            str(spec["alone"]).casefold(),
            lead_in,
            None if after is None else str(after).casefold(),
            None if before is None else str(before).casefold(),
            None if name is None else str(name).casefold(),
        )
        rewrites.append((key, rewrite))
    return tuple(rewrites)


def _unless_named_work(
    value: str,
    lead_in: frozenset[str],
    after_work: str | None = None,
    before_work: str | None = None,
    after_name: str | None = None,
) -> Callable[[re.Match[str]], str]:
    """The replacement of a typed phrase: ``value``, or, when a word before it (not a
    seniority word) is a word of O*NET's titles, ``after_work`` if given, else only the
    phrase's job noun; when ``after_name`` is given and any other word comes before it
    (mostly a product's name: "HubSpot admin"), ``after_name``; or, when ``before_work``
    is given and a word of O*NET's titles comes after it, ``before_work``.

    The phrase is in the table because O*NET files it under other work ("Technical
    Platform Engineer" is a blockchain engineer's title): read as typed after named work,
    its other words would point there again ("Offshore platform engineer" read as a
    blockchain engineer). The named work and the job noun are what the title says.
    """

    def replace(match: re.Match[str]) -> str:
        before = _WORD.findall(match.string[: match.start()])
        if any(w not in lead_in and w in listed_title_words() for w in before):
            return after_work if after_work is not None else _WORD.findall(match.group(0))[-1]
        if after_name is not None and any(w not in lead_in for w in before):
            # A word no title uses is mostly a product's name ("HubSpot admin").
            return after_name
        if before_work is not None:
            after = _WORD.findall(match.string[match.end() :])
            if any(w not in lead_in and w in listed_title_words() for w in after):
                return before_work
        return value

    return replace


#: "Head of" and the work it heads, to the end of the title (a qualifier after a dash or
#: a comma stays where it is: the rewrite then leaves the title as typed).
_HEAD_OF = re.compile(r"\b(head of)\s+(?:the\s+)?([^,;()/|-]+?)\s*$")


@functools.cache
def _phrases(listed: bool) -> tuple[Rewrite, ...]:
    """The phrase rewrites of a typed title, or of a title O*NET lists (``listed``):
    ``typed_phrases`` rewrite people's words for work O*NET lists elsewhere, never
    O*NET's own listing ("Full Stack Developer" stays a photographic process workers'
    title, and a typed one is read as a web developer)."""
    _, _, phrases, typed = _table()
    return phrases if listed else phrases + typed


#: A run of word characters, as ``\b`` in the rewrites' patterns tells words apart.
_RUN = re.compile(r"\w+")


@functools.cache
def _by_first_word(listed: bool = False) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The phrase rewrites (their places in :func:`_phrases`) by the first word of their
    phrase, and those whose phrase starts with no word character (tried on every text)."""
    by_word: dict[str, list[int]] = {}
    every: list[int] = []
    for k, (phrase, _) in enumerate(_phrases(listed)):
        first = _RUN.match(phrase)
        if first is None:
            every.append(k)
        else:
            by_word.setdefault(first.group(0), []).append(k)
    return {w: tuple(ks) for w, ks in by_word.items()}, tuple(every)


def _rewritten(
    text: str,
    phrases: tuple[Rewrite, ...],
    by_first: tuple[dict[str, tuple[int, ...]], tuple[int, ...]],
) -> str:
    """``text`` with each phrase rewrite applied in turn, as a test of every phrase in
    order would, trying only the rewrites whose phrase's first word is a word of the text.

    A phrase that starts with a word character is found only where that word stands
    whole in the text (``\\b`` before it, and after it a non-word character or the
    phrase's end with ``\\b``), so the others cannot apply. A duty text of 400
    characters had its substring tested for each of the ~280 phrases (half of its
    normalising); a rewrite that changes the text has the rest looked up in the new one.
    """
    by_word, every = by_first
    after = 0  # the rewrites before this one were tried on the text as it is
    while True:
        words = set(_RUN.findall(text))
        todo = sorted({*every, *(k for w in words for k in by_word.get(w, ()))})
        for k in todo:
            if k < after:
                continue
            phrase, replacement = phrases[k]
            # The plain substring test first: cheaper than the pattern's scan.
            if phrase in text:
                new = _whole_words(phrase).sub(replacement, text)
                if new != text:
                    text, after = new, k + 1
                    break
        else:
            return text


@functools.cache
def _whole_words(phrase: str) -> re.Pattern[str]:
    """The pattern that finds ``phrase`` as whole words, compiled when a text first holds
    it (the ~400 patterns compiled up front, with one of every phrase, had cost a cold
    score ~19 ms of its ~125 ms first-use CPU; a text holds one of a few dozen)."""
    return re.compile(rf"\b{re.escape(phrase)}\b")


def expands_to_title(word: str) -> bool:
    """Whether a typed word is an abbreviation the table expands to a job of two words or
    more ("EMT", "CSR", "RN"; not "mgr", one word, nor "ops")."""
    expansion = _table()[1].get(word.casefold(), "")
    return len(expansion.split()) >= 2


@functools.cache
def shorthand_words() -> frozenset[str]:
    """Every lower-case word the table reads: seniority and grade words, abbreviations,
    and the words of its phrases ("asst", "sr", "admin", "elec"); worked out once (read
    three times a score, each scanning every phrase: 8% of a fresh score)."""
    seniority, table, phrases, typed = _table()
    words = {w for phrase, _ in (*phrases, *typed) for w in _WORD.findall(phrase)}
    return frozenset(seniority | set(table) | words | set(_whole_titles()))


def seniority_words() -> frozenset[str]:
    """The lower-case seniority and grade words ("sr", "senior", "lead", "ii")."""
    return _table()[0]


#: How long the person has done the work, typed into the title ("Roofer, 15 yrs", "Cook -
#: 10 years experience", "Home health aide (5 yrs)", "Welder 20+ yrs exp"): read as
#: title words, "yrs" and "years" had moved the match and shown as drivers.
_EXPERIENCE = re.compile(
    r"[(\[]?\s*(?:with\s+)?(?:over\s+|about\s+|almost\s+)?\d+\s*\+?\s*(?:years?|yrs?)\b\.?"
    r"(?:\s+(?:of\s+)?(?:experience|exp)\b\.?)?\s*[)\]]?",
    re.IGNORECASE,
)


def without_experience(text: str) -> str:
    """A typed title without a phrase saying for how many years the person
    has done the work; the title as typed when nothing else is left."""
    if not any(c.isdigit() for c in text):
        return text
    left = _EXPERIENCE.sub(" ", text)
    return left if _WORD.search(left) else text


def title_words(text: str, listed: bool = False) -> list[str]:
    """Lower-case words of a title: abbreviations expanded, seniority and grades dropped;
    a title O*NET lists (``listed``) without the typed titles' own rewrites.

    A title made only of seniority words ("Lead") keeps them rather than become empty.
    """
    seniority, table = _table()[:2]
    phrases = _phrases(listed)
    text = text.casefold()
    if not listed:
        text = without_experience(without_situation(text))
    if not listed and "head of " in text:
        # "Head of X" is the X manager, in the order O*NET writes managers ("Head of
        # Procurement": "procurement manager", purchasing managers 83%; read "manager
        # procurement" it had been 41%, procurement clerks 40%).
        text = _HEAD_OF.sub(r"\2 \1", text, count=1)
    if not listed and (whole := _whole_titles().get(" ".join(_WORD.findall(text)))):
        # A shorthand that is another word in running text ("DON", director of nursing;
        # "don" gloves in an aide's duty line) is read as the title only when it is the
        # whole title.
        text = whole
    # Only the rewrites whose phrase starts with a word of the text are tried (a scan
    # for any phrase at all, one pattern of ~320 alternatives, cost 7 ms to compile and
    # was slower on typed titles than the look-up by first word).
    text = _rewritten(text, phrases, _by_first_word(listed))
    words = [_without_possessive(w) for w in _WORD.findall(text.replace("\u2019", "'"))]
    kept: list[str] = []
    for word in words:
        if word in seniority:
            continue
        kept.extend(table.get(word, word).split())
    if len(kept) > 1 and kept[-1] == "of":
        # A grade word dropped after "of" leaves it dangling: "Chief of staff" is a chief
        # ("chief of" had been nearest to firefighting supervisors, 36%).
        kept.pop()
    if not listed and "of" in kept:
        kept = _work_first(kept)
    if kept and len(words) > 1 and words[-1] in TRAILING_JOBS:
        # "Warehouse lead": the last word is the job, a lead of the crew, which O*NET
        # calls a supervisor (alone, "warehouse" was read as data warehousing); an
        # "Elementary school principal" was read as "elementary school", nearest to
        # elementary school teachers (47%, the administrators 16%).
        kept.append(TRAILING_JOBS[words[-1]])
    return kept or words


#: Jobs that head named work after "of" ("Director of nursing", "Professor of history").
_HEADS_OF = frozenset({"director", "manager", "supervisor", "superintendent", "coordinator",
                       "chief", "professor"})  # fmt: skip


def _work_first(words: list[str]) -> list[str]:
    """Words of a typed "<job> of <work>" as "<work> <job>" where O*NET lists that title
    ("Nursing Director", "Security Director", "Store Manager"); otherwise as they are
    (O*NET lists no "Property Management Director", and "Dean of Students" as typed).

    Read in the typed order, the words had matched other work: "Director of nursing"
    nursing assistants (33%; medical and health services managers, who list "Nursing
    Director", 21%)."""
    at = words.index("of") if "of" in words else -1
    if at < 1 or at == len(words) - 1 or words[at - 1] not in _HEADS_OF:
        return words
    work = words[at + 1 :]
    if work[0] == "the":
        work = work[1:]
    core = [*work, words[at - 1]]
    return [*words[: at - 1], *core] if work and listed_as_typed(" ".join(core)) else words


def _without_possessive(word: str) -> str:
    """A word without its possessive "'s": "butcher's assistant" is a butcher's helper
    ("butcher's" had matched no title's "butcher", and the assistant read as executive
    secretaries, 24%), "Sheriff's" in O*NET's own titles reads alike."""
    return word[:-2] if len(word) > 3 and word.endswith("'s") else word


def typed_title_words(text: str) -> list[str]:
    """The words of a title as the person typed them (case kept), once each, without
    seniority words, grades and years of experience: the words a driver may name ("RN",
    never "registered"; "Roofer, 15 yrs" is "Roofer").
    A title of such words alone is its words, as :func:`title_words` reads it: a
    school's "Principal" is the job (its points had gone to the drivers' "items not
    listed above" with nothing listed above them)."""
    seniority = _table()[0]
    seen: dict[str, str] = {}
    every: dict[str, str] = {}
    for word in _WORD.findall(without_experience(text)):
        key = word.casefold()
        every.setdefault(key, word)
        if key not in seniority:
            seen.setdefault(key, word)
    return list((seen or every).values())


def title_keeping(text: str, words: list[str]) -> str:
    """The normalised title with only the given typed words (of :func:`typed_title_words`)
    kept, and its seniority words, which normalising drops anyway."""
    return title_keeper(text)(words)


def title_keeper(text: str) -> Callable[[list[str]], str]:
    """:func:`title_keeping` of one title for many lists of words (the title's words
    found once: the drivers try every run of a title's words)."""
    seniority = _table()[0]
    found = [(w, w.casefold()) for w in _WORD.findall(text)]
    typed = {key for _, key in found if key not in seniority}

    def keeping(words: list[str]) -> str:
        keep = {w.casefold() for w in words}
        return normalise_title(" ".join([w for w, key in found if key in keep or key not in typed]))

    return keeping


@functools.lru_cache(maxsize=65_536)
def normalise_title(text: str) -> str:
    """The normalised title as one string (cached: batches repeat titles)."""
    return " ".join(title_words(text))


@functools.lru_cache(maxsize=8_192)
def normalise_listed_title(text: str) -> str:
    """A title O*NET lists, normalised as the matcher indexes it: as a typed title, but
    without ``typed_phrases`` (see :func:`_phrases`). Cached: a cold score's title
    tables normalise the same official titles again (1,724 calls, 1,283 texts)."""
    return " ".join(title_words(text, listed=True))


def search_key(text: str) -> str:
    """The form a typed query of the fuzzy title search is compared in."""
    return normalise_title(text)


#: A bracketed abbreviation of one word in a listed title: "Psychiatric Technician (PT)".
_ABBREVIATION = re.compile(r"\s*\(\s*[^\s()]+\s*\)")


def listed_forms(text: str) -> list[str]:
    """A title O*NET lists, normalised (:func:`normalise_listed_title`), then without a
    bracketed abbreviation of one word when it has one: "Psychiatric Technician (PT)"
    is also "psychiatric technician", which the letters had hidden ("pt" reads as
    physical therapist) from a technician whose skills say psychiatry."""
    forms = [normalise_listed_title(text)]
    bare = _ABBREVIATION.sub(" ", text)
    if bare != text:
        plain = normalise_listed_title(bare)
        if plain and plain != forms[0]:
            forms.append(plain)
    return forms


def listed_search_key(text: str) -> str:
    """The form an O*NET title is searched in (:func:`normalise_listed_title`): a title
    O*NET lists is found by its own words ("Site Reliability Engineer" by "site
    reliability"), not keyed by the rewrite a typed title gets ("devops engineer")."""
    return normalise_listed_title(text)
