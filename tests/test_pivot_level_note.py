"""The note above a list of only moves up says truly what happened to the moves at the
person's own level: left out by the rules, or kept and cut by the list's length."""

from __future__ import annotations

import re

from career_resilience import wording
from career_resilience.model.profile import Profile

#: A florist's moves at their own job zone are left out by the rules but one, kept and
#: ranked below the moves up the list shows. (A "middle school teacher" with lesson
#: planning was this case while career/technical teachers came first, 63%; then an
#: environmental conservation officer, whose steps down were cut, until a move out of
#: its shrinking work, foresters, was listed on 2026-12-06.)
TEACHER = Profile.create("Florist")


def _fresh(engine) -> None:
    """Forget every person's pivots kept so far (each path works them out again)."""
    engine.pivot_scorer._advice.clear()
    engine.pivot_scorer.texts._plans.clear()


def test_moves_cut_by_the_lists_length_are_said_on_both_paths(engine) -> None:
    _fresh(engine)
    one = engine.score(TEACHER).to_dict()
    assert one["pivots"] and all(p["job_zone_step"] > 0 for p in one["pivots"])
    note = one["pivot_note"]
    assert note.startswith("Every move listed asks more preparation than your work."), note
    assert "1 more is not listed: it is ranked below the moves listed." in note, note
    _fresh(engine)
    # The batch path (two people scored together) says the same of the same person.
    other = Profile.create("welder", "MIG welding")
    both = engine.score_many([other, TEACHER])
    assert both[1].to_dict()["pivot_note"] == note


def test_the_note_counts_what_the_rules_left_out_and_what_the_list_cut() -> None:
    both = wording.level_left_out(3, ("same_job",), 2, ("down",))
    assert both == (
        "Every move listed asks more preparation than your work. The 3 occupations O*NET "
        "relates to yours at your job zone or below were left out: each is the same job "
        "elsewhere. 2 more are not listed: each is a step down in job zone, listed only to "
        "fill a short list."
    )
    cut = wording.level_left_out(0, (), 1, ("level", "ranked"))
    assert cut == (
        "Every move listed asks more preparation than your work. 1 occupation O*NET "
        "relates to yours at your job zone or below is not listed: it is about as "
        "resilient as your work, listed only to fill a short list or ranked below the "
        "moves listed."
    )


#: An orchard owner sees one or two moves: O*NET relates fourteen more occupations to
#: farm management, and the note had not said why none of them was listed.
GROWER = Profile.create("Orchard owner", "apple orchard; pruning; farm stand")


def _counted(note: str) -> tuple[int, int]:
    """The total the note says the rules left out, and the sum of its counts."""
    found = re.search(
        r"The rules left out the (\d+) other occupations O\*NET relates to yours", note
    )
    assert found, note
    tail = note[found.end() :]
    counts = re.findall(r"(\d+) (?:is|are|for other reasons)", tail)
    return int(found.group(1)), sum(int(n) for n in counts)


def test_a_short_list_says_how_many_the_rules_left_out_at_its_level_and_why(engine) -> None:
    _fresh(engine)
    one = engine.score(GROWER)
    assert 0 < len(one.pivots) < 3
    note = one.pivot_note
    total, counted = _counted(note)
    # Every one left out is counted once, under its first reason.
    assert total > 3 and counted == total, note
    # Farm management's office relatives are growing but more exposed: said so.
    assert "more exposed to AI by over 10 points" in note, note
    _fresh(engine)
    both = engine.score_many([Profile.create("welder", "MIG welding"), GROWER])
    assert both[1].pivot_note == note


def test_the_short_note_names_the_most_common_reasons_with_their_counts() -> None:
    said = wording.short_left_out(
        5, ("same_job", "shrinking", "far", "doctoral"), counts=(1, 2, 1, 1)
    )
    assert said == (
        "The rules left out the 5 other occupations O*NET relates to yours at your job "
        "zone or below: 2 are shrinking, 1 is the same job elsewhere, 1 is too far from "
        "your work and 1 for other reasons."
    )
    assert wording.short_left_out(0, ()) == ""
