"""Which title a typed title is read as, when its words say more or less than one job.

Four readings ``occupation_match.title_texts`` asks before it reads a title as typed:

- **Licence letters** after a one-word job ("Therapist (LPC)"): the title they stand for.
- **A setting before a job** ("Church secretary"): the job, when O*NET lists no title
  ending with the job that holds the setting's word, and the job's listers are kinds of
  one work. Read whole, the title's cosine with every secretaries' title was alike and
  the shortest official titles came first (medical secretaries 35%, legal 34%, the
  secretaries and administrative assistants who are most secretaries 23%).
- **A field bracketed after a job** ("Lineman (telecom)"): the title it makes in front.
- **A shift before a job** ("Night guard"): the job.
"""

from __future__ import annotations

import re

import numpy as np

from career_resilience.model.occupation_match import (
    LISTED,
    MatchTables,
    title_channel,
    title_text,
)
from career_resilience.model.title_employment import named_by, one_occupation
from career_resilience.model.title_index import (
    described_workplace,
    listed,
    qualified_titles,
    title_head,
    title_qualifier,
)
from career_resilience.skills.titles import normalise_title
from career_resilience.skills.word_forms import singular

#: One word and, in brackets or after a dash, letters that stand for a title
#: ("Therapist (LPC)", "Nurse - RN").
_LICENCE = re.compile(
    r"^\s*([^\W\d_]+)\s*(?:\(\s*([^\W\d_]+)\s*\)|[-\u2013\u2014,]\s*([^\W\d_]+))\s*$"
)


def licence_title(tables: MatchTables, role: str) -> str:
    """The title that letters after a one-word title stand for, as the title channel
    reads it, when O*NET lists it and not the word before it with it: "Therapist (LPC)"
    is a licensed professional counselor; else empty.

    The letters name the licence the person works under, which says the work more
    exactly than the one word of the job: "Therapist (LPC)" had read "lpc" as its
    qualifier, whose "licensed" named O*NET's "Licensed Therapist", listed only by
    marriage and family therapists (87%)."""
    found = _LICENCE.match(role)
    if found is None:
        return ""
    letters = found.group(2) or found.group(3)
    written = normalise_title(letters)
    if len(written.split()) < 2:
        return ""  # no shorthand of a title ("Cook (prep)", "Nurse (ICU)")
    written = title_text(tables, written)
    whole = title_text(tables, normalise_title(role))
    word = title_text(tables, normalise_title(found.group(1)))
    best = title_channel(tables, [written, whole, word])[0]
    # A word O*NET lists under one occupation is the job itself, the letters a licence
    # held besides ("Firefighter (EMT)" fights fires).
    one_job = int((best[2] >= LISTED).sum()) == 1
    return written if best[0].max() >= LISTED and best[1].max() < LISTED and not one_job else ""


def job_of_setting(tables: MatchTables, title: str) -> str:
    """The job word of a two-word title O*NET does not list, when the first word is no
    word of any title O*NET lists ending with the job and the job's listers are kinds of
    one work ("Church secretary": secretary); else empty."""
    words = title.split()
    if len(words) != 2 or listed(title):
        return ""
    setting, job = words
    if any(setting in q.split() for q in qualified_titles(job)):
        return ""
    best = title_channel(tables, [job, title])[0]
    if best[1].max() >= LISTED:
        return ""
    listers = np.flatnonzero(best[0] >= LISTED)
    if len(listers) < 2 or len({tables.codes[k][:5] for k in listers}) != 1:
        return ""
    return job


#: Words that say when the work is done, not which work: "Night guard" guards.
SHIFT_WORDS = frozenset(
    {"night", "nights", "overnight", "day", "days", "evening", "evenings", "weekend"}
    | {"weekends", "graveyard", "nightshift", "dayshift"}
)


def job_of_shift(tables: MatchTables, title: str) -> str:
    """The job word of a two-word title O*NET does not list whose first word says when
    the work is done (:data:`SHIFT_WORDS`), when O*NET lists the job word and no title
    ending with it holds the shift word; else empty.

    Read whole, the shift word read as a kind of work: "Night guard" went to crossing
    guards (52%), "Overnight guard" to crossing guards and stockers, where "Guard" alone
    reads security guards (88%); "Night watchman" to freight laborers. A title O*NET
    lists with the word stays itself ("Night Auditor": hotel desk clerks)."""
    words = title.split()
    if len(words) != 2 or words[0] not in SHIFT_WORDS or listed(title):
        return ""
    shift, job = words
    if any(shift in q.split() for q in qualified_titles(job)):
        return ""
    best = title_channel(tables, [job, title])[0]
    if best[1].max() >= LISTED or best[0].max() < LISTED:
        return ""
    return job


#: Qualifier words at most that are read in front of the title (longer ones name a
#: setting or an employer's team, "Optical engineer - fiber lasers").
COMPOSED_WORDS = 2
#: Most words of a qualifier read as the work a rank alone runs ("ABC Plumbing LLC").
RANK_QUALIFIER_WORDS = 4


#: In how many of SOC's 22 major groups a job word's titles must be listed to say no
#: trade by itself ("worker" 20, "operator" 20, "helper" 14, "clerk" 17; "cook" 2,
#: "nurse" 4, "mechanic" 7).
NO_TRADE_GROUPS = 10


def _says_no_trade(tables: MatchTables, head: str) -> bool:
    """Whether a title's last word is listed at the end of titles of so many kinds of
    work (:data:`NO_TRADE_GROUPS`) that it names no trade by itself."""
    from career_resilience.model.title_kind_tables import kind_tables

    words = title_text(tables, normalise_title(head)).split()
    found = kind_tables(tables.codes).holders(words[-1]) if words else None
    if found is None:
        return False
    return len({tables.codes[k][:2] for k in found[1].tolist()}) >= NO_TRADE_GROUPS


def _rank_alone(head: str) -> bool:
    """Whether a title head is one word of charge and nothing else ("Owner", "Manager")."""
    from career_resilience.model.title_charge import RANKS

    words = normalise_title(head).split()
    return len(words) == 1 and words[0] in RANKS


#: Words of a two-word qualifier that name a kind of workplace, not a field: the other
#: word alone is the field ("telephone company": telephone). "Merchant marine" has none,
#: and "marine" alone makes another job ("Marine Engineer": naval architects).
WORKPLACE_WORDS = frozenset(
    {"company", "co", "corp", "corporation", "inc", "firm", "agency", "department", "dept"}
    | {"industry", "utility", "sector", "contractor", "shop", "office", "mill", "factory"}
)


def composed_title(tables: MatchTables, role: str) -> str:
    """The title a qualifier typed after the title makes in front of it, as the title
    channel reads it, when O*NET lists that under one occupation and not the title as
    typed: "Lineman (telecom)" is a "Telecom lineman" (a telephone lineworker), "Lineman
    (telephone company)" a "Telephone Lineman"; else empty.

    People bracket the field of a job O*NET lists under several ("Lineman": power-line
    and telecommunications line installers, electricians and three more), and the
    typed-phrase table reads "Lineman" as the power-line "Lineworker" before the bracket
    is read: "Lineman (telecom)" went to power-line installers (98%, telecommunications
    1%), though "Telecom lineman" typed so was read right (86%). A title the qualifier
    makes that several occupations list is left to the qualifier's reading in context,
    which weighs the skills and duties among them ("Engineer (railroad)" with "run coal
    trains": locomotive engineers, where "Railroad Engineer" read whole had civil
    engineers first). A qualifier of two words composes whole, or by its field word
    beside a workplace word (:data:`WORKPLACE_WORDS`).

    A rank alone before the qualifier ("Owner, small cafe", "Manager - pizza shop")
    names no work, so the qualifier of up to :data:`RANK_QUALIFIER_WORDS` words is
    read in front of it whether O*NET lists the whole or not: the title as people write
    it the other way round ("Small cafe owner")."""
    own, head = title_qualifier(role), title_head(role)
    described = described_workplace(role)
    if head and described and _says_no_trade(tables, head):
        # "Line worker at a poultry plant": the kind of workplace is the trade, read in
        # front as "Poultry plant line worker" (title_index.described_workplace); a
        # job that names its trade keeps it ("Cook at a nursing home" is a cook).
        return title_text(tables, normalise_title(f"{described} {head}"))
    words = normalise_title(own).split()
    if head and 1 <= len(words) <= RANK_QUALIFIER_WORDS and _rank_alone(head):
        # "Owner, small cafe", "Manager - pizza shop": a rank alone names no work, and
        # what follows it is the work it runs ("manager" alone had read as retail
        # supervisors, 71%; "Cafe owner" typed so was read right).
        return title_text(tables, normalise_title(f"{own} {head}"))
    if not head or not 1 <= len(words) <= COMPOSED_WORDS:
        return ""
    fields = [w for w in words if w not in WORKPLACE_WORDS] if len(words) > 1 else []
    tried = [own, *fields] if len(fields) == 1 else [own]
    whole = title_text(tables, normalise_title(role))
    texts = [title_text(tables, normalise_title(f"{w} {head}")) for w in tried]
    best = title_channel(tables, [whole, *texts])[0]
    if best[0].max() >= LISTED:
        return ""
    for text, row in zip(texts, best[1:], strict=True):
        listers = np.flatnonzero(row >= LISTED)
        if len(listers):
            return text if one_occupation(tables.codes, listers) else ""
    field = words[0] if len(words) == 1 else (fields[0] if len(fields) == 1 else "")
    return _field_in_front(tables, texts[-1], field) if field else ""


#: How much nearer the one official title holding both the field and the job must be
#: than the next such title ("Sales Representatives, Wholesale and Manufacturing,
#: Technical" and "..., Except Technical" are one name twice: 0.586 and 0.545).
FIELD_MARGIN = 0.1


def _field_in_front(tables: MatchTables, text: str, field: str) -> str:
    """``text`` (the job with its field in front, listed nowhere) when the official
    title nearest it holds the field word and the job's last word, clearly nearer than
    any other official title holding both; else empty.

    "Cutting machine operator (textiles)" is a "Textile Cutting Machine Setters,
    Operators, and Tenders" (0.785; the next textile operators 0.401): read with the
    bracket apart it had gone to cutting and slicing machine operators (66%, textile
    22%); "Teacher aide (kindergarten)" stays a teaching assistant (no official title
    holds "kindergarten" and "aide": the nearest is a teacher's)."""
    named = named_by(tables.codes)
    job = set(named.get(text.split()[-1], ()))
    both = [k for k in named.get(singular(field), ()) if k in job]
    if not both:
        return ""
    official = title_channel(tables, [text])[1][0]
    nearest = int(np.argmax(official))
    if nearest not in both:
        return ""
    others = [float(official[k]) for k in both if k != nearest]
    return text if not others or official[nearest] - max(others) >= FIELD_MARGIN else ""
