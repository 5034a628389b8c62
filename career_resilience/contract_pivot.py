"""The result contract's pivot records: a learning-plan step and a ranked pivot.

Part of the one result contract (:mod:`career_resilience.contract` re-exports every name
here): a pivot's words can be built when first read (:meth:`PivotOption.deferred`), so
the record, its lazily built words and its JSON form live together.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields, replace
from functools import partial
from typing import Any


@dataclass(frozen=True)
class PlanItem:
    """A learning-plan step, marked done when the person already has its skills."""

    step: str
    weeks: float
    evidence: str
    skills: tuple[str, ...]
    done: bool


@dataclass(frozen=True)
class PivotOption:
    """A ranked pivot: how well it fits, what it changes, and what it takes."""

    id: str
    label: str
    category: str
    exposure: float
    resilience: float
    fit: float
    gap_skills: tuple[str, ...]
    held_skills: tuple[str, ...]
    plan: tuple[PlanItem, ...]
    why: str
    summary: str
    #: "related" (an O*NET related occupation), "ai_era" (a role the articles describe)
    #: or "occupation" (a hand-written move into one O*NET occupation).
    kind: str = "ai_era"
    onet_soc: str = ""
    fit_reasons: tuple[str, ...] = ()
    exposure_change: float = 0.0
    resilience_change: float = 0.0
    bls_change_pct: float | None = None
    job_zone: int | None = None
    job_zone_step: int = 0
    citation: str = ""
    #: For AI-era work BLS projects none of (the categories O*NET lacks), the articles'
    #: trend word its resilience is weighed with ("growing"); ``bls_change_pct`` is then
    #: None. Empty where the outlook is ``bls_change_pct``.
    outlook: str = ""

    @property
    def plan_weeks(self) -> float:
        """Weeks of the plan still to do."""
        return sum(item.weeks for item in self.plan if not item.done)

    @classmethod
    def deferred(cls, words: Callable[[], dict[str, Any]], **figures: Any) -> PivotOption:
        """A pivot whose words (:data:`PIVOT_WORDS`: gaps, plan, why, fit reasons) are
        built by ``words`` when one of them is first read, every other field given.

        One score ranks a person's pivots in about a millisecond, a third of it the
        words of five pivots, which the what-if's re-scores and a batch of figures never
        read. Read (``to_dict``, ``==``, ``repr``, ``replace``, a pickle) it is the same
        record as one built with its words: the class, fields and values are the same.
        """
        option = object.__new__(cls)
        option.__dict__.update(figures)
        option.__dict__[_WORDS_RECIPE] = words
        return option

    def __getstate__(self) -> dict[str, Any]:
        """The fields, words built (a recipe holds the scorer: never pickled)."""
        if _WORDS_RECIPE in self.__dict__:
            _build_words(self)
        return self.__dict__


#: The fields of a pivot built when first read (``PivotOption.deferred``).
PIVOT_WORDS = ("gap_skills", "held_skills", "plan", "why", "fit_reasons")
_WORDS_RECIPE = "_words"


#: Held while a deferred pivot's words are built: the app's UI thread, an export and a
#: worker may read the same result's pivots at once, and the recipe reads the scorer's
#: plain-dict caches. Re-entrant: a recipe may read another pivot's fields.
_WORDS_LOCK = threading.RLock()


def _build_words(option: PivotOption) -> None:
    """Fill a deferred pivot's words from its recipe, once, whichever thread reads first
    (a second reader waits for the words instead of building them again)."""
    if _WORDS_RECIPE not in option.__dict__:  # built, or never deferred: no lock taken
        return
    with _WORDS_LOCK:
        recipe = option.__dict__.get(_WORDS_RECIPE)
        if recipe is not None:
            # The words before the recipe goes: a reader finding no recipe finds them.
            option.__dict__.update(recipe())
            del option.__dict__[_WORDS_RECIPE]


class _Words:
    """A pivot's words field: read from the instance (a plain record keeps it there,
    so this is not called), or built by a deferred pivot's recipe on first read."""

    def __init__(self, name: str, default: object) -> None:
        self.name, self.default = name, default

    def __get__(self, option: PivotOption | None, owner: type | None = None) -> Any:
        if option is None:  # the class's own attribute: the field's default, as before
            if self.default is MISSING:
                raise AttributeError(self.name)
            return self.default
        _build_words(option)
        return option.__dict__[self.name]


# Non-data descriptors: a record built the usual way holds its words in its own
# ``__dict__``, which takes precedence, so only a deferred one ever calls ``__get__``.
for _field in fields(PivotOption):
    if _field.name in PIVOT_WORDS:
        setattr(PivotOption, _field.name, _Words(_field.name, _field.default))


def fixed(value: float, digits: int) -> float:
    """``value`` at ``digits`` decimals, as every figure of the contract is kept.

    A small negative value rounds to -0.0, which JSON prints "-0.0" (a pivot whose
    exposure moves by -0.03 read "exposure_change": -0.0): adding 0.0 makes it 0.0 and
    leaves every other value as it was.
    """
    return round(value, digits) + 0.0


def rounded(value: float | None, digits: int) -> float | None:
    """``value`` at ``digits`` decimals (:func:`fixed`); None stays None."""
    return None if value is None else fixed(value, digits)


def pivot_saved(p: PivotOption) -> PivotOption:
    """A pivot's figures at the decimals :func:`pivot_dict` keeps; words not built yet
    are still built when first read (the app and the what-if show every result as
    saved, and the what-if reads only each pivot's name and fit)."""
    figures: dict[str, Any] = {
        "exposure": fixed(p.exposure, 1),
        "exposure_change": fixed(p.exposure_change, 1),
        "resilience": fixed(p.resilience, 1),
        "resilience_change": fixed(p.resilience_change, 1),
        "fit": fixed(p.fit, 3),
        "bls_change_pct": rounded(p.bls_change_pct, 1),
    }
    kept = dict(p.__dict__)
    if kept.pop(_WORDS_RECIPE, None) is None:
        return replace(p, **figures)
    # Built on the first read of either record, once (the engine's own keeps them).
    return PivotOption.deferred(partial(_words_of, p), **{**kept, **figures})


def _words_of(p: PivotOption) -> dict[str, Any]:
    """A pivot's words (:data:`PIVOT_WORDS`), built if they were not."""
    return {name: getattr(p, name) for name in PIVOT_WORDS}


def pivot_dict(p: PivotOption) -> dict[str, Any]:
    """A pivot as the public JSON contract holds it."""
    return {
        "id": p.id,
        "label": p.label,
        "kind": p.kind,
        "category": p.category,
        "onet_soc": p.onet_soc or None,
        "exposure": fixed(p.exposure, 1),
        "exposure_change": fixed(p.exposure_change, 1),
        "resilience": fixed(p.resilience, 1),
        "resilience_change": fixed(p.resilience_change, 1),
        "fit": fixed(p.fit, 3),
        "fit_reasons": list(p.fit_reasons),
        "bls_change_pct": rounded(p.bls_change_pct, 1),
        "outlook": p.outlook,
        "job_zone": p.job_zone,
        "job_zone_step": p.job_zone_step,
        "gap_skills": list(p.gap_skills),
        "held_skills": list(p.held_skills),
        "why": p.why,
        "citation": p.citation,
        "plan": [
            {
                "step": s.step,
                "weeks": s.weeks,
                "evidence": s.evidence,
                "skills": list(s.skills),
                "done": s.done,
            }
            for s in p.plan
        ],
    }
