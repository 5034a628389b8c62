"""How many people hold each occupation, and which occupations a bare title word names.

Two things the title read in context (``title_context``) needs that the matcher's
combiner cannot learn, because it is fit on pseudo-profiles drawn evenly per occupation:

- **Employment** (BLS 2022, thousands) per O*NET code, the prior of Bayes' rule when
  several occupations list the title read. BLS projects 31 occupations only together
  with others under a broader SOC code ("home health aides" with personal care aides,
  31-1120), and the shared data carries no figure at that level; such an occupation
  counts as an even share of its broader code's figure where one is cited
  (``skills/bls_combined.broader_employment``: 1.39 million teaching assistants outside
  colleges, against 170 thousand in them), else as a typical one (the median employment
  of a code), not as the most held: an unknown figure that was never discounted had
  sent a bare "Mechanic" to electromechanical assemblers, ahead of 782 thousand
  automotive mechanics.
- **Occupations a word names**: a one-word title ("Guard", "Dispatcher") is what the
  holders of every "... guard" occupation may type, and O*NET names an occupation by
  its official title ("Security Guards", "Dispatchers, Except Police, Fire, and
  Ambulance"). Yet O*NET lists the bare word only under a few occupations, and not
  always the ones most people hold (it lists "Guard" under crossing guards and
  correctional officers, not under the 1.2 million security guards). So the occupations
  whose official title holds the word join those that list it.
"""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Iterator

import numpy as np

from career_resilience.skills.bls_combined import combined_employment
from career_resilience.skills.titles import normalise_listed_title


@functools.lru_cache(maxsize=4)
def employment(codes: tuple[str, ...]) -> np.ndarray:
    """BLS 2022 employment per occupation (thousands); where BLS gives none, an even
    share of a cited figure of the broader code it is projected under, else the median
    over the codes that have one (a typical occupation: unknown is not "the most held").

    BLS counts a SOC code once. Where O*NET details specialties under the SOC's own
    code (critical care nurses under 29-1141.00 Registered Nurses), every holder holds
    the parent occupation, which keeps the whole figure, and each specialty counts as one
    even share of it; other codes sharing a SOC share it evenly. The parent's fifth of
    the 3.2 million registered nurses had been fewer than the 0.66 million licensed
    practical nurses, and a bare "Nurse" went to them."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    per_soc: dict[str, int] = {}
    for code in codes:
        if code in table:
            per_soc[table[code].soc] = per_soc.get(table[code].soc, 0) + 1
    parent, _shares = specialties(codes)
    parents = set(parent[parent >= 0].tolist())
    out = np.full(len(codes), np.nan)
    for k, code in enumerate(codes):
        occ = table.get(code)
        if occ is not None and occ.bls_employment_2022_k:
            whole = k in parents
            out[k] = occ.bls_employment_2022_k / (1 if whole else per_soc[occ.soc])
    known = np.isfinite(out)
    if known.any():
        out[~known] = _median(out[known])
    for k, code in enumerate(codes):
        if not known[k] and (share := combined_employment(code)) is not None:
            out[k] = share
    return out


@functools.lru_cache(maxsize=4)
def specialties(codes: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Per occupation that O*NET details under a SOC code with a code of its own
    (29-1141.01-.04 under 29-1141.00 Registered Nurses), the column of that parent code
    and how many codes share the SOC's figure; -1 and 1 for every other occupation.

    Every holder of the SOC holds the parent occupation; a specialty holds only its
    part of them, whose size BLS does not give. So, among the occupations a title
    names, a specialty counts as one even share of its parent's holders (a "Nurse" is
    most likely a registered nurse, a critical care nurse when something says so)."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    column = {code: k for k, code in enumerate(codes)}
    per_soc: dict[str, int] = {}
    for code in codes:
        if code in table:
            per_soc[table[code].soc] = per_soc.get(table[code].soc, 0) + 1
    parent = np.full(len(codes), -1, dtype=np.int64)
    shares = np.ones(len(codes))
    for k, code in enumerate(codes):
        occ = table.get(code)
        own = f"{code.split('.')[0]}.00"
        if occ is not None and code != own and own in column:
            parent[k] = column[own]
            shares[k] = per_soc[occ.soc]
    return parent, shares


def one_occupation(codes: tuple[str, ...], rows: np.ndarray) -> bool:
    """Whether ``rows`` (indices into ``codes``, some) are one occupation as BLS counts
    it: one SOC code's parent and its specialties."""
    if len(rows) <= 1:
        return bool(len(rows))
    if len({codes[o][:7] for o in rows.tolist()}) > 1:
        return False  # two SOC codes (a parent and its specialties share the first 7)
    parent = specialties(codes)[0]
    return len({int(parent[o]) if parent[o] >= 0 else int(o) for o in rows}) == 1


def _median(values: np.ndarray) -> float:
    """``np.median`` of a few finite floats (the same float: the middle one, or the mean
    of the middle two), without its first call importing ``numpy.ma`` (6 ms of a cold
    start's CPU)."""
    ordered = np.sort(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return float((ordered[middle - 1] + ordered[middle]) / 2)


def _forms(word: str) -> tuple[str, ...]:
    """A word of an official title and its singular ("guards" -> "guard", "coaches"
    -> "coach", "secretaries" -> "secretary"): official titles are plural, typed titles
    singular. (Without the "ies" form a typed "Secretary" had named no "Secretaries and
    Administrative Assistants, Except ..." occupation.)"""
    forms = [word]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
        if word.endswith("es"):
            forms.append(word[:-2])
        if word.endswith("ies"):
            forms.append(word[:-3] + "y")
    return tuple(forms)


#: Where an official title stops naming its holders: "First-Line Supervisors of
#: Mechanics, ..." names supervisors, "Dispatchers, Except Police, ..." no police.
_NOT_HOLDERS = re.compile(r"\s(?:of|for|in|except)\s.*$|,\s*except\s.*$", re.IGNORECASE)


def _official_titles(codes: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """Each occupation column of ``codes`` with its O*NET official title (a code the
    occupation table does not hold is left out): what the title tables below index."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    for k, code in enumerate(codes):
        occ = table.get(code)
        if occ is not None:
            yield k, occ.title


@functools.lru_cache(maxsize=4)
def named_by(codes: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Per word of an official title that names its holders (normalised, and its
    singular), the occupations (column numbers) whose official title holds it."""
    out: dict[str, set[int]] = {}
    for k, title in _official_titles(codes):
        for word in normalise_listed_title(_NOT_HOLDERS.sub("", title)).split():
            for form in _forms(word):
                out.setdefault(form, set()).add(k)
    return {word: tuple(sorted(ks)) for word, ks in out.items()}


@functools.lru_cache(maxsize=4)
def headed_by(codes: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Per title of two or more words that heads an official title before its comma
    ("teaching assistant" of "Teaching Assistants, Postsecondary"), as written and
    singular, the occupations (column numbers) so headed.

    O*NET names an occupation "Holders, Qualifier": every "Teaching Assistants, ..." is
    a teaching assistant, yet O*NET lists the bare "Teaching Assistant" only under the
    postsecondary ones (as "Teaching Assistant (TA)"), whom 170 thousand of the 1.56
    million teaching assistants are. One-word heads ("Cooks, Restaurant") are
    ``named_by``'s."""
    out: dict[str, set[int]] = {}
    for k, title in _official_titles(codes):
        if "," not in title:
            continue
        words = normalise_listed_title(title.split(",")[0]).split()
        if len(words) < 2:
            continue
        for form in _forms(words[-1]):
            out.setdefault(" ".join([*words[:-1], form]), set()).add(k)
    return {title: tuple(sorted(ks)) for title, ks in out.items()}


#: Official titles naming their holders whole but for a clause: "Architects, Except
#: Landscape and Naval", "Switchboard Operators, Including Answering Service".
_HOLDERS_CLAUSE = re.compile(r"^([^,]+),\s*(?:except|including)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def called_by(code: str) -> frozenset[str]:
    """The single words an occupation's official title calls it by alone, in their
    forms (``_forms``): a one-word name or a one-word part between its commas
    ("pathologist" of "Physicians, Pathologists"; "economist" of "Economists")."""
    from career_resilience.skills.occupations import occupation_table

    found = occupation_table().get(code)
    # "Engineers, All Other" are the rest of the engineers, not whom the word calls.
    if found is None or found.title.endswith("All Other"):
        return frozenset()
    parts = (normalise_listed_title(part).split() for part in found.title.split(","))
    return frozenset(form for words in parts if len(words) == 1 for form in _forms(words[0]))


@functools.lru_cache(maxsize=4)
def namesakes(codes: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Per title that is an occupation's official title but for an "Except ..." or
    "Including ..." clause ("architect" of "Architects, Except Landscape and Naval"), as
    written and singular, the occupations (column numbers) it names.

    The clause says who else is or is not counted; the name before it is the title the
    holders have. Yet the official title's cosine with the typed "Architect" (0.6) was
    no nearer than "Computer Network Architects"' (0.6), and those, more held, came
    first (46%, architects 30%). An official title listing kinds of its holders names
    each kind's holders too (``_list_names``: "substance abuse counselor" of
    "Substance Abuse and Behavioral Disorder Counselors")."""
    out: dict[str, set[int]] = {}
    for k, title in _official_titles(codes):
        found = _HOLDERS_CLAUSE.match(title)
        # "..., All Other" is the rest of the holders, not whom the name names.
        every = [found.group(1), *_holders(found.group(1))] if found else _list_names(title)
        for name in every[:1] if title.endswith("All Other") else every:
            words = normalise_listed_title(name).split()
            for form in _forms(words[-1]) if words else ():
                out.setdefault(" ".join([*words[:-1], form]), set()).add(k)
    return {title: tuple(sorted(ks)) for title, ks in out.items()}


def _holders(name: str) -> list[str]:
    """The holders a name before an "Except ..." clause lists, when it joins two groups
    that are each holders ("Secretaries and Administrative Assistants": "Secretaries",
    "Administrative Assistants"; "Engineering Technologists and Technicians": the
    engineering ones of both); else the kinds of one holder it lists (``_list_names``).

    The name says whom the occupation counts; each group is typed alone: "Admin
    assistant" with duties had gone to executive secretaries and executive administrative
    assistants (69%), whose official title was nearer than "Secretaries and
    Administrative Assistants, Except Legal, Medical, and Executive" (19%), the 2 million
    whose title it is."""
    parts = _LAST_AND.split(name)
    if len(parts) != 2 or "," in name:
        return []
    first, second = parts[0].split(), parts[1].split()
    if not first or not second or not _plural(first[-1]) or not _plural(second[-1]):
        return _list_names(name)
    # One word after "and" shares the first group's words before its noun.
    return [" ".join(first), " ".join([*first[:-1], *second] if len(second) == 1 else second)]


#: The last "and" of an official title listing kinds of one holder ("Substance Abuse and
#: Behavioral Disorder Counselors", "Property, Real Estate, and Community Association
#: Managers").
_LAST_AND = re.compile(r",?\s+and\s+")
#: Words of a last kind that are no kind ("Engine and Other Machine Assemblers").
_NO_KIND = re.compile(r"\b(?:other|related|of|as|a)\b|--", re.IGNORECASE)


def _list_names(title: str) -> list[str]:
    """The holders an official title of the shape "A, B, and C Xs" names by each kind:
    "A Xs", "B Xs", X the last kind's words after as many as the longest other kind
    has ("Mental Health and Substance Abuse Social Workers": "Mental Health Social
    Workers"; "Medical and Clinical Laboratory Technologists": "Medical Laboratory
    Technologists"). None when a kind ends with a plural, a holder of its own
    ("Farmers, Ranchers, and Other Agricultural Managers": no farmer is a "farmers
    manager"), or the title says "and" twice ("Cement Masons and Concrete Finishers"
    is one of those too: "Masons" is plural)."""
    name = _CLAUSE.sub("", title)
    parts = _LAST_AND.split(name)
    # A group after a comma ("..., Postsecondary") is not the kinds' holder.
    if len(parts) != 2 or "," in parts[1] or _NO_KIND.search(name):
        return []
    kinds = [kind.strip() for kind in parts[0].split(",")]
    last = parts[1].split()
    if any(not kind or _plural(kind.split()[-1]) for kind in kinds):
        return []
    size = max(1, len(last) - max(len(kind.split()) for kind in kinds))
    return [f"{kind} {' '.join(last[-size:])}" for kind in kinds]


def _plural(word: str) -> bool:
    """Whether a word of an official title is a plural noun ("Farmers", not "Abuse")."""
    return len(_forms(word.casefold())) > 1 and word.casefold() not in _NOT_PLURAL


#: Words ending like plurals that name a kind of work, not its holders.
_NOT_PLURAL = frozenset({"business", "services", "systems", "sales", "claims", "products"})


#: An official title's last comma part that narrows its holders to a group ("History
#: Teachers, Postsecondary", "Bus Drivers, School"), not a list's last item ("Plumbers,
#: Pipefitters, and Steamfitters") nor a clause ("Dispatchers, Except Police, ...").
_NARROWED = re.compile(r"^(?P<holders>.*\w+s),\s*(?!\s|and\s|or\s)(?P<group>[^,]+)$")


#: The clause an official title ends with ("..., Except Police, Fire, and Ambulance").
_CLAUSE = re.compile(r",\s*(?:except|including)\s.*$", re.IGNORECASE)


#: How many official titles a word narrows to a group for it to name a setting.
SETTING = 10


@functools.lru_cache(maxsize=4)
def narrowed_to(codes: tuple[str, ...]) -> dict[int, frozenset[str]]:
    """Per occupation (column number) whose official title narrows its holders to a
    group after a comma, in a setting O*NET splits several titles by ("History
    Teachers, Postsecondary": a teacher of history at a college), the group's words,
    normalised; the title's "Except ..." clause aside.

    O*NET names such an occupation by the title most people in the group have and the
    group; a typed title holding none of the group's words names the title, not the
    group (``title_ties.unnamed_ties``)."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    groups: dict[int, list[str]] = {}
    for k, code in enumerate(codes):
        occ = table.get(code)
        found = _NARROWED.match(_CLAUSE.sub("", occ.title)) if occ is not None else None
        if found is not None:
            groups[k] = [w for w in normalise_listed_title(found.group("group")).split()]
    # A setting O*NET splits many titles' holders by ("Postsecondary" 38 times, "Metal
    # and Plastic" 17), not one occupation's own descriptor ("Substitute Teachers,
    # Short-Term": a substitute teacher is one, whoever else lists the title; "Derrick
    # Operators, Oil and Gas"), nor the rest O*NET holds apart ("..., All Other").
    settings = collections.Counter(w for words in groups.values() for w in set(words))
    return {
        # Singular too: "Fraud Examiners, Investigators and Analysts" lists holders.
        k: frozenset(form for word in words if word != "and" for form in _forms(word))
        for k, words in groups.items()
        if any(settings[w] >= SETTING for w in words if w != "and") and words != ["all", "other"]
    }
