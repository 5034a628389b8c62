"""The listed titles a skill or duty line's words qualify, for ``title_qualify``.

A line's runs of up to four words (as typed, with plural nouns singular, and with a field
named as its practitioner) are looked up among the qualifiers of listed titles that end
with the typed title ("school bus" of "School Bus Driver"); a duty line also names its
worker by verb and object (``title_duty_work``). Split out of ``title_qualify``, which
weighs what these readings say against the rest of the profile.
"""

from __future__ import annotations

import functools

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_channel
from career_resilience.model.title_duty_work import duty_work_titles, object_words
from career_resilience.model.title_employment import namesakes
from career_resilience.model.title_index import (
    HEADS_KEPT,
    MAX_QUALIFIER_WORDS,
    SAID_ALIKE,
    qualified_titles,
)
from career_resilience.model.title_index import listed as listed_title
from career_resilience.model.title_kind_tables import kind_tables
from career_resilience.skills.titles import normalise_title
from career_resilience.skills.word_forms import singular

#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
#: Lines whose qualified titles are remembered, per head: ~500 bytes each, 8 MB in all
#: (6,000 varied batch rows kept 14.7k; most hits are a row's own lines read again
#: without each item, so the recent ones matter).
LINES_KEPT = 16_384


@functools.lru_cache(maxsize=LINES_KEPT)
def line_titles(
    codes: tuple[str, ...], head: str, phrase: str
) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """A skill or duty line's normalised words, and the listed titles ending with
    ``head`` that its words qualify, each with its qualifier's word count (remembered:
    the drivers read the title again without each item, so every line of a row is read
    once per variant, and a workforce repeats its lines)."""
    words = normalise_title(phrase).split()
    listed = with_namesakes(codes, head)
    seen: dict[str, int] = {}
    # Every run of up to four words of the line, as typed, with plural nouns
    # singular ("process invoices" holds "invoice" of "Invoice Clerk") and with a
    # field named as its practitioner or adjective ("dermatology" holds
    # "dermatologist" of "Dermatologist Physician").
    for run in {tuple(words), tuple(singular(w) for w in words), *_field_forms(words)}:
        for size in range(1, min(MAX_QUALIFIER_WORDS, len(run)) + 1):
            for start in range(len(run) - size + 1):
                for title in listed.get(" ".join(run[start : start + size]), ()):
                    seen[title] = max(seen.get(title, 0), size)
    return tuple(words), tuple(seen.items())


@functools.lru_cache(maxsize=HEADS_KEPT)
def with_namesakes(codes: tuple[str, ...], head: str) -> dict[str, tuple[str, ...]]:
    """``qualified_titles(head)`` and the official titles ending with ``head`` but for
    their "Except ..." clause (``title_employment.namesakes``), by the words in front:
    O*NET names "Kindergarten Teachers, Except Special Education" but lists no
    "Kindergarten Teacher", so "Teacher (kindergarten)" had read every teacher
    (elementary school teachers 19%)."""
    out = dict(qualified_titles(head))
    # "Advisor (mortgages)" names a "Mortgage Consultant" (``title_index.SAID_ALIKE``).
    for alike in SAID_ALIKE.get(head, ()):
        for qualifier, titles in qualified_titles(alike).items():
            out.setdefault(qualifier, titles)
    for title in _namesakes_by_last_word(codes).get(head.rsplit(" ", 1)[-1], ()):
        if title.endswith(f" {head}") and not listed_title(title):
            qualifier = title[: -len(head) - 1]
            out[qualifier] = (*out.get(qualifier, ()), title)
    return out


@functools.lru_cache(maxsize=4)
def _namesakes_by_last_word(codes: tuple[str, ...]) -> dict[str, list[str]]:
    """``namesakes(codes)``' titles by their last word, in its order: a title ending with
    " head" ends with the head's last word (a miss of ``with_namesakes`` had tested
    every namesake, ~350, for each new head of a batch)."""
    out: dict[str, list[str]] = {}
    for title in namesakes(codes):
        out.setdefault(title.rsplit(" ", 1)[-1], []).append(title)
    return out


def read_duty_work(
    tables: MatchTables, head: str, words: list[str], seen: dict[str, int], read: set[str]
) -> dict[str, int]:
    """A duty line's qualified titles (``seen``: title, qualifier words), read with the
    worker the line names by its verb and object (``title_duty_work``): such a listed
    title held by an occupation listing a title ending with the typed one (``head``)
    joins them, and takes the place of each title its verb or object alone qualified
    that is no longer and that none of its listers lists.

    "Worker" with "clean offices at night" had read "Office Worker" (office clerks,
    95%): the line names an "Office Cleaner" (janitors), and office clerks list no such
    title. "Clerk" with "sort mail" keeps "Mail Clerk", listed also as "Mail Sorter";
    "Repairer" with "fix washing machines" keeps "Washing Machine Repairer" (two object
    words) over "Machine Fixer" (one, industrial machinery mechanics).
    """
    work = duty_work_titles(tuple(words), head)
    if not work:
        return seen
    holding = holding_row(tables, head)
    texts = [title for title, _ in work] + list(seen)
    exact = title_channel(tables, texts)[0] >= EXACT
    out = dict(seen)
    for k, (title, size) in enumerate(work):
        if not (exact[k] & holding).any():
            continue
        named = object_words(tuple(words))
        for j, other in enumerate(seen, start=len(work)):
            qualifier = other.split()[: -len(head.split())]
            if (
                seen[other] <= size
                and named.issuperset(qualifier)
                and not (exact[j] & exact[k]).any()
            ):
                out.pop(other, None)
        # A qualifier of the typed title by another word of the line stands ("Assistant"
        # with "schedule appointments for the doctor": "Doctor Assistant", not
        # "Appointment Scheduler"), as one no shorter does.
        if any(out[other] >= size for other in seen if other in out):
            continue
        out[title] = max(out.get(title, 0), size)
        read.add(title)
    return out


def holding_row(tables: MatchTables, head: str) -> np.ndarray:
    """The occupations listing a title ending with ``head``, as a boolean row."""
    holding = np.zeros(len(tables.codes), dtype=bool)
    found = kind_tables(tables.codes).holders(head)
    if found is not None:
        holding[found[1]] = True
    return holding


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
