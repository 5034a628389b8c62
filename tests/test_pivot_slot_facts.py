"""A new frame's licence, same-job and SOC-group rules, read from facts kept by slot,
decide as the rules themselves do candidate by candidate, for every occupation as the
person's work.

``pivot_slot_facts`` keeps what the rules read of each target (its licence, major group,
the work it assists, its title's job) and applies them to a frame's slots in array
steps. Were a fact read wrong, a pharmacist would be offered the technician's counter
again, or a registered nurse practical nursing (rungs below their own), or a licence's
moves shown as several routes.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from career_resilience.model.occupation_pivots import build_scorer
from career_resilience.model.pivot_licence_ladder import below_on_ladder, beneath_licence
from career_resilience.model.pivot_licences import licence_of
from career_resilience.model.pivot_moves import title_head
from career_resilience.model.pivot_slot_facts import GROUP
from career_resilience.model.pivot_steps import assists, covered, supervised
from career_resilience.skills.loader import shipped_knowledge_base


@pytest.fixture(scope="module")
def table():
    return build_scorer(shipped_knowledge_base(), {}).table


def _below_one_by_one(table, slots: list[int], own: tuple[str, ...]) -> list[bool]:
    """The rules' own reading, candidate by candidate (as ``build_frame`` read them)."""
    codes = [table.targets[s].onet_soc for s in slots]
    out = []
    for code, slot in zip(codes, slots, strict=True):
        found = False
        for c in own:
            found |= assists(code, c) or covered(code, c)
            found |= slot < table.n_related and code.startswith(supervised(c) or ("\0",))
            if licence_of(c) is not None:
                found |= below_on_ladder(c, code)
                if c in table.slot_of:
                    zone = int(table.zone[table.slot_of[c]])
                    found |= beneath_licence(c, zone, code, int(table.zone[slot]))
        out.append(found)
    return out


def test_every_occupations_rungs_below_and_assistant_work_are_the_rules_own(table) -> None:
    owns = [c for c in sorted(table.slot_of) if c in table.related]
    marked = shared = 0
    for own in owns:
        frame = table.frame((own,), (own,))
        slots = frame.slots.tolist()
        got = table.facts.below(frame.slots, frame.columns["zone"], (own,)).tolist()
        assert got == _below_one_by_one(table, slots, (own,)), own
        marked += any(got)
        # Two related candidates of one SOC group (``pivot_routes.twins`` looks further).
        related = (frame.slots < table.n_related).tolist()
        socs = [table.targets[s].onet_soc[:7] for s in frame.slots.tolist()]
        counts = Counter(soc for soc, r in zip(socs, related, strict=True) if r)
        twice = [r and counts[soc] > 1 for soc, r in zip(socs, related, strict=True)]
        found = table.facts.in_a_shared_soc_group(frame.slots, np.array(related))
        assert found.tolist() == twice, own
        shared += any(twice)
    assert marked > 50  # licensed and assisted work is common enough to be read here
    assert shared > 20
    # Two kinds of own work at once: a practical nurse who also assists in a pharmacy.
    frame = table.frame(("29-2061.00", "29-2052.00"), ("29-2061.00", "29-2052.00"))
    own = ("29-2061.00", "29-2052.00")
    got = table.facts.below(frame.slots, frame.columns["zone"], own).tolist()
    assert got == _below_one_by_one(table, frame.slots.tolist(), own)


def test_licences_and_jobs_read_per_slot_are_the_rules_own(table) -> None:
    slots = np.arange(len(table.targets))
    licences = table.facts.licences(slots).tolist()
    for slot, found in zip(slots.tolist(), licences, strict=True):
        lic = licence_of(table.targets[slot].onet_soc)
        assert found == (-1 if lic is None else GROUP[lic.name])
    related = slots[: table.n_related]
    for head in ("teacher", "cook", "therapist", "and repairer", "no such job"):
        same = table.facts.same_job(related, head).tolist()
        assert same == [title_head(table.targets[s].label) == head for s in related.tolist()]
        assert any(same) == (head != "no such job"), head
