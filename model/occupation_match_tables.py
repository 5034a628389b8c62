"""The occupation matcher's fitted tables (``MatchTables``), rebuilt from the artifact.

What ``occupation_match`` reads a profile against: the title, skills and duties
vectorizers, the title and task postings, the technology items, the BLS prior and the
combiner's weights, plus the memos a process keeps of what it already looked up.
``compact_spec`` is the other half: how training stores a vectorizer spec so that
:meth:`MatchTables.build` can rebuild it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import numpy as np

from career_resilience.model.duty_title_words import DutyTitleWords
from career_resilience.model.fast_features import FastFeaturizer
from career_resilience.model.skill_items import ItemTables, build_item_tables
from career_resilience.model.title_postings import Postings, csr
from career_resilience.skills.title_speller import TitleSpeller


class Codes(tuple[str, ...]):
    """The occupations' O*NET-SOC codes in the tables' order: a tuple that hashes once.

    Dozens of rule tables are remembered per codes tuple (``functools`` caches keyed by
    it, as ``title_employment.namesakes(codes)``), and a plain tuple's hash is worked out
    anew on every look-up, from each of its ~950 strings: ~0.3M instructions a batch
    row. Equal to, and hashing as, the plain tuple of the same codes.
    """

    def __hash__(self) -> int:
        found: int | None = self.__dict__.get("hash")
        if found is None:
            found = self.__dict__["hash"] = tuple.__hash__(self)
        return found

    def __reduce__(self) -> tuple[type[Codes], tuple[tuple[str, ...]]]:
        # Without the remembered hash: a worker started afresh hashes strings its own way.
        return (Codes, (tuple(self),))


@dataclass(frozen=True)
class MatchTables:
    """The matcher's fitted tables (built once from the artifact by :meth:`build`)."""

    codes: tuple[str, ...]
    title_features: FastFeaturizer  # fields: (title,): char n-grams, then words
    #: The skills and duties vectorizers as stored (terms still one string): their
    #: featurizers (:attr:`tech_features`, :attr:`task_features`) are built when a
    #: profile first gives skills or duties, so a title-only start-up never builds
    #: their 57k-term vocabularies (about 25 ms).
    tech_specs: list[dict[str, Any]]
    task_specs: list[dict[str, Any]]
    titles: Postings  # term-major: title features x titles
    title_owner: np.ndarray  # occupation index of each title row (sorted)
    title_starts: np.ndarray  # first title row of each occupation
    official: np.ndarray  # title row of each occupation's official title
    items: ItemTables  # technology items, each with the occupations that list it
    tasks: Postings  # term-major: task terms x occupations
    log_prior: np.ndarray
    weights: np.ndarray
    temperature: float
    #: Duties are read against titles without the character n-grams more than this
    #: share of titles hold (:func:`duty_title_text`); 1.0 (all kept) for artifacts
    #: trained before.
    duty_max_df: float = 1.0
    #: The temperature of a profile read without a title (skills and duties alone: "Unemployed"
    #: with forklift skills), fit on title-less pseudo-profiles; 0: as :attr:`temperature`
    #: (artifacts trained before).
    temperature_untitled: float = 0.0
    #: The temperature of a profile whose situation title's place a skill naming work
    #: takes ("Student" with statistics read as "statistician",
    #: ``title_situation.read_work``), fit on pseudo-profiles of the occupations holding
    #: such a skill (``occupation_model``); 0: as :attr:`temperature` (artifacts
    #: trained before).
    temperature_work: float = 0.0

    def temperature_for(self, title_unread: bool, work_for_title: bool = False) -> float:
        """The softmax temperature of a profile: one whose typed title was not read
        (``Profile.title_unread``: skills and duties alone) has its own (the combiner's
        one temperature, fit with titles, left skills alone at about 1%: forklift
        operators 1%), and so has one whose skills name the work in its place
        (``work_for_title``: a skill is not a title; the titled temperature read
        "Student" with Python and statistics as statisticians, 100%). A blank title as
        the drivers' baseline keeps the combiner's."""
        if work_for_title and self.temperature_work:
            return self.temperature_work
        if not title_unread or not self.temperature_untitled:
            return self.temperature
        return self.temperature_untitled

    @classmethod
    def build(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> MatchTables:
        """Rebuild the tables from the artifact's arrays and JSON meta."""
        owner = arrays["title_owner"].astype(np.int64)
        starts = np.searchsorted(owner, np.arange(len(meta["codes"])))
        return cls(
            codes=Codes(meta["codes"]),
            title_features=FastFeaturizer(_specs(_stored(meta["title_specs"], arrays, "title"))),
            tech_specs=_stored(meta["tech_specs"], arrays, "tech"),
            task_specs=_stored(meta["task_specs"], arrays, "task"),
            titles=csr(arrays, "titles"),
            title_owner=owner,
            title_starts=starts,
            official=arrays["official"].astype(np.int64),
            items=build_item_tables(arrays, len(meta["codes"])),
            tasks=csr(arrays, "tasks"),
            log_prior=arrays["log_prior"].astype(np.float32),
            weights=arrays["weights"].astype(np.float64),
            temperature=float(meta["temperature"]),
            duty_max_df=float(meta.get("duty_title_max_df", 1.0)),
            temperature_untitled=float(meta.get("temperature_untitled", 0.0)),
            temperature_work=float(meta.get("temperature_work", 0.0)),
        )

    @functools.cached_property
    def tech_features(self) -> FastFeaturizer:
        """Words of technology names (fields: (text,)), built on first use."""
        return FastFeaturizer(_specs(self.tech_specs))

    @functools.cached_property
    def task_features(self) -> FastFeaturizer:
        """Words of task statements (fields: (text,)), built on first use."""
        return FastFeaturizer(_specs(self.task_specs))

    @functools.cached_property
    def title_memo(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Title figures already looked up, by text (see :func:`title_channel`)."""
        return {}

    @functools.cached_property
    def duty_memo(self) -> dict[str, np.ndarray]:
        """Duty texts' best title cosines already looked up (see ``duty_channel``)."""
        return {}

    @functools.cached_property
    def texts_memo(self) -> dict[str, tuple[str, ...]]:
        """Typed titles already read, by text (see :func:`title_texts`)."""
        return {}

    @functools.cached_property
    def skill_memo(self) -> dict[str, np.ndarray]:
        """Skill rows already looked up, by text (see :func:`skill_figures`)."""
        return {}

    @functools.cached_property
    def common_grams(self) -> frozenset[int]:
        """Title columns left out of a duty text's vector (:func:`duty_title_text`)."""
        counts = np.diff(self.titles.indptr)
        char_end = next(p.offset for p in self.title_features.parts if not p.char)
        limit = self.duty_max_df * len(self.title_owner)
        return frozenset(np.flatnonzero(counts[:char_end] > limit).tolist())

    @functools.cached_property
    def duty_words(self) -> DutyTitleWords:
        """Which titles a duty line names by its words (``duty_title_words``)."""
        part = next(p for p in self.title_features.parts if not p.char)
        return DutyTitleWords(part.vocab, part.offset, self.titles, len(self.title_owner))

    @functools.cached_property
    def title_pinned(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Title figures a batch worked out for every text it repeats, before its
        workers start (``batch_titles``): read like the memo, never cleared by it."""
        return {}

    @functools.cached_property
    def skill_pinned(self) -> dict[str, np.ndarray]:
        """Skill rows a batch worked out for every skill its file repeats, before its
        workers start (``batch_items``): read before the memo, never cleared by it."""
        return {}

    @functools.cached_property
    def speller(self) -> TitleSpeller:
        """Mends typing slips against the title vocabulary (built on first use)."""
        return TitleSpeller.from_part(next(p for p in self.title_features.parts if not p.char))


def _stored(specs: list[dict[str, Any]], arrays: dict[str, np.ndarray], prefix: str) -> list[dict]:
    """Exported vectorizer specs as stored (terms one newline-joined string: one JSON
    value instead of 100k), each with its IDF from the arrays."""
    return [{**spec, "idf": arrays[f"{prefix}.idf.{k}"]} for k, spec in enumerate(specs)]


def _specs(stored: list[dict[str, Any]]) -> list[dict]:
    """Specs a :class:`FastFeaturizer` takes: each vocabulary rebuilt from its terms."""
    out = []
    for spec in stored:
        terms = spec["terms"].split("\n") if spec["terms"] else []
        rest = {key: v for key, v in spec.items() if key != "terms"}
        out.append({**rest, "vocabulary": dict(zip(terms, range(len(terms)), strict=True))})
    return out


def compact_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """An exported vectorizer spec with its vocabulary as newline-joined terms, no IDF."""
    vocab = spec["vocabulary"]
    terms = [""] * len(vocab)
    for term, j in vocab.items():
        terms[j] = term
    rest = {k: v for k, v in spec.items() if k not in ("vocabulary", "idf")}
    return {**rest, "ngram_range": list(spec["ngram_range"]), "terms": "\n".join(terms)}
