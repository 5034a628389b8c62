"""How the app gets its model and skill catalogue; injectable so tests use a fixed engine.

Everything slow (the model's arrays, scipy, the YAML catalogue) is imported inside these
functions, which only ever run in thread workers: the first frame never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from career_resilience.model.engine import Engine
    from career_resilience.skills.models import KnowledgeBase

EngineLoader = Callable[[], "Engine"]
CatalogueLoader = Callable[[], "KnowledgeBase"]


def load_shipped_engine() -> Engine:
    """The shipped, verified model with the shipped knowledge base."""
    from career_resilience.model.engine import load_engine

    return load_engine()


def load_shipped_catalogue() -> KnowledgeBase:
    """The shipped knowledge base alone (~0.2 s; no scikit-learn)."""
    from career_resilience.skills.loader import shipped_knowledge_base

    return shipped_knowledge_base()


def load_failure_reason(exc: BaseException) -> str:
    """A sentence for the user on why the model could not load."""
    from career_resilience.model.artifact import ArtifactError
    from career_resilience.skills.fields import KnowledgeBaseError

    if isinstance(exc, ArtifactError | KnowledgeBaseError):
        return str(exc)
    # Anything else is a bug or a broken install; say so without a traceback.
    return f"unexpected {type(exc).__name__}: {exc}"


def warm_up(engine: Engine) -> None:
    """Work out in the loader thread, before the model is announced ready, what first
    scores would otherwise work out while the person waits, then score once.

    ``Engine.prepare_workers`` fills the whole pivot table, O*NET's listed titles as the
    title rules read them and the "did you mean" tables (~0.15 s once): a first score
    then takes ~23 ms median instead of ~37 (docs/measurements.md). Before the model is
    announced, because a score fills pivot slots as it goes and two scores at once (one
    superseded, still running beside the next) would fill the same slot twice.
    """
    from career_resilience.model.profile import Profile

    prepare = getattr(engine, "prepare_workers", None)  # a test's stand-in may lack it
    if prepare is not None:
        prepare()
    engine.score(Profile.create("Analyst", ["Excel"], "Write reports"))
