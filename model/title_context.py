"""A title many occupations list, read with what the profile says and how many hold each.

"Driver", "Teacher", "Cook": O*NET lists such a title under several occupations, so the
title channel rates each of them a perfect match and something else has to choose.
Four things the matcher's combiner cannot see choose here, on the channel features of a
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
  machine operators). A title typed alone is weighed also by how often each
  occupation's listed titles end with it (``title_endings``), the likelihood. The
  combiner's own employment prior is fit on pseudo-profiles drawn evenly per
  occupation, where employment says nothing, so it cannot learn this.
  BLS counts a SOC code once; where O*NET details specialties under its own code
  (critical care nurses under registered nurses), a specialty tied with its parent
  counts as one even share of the parent's holders, unless the title typed is the
  specialty's official title: "Nurse" is a registered nurse, "Biologist" a biologist.
  That holds whatever else is typed, so ties that are all one SOC's parent and its
  specialties are weighed so also with skills or duties ("Nurse" with "Epic").
  Ties across SOC codes are weighed with skills or duties by the likelihood alone:
  how often each occupation's titles end with the typed title is evidence from the
  title itself, which skills and duties do not replace (``weigh_specialties``).

- **The name O*NET gives the work.** A typed title that is an occupation's official
  title but for an "Except ..." clause ("Architect": "Architects, Except Landscape and
  Naval") is read as typed official title (``title_employment.namesakes``). Among the
  occupations listing a title typed alone, those whose official title does not hold
  every word of it go after those whose official title does ("Software Tester" is
  listed under software developers too), whatever their employment
  (``title_ties.unnamed_ties``).

The discount goes into the title features (the cosine of the best title, and its
square), solved so the logit falls by exactly the log of the employment ratio: the
drivers then credit it to the title, which is what caused it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np

from career_resilience.model.occupation_match import (
    SKILL_COLUMNS,
    MatchTables,
    title_channel,
    title_qualifier,
    title_texts,
)
from career_resilience.model.title_charge import charge_behind
from career_resilience.model.title_employment import (
    called_by,
    headed_by,
    named_by,
    namesakes,
    one_occupation,
)
from career_resilience.model.title_excepted import excepted_weights, share_name
from career_resilience.model.title_index import SAID_ALIKE, listed
from career_resilience.model.title_kind import read_kind
from career_resilience.model.title_last_word import other_kinds_behind, others_named_behind
from career_resilience.model.title_manager import read_as_manager
from career_resilience.model.title_modifier import read_modifier_kind
from career_resilience.model.title_own_skill import read_own_skill
from career_resilience.model.title_qualify import qualify
from career_resilience.model.title_rank import managers_behind
from career_resilience.model.title_specialty import Heard, behind_in_ties
from career_resilience.model.title_supervisor import join as _join
from career_resilience.model.title_supervisor import read_as_foreman, read_as_supervisor
from career_resilience.model.title_teaching import read_as_teaching
from career_resilience.model.title_ties import (
    catch_all_as_named,
    level_official,
    unnamed_ties,
    weigh_by_employment,
    weigh_specialties,
)
from career_resilience.skills.listed_titles import listed_as_typed

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
#: How many occupations' official titles a word O*NET never lists alone must name ("Manager").
MANY_NAMED = 20
#: Last words of a title O*NET uses alike for one work: 19 of the 27 titles it lists both
#: as "... Agent" and "... Representative" share an occupation, 12 list every "Agent"
#: occupation under "Representative" too ("Insurance Agent", "Call Center Agent").
ALIKE = {"agent": "representative"}


def read_in_context(
    tables: MatchTables,
    rows: Sequence[tuple[str, str, str]],
    feats: np.ndarray,
    heard: Heard | None = None,
) -> np.ndarray:
    """The channel features (profiles, occupations, F) with a short title read in the
    profile's context, a bare one-word title read as every occupation it names, and
    exact ties weighed by employment; changed in place.

    ``heard``, when given, gets a check from each rule whose outcome hung on what the
    skills and duty lines say (more than whether there are any), ``title_specialty.Heard``:
    a row with items left out (some left) that every check passes reads the same, so
    ``driver_variants.TitleReads`` need not read it again."""
    for f, (role, skills, duties) in zip(feats, rows, strict=True):
        qualified = False
        # Listed as typed (before any rule below reads it as listed elsewhere): another
        # occupation's official name is no evidence against O*NET's listing.
        others_named_behind(tables, f, role)
        other_kinds_behind(tables, f, role)
        _read_alike(tables, f, role)
        _read_said_alike(tables, f, role)
        read_as_supervisor(tables, f, role)
        read_as_foreman(tables, f, role)
        read_as_manager(tables, f, role)
        _name_official(tables, f, role)
        # An unlisted worker's title is no manager's for its front words ("Theme park
        # ride operator" is nearer "Theme Park Manager" than "Ride Operator").
        charge_behind(tables, f, role)
        if skills:
            share_name(tables, f, title_texts(tables, role)[-1], skills)
        # The title's own qualifier is context too ("Optical engineer - fiber lasers").
        own = title_qualifier(role)
        if own:
            _own_title(tables, f, own)
            _own_words(tables, f, own)
        if skills or duties:
            # A teacher's skills name what is taught ("Pottery instructor" with pottery).
            read_as_teaching(tables, f, role)
            qualified = qualify(tables, f, role, skills, duties, own, heard)
            # A one-word title takes its kind of work from the skills ("Engineer" with
            # Java is software work): after the qualifier, whose listed title it keeps
            # when that is of the kind.
            if not (
                read_kind(tables, f, role, skills, duties, qualified, heard)
                or qualified
                or read_modifier_kind(tables, f, role, skills, duties, heard)
                or read_own_skill(tables, f, role, skills, duties, heard)
                or _name_heads(tables, f, role)
            ):
                managers_behind(tables, f, role)
                _behind(tables, f, role, skills, duties, heard)
                # Official titles each holding the typed words are no nearer by fewer
                # other words, whatever else is typed ("Environmental technician" with
                # "collect water samples": engineering technologists 50%, a hair nearer
                # by name than the science and protection technicians, 47%).
                # (A parent and its specialties are weighed as one SOC's holders instead.)
                ties = np.flatnonzero(f[:, _MAX] >= EXACT)
                if len(ties) >= 2 and not one_occupation(tables.codes, ties):
                    level_official(tables, f, ties, role)
                weigh_specialties(tables, f, title_texts(tables, role)[-1], skills)
                continue
        elif not (own and qualify(tables, f, role, "", "", own)):
            _name_kinds(tables, f, role)
        managers_behind(tables, f, role)
        _behind(tables, f, role, skills, duties, heard)
        ties = np.flatnonzero(f[:, _MAX] >= EXACT)
        if len(ties) >= 2:
            # Tied on the listed title the skills or duties qualified, the official
            # titles holding the typed word are no nearer that title ("Staff engineer"
            # with Java and system design, read "System Engineer": levelled on
            # "engineer", thirty engineering occupations had 0.59 against software
            # developers' 0.01, 54% of the match among them).
            if not qualified:
                level_official(tables, f, ties, role)
            # With skills or duties the title read is the listed one they qualified, whose
            # words are not the typed title's.
            if skills or duties:
                # A kind the skills read ("Engineer" with Java): an excepted kind a skill
                # names weighs as the occupation the title names (``title_excepted``).
                read = title_texts(tables, role)[-1]
                jobs = None if qualified else excepted_weights(tables, ties, read, skills)
                if jobs is None:
                    jobs = catch_all_as_named(tables, ties, read)
                weigh_by_employment(tables, f, ties, jobs=jobs)
            else:
                read = title_texts(tables, role)[-1]
                behind = unnamed_ties(tables, ties, role)
                weigh_by_employment(tables, f, ties, behind=behind, read=read)
    return feats


def _own_title(tables: MatchTables, f: np.ndarray, own: str) -> None:
    """A qualifier that is itself a title O*NET lists ("Painter (artist)") keeps, among
    the occupations listing the typed title, those listing the qualifier too, when some
    do and some do not: the others go down to the best title of an occupation neither
    lists. "Painter (artist)" had gone to construction painters (71%), the most held of
    the five occupations listing "Painter"; two of them list "Artist" too."""
    text = title_texts(tables, own)[-1]
    if not text or len(text.split()) > 2:
        return
    listers = title_channel(tables, [text])[0][0] >= EXACT
    typed = f[:, _MAX] >= EXACT
    both, others = typed & listers, typed & ~listers
    if not both.any() or not others.any():
        return
    rest = ~typed
    floor = float(f[rest, _MAX].max()) if rest.any() else 0.0
    f[others, _MAX] = np.minimum(f[others, _MAX], floor)
    f[others, _MAX_SQ] = f[others, _MAX] ** 2


@functools.lru_cache(maxsize=4)
def catch_all(codes: tuple[str, ...]) -> np.ndarray:
    """Per occupation, whether O*NET names it "..., All Other" (a boolean row)."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    return np.array([c in table and table[c].title.endswith("All Other") for c in codes])


def _own_words(tables: MatchTables, f: np.ndarray, own: str) -> None:
    """Where an "All Other" occupation lists the typed title, a word of the title's own
    qualifier that the official titles of some listers hold keeps those: the others go
    down to the best title of an occupation none lists, as ``_own_title``'s do.

    "Winder operator (textile mill)": O*NET lists "Winder Operator" under textile winding
    and weaving machine operators, coil winders and production workers, all other, who
    had come first on their employment (98%); "textile" names the first two. A catch-all
    lists machine titles of every trade, so the title says little and the qualifier
    which trade. Without a catch-all listing it a word of one official title is no kind
    by itself: "Train operator, metro rail" is no rail yard engineer (that had moved four
    dev profiles, two each way)."""
    typed = f[:, _MAX] >= EXACT
    if typed.sum() < 2:
        return
    named = named_by(tables.codes)
    rows = np.flatnonzero(typed)
    keep = np.zeros(len(f), dtype=bool)
    for word in title_texts(tables, own)[-1].split():
        held = np.zeros(len(f), dtype=bool)
        held[list(named.get(word, ()))] = True
        if (held & typed).any() and (typed & ~held).any():
            keep |= held & typed
    if not keep.any() or keep[rows].all():
        return
    others = typed & ~keep
    if not (others & catch_all(tables.codes)).any():
        return
    rest = ~typed
    floor = float(f[rest, _MAX].max()) if rest.any() else 0.0
    f[others, _MAX] = np.minimum(f[others, _MAX], floor)
    f[others, _MAX_SQ] = f[others, _MAX] ** 2


def _behind(
    tables: MatchTables,
    f: np.ndarray,
    role: str,
    skills: str,
    duties: str,
    heard: Heard | None = None,
) -> None:
    """Specialties tied on the title that the profile's words do not name go behind the
    others tied (``title_specialty``); ``heard`` as :func:`read_in_context`'s."""
    title = title_texts(tables, role)[-1]
    alone = not (skills or duties)
    # What the skills and duties read of each occupation: in an exact tie they say which
    # holder the person is, and a specialty they read less than the others goes behind.
    # (None where only the title's columns are read again: no evidence to weigh.)
    read = alone or f.shape[1] <= SKILL_COLUMNS.start
    evidence = None if read else f[:, SKILL_COLUMNS] @ tables.weights[SKILL_COLUMNS]
    behind_in_ties(tables.codes, f, title, (title, skills, duties), alone, evidence, heard)


def _name_kinds(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """A title of one word alone ("Guard") matches, as if listed, every occupation whose
    official title holds it ("Security Guards", "Crossing Guards and Flaggers"); a title
    of more words, every occupation whose official title it heads before the comma
    ("Teaching assistant": "Teaching Assistants, Preschool, ...", "..., Special
    Education" and "..., Postsecondary")."""
    head = title_texts(tables, role)[0]
    if not head or _name_heads(tables, f, role):
        return
    if " " in head:
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
    exact = np.flatnonzero(f[:, _MAX] >= EXACT).tolist()
    if any(head in called_by(tables.codes[o]) for o in exact):
        # O*NET lists the word under an occupation it calls by the word alone
        # ("Physicians, Pathologists"): others' names holding it are no listing of
        # it ("Speech-Language Pathologists", more held, had come first, 89%).
        return
    _join(f, named_by(tables.codes).get(head))


def _name_heads(tables: MatchTables, f: np.ndarray, role: str) -> bool:
    """A title of more words matches, as if listed, every occupation whose official title
    it heads before the comma, O*NET's naming whether listed or not ("Teaching
    assistant": "Teaching Assistants, Preschool, ...", "..., Special Education" and
    "..., Postsecondary"); whether it heads any.

    With skills that name no listed title or kind, too: "Teaching assistant" with
    "classroom support; reading" had read the one occupation listing the bare title,
    postsecondary teaching assistants (83%), 170 thousand of the 1.56 million."""
    head = title_texts(tables, role)[0]
    if " " not in head:
        return False
    rows = headed_by(tables.codes).get(head)
    _join(f, rows)
    return bool(rows)


def _name_official(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """The typed title is the official title of the occupations it names but for an
    "Except ..." clause (``title_employment.namesakes``): their official-title cosine is
    that of a title typed as O*NET names it."""
    rows = namesakes(tables.codes).get(title_texts(tables, role)[-1])
    if rows:
        at = np.asarray(rows)
        f[at, _OFFICIAL] = np.maximum(f[at, _OFFICIAL], 1.0)


def _read_alike(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """A listed title ending with a word O*NET uses alike (``ALIKE``) is listed, too, by
    the occupations listing it with the other word, when those include every one
    listing it as typed: O*NET lists "Call Center Agent" under receptionists and
    telemarketers, and "Call Center Representative" under both and under customer
    service representatives (2.8 million, most call-centre agents), whom the title had
    left at 0.57 (receptionists 95%, on employment, against telemarketers)."""
    words = title_texts(tables, role)[-1].split()
    if len(words) < 2 or words[-1] not in ALIKE:
        return
    other = " ".join([*words[:-1], ALIKE[words[-1]]])
    typed = f[:, _MAX] >= EXACT
    if not typed.any() or not listed(other):
        return
    alike = title_channel(tables, [other])[0][0] >= EXACT
    if (alike & ~typed).any() and not (typed & ~alike).any():
        _join(f, tuple(np.flatnonzero(alike).tolist()))


def _read_said_alike(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """A title O*NET does not list ending with a word it writes otherwise for the same
    work (``title_index.SAID_ALIKE``) is listed by the occupations listing it in those
    words: "Mortgage advisor" by loan officers ("Mortgage Consultant") and credit
    counselors ("Mortgage Counselor"), "History lecturer" by history teachers,
    postsecondary ("History Professor"). The word "advisor" alone had sent it to the
    educational, guidance and career counselors and advisors (25%), whose official title
    holds it, and "Debt advisor" and "Claims advisor" with it."""
    words = title_texts(tables, role)[-1].split()
    if len(words) < 2 or words[-1] not in SAID_ALIKE or (f[:, _MAX] >= EXACT).any():
        return
    others = [" ".join([*words[:-1], word]) for word in SAID_ALIKE[words[-1]]]
    others = [other for other in others if listed(other)]
    if others:
        found = title_channel(tables, others)[0].max(axis=0) >= EXACT
        _join(f, tuple(np.flatnonzero(found).tolist()))
