"""Messages the background workers and screens send to the app.

Workers run in threads and must not touch widgets; they post one of these and the
app's handlers, which run on the event loop, update the session and the screens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from collections.abc import Mapping

    from career_resilience.model.engine import Engine
    from career_resilience.model.profile import Profile
    from career_resilience.model.result import Result
    from career_resilience.skills.title_suggestions import TitleIndex
    from career_resilience.tui.session import Catalogue


class CatalogueLoaded(Message):
    """The skill catalogue is ready for autocomplete."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        super().__init__()


class TitlesIndexed(Message):
    """O*NET's job titles joined the ones suggested as a title is typed."""

    def __init__(
        self, titles: TitleIndex, kinds: Mapping[str, frozenset[str]] | None = None
    ) -> None:
        self.titles = titles
        #: Each listed title's kinds of work (``skills/title_kinds.py``).
        self.kinds = kinds or {}
        super().__init__()


class ModelLoaded(Message):
    """The model loaded and verified; scoring is possible."""

    def __init__(self, engine: Engine, catalogue: Catalogue) -> None:
        self.engine = engine
        #: The engine's knowledge base, indexed (with the engine's own matcher).
        self.catalogue = catalogue
        super().__init__()


class ModelFailed(Message):
    """The model (or the knowledge base) could not be loaded; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__()


class ScoreRequested(Message):
    """A screen asks the app to score a profile and show the result."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        super().__init__()


class ProfileScored(Message):
    """A profile was scored for ``person`` (:attr:`Session.person` when it was asked)."""

    def __init__(self, profile: Profile, result: Result, person: int) -> None:
        self.profile = profile
        self.result = result
        self.person = person
        super().__init__()


class ModelRanked(Message):
    """The model's likeliest kinds of work for ``profile`` as it would place it, worked
    out for ``person`` after a result the person chose had only their choice."""

    def __init__(self, profile: Profile, kinds: tuple[str, ...], person: int) -> None:
        self.profile = profile
        self.kinds = kinds
        self.person = person
        super().__init__()
