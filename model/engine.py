"""The scoring engine: a loaded model plus the knowledge base, scoring profiles in batches.

One code path serves a single profile (the app, ``resilience score``) and twenty
thousand (batch files): every step is numpy arithmetic over the whole batch, and only
the final assembly of result records is per profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model import artifact, formulas
from career_resilience.model.assemble import Batch, assemble
from career_resilience.model.examples import skills_field
from career_resilience.model.explain import feature_effects, path_weights
from career_resilience.model.fast_features import (
    FastFeaturizer,
    FastWordVectorizer,
    char_wb_ngrams,
)
from career_resilience.model.features import normalise
from career_resilience.model.occupation_pivots import advise_batch, build_scorer
from career_resilience.model.profile import Profile, duty_lines
from career_resilience.model.result import Result
from career_resilience.model.title_lookup import title_match_matrix
from career_resilience.skills.matching import SkillMatch, SkillMatcher
from career_resilience.skills.models import KnowledgeBase

#: Profiles scored per numpy step; bounds memory of the per-nonzero driver arrays.
CHUNK = 1024
_EFFECT_SIGN = {"substitute": 1.0, "augment": 0.0, "untouched": -1.0}


@dataclass
class Engine:
    """A verified model and its knowledge base, ready to score."""

    kb: KnowledgeBase
    bundle: dict[str, Any]
    manifest: artifact.Manifest

    def __post_init__(self) -> None:
        kb, b = self.kb, self.bundle
        self.classes: list[str] = list(b["categories"])
        self.class_set = set(self.classes)
        if sorted(self.classes) != sorted(kb.categories):
            raise artifact.ArtifactError("model categories differ from the knowledge base")
        t = float(b["temperature"])
        self.coef = (b["coef"] / t).astype(np.float32)
        # Features x categories, C-contiguous: drivers gather whole rows of it.
        self.coef_t = np.ascontiguousarray(self.coef.T)
        self.intercept = (b["intercept"] / t).astype(np.float32)
        cats = [kb.categories[c] for c in self.classes]
        self.figures = np.array([c.exposure for c in cats])
        self.substitution = np.array([c.substitution for c in cats])
        self.outlook = np.array([formulas.OUTLOOK_VALUE[c.outlook.trend] for c in cats])
        self.matcher = SkillMatcher(kb.skills.values())
        self.skill_ids = list(kb.skills)
        self.skill_index = {s: i for i, s in enumerate(self.skill_ids)}
        c_index = {c: i for i, c in enumerate(self.classes)}
        self.skill_cats = np.zeros((len(self.skill_ids), len(self.classes)), np.float32)
        for i, sid in enumerate(self.skill_ids):
            self.skill_cats[i, [c_index[c] for c in kb.skills[sid].categories]] = 1
        self.skill_sign = np.array([_EFFECT_SIGN[kb.skills[s].ai_effect] for s in self.skill_ids])
        # No occupation model here yet: related occupations are found by title alone.
        self.pivot_scorer = build_scorer(kb, {})
        self.featurizer = FastFeaturizer(b["features"])
        self.duty_featurizer = FastWordVectorizer(b["duty"]["features"])
        chars = next(p for p in self.featurizer.parts if p.char)
        self.char_columns = (chars.offset, chars.offset + len(chars.vocab))
        self.char_ngram_range = chars.ngram
        self.char_grams = [""] * len(chars.vocab)
        for gram, j in chars.vocab.items():
            self.char_grams[j] = gram
        self._names: list[str] | None = None
        self._match_cache: dict[str, SkillMatch] = {}
        self._credit_cache: dict[str, tuple[list[str], np.ndarray]] = {}

    @property
    def model_version(self) -> str:
        """The version string results carry."""
        return self.manifest.model_version

    @property
    def feature_names(self) -> list[str]:
        """Readable names of the model's columns (built on first use)."""
        if self._names is None:
            self._names = self.featurizer.feature_names()
        return self._names

    def match(self, text: str) -> SkillMatch:
        """Resolve one typed skill (cached: batches repeat the same skills)."""
        found = self._match_cache.get(text)
        if found is None:
            if len(self._match_cache) > 50_000:
                self._match_cache.clear()
            found = self._match_cache[text] = self.matcher.match(text)
        return found

    def title_credit(self, role: str, cols: np.ndarray) -> tuple[list[str], np.ndarray]:
        """Title words and a (n-grams x words) matrix sharing each n-gram among its words.

        Cached by title: batches repeat titles, and the split depends only on the text.
        """
        found = self._credit_cache.get(role)
        if found is None or found[1].shape[0] != len(cols):
            low, high = self.char_ngram_range
            words = list(dict.fromkeys(normalise(role).split()))
            owners: dict[str, list[int]] = {}
            for k, word in enumerate(words):
                for gram in set(char_wb_ngrams(word, low, high)):
                    owners.setdefault(gram, []).append(k)
            share = np.zeros((len(cols), len(words)))
            offset = self.char_columns[0]
            for row, j in enumerate(cols.tolist()):
                who = owners.get(self.char_grams[j - offset], ())
                for k in who:
                    share[row, k] = 1.0 / len(who)
            if len(self._credit_cache) > 20_000:
                self._credit_cache.clear()
            found = self._credit_cache[role] = (words, share)
        return found

    def score(self, profile: Profile, max_pivots: int = 5) -> Result:
        """Score one profile."""
        return self.score_many([profile], max_pivots)[0]

    def score_many(self, profiles: list[Profile], max_pivots: int = 5) -> list[Result]:
        """Score profiles in order."""
        results: list[Result] = []
        for start in range(0, len(profiles), CHUNK):
            results += self._score_chunk(profiles[start : start + CHUNK], max_pivots)
        return results

    def category_proba(
        self, rows: list[tuple[str, str, str]]
    ) -> tuple[Any, np.ndarray, np.ndarray]:
        """Features, their linear scores ``xW`` and calibrated category probabilities."""
        x = self.featurizer.transform(rows)
        xw = np.asarray(x @ self.coef_t)
        logits = xw + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return x, xw, p / p.sum(axis=1, keepdims=True)

    def duty_ratings(self, lines: list[str]) -> np.ndarray:
        """The duty model's rating in [0, 1] for each duty line."""
        if not lines:
            return np.zeros(0)
        duty = self.bundle["duty"]
        x = self.duty_featurizer.transform(lines)
        return np.clip(x @ duty["coef"] + duty["intercept"], 0.0, 1.0)

    def to_percentile(self, rating: np.ndarray) -> np.ndarray:
        """Map duty ratings onto the percentile scale of the category figures."""
        duty = self.bundle["duty"]
        return np.interp(rating, duty["map_x"], duty["map_y"])

    def _score_chunk(self, profiles: list[Profile], max_pivots: int) -> list[Result]:
        n = len(profiles)
        matches = [[self.match(s) for s in p.skills] for p in profiles]
        rows = [(p.role, skills_field(p.skills, self.matcher.resolve), p.duties) for p in profiles]
        x, xw, proba = self.category_proba(rows)
        for i, p in enumerate(profiles):
            if p.category in self.class_set:
                proba[i] = 0.0
                proba[i, self.classes.index(p.category)] = 1.0
        held = np.zeros((n, len(self.skill_ids)), np.float32)
        for i, ms in enumerate(matches):
            for m in ms:
                if m.skill is not None:
                    held[i, self.skill_index[m.skill.id]] = 1.0
        lines = [duty_lines(p.duties) for p in profiles]
        flat = [line for ls in lines for line in ls]
        ratings = self.duty_ratings(flat)
        batch = Batch.compute(self, proba, held, lines, ratings)
        weights = path_weights(xw, self.intercept, self.figures)
        batch.effects = feature_effects(x, self.coef_t, weights)
        batch.x = x
        occ_codes, occ_proba = title_match_matrix([p.role for p in profiles])
        advice = advise_batch(
            self.pivot_scorer,
            occ_proba,
            occ_codes,
            matches,
            batch.exposure,
            batch.resilience,
            proba,
            self.classes,
            max_pivots,
        )
        return assemble(self, profiles, matches, batch, advice, max_pivots)


def load_engine(directory: Path | None = None, kb: KnowledgeBase | None = None) -> Engine:
    """Load the shipped (or given) artifact after verifying it, with the shipped knowledge base."""
    from career_resilience.skills.loader import shipped_knowledge_base

    kb = kb or shipped_knowledge_base()
    from career_resilience.model.bundle_parts import load_bundle

    manifest, bundle = load_bundle(directory or artifact.ARTIFACT_DIR, kb.digest)
    return Engine(kb, bundle, manifest)
