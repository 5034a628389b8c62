"""The scoring engine: a loaded model plus the knowledge base, scoring profiles in batches.

One code path serves a single profile (the app, ``resilience score``) and twenty
thousand (batch files): every step is numpy arithmetic over the whole batch, and only
the final assembly of result records is per profile; for one profile, grounding and
the exposure, interval and mix do their per-profile steps in scalars
(``one_profile``: the same floats, without numpy's cost per call).

Usage::

    engine = load_engine()
    result = engine.score(Profile.create("911 dispatcher", "CAD; radio", "answer calls"))
    result.occupations[0].onet_soc          # '43-5031.00', with its published figures
    engine.score(Profile.create("Analyst", occupation="13-2011.00"))   # "that's not me"
    engine.score(Profile.create("Analyst", category="data_analysis"))

The tables are built once, by :meth:`CategoryTables.build`, ``MatchTables.build``
and ``GroundTables.build``, and never change afterwards; caches are bounded
(``functools.lru_cache``).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from career_resilience.model import artifact, formulas, title_situation
from career_resilience.model.assemble import Batch, assemble
from career_resilience.model.category_tables import FEW_ROWS as FEW_ROWS
from career_resilience.model.category_tables import CategoryTables
from career_resilience.model.duty_model import DutyModel, DutyRating
from career_resilience.model.duty_skills import skills_in_line
from career_resilience.model.engine_skills import SkillReading
from career_resilience.model.grounded import AI_ERA_LEADS, Grounded, ground
from career_resilience.model.grounded_result import nearest_kinds, outlook_for
from career_resilience.model.grounding import GroundTables
from career_resilience.model.occupation_match import (
    MatchTables,
    channel_features,
    set_category,
    slips_mended,
    softmax,
)
from career_resilience.model.occupation_pivots import advise_batch, build_scorer
from career_resilience.model.pivot_standing import StandingRows, placed_before
from career_resilience.model.prepare import prepare_first_uses
from career_resilience.model.profile import Profile, ProfileError, duty_lines
from career_resilience.model.result import Result
from career_resilience.model.skill_work_near import SkillWorkNear
from career_resilience.model.title_context import read_in_context
from career_resilience.model.title_index import title_head
from career_resilience.model.title_manager import prepare_managers
from career_resilience.model.title_shorthand import read_employers, read_shorthands
from career_resilience.model.title_specialty import Heard
from career_resilience.model.uncertainty import Uncertainty
from career_resilience.skills.listed_titles import codes_listing, read_listed_titles
from career_resilience.skills.matching import SkillMatch
from career_resilience.skills.models import KnowledgeBase
from career_resilience.skills.occupation_frame import build_frame
from career_resilience.skills.occupations import occupation_data, occupation_table

#: Profiles scored per numpy step; bounds memory of the per-profile feature arrays.
CHUNK = 512
#: Up to this many duty lines (one profile's), their ratings are kept per text.
KEPT_DUTY_LINES = 16
#: From this many profiles, ``score_many`` works out first the title texts, skills and
#: duty lines they repeat (``batch_items.pinned_for``).
PINNED_PROFILES = 256


class ChunkRead(NamedTuple):
    """A chunk of profiles read up to their grounded match (:meth:`Engine.read_chunk`)."""

    matches: list[list[SkillMatch]]  # each profile's typed skills, as matched
    held: np.ndarray  # (profiles, catalogue skills): 1.0 where the profile holds it
    rated: list[list[DutyRating]]  # each profile's duty lines, rated
    feats: np.ndarray  # the match's channel features, the title read in context
    as_typed: np.ndarray  # per profile: whether the context read left the title as typed
    occ_proba: np.ndarray  # the match's probabilities, (profiles, occupations)
    grounded: Grounded  # the match and the category model combined
    #: Per profile, what the title rules heard of its skills and duty lines as they
    #: read the title in context (``title_context.read_in_context``): the drivers'
    #: variants read alike need not be read again (``driver_variants.TitleReads``).
    heard: list[Heard]


class Engine(SkillReading):
    """A verified model and its knowledge base, ready to score."""

    def __init__(self, kb: KnowledgeBase, bundle: dict[str, Any], manifest: artifact.Manifest):
        self.kb, self.bundle, self.manifest = kb, bundle, manifest
        self.tables = CategoryTables.build(kb, bundle)
        self.classes: list[str] = list(self.tables.classes)
        self.class_set = frozenset(self.classes)
        from career_resilience.skills.loader import matcher_for

        self.matcher = matcher_for(kb)
        self.pivot_scorer = build_scorer(kb, {})
        duty = bundle["duty"]
        #: Rates each duty line on Eloundou et al.'s rubric (task-trained).
        self.duty_model: DutyModel = duty["model"]
        self.duty_map = (np.asarray(duty["map_x"]), np.asarray(duty["map_y"]))
        occ = bundle["occupations"]
        self.match_tables = MatchTables.build(occ["arrays"], occ["meta"])
        self.uncertainty = Uncertainty.from_json(occ["meta"]["uncertainty"])
        self.interval_level = float(occ["meta"]["interval_level"])
        codes = self.match_tables.codes
        self.occupation_index = {c: i for i, c in enumerate(codes)}
        frame = build_frame(codes, kb.categories, kb.occupation_frame)
        self.ground = GroundTables.build(
            occupation_table(), codes, frame, self.classes, occupation_data().related
        )
        #: Substitute / augment / untouched shares of each occupation's tasks (by their
        #: labels), and of each AI-era category (the mean of its anchor occupations).
        self.task_shares = np.asarray(duty["shares"], dtype=float)
        self.anchor_shares = np.zeros((len(self.classes), 3))
        for cid, anchors in self.ground.anchor_codes.items():
            rows = [self.occupation_index[a] for a in anchors]
            self.anchor_shares[self.classes.index(cid)] = self.task_shares[rows].mean(axis=0)
        # Batches repeat the same skills: a bounded cache, per engine.
        self.match = functools.lru_cache(maxsize=50_000)(self.matcher.match)
        self.title_skills = functools.lru_cache(maxsize=50_000)(self._title_skills)
        # Duty lines repeat line by line (a workforce's templates), rarely as whole texts:
        # each line is read once and the lines merged in order (same skills as
        # skills_in_duties, which reads every line independently).
        self.line_skills = functools.lru_cache(maxsize=50_000)(
            functools.partial(skills_in_line, self.matcher)
        )
        self.duty_skills = functools.lru_cache(maxsize=50_000)(self._duty_skills)
        self.category_title = functools.lru_cache(maxsize=50_000)(self._category_title)

    def _category_title(self, role: str) -> str:
        """The title as the category model reads it: with the slips the matcher mends
        mended, but for the words the model learnt itself ("Testr" is a tester, as the
        matcher reads it; its category had been read from the slip, 19 of 724 titles
        with a letter dropped framed elsewhere than the clean title; "red teamer" keeps
        "teamer", a word of the model's corpus the speller would read as "steamer")."""
        return slips_mended(self.match_tables, role, self._category_words)

    @functools.cached_property
    def _category_words(self) -> frozenset[str]:
        """The single words of the category model's vocabulary, any field's: a word it
        learnt from skills or duties ("evals") is read as typed in a title too."""
        parts = self.tables.featurizer.parts
        return frozenset(t for p in parts if not p.char for t in p.vocab if " " not in t)

    @functools.cached_property
    def skill_work(self) -> SkillWorkNear:
        """Whether a catalogue skill names work near a person's occupations (the app's
        "related in the catalogue" line; built on first use)."""
        from career_resilience.model.pivot_core_skills import shipped_core_skills

        core = shipped_core_skills()
        related = occupation_data().related
        return SkillWorkNear(self.match_tables, self.kb.skills.values(), core, related)

    @functools.cached_property
    def category_trend(self) -> np.ndarray:
        """Each category's outlook value from its trend word, in class order (worked out
        on the first score: it never changes)."""
        trends = [self.kb.categories[c].outlook.trend for c in self.classes]
        return np.array([formulas.OUTLOOK_VALUE[t] for t in trends])

    @property
    def model_version(self) -> str:
        """The version string results carry."""
        return self.manifest.model_version

    def prepare_workers(self) -> None:
        """Work out now what scoring otherwise works out on first use and keeps.

        The pivot targets' core skills and products are filled as candidates need them
        (a single score fills a few dozen of 978); batch workers forked from this engine
        would each fill the same ones again, so the batch fills them all before forking.
        O*NET's listed titles as the title rules read them and the "did you mean" tables
        are built by the first score that needs them (0.1-0.3 s, measured in
        docs/measurements.md): the app's loader thread calls this once the model is up,
        so that no person's first scores wait for them; so are the skills' and duties'
        vectorizers, the official titles' tables and each occupation's licence
        (``prepare.prepare_first_uses``).
        """
        self.pivot_scorer.table.complete()
        read_listed_titles()
        self.matcher.prepare_suggestions()
        # The managers of each kind of hands-on work (0.35 s, ``title_manager``).
        prepare_managers(self.match_tables.codes)
        prepare_first_uses(self.match_tables)

    def score(self, profile: Profile, max_pivots: int = 5) -> Result:
        """Score one profile."""
        return self.score_many([profile], max_pivots)[0]

    def score_many(self, profiles: list[Profile], max_pivots: int = 5) -> list[Result]:
        """Score profiles in order.

        A long list first works out once each title text, skill and duty line it
        repeats (``batch_items.pinned_for``): the same floats, without the memos
        forgetting them between repeats; and
        keeps the garbage collector from walking the loaded model again and again
        (``batch_collector``).
        """
        results: list[Result] = []
        pinning: AbstractContextManager[None] = nullcontext()
        paused: AbstractContextManager[None] = nullcontext()
        young: Callable[[], None] = _nothing
        if len(profiles) >= PINNED_PROFILES:
            from career_resilience.model.batch_collector import collect_young, collector_paused
            from career_resilience.model.batch_items import pinned_for

            pinning = pinned_for(self.match_tables, profiles)
            paused, young = collector_paused(), collect_young
        # The employer a title names is read as its kind of place first; notes on the
        # title then quote it so ("... - retail store").
        placed = read_employers(profiles)
        read = read_shorthands(self, [title_situation.read_title(p) for p in placed])
        with paused, pinning:
            for start in range(0, len(read), CHUNK):
                results += self._score_chunk(read[start : start + CHUNK], max_pivots)
                young()
        return title_situation.with_situation_notes(results, placed, read)

    def rate_duties(self, lines: list[str]) -> list[DutyRating]:
        """The duty model's rating of each line (unreadable lines say so).

        One profile's lines are kept, as a whole: the what-if scores the same duties with
        each skill changed. Not line by line: rated beside others, a line's automation
        level can differ from its own in the last bit, and results must not move.
        """
        if not lines or len(lines) > KEPT_DUTY_LINES:
            return self.duty_model.rate(lines)
        return list(self._rated_lines(tuple(lines)))

    @functools.cached_property
    def _rated_lines(self) -> Callable[[tuple[str, ...]], tuple[DutyRating, ...]]:
        """The duty model's ratings of a few lines, kept (bounded)."""
        return functools.lru_cache(maxsize=4096)(lambda ls: tuple(self.duty_model.rate(list(ls))))

    @functools.cached_property
    def blank_exposure(self) -> float:
        """The exposure of a profile with nothing typed (no title, skills or duties): the
        match's prior and the category model's reading of nothing, where the drivers'
        points start (``assemble._drivers``)."""
        empty = [("", "", "")]
        cls_proba = self.tables.proba(empty)
        feats = channel_features(self.match_tables, empty)
        set_category(feats, cls_proba, self.ground.agree)
        occ_proba = softmax((feats @ self._match_weights) / self.match_tables.temperature)
        # Profile() itself, not create(): an empty title is refused as input.
        return float(ground(self, [Profile("")], cls_proba, occ_proba).exposure[0])

    def duty_exposure(self, mean_rating: np.ndarray) -> np.ndarray:
        """Map a mean duty rating onto the percentile scale of the occupation figures."""
        return np.interp(mean_rating, *self.duty_map)

    @functools.cached_property
    def _match_weights(self) -> np.ndarray:
        """The combiner's weights as float32, as every score multiplies them."""
        return self.match_tables.weights.astype(np.float32)

    @functools.cached_property
    def _codes(self) -> list[str]:
        """The occupations' codes in the matcher's order, as the pivots read them."""
        return list(self.match_tables.codes)

    def read_chunk(self, profiles: list[Profile]) -> ChunkRead:
        """A chunk of profiles read up to their grounded match: the skills, the category
        model, the duty lines and the matcher, the title read in context. The full
        result and the figures alone (``batch_figures``) read them by these same steps."""
        n, t = len(profiles), self.tables
        matches, fields = self.read_skills(profiles)
        rows = [
            (self.category_title(p.role), field, p.duties)
            for p, field in zip(profiles, fields, strict=True)
        ]
        cls_proba = t.proba(rows)
        held = np.zeros((n, len(t.skill_ids)), np.float32)
        for i, ms in enumerate(matches):
            for m in ms:
                if m.skill is not None:
                    held[i, t.skill_index[m.skill.id]] = 1.0
        lines = [duty_lines(p.duties) for p in profiles]
        flat = self.rate_duties([line for ls in lines for line in ls])
        bounds = [0, *itertools.accumulate(len(ls) for ls in lines)]
        rated = [flat[bounds[i] : bounds[i + 1]] for i in range(n)]
        mt = self.match_tables
        match_rows = [(p.role, "; ".join(p.skills), p.duties) for p in profiles]
        feats = channel_features(mt, match_rows)
        title_situation.read_work(mt, profiles, feats)
        # The title as typed, before it is read in the profile's context: whether the
        # context read changed it spares each driver of a skill or a line a re-read.
        typed = feats[:, :, :3].copy()
        heard: list[Heard] = [[] for _ in profiles]
        for i, row in enumerate(match_rows):  # one row at a time: each keeps what it heard
            read_in_context(mt, [row], feats[i : i + 1], heard[i])
        as_typed = (feats[:, :, :3] == typed).all(axis=(1, 2))
        set_category(feats, cls_proba, self.ground.agree)
        occ_proba = softmax(title_situation.logits_of(mt, profiles, feats, self._match_weights))
        grounded = ground(self, profiles, cls_proba, occ_proba)
        return ChunkRead(matches, held, rated, feats, as_typed, occ_proba, grounded, heard)

    def _score_chunk(self, profiles: list[Profile], max_pivots: int) -> list[Result]:
        for p in profiles:
            if p.occupation and p.occupation not in self.occupation_index:
                raise ProfileError("occupation", f"unknown O*NET-SOC code {p.occupation!r}")
        t = self.tables
        matches, held, rated, feats, as_typed, occ_proba, grounded, heard = self.read_chunk(
            profiles
        )
        batch = Batch.compute(self, profiles, grounded, held, rated, feats, as_typed)
        # The work a title names is a skill the person has ("RN": registered nursing), and
        # so is a skill they name in their own duties ("chart in Epic"): pivots never list
        # either as a gap; only for the pivots, not for the scores.
        titled = [
            [
                *ms,
                *(self.title_skills(p.role) if p.role else ()),
                *(self.duty_skills(p.duties) if p.duties else ()),
            ]
            for ms, p in zip(matches, profiles, strict=True)
        ]
        standing_rows = StandingRows(
            # The occupations the result shows (AI-era work: its anchors), not the match.
            grounded.shown,
            self._codes,
            titled,
            batch.exposure,
            batch.resilience,
            grounded.cat_proba,
            self.classes,
            grounded.bls_change,
            # ``ground`` replaced a chosen profile's match in a copy: this is the match.
            placed_before(
                occ_proba, self._codes, [bool(p.occupation or p.category) for p in profiles]
            ),
            # AI-era work's unsure note names its kind of work, not a nearest occupation.
            nearest_kinds(self, grounded),
            # Where the outlook is an AI-era category's article, its word: the pivots'
            # note cites that, not the anchors' BLS figure.
            [
                outlook_for(self, grounded, i, ())[0] if q >= AI_ERA_LEADS else ""
                for i, q in enumerate(grounded.ai_share.tolist())
            ],
            # The kinds of work the resilience counted (typed skills only): a move's
            # resilience and the note's "your skills span N kinds" count the same
            # (a veterinary technician's title skills had made 4 kinds read 5).
            ((held @ t.skill_cats) > 0).sum(axis=1),
            # The occupations whose O*NET titles are the typed title, exactly: a move
            # into one is work the title names ("Pastry chef": bakers).
            [codes_listing(title_head(p.role)) if p.role else () for p in profiles],
        )
        advice = advise_batch(self.pivot_scorer, standing_rows, max_pivots)
        return assemble(self, profiles, matches, batch, advice, max_pivots, heard)


def _nothing() -> None:
    """Nothing to do (a short list leaves the collector as it is)."""


def load_engine(directory: Path | None = None, kb: KnowledgeBase | None = None) -> Engine:
    """Load the shipped (or given) artifact after verifying it, with the shipped knowledge base."""
    from career_resilience.skills.loader import shipped_knowledge_base

    kb = kb or shipped_knowledge_base()
    from career_resilience.model.bundle_parts import load_bundle

    manifest, bundle = load_bundle(directory or artifact.ARTIFACT_DIR, kb.digest)
    return Engine(kb, bundle, manifest)
