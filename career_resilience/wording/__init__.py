"""Every sentence and number format a person reads, written once.

The app, the command line and the reports all format scores, shares, weeks, progress,
bars and the coach's client lines through this package, so one result reads the same
everywhere: the same rounding (halves round up: 78.5 is "79"), the same names for the
three kinds of work and the published indices, shares that add up to exactly 100%, and
a meaning that fits the band (a "very low" score never reads "AI can do much of this
work").

This module is the one import point (``from career_resilience import wording``); the
words live in small modules by subject: ``numbers``, ``meaning`` (kinds of work, bands,
outlook, duties), ``drivers``, ``choice`` ("that's not me"), ``progress``, ``bars``,
``occupations``, ``sources`` (the papers named beside the figures), ``pivots`` (notes
above the pivots list), ``pivot_detail`` (one pivot in full: its labels, the skills held
and to learn, the plan's steps), ``pivot_left_out`` (a short list: what the rules left out and
why, and what to do next), ``pivots_ranked`` (why a pivot is listed above a better fit),
``pivot_preparation`` (what a move takes: job zones, licences, a plan's weeks),
``pivot_steps_up`` (a step up in one's own field: the work assisted or managed, the next
licence, supervising), ``clients``, ``dialogs`` (the coach's dialogs and client
screens: titles, labels, keys) and ``notices`` (the app's notifications), ``resilience``
(its parts and which moved), ``evaluation`` (``resilience evaluate``'s labels) and
``wrapping``. Each module lists its public names in its own ``__all__``, and this package
re-exports every one of them, so a name added to a module but not to its ``__all__`` is
missing here (tests/test_one_place.py checks).

Plain text only: no markup, no colours. Callers add styling around these words.
"""

from __future__ import annotations

from career_resilience.wording import (
    bars,
    choice,
    clients,
    dialogs,
    drivers,
    evaluation,
    meaning,
    notices,
    numbers,
    occupations,
    pivot_detail,
    pivot_left_out,
    pivot_preparation,
    pivot_steps_up,
    pivots,
    pivots_ranked,
    progress,
    resilience,
    sources,
    wrapping,
)
from career_resilience.wording.bars import *  # noqa: F403
from career_resilience.wording.choice import *  # noqa: F403
from career_resilience.wording.clients import *  # noqa: F403
from career_resilience.wording.dialogs import *  # noqa: F403
from career_resilience.wording.drivers import *  # noqa: F403
from career_resilience.wording.evaluation import *  # noqa: F403
from career_resilience.wording.meaning import *  # noqa: F403
from career_resilience.wording.notices import *  # noqa: F403
from career_resilience.wording.numbers import *  # noqa: F403
from career_resilience.wording.occupations import *  # noqa: F403
from career_resilience.wording.pivot_detail import *  # noqa: F403
from career_resilience.wording.pivot_left_out import *  # noqa: F403
from career_resilience.wording.pivot_preparation import *  # noqa: F403
from career_resilience.wording.pivot_steps_up import *  # noqa: F403
from career_resilience.wording.pivots import *  # noqa: F403
from career_resilience.wording.pivots_ranked import *  # noqa: F403
from career_resilience.wording.progress import *  # noqa: F403
from career_resilience.wording.resilience import *  # noqa: F403
from career_resilience.wording.sources import *  # noqa: F403
from career_resilience.wording.wrapping import *  # noqa: F403

# Each module says what it exports; the package exports their union.
__all__: list[str] = []
__all__ += bars.__all__
__all__ += choice.__all__
__all__ += clients.__all__
__all__ += dialogs.__all__
__all__ += drivers.__all__
__all__ += evaluation.__all__
__all__ += meaning.__all__
__all__ += notices.__all__
__all__ += numbers.__all__
__all__ += occupations.__all__
__all__ += pivot_detail.__all__
__all__ += pivot_left_out.__all__
__all__ += pivot_preparation.__all__
__all__ += pivot_steps_up.__all__
__all__ += pivots.__all__
__all__ += pivots_ranked.__all__
__all__ += progress.__all__
__all__ += resilience.__all__
__all__ += sources.__all__
__all__ += wrapping.__all__
