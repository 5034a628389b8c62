"""Which O*NET occupations a profile describes: calibrated probabilities over all 950.

Three channels look at the profile, each against what O*NET publishes per occupation:

- **title**: the typed title (seniority dropped, abbreviations expanded, typing slips
  mended: ``skills.title_speller``) against all 52k O*NET titles, by TF-IDF cosine over
  character 3-4-grams and words; an occupation scores its best-matching title (a
  nearest-neighbour match, aggregated per occupation). A title with an employer's
  qualifier ("CNC programmer (Mastercam)", "RN - med/surg") is also read without it,
  and each O*NET title keeps the better of the two cosines;
- **skills**: the typed skills against each occupation's technology skills and tools;
- **duties** (and skills): against each occupation's task vocabulary, a TF-IDF centroid
  learned from the task-label file (weights and vocabulary ship, sentences do not).

A conditional-logit combiner (weights learned on pseudo-profiles built from O*NET data,
see ``occupation_training``) turns the channel similarities plus a BLS employment prior
into one logit per occupation; a softmax with a fitted temperature gives calibrated
probabilities. Everything is numpy at run time: no scikit-learn or scipy import.
The fitted tables it reads against are ``occupation_match_tables.MatchTables``.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

import numpy as np

from career_resilience.model.category_agree import CATEGORY_FLOOR, agree_column
from career_resilience.model.duty_channel import (
    DUTY_MARK,
    TITLE_MEMO,
    duty_best,
    duty_title_text,
    title_sums,
)
from career_resilience.model.features import normalise
from career_resilience.model.occupation_match_tables import MatchTables, compact_spec
from career_resilience.model.skill_items import skill_rows, split_skills_text
from career_resilience.model.sparse_query import query
from career_resilience.model.title_index import listed_whole, title_head, title_qualifier
from career_resilience.model.title_postings import (
    Postings,
    csr,
    csr_arrays,
    group_maxima,
    similarities,
    similarities_many,
    similarity_sum,
    similarity_sums,
)
from career_resilience.model.title_specialty import official_unnamed
from career_resilience.skills.titles import expands_to_title, normalise_title, shorthand_words

#: Re-exported: callers import the matcher's arithmetic from here.
__all__ = [
    "CATEGORY",
    "CATEGORY_FLOOR",
    "DUTY_MARK",
    "FEATURES",
    "SKILL_COLUMNS",
    "MatchTables",
    "Postings",
    "channel_features",
    "compact_spec",
    "csr",
    "csr_arrays",
    "duty_title_text",
    "listed_whole",
    "logits",
    "profile_features",
    "query",
    "set_category",
    "similarities",
    "similarities_many",
    "similarity_sum",
    "similarity_sums",
    "skill_figures",
    "softmax",
    "title_channel",
    "title_head",
    "title_qualifier",
    "title_text",
    "title_texts",
    "work_texts",
]  # fmt: skip

#: Channel features per occupation, in the order of the combiner's weights.
FEATURES = (
    "title_max",
    "title_official",
    "title_max_sq",
    "skills_tech",
    "skills_tasks",
    "duties_tasks",
    "duties_title",
    "log_prior",
    "category_agrees",
)
#: The columns the skills and duties fill: technology and tasks of the skills, tasks of
#: the duties, duty words against titles (the rules that read a title against the rest
#: of the profile weigh or silence these).
SKILL_COLUMNS = slice(FEATURES.index("skills_tech"), FEATURES.index("duties_title") + 1)
#: The column of ``category_agrees``: filled by :func:`set_category`, from the category
#: classifier the matcher does not hold.
CATEGORY = FEATURES.index("category_agrees")


def title_text(tables: MatchTables, normalised: str) -> str:
    """A title (already through ``normalise_title``) as the title channel reads it:
    typing slips mended.

    Returned unchanged when nothing is mended, so a title without slips is read exactly
    as it always was.
    """
    norm = normalise(normalised)
    mended = tables.speller.mend(norm)
    return normalised if mended == norm else mended


def title_texts(tables: MatchTables, role: str) -> list[str]:
    """The typed title as the title channel reads it, then without its qualifier
    (when it has one and something is left).

    Remembered per typed title: a score reads it two or three times (the channels, the
    title read in context, the drivers), about 19 us each time (normalising, mending
    slips, cutting the qualifier).
    """
    memo = tables.texts_memo
    found = memo.get(role)
    if found is None:
        if len(memo) >= TITLE_MEMO:
            memo.clear()  # cheaper than tracking use; the common titles come back at once
        found = memo[role] = tuple(_title_texts(tables, role))
    return list(found)


def _title_texts(tables: MatchTables, role: str) -> list[str]:
    """:func:`title_texts` worked out."""
    role = slips_mended(tables, role)
    head = title_head(role)
    # Imported here: the module reads titles through this one's channel.
    from career_resilience.model.title_read import (
        composed_title,
        job_of_setting,
        job_of_shift,
        licence_title,
    )

    first = (
        _first_title(tables, head) or licence_title(tables, role) or composed_title(tables, role)
    )
    if first:
        return [first]
    texts = [title_text(tables, normalise_title(role))]
    if head == role.strip() and (
        job := job_of_setting(tables, texts[0]) or job_of_shift(tables, texts[0])
    ):
        return [job]
    if head and head != role.strip():
        bare = title_text(tables, normalise_title(head))
        if bare and bare != texts[0]:
            texts.append(bare)
    return texts


#: A typed word the title speller may mend: letters only.
_TYPED_WORD = re.compile(r"[^\W\d_]+")


def slips_mended(tables: MatchTables, role: str, keep: Container[str] = ()) -> str:
    """The typed title with its slipped words mended (``skills.title_speller``) before its
    shorthand is read, so a shorthand phrase with a slip in it is still the phrase:
    "Admin assitant" an administrative assistant, not "administrative assistant
    assistant" ("admin" alone read so), "Elec enginer" an electrical engineer, not an
    electrician (63%), "asst mangr" a manager second in charge, not an executive
    secretary (27%). Shorthand and seniority words are the table's to read, not slips;
    so are the words ``keep`` holds (as ``normalise`` reads them: the category
    model's own words)."""
    table = shorthand_words()
    speller = tables.speller

    def mend(found: re.Match[str]) -> str:
        word = found.group(0).casefold()
        if word in table:
            return found.group(0)
        # The speller knows the words as the channel reads them (plurals stemmed).
        read = normalise(word)
        if read in keep:
            return found.group(0)
        mended = speller.word(read) if read.isalpha() else read
        return found.group(0) if mended == read else mended

    return _TYPED_WORD.sub(mend, role)


#: A title, a slash and a second one written as letters that stand for it ("Fire
#: fighter/EMT", "Bank teller / CSR").
_SLASH = re.compile(r"\s*/\s*([^\W\d_]+)\s*$")
#: A title, " to " and whom the work is for ("Executive assistant to the CEO").
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)


def _first_title(tables: MatchTables, title: str) -> str:
    """The title before a slash, as the title channel reads it, when what follows the
    slash is one abbreviation of another title (``expands_to_title``); or the title
    before " to ", whatever follows; else empty.

    People name the job they mostly do first. Read as one title, the abbreviation's
    expansion outweighed the first title's words: "Fire fighter/EMT" read as "fire
    fighter emergency medical technician" went to emergency medical technicians (90%,
    firefighters 8%), "Bank teller/CSR" to customer service representatives (97%). The
    first side must be a title O*NET lists, or whose plural is an official title
    ("Paramedic": "Paramedics"), and the whole no title O*NET lists. Two titles written
    out ("Cook/dishwasher") are read whole, as before: which of them a worker mostly does
    is not said so clearly there.

    After " to " a title names whom the work is for, not the work: "Executive assistant
    to the CEO" read whole went to chief executives (80%), "Secretary to the Board" to
    medical secretaries. The same two conditions hold, so O*NET's own titles with " to "
    stay whole ("Door to Door Salesman" is listed; "Door" is no title).
    """
    found = _SLASH.search(title)
    if found is None or not expands_to_title(found.group(1)):
        found = _TO.search(title)
        if found is None:
            return ""
    first = title_text(tables, normalise_title(title[: found.start()]))
    if not first:
        return ""
    whole = title_text(tables, normalise_title(title))
    best, official = title_channel(tables, [first, first + "s", first + "es", whole])
    listed = best[0].max() >= LISTED or official[1:3].max() >= LISTED
    return first if listed and best[3].max() < LISTED else ""


#: A title cosine this high is a title O*NET lists, as typed (float32 rounding aside).
LISTED = 0.999


def work_texts(tables: MatchTables, skills: str) -> list[str]:
    """The titles the typed skills name as their practitioners' (``skill_work``:
    "gardening" a gardener), as the title channel reads them: what stands for a title
    that says only the person's situation (``title_situation.read_work``). [""] (no
    title) when no skill names work."""
    # Imported here: the catalogue's tables (``skill_work``) read this module's channel.
    from career_resilience.model.skill_work import named_titles

    codes = tables.codes
    named = [form for skill in split_skills_text(skills) for form in named_titles(codes, skill)]
    texts = [title_text(tables, normalise_title(form)) for form in dict.fromkeys(named)]
    return [t for t in texts if t] or [""]


def profile_features(tables: MatchTables, row: tuple[str, str, str]) -> np.ndarray:
    """The channel features of one profile: (occupations, F)."""
    role, skills, duties = row
    m = len(tables.codes)
    roles = title_texts(tables, role)
    best, official = title_channel(tables, roles)
    task_queries = [
        _text_query(tables, "task_features", skills),
        _text_query(tables, "task_features", duties),
    ]
    tasks = similarities_many(tables.tasks, task_queries, m)
    out = np.empty((m, len(FEATURES)), dtype=np.float32)
    # Each title keeps its better cosine, with or without the employer's qualifier.
    out[:, 0] = best.max(axis=0)
    out[:, 1] = official.max(axis=0)
    out[:, 2] = out[:, 0] ** 2
    out[:, 3] = skill_figures(tables, split_skills_text(skills)).sum(axis=0) if skills else 0.0
    out[:, 4] = tasks[0]
    out[:, 5] = tasks[1]
    # Duties often name the job itself ("dispatch ambulances"): their words against titles.
    out[:, 6] = duty_best(tables, duty_title_text(tables, duties))
    out[:, 7] = tables.log_prior
    out[:, CATEGORY] = 0.0  # set_category
    return out


def set_category(feats: np.ndarray, cls_proba: np.ndarray, category: np.ndarray) -> np.ndarray:
    """Fill each profile's ``category_agrees`` column in place: the category classifier's
    probability of each occupation's frame category, among the categories O*NET
    occupations are framed in (AI-era categories frame none). ``feats`` (profiles,
    occupations, F), ``cls_proba`` (profiles, categories), ``category`` (occupations,
    categories) one-hot, or 0/1 listing the kinds of work that agree with each
    occupation (``category_agree.agree_column``).

    The classifier learned from the project's own corpus what O*NET's 2019 data cannot
    say: "Kubernetes" and "React" are software work, "PEX" plumbing. The title, skills
    and duties channels each read one field against O*NET's lists; this column is the
    whole profile's kind of work, and the combiner weighs it with them.
    """
    feats[:, :, CATEGORY] = agree_column(cls_proba, category)
    return feats


def skill_figures(tables: MatchTables, skills: Sequence[str]) -> np.ndarray:
    """(skills, occupations): each skill's cosine with each occupation's nearest
    technology item (``skill_items``); the skills channel is their sum."""
    return skill_rows(
        tables.items, tables.tech_features, skills, tables.skill_memo, tables.skill_pinned
    )


_NO_TERMS = (np.zeros(0, np.int64), np.zeros(0, np.float64))


def _text_query(tables: MatchTables, featurizer: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    """:func:`query` of the skills or duties text; an empty one has no terms, so its
    featurizer is not built for it (a title-only score never builds it)."""
    return query(getattr(tables, featurizer), text) if text else _NO_TERMS


def title_channel(tables: MatchTables, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per title text (as :func:`title_text` or ``normalise_title`` gives it), each
    occupation's best title cosine and its official title's cosine, as float32:
    two (texts, occupations) arrays.

    These are all the title channel keeps of a text's 52k title cosines, and the walk
    over the postings is most of a score, so they are remembered per text. Exact: a
    text's cosines never depend on what it is looked up with (:func:`similarity_sums`),
    and rounding to float32 is monotonic, so the maximum of rounded values (several
    readings of a title, the best title of an occupation) is the rounded maximum.
    """
    memo = tables.title_memo
    if not texts:
        return np.zeros((0, len(tables.codes)), np.float32), np.zeros(
            (0, len(tables.codes)), np.float32
        )
    pinned = tables.title_pinned
    missing = list(dict.fromkeys(t for t in texts if t not in memo and t not in pinned))
    if missing:
        if len(memo) + len(missing) > TITLE_MEMO:
            memo.clear()  # cheaper than tracking use; the common titles come back at once
        for text in missing:
            memo[text] = _figures(tables, text)
    found = [pinned.get(t) or memo.get(t) or _figures(tables, t) for t in texts]
    # np.array of the equal-shaped rows: np.stack's array, without its Python steps per
    # row (about half of this look-up when every text is remembered).
    return np.array([b for b, _ in found]), np.array([o for _, o in found])


def _figures(tables: MatchTables, text: str) -> tuple[np.ndarray, np.ndarray]:
    """One text's title figures (also when another thread cleared the memo meanwhile).

    One text at a time: its 52k sums (400 KB) stay in the processor's cache, and no
    entry is shifted into a row of a shared (texts x 52k) table first.
    """
    sums = title_sums(tables, text)
    if sums is None:  # no known n-gram: every cosine is 0
        zeros = np.zeros(len(tables.codes), np.float32)
        return zeros, zeros
    best = group_maxima(sums, tables.title_starts).astype(np.float32)
    official = sums[tables.official].astype(np.float32)
    # A specialty's official title is no nearer than its parent's unless the text names
    # the specialty (``title_specialty``).
    official_unnamed(tables.codes, text.lstrip(DUTY_MARK), official)
    return best, official


def channel_features(tables: MatchTables, rows: Sequence[tuple[str, str, str]]) -> np.ndarray:
    """Per profile and occupation, the channel similarities: (profiles, occupations, F)."""
    return np.array([profile_features(tables, row) for row in rows])  # as np.stack, cheaper


def logits(features: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The combiner's logit per occupation (before temperature)."""
    return features @ weights.astype(np.float32)


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
