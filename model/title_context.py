"""A title many occupations list, read with what the profile says and how many hold each.

"Driver", "Teacher", "Cook": O*NET lists such a title under several occupations, so the
title channel rates each of them a perfect match and something else has to choose.
Three things the matcher's combiner cannot see choose here, on the channel features of a
profile before the softmax (so the drivers, the interval and the pivots all read the
same match):

- **The profile names the kind.** When a skill or a duty line holds, as consecutive
  words, the qualifier of a listed title that ends with the typed title ("school bus"
  for "School Bus Driver", "5th grade" read as "elementary school" for "Elementary
  School Teacher"), the title is read as that listed title. Plural nouns are read
  singular too ("process invoices" names an "Invoice Clerk"). The longest such
  qualifier wins: "school bus driver" over "bus driver"; among equally long ones, the
  one more lines name. The duty lines alone could not do it: the combiner weighs them
  against titles and tasks, and a perfect title match for "Driver" outweighed "drive
  the school bus route" (driver/sales workers came first).
- **A bare word names occupations O*NET does not list it under.** A title of one word
  and nothing else ("Guard") is read as listed by every occupation whose official title
  holds the word ("Security Guards"), not only by those that list it (O*NET lists
  "Guard" under crossing guards and correctional officers).
- **How many people hold each.** Among the occupations that list the title read, the
  rarer ones are discounted by their share of BLS employment (``title_employment``):
  of the people who call themselves "Teacher" with nothing else said, far more teach
  school than law. Bayes' rule with the employment as the prior, applied only to an
  exact tie, and only where nothing else tells the tied occupations apart: a title
  alone, or a title the skills or duties qualified ("forklift" names a "Forklift
  Operator", which O*NET lists under three occupations, one of them continuous mining
  machine operators). The combiner's own employment prior is fit on pseudo-profiles
  drawn evenly per occupation, where employment says nothing, so it cannot learn this.
  BLS counts a SOC code once; where O*NET details specialties under its own code
  (critical care nurses under registered nurses), a specialty tied with its parent
  counts as one even share of the parent's holders, unless the title typed is the
  specialty's official title: "Nurse" is a registered nurse, "Biologist" a biologist.
  That holds whatever else is typed, so ties that are all one SOC's parent and its
  specialties are weighed so also with skills or duties ("Nurse" with "Epic").

The discount goes into the title features (the cosine of the best title, and its
square), solved so the logit falls by exactly the log of the employment ratio: the
drivers then credit it to the title, which is what caused it.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from career_resilience.model.occupation_match import (
    MatchTables,
    title_channel,
    title_qualifier,
    title_texts,
)
from career_resilience.model.title_employment import (
    employment,
    headed_by,
    named_by,
    specialties,
)
from career_resilience.model.title_kind import one_occupation, read_kind
from career_resilience.skills.titles import listed_as_typed, listed_forms, normalise_title

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
#: How many occupations' official titles a word O*NET never lists alone must name ("Manager").
MANY_NAMED = 20
#: Heads whose listed qualified titles are remembered (a workforce repeats titles).
HEADS_KEPT = 512
#: Longer titles say their kind themselves ("school bus driver").
SHORT_TITLE_WORDS = 3
#: Qualifiers of more words are not looked for ("day haul charter" is three).
MAX_QUALIFIER_WORDS = 4
#: Listed titles by last word, built by ``tools/build_title_qualifiers.py``.
QUALIFIERS_FILE = Path(__file__).with_name("title_qualifiers.csv")

_SPLIT = re.compile(r"[;\n]")


def read_in_context(
    tables: MatchTables, rows: Sequence[tuple[str, str, str]], feats: np.ndarray
) -> np.ndarray:
    """The channel features (profiles, occupations, F) with a short title read in the
    profile's context, a bare one-word title read as every occupation it names, and
    exact ties weighed by employment; changed in place."""
    for f, (role, skills, duties) in zip(feats, rows, strict=True):
        # The title's own qualifier is context too ("Optical engineer - fiber lasers").
        own = title_qualifier(role)
        if skills or duties:
            qualified = _qualify(tables, f, role, f"{skills}\n{duties}\n{own}")
            # A one-word title takes its kind of work from the skills ("Engineer" with
            # Java is software work): after the qualifier, whose listed title it keeps
            # when that is of the kind.
            if not (read_kind(tables, f, role, skills, duties, qualified) or qualified):
                _weigh_specialties(tables, f)
                continue
        elif not (own and _qualify(tables, f, role, own)):
            _name_kinds(tables, f, role)
        ties = np.flatnonzero(f[:, _MAX] >= EXACT)
        if len(ties) >= 2:
            _level_official(tables, f, ties, role)
            _weigh_by_employment(tables, f, ties)
    return feats


def _name_kinds(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """A title of one word alone ("Guard") matches, as if listed, every occupation whose
    official title holds it ("Security Guards", "Crossing Guards and Flaggers"); a title
    of more words, every occupation whose official title it heads before the comma
    ("Teaching assistant": "Teaching Assistants, Preschool, ...", "..., Special
    Education" and "..., Postsecondary")."""
    head = title_texts(tables, role)[0]
    if not head:
        return
    if " " in head:  # O*NET's naming, listed or not ("Preschool Teachers, Except ...")
        _join(f, headed_by(tables.codes).get(head))
        return
    if not (f[:, _MAX] >= EXACT).any():
        # A word O*NET never lists alone is no title by itself ("Coordinator"), unless
        # it names the holders of many occupations ("Manager": 3.5 million general and
        # operations managers, whom the employment weighs first).
        named = named_by(tables.codes).get(head, ())
        if len(named) >= MANY_NAMED:
            _join(f, named)
        return
    if listed_as_typed(role):
        # One word left of a listed title once its seniority-looking word was dropped
        # ("School Principal" -> "school"): the title is not bare, it is listed as typed,
        # and the occupations listing it are the ones it names (not every "... School
        # Teachers" and "Bus Drivers, School").
        return
    _join(f, named_by(tables.codes).get(head))


def _join(f: np.ndarray, rows: tuple[int, ...] | None) -> None:
    """The occupations ``rows`` match the title as if they listed it."""
    if rows:
        at = np.asarray(rows)
        f[at, _MAX] = np.maximum(f[at, _MAX], 1.0)
        f[at, _MAX_SQ] = f[at, _MAX] ** 2


def _qualify(tables: MatchTables, f: np.ndarray, role: str, context: str) -> bool:
    """Read the title as the listed title whose qualifier the skills or duties hold;
    whether one was found."""
    head = title_texts(tables, role)[-1]  # without the employer's qualifier
    if not head or len(head.split()) > SHORT_TITLE_WORDS:
        return False
    listed = _qualified_titles(head)
    if not listed:
        return False
    found: dict[str, tuple[int, int]] = {}  # listed title: (qualifier words, lines)
    for phrase in _SPLIT.split(context):
        if not phrase.strip():
            continue
        words = normalise_title(phrase).split()
        seen: dict[str, int] = {}
        # Every run of up to four words of the line, as typed, with plural nouns
        # singular ("process invoices" holds "invoice" of "Invoice Clerk") and with a
        # field named as its practitioner or adjective ("dermatology" holds
        # "dermatologist" of "Dermatologist Physician").
        for run in {tuple(words), tuple(_singular(w) for w in words), *_field_forms(words)}:
            for size in range(1, min(MAX_QUALIFIER_WORDS, len(run)) + 1):
                for start in range(len(run) - size + 1):
                    for title in listed.get(" ".join(run[start : start + size]), ()):
                        seen[title] = max(seen.get(title, 0), size)
        for title, size in seen.items():
            words_before, lines = found.get(title, (0, 0))
            found[title] = (max(words_before, size), lines + 1)
    if not found:
        return False
    # The longest qualifier wins; among equally long ones, the one more lines name.
    best_key = max(found.values())
    texts = sorted(t for t, key in found.items() if key == best_key)
    best, official = title_channel(tables, texts)
    # Each listed title read is matched exactly by the occupations listing it: a form
    # without its bracketed letters ("patient care assistant" of "Patient Care
    # Assistant (PCA)", ``listed_forms``) is nearest to them, below 1 only by the letters.
    each = best >= best.max(axis=1, keepdims=True) - 1e-6
    # The skills or duties say which of the title's holders the person is; they do not
    # make another occupation more like the title typed. "Server" with "food safety",
    # read as "Food Server", had gone from waiters (the one occupation listing
    # "Server") to fast-food and food-preparation workers, who list "Food Server" too
    # and hold "food" in their official titles. A title O*NET lists under one
    # occupation (or one SOC code's parent and specialties) names that work, as
    # ``title_kind`` reads such a word: each title read narrows to it when it names it
    # (a "Flight Attendant" names no "Attendant" lister and stands; "Clerk", listed
    # under many, is not narrowed to file clerks by "Medical Records Clerk"). Every
    # occupation not read as a lister keeps the lower of its two readings.
    typed = f[:, _MAX] >= EXACT
    listers = each.any(axis=0)
    if one_occupation(tables, np.flatnonzero(typed)):
        narrowed = each & typed
        listers = np.where(narrowed.any(axis=1, keepdims=True), narrowed, each).any(axis=0)
    best_of, official_of = best.max(axis=0), official.max(axis=0)
    np.minimum(f[:, _MAX], best_of, out=f[:, _MAX])
    np.minimum(f[:, _OFFICIAL], official_of, out=f[:, _OFFICIAL])
    f[listers, _MAX] = 1.0
    f[listers, _OFFICIAL] = official_of[listers]
    f[:, _MAX_SQ] = f[:, _MAX] ** 2
    return True


#: A field's ending and the endings of its practitioner and its adjective:
#: "cardiology" cardiologist, "psychiatry" psychiatrist and psychiatric. O*NET
#: qualifies titles by any of them ("Cardiology Physician", "Dermatologist Physician",
#: "Psychiatric Nurse"); people type the field.
_FIELD_FORMS = (("ology", ("ologist", "ological")), ("iatry", ("iatrist", "iatric")))


def _field_forms(words: list[str]) -> list[tuple[str, ...]]:
    """The words with each field word named as its practitioner, then as its adjective
    ("dermatology" -> "dermatologist", "dermatological"); empty when none is a field."""
    out = []
    for k in range(2):
        named = []
        for word in words:
            for field, forms in _FIELD_FORMS:
                if word.endswith(field) and len(word) > len(field) + 1:
                    word = word[: -len(field)] + forms[k]
                    break
            named.append(word)
        if named != words:
            out.append(tuple(named))
    return out


def _singular(word: str) -> str:
    """A plural noun's singular, roughly ("invoices" -> "invoice", "class" stays)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=HEADS_KEPT)
def _qualified_titles(head: str) -> dict[str, tuple[str, ...]]:
    """The listed O*NET titles that are ``head`` with words in front of it, by those
    words, all normalised ({"school bus": ("school bus driver",)} for "driver"). The
    index holds each title's words in reverse order, so those ending with ``head`` are
    one sorted run, found by bisection."""
    lines = _index()
    prefix = " ".join(reversed(head.split())) + " "
    out: dict[str, list[str]] = {}
    # By index from the run's start: islice would step through every line before it
    # (40k lines: up to half a millisecond a head before the first line is read).
    for at in range(bisect.bisect_left(lines, prefix), len(lines)):
        line = lines[at]
        if not line.startswith(prefix):
            break
        qualifier = " ".join(reversed(line[len(prefix) :].split()))
        if len(qualifier.split()) <= MAX_QUALIFIER_WORDS:
            out.setdefault(qualifier, []).append(f"{qualifier} {head}")
    return {q: tuple(titles) for q, titles in out.items()}


def listed(normalised: str) -> bool:
    """Whether an O*NET title of two words or more reads exactly ``normalised`` (a title
    through ``normalise_title``): "line cook", "elementary school teacher"."""
    lines = _index()
    key = " ".join(reversed(normalised.split()))
    at = bisect.bisect_left(lines, key)
    return at < len(lines) and lines[at] == key


@functools.lru_cache(maxsize=HEADS_KEPT * 8)
def ends_a_listed_title(word: str) -> bool:
    """Whether an O*NET title of two words or more ends with ``word`` (normalised): a
    run of words whose last word none ends with is no listed title, whatever comes first
    (the drivers try the plural forms of every run of a title's words)."""
    lines = _index()
    at = bisect.bisect_left(lines, word + " ")
    return at < len(lines) and lines[at].startswith(word + " ")


@functools.cache
def _index() -> list[str]:
    """The shipped index: each listed title's words in reverse order, sorted (plain
    text: splitting 40k lines costs a few milliseconds, parsing JSON a tenth of a
    second)."""
    return QUALIFIERS_FILE.read_text(encoding="utf-8").splitlines()


def compute_index(titles: Iterable[str]) -> list[str]:
    """Listed titles of two words or more, normalised as the title channel reads a
    typed title, each with its words in reverse order, sorted
    (``tools/build_title_qualifiers.py``)."""
    out: set[str] = set()
    for title in titles:
        for form in listed_forms(title):
            words = form.split()
            if len(words) >= 2:
                out.add(" ".join(reversed(words)))
    return sorted(out)


def _weigh_specialties(tables: MatchTables, f: np.ndarray) -> None:
    """With skills or duties that read the title no other way, weigh exact ties only
    when they are one SOC code's parent and its specialties ("Nurse" with "Epic;
    teamwork"): a specialty is a share of its parent's holders whatever else is typed,
    and lowering it then moves its mass to the parent alone. Ties across SOC codes stay
    as the combiner reads them (its prior is even per occupation, and what the person
    typed tells them apart better than employment: all fields 79.9% -> 78.5% first)."""
    ties = np.flatnonzero(f[:, _MAX] >= EXACT)
    if len(ties) < 2:
        return
    parent, _shares = specialties(tables.codes)
    roots = {int(parent[o]) if parent[o] >= 0 else int(o) for o in ties}
    if len(roots) == 1:
        _weigh_by_employment(tables, f, ties, within_soc=True)


def _weigh_by_employment(
    tables: MatchTables, f: np.ndarray, ties: np.ndarray, within_soc: bool = False
) -> None:
    """Lower each tied occupation's title logit by the log of its employment against
    the most employed one's (an unknown figure counts as a typical occupation's), but
    never below the best title logit of an occupation the title does not match exactly:
    employment orders the exact matches, it does not hand the title to an inexact one
    ("Staff engineer" with a "system design" skill, read as "system engineer", had gone to
    solar energy systems engineers, whose official title is near, once the computer
    systems engineers who list it were discounted against software developers)."""
    # A specialty tied with its own parent code is one share of the parent's holders,
    # not a peer of it ("Nurse" is listed under registered nurses and all four of their
    # specialties), unless the title typed is its official title ("Biologist" names
    # Biologists, a specialty of biological scientists, all other). ``employment``
    # already counts a specialty as a share and its parent whole.
    parent, shares = specialties(tables.codes)
    tied = np.zeros(len(f), dtype=bool)
    tied[ties] = True
    under = parent[ties]
    with_parent = (under >= 0) & tied[np.maximum(under, 0)]
    named = f[ties, _OFFICIAL] >= EXACT
    if within_soc:
        jobs = np.where(with_parent & ~named, 1.0 / shares[ties], 1.0)
    else:
        jobs = employment(tables.codes)[ties]
        jobs = np.where(with_parent & named, jobs * shares[ties], jobs)
    w = tables.weights
    a, b, t = float(w[_MAX]), float(w[_MAX_SQ]), float(tables.temperature)
    top = float(jobs.max())
    others = np.ones(len(f), dtype=bool)
    others[ties] = False
    near = f[others, _MAX].astype(np.float64)
    floor = float((a * near + b * near * near).max()) if len(near) else -math.inf
    for o, n in zip(ties.tolist(), jobs.tolist(), strict=True):
        drop = math.log(top / n)
        if drop <= 0.0:
            continue
        x = float(f[o, _MAX])
        # The title's logit part, times T; a hair above the floor keeps the order.
        target = max(a * x + b * x * x - drop * t, floor + 1e-3)
        new = _solve(a, b, target, x)
        if new is not None:
            f[o, _MAX] = new
            f[o, _MAX_SQ] = new * new


def _level_official(tables: MatchTables, f: np.ndarray, ties: np.ndarray, role: str) -> None:
    """Among the occupations tied on the typed title whose official titles each hold
    every word of it, give each the best official-title cosine of them, unless the
    title typed is one's official title.

    Each lists the title typed and names its holders with all its words; how near each
    official name is then says only how many other words it has: "Truck driver" is
    nearer "Light Truck Drivers" than "Heavy and Tractor-Trailer Truck Drivers", and
    that nearness outweighed the heavy drivers' larger share of the people (light 61%,
    heavy 36%). Employment orders them next (``_weigh_by_employment``).
    """
    official = f[ties, _OFFICIAL]
    if official.max() >= EXACT:
        return
    named = named_by(tables.codes)
    holding = np.ones(len(ties), dtype=bool)
    for word in title_texts(tables, role)[-1].split():
        holding &= np.isin(ties, named.get(word, ()))
    if holding.sum() >= 2:
        f[ties[holding], _OFFICIAL] = official[holding].max()


def _solve(a: float, b: float, target: float, x: float) -> float | None:
    """The cosine ``y`` below ``x`` with ``a*y + b*y*y == target``, on the rising side of
    the parabola; None if there is none (a combiner where the title does not rise)."""
    if abs(b) < 1e-12:
        y = target / a if a > 0 else None
    else:
        disc = a * a + 4 * b * target
        if disc < 0:
            return None
        y = (-a + math.sqrt(disc)) / (2 * b)
    if y is None or not (a + 2 * b * y > 0 and y <= x):
        return None
    return max(y, 0.0)
