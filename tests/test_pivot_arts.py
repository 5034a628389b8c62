"""A performing art the person does not practise is no move however alike the work is
(``model/pivot_arts.py``): a church organist had Dancers first at fit 78%."""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile

ORGANIST = ("Church organist", "organ; piano; choir", "play organ for Sunday services")


@pytest.mark.parametrize(
    "role, skills, duties",
    [ORGANIST, ("Church organist", "", ""), ("Singer", "", ""), ("Session musician", "guitar", "")],
)
def test_a_musician_is_not_sent_to_dance_or_act(engine, role, skills, duties) -> None:
    result = engine.score(Profile.create(role, skills, duties))
    assert result.occupations[0].title == "Musicians and Singers"
    labels = [p.label for p in result.pivots]
    assert not {"Dancers", "Actors", "Choreographers"} & set(labels), labels


def test_an_art_of_ones_own_work_still_counts_as_practised(engine) -> None:
    # A choir director's music performance is their own work's core skill: music therapy
    # (its one core skill music performance) keeps the fit its work activities give it.
    result = engine.score(
        Profile.create("Choir director", "choral conducting; piano", "lead the church choir")
    )
    therapy = next(p for p in result.pivots if p.label == "Music Therapists")
    assert therapy.fit > 0.3, therapy.fit_reasons
    assert any("shares" in r for r in therapy.fit_reasons[:1])


def test_a_batch_reads_the_arts_as_one_score_does(engine) -> None:
    # The batch lays people's candidates end to end: the organist's missing arts must
    # stay the organist's, beside a singer (whose music is their own) and a nurse.
    people = [
        Profile.create(*ORGANIST),
        Profile.create("Choir director", "choral conducting; piano", "lead the church choir"),
        Profile.create("Nurse", "patient care", ""),
    ]
    batch = engine.score_many(people)
    for person, result in zip(people, batch, strict=True):
        alone = engine.score(person)
        assert [(p.label, p.fit) for p in result.pivots] == [(p.label, p.fit) for p in alone.pivots]


@pytest.mark.parametrize(
    "role, skills, duties",
    [
        ("Composer", "orchestration; Logic Pro", "write music for ads"),
        ("Band director", "conducting; brass; marching band", "direct the high school band"),
        ("Choir director", "choral conducting, piano", "lead the church choir"),
    ],
)
def test_a_performer_is_not_sent_to_paint_or_sculpt(engine, role, skills, duties) -> None:
    # Music directors had Fine Artists (painters, sculptors, illustrators) at fit 33%,
    # none of its skills: creating works shares O*NET's activities, not the craft.
    result = engine.score(Profile.create(role, skills, duties))
    assert result.occupations[0].title == "Music Directors and Composers"
    labels = [p.label for p in result.pivots]
    assert labels, result.pivot_note
    assert not [label for label in labels if label.startswith("Fine Artists")], labels


def test_the_crafts_still_come_to_fine_and_craft_art(engine) -> None:
    # Fine art is another art only to a performer: a florist's visual craft leads there.
    florist = engine.score(
        Profile.create("Florist", "floral design; arrangements", "make bouquets")
    )
    labels = [p.label for p in florist.pivots]
    assert "Craft Artists" in labels, labels
    assert [label for label in labels if label.startswith("Fine Artists")], labels
