"""The category model's reading is split between the items that made it, not left to the
drivers' last line.

The classifier reads all the words together ("AI orchestration engineer" is AI-era
work; shingles and ladders are a trade) and its reading moves the match and the AI-era
share. Every variant of the profile kept the whole profile's reading, so none of it
moved an item's points: an AI orchestration engineer's list was one line, the last
(+45.1 of +45.1), and a machine-learning engineer's title read +7.2 where scoring every
subset of the profile for real gives it +41.6.
"""

from __future__ import annotations

import numpy as np
import pytest

from career_resilience.model import driver_category as dc
from career_resilience.model.item_shapley import members, shapley
from career_resilience.model.profile import Profile
from career_resilience.wording import REST_DRIVER

#: Profiles typed as people type them, far apart: AI-era work, trades, care, money.
PEOPLE = [
    ("AI orchestration engineer", ("LangChain", "Python", "Kubernetes")),
    ("Machine learning engineer", ("PyTorch", "MLOps")),
    ("Prompt engineer", ("ChatGPT", "writing")),
    ("Roofer", ("shingles", "nail gun", "ladders")),
    ("Hairdresser", ("coloring", "cutting")),
    ("Bank teller", ("cash handling", "customer service")),
]


def _real_shapley(engine, role: str, skills: tuple[str, ...]) -> list[float]:
    """Each item's Shapley value (the title as one, then each skill), every subset of
    the profile scored for real (nothing at all: the blank profile)."""
    value = []
    for held in members(1 + len(skills)):
        kept = tuple(s for s, h in zip(skills, held[1:], strict=True) if h)
        role_kept = role if held[0] else ""
        exposure = engine.score(Profile(role_kept, kept, "")).exposure if held.any() else None
        value.append(engine.blank_exposure if exposure is None else exposure)
    return shapley(np.array(value)).tolist()


@pytest.mark.parametrize(("role", "skills"), PEOPLE)
def test_each_item_gets_its_share_of_what_scoring_its_subsets_for_real_gives(
    engine, role, skills
) -> None:
    result = engine.score(Profile(role, skills, ""))
    points = {d.feature: d.effect for d in result.drivers}
    title = sum(e for f, e in points.items() if f.startswith("title "))
    # An item too small to be listed is in the last line ("items not listed above"),
    # which then holds its points: it counts with that line's.
    rest = points[REST_DRIVER]
    ours = [title, *(points.get(f'skill "{s}"', rest) for s in skills)]
    real = _real_shapley(engine, role, skills)
    # Before: the ML engineer's title +7.2 (real +41.6), the AI orchestration
    # engineer's 0 (real +39.7), the roofer's -31.9 (real -44.7). The widest gap left
    # is the AI orchestration engineer's Kubernetes: +2.3 against a real +5.3 on the
    # model of 2026-12-05 02:42, +2.4 against +6.3 after the retrain of 06:07, +1.0
    # against +6.3 after that of 2026-12-06 13:12 (the category model learned O*NET's
    # "... Engineer" titles that it had read as AI-era work, so the title alone reads
    # less so and the skill's part of the linear split of its reading shrank; the
    # exposure of every subset moved by under 1.5 points). Since the retrain of
    # 2026-12-06 14:55 its +0.98 is no longer listed (the title word "orchestration"
    # reads +0.985 against Kubernetes' +0.984: the fourth line went to the title), so
    # it counts with the last line's +1.6. Every other item within 4.
    assert ours == pytest.approx(real, abs=5.5), (ours, real)
    assert abs(rest) < 2.5, rest  # was +45.1, +32.6, -12.2 for the first three


def test_an_ai_era_title_is_what_moves_its_score(engine) -> None:
    result = engine.score(Profile.create("AI orchestration engineer"))
    title = sum(d.effect for d in result.drivers if d.feature.startswith("title "))
    moved = result.exposure - engine.blank_exposure
    assert moved > 30
    assert title == pytest.approx(moved, abs=0.5)  # was 0: all of it in the last line


def test_the_items_parts_add_up_to_the_logits_of_the_profile(engine) -> None:
    # The category model is linear before its softmax: the parts of every typed item
    # are what separates the profile's logits from the intercept (nothing typed); a
    # word pair no item holds alone ("customer service" across two skills) is shared.
    profile = Profile.create(
        "Senior data analyst",
        ["SQL", "Tableau", "k8s", "customer", "service"],
        "build dashboards\nclean data in SQL",
    )
    matches = [engine.match(s) for s in profile.skills]
    reading = dc.CategoryReading(
        dc.frame_of(engine), profile.role, profile.skills, matches, profile.duties
    )
    split = reading.parts(["Senior data analyst"], 5, ["build dashboards", "clean data in SQL"], 2)
    assert len(split.parts) == 1 + 5 + 2
    assert split.none == pytest.approx(engine.tables.intercept, abs=1e-4)
    logits = engine.tables.few.logits([(profile.role, reading.field, profile.duties)])[0]
    assert split.full == pytest.approx(logits + engine.tables.intercept, abs=1e-4)
    # "k8s" holds its catalogue name's words too (the skills field adds "Kubernetes").
    assert np.abs(split.parts[3]).sum() > np.abs(split.parts[2]).sum() * 0.1


#: People with more items than play one by one (a title, three skills, three lines).
MANY = [
    ("Software and cloud licensing analyst", "UiPath; RPA; process mapping",
     "track licences\nreport usage\nrenew contracts"),
    ("Prompt engineer", "ChatGPT; Python; evaluation",
     "write prompts\ntest model outputs\ndocument prompt libraries"),
    ("Payroll clerk", "ADP; payroll; Excel",
     "process payroll\nanswer pay questions\nfile tax forms"),
]  # fmt: skip


@pytest.mark.parametrize(("role", "skills", "duties"), MANY)
def test_with_every_item_listed_nothing_is_left_for_the_last_line(
    engine, monkeypatch, role, skills, duties
) -> None:
    # Items past six played together: held in every coalition, what they said alike
    # with the others went to no one (the licensing analyst's last line kept 38.8 of
    # 39.4 points, the prompt engineer's all 45.9).
    from career_resilience.model import explain

    monkeypatch.setattr(explain, "DRIVERS_PER_SIDE", 20)
    result = engine.score(Profile.create(role, skills, duties))
    rest = next(d.effect for d in result.drivers if d.feature == REST_DRIVER)
    assert len(result.drivers) >= 7
    assert abs(rest) < 0.5, rest


@pytest.mark.parametrize("role", ["1.5", "0.1", "3.14"])
def test_a_number_typed_as_the_title_is_scored(engine, role: str) -> None:
    # Its units ("1", "5") are words the title part knows, the whole title no entry of
    # the category model: with no other field, the split looked them up among no
    # columns and the score crashed (`resilience score --role 1.5`: "unexpected
    # IndexError"). With a skill it was scored.
    for skills in ("", "cash handling"):
        result = engine.score(Profile.create(role, skills))
        assert result.drivers and result.drivers[-1].feature == REST_DRIVER


@pytest.mark.parametrize(
    ("field", "items"),
    [
        (1, (("SQL", "k8s", "Kubernetes"), (0, 1, 1))),  # a skill beside its catalogue name
        (1, (("customer", "service", "Excel"), (0, 1, 2))),  # a pair across two skills
        (2, (("build dashboards", "", "clean data in SQL"), (0, 1, 2))),  # an empty line
    ],
)
def test_each_pieces_own_columns_are_those_of_its_words_in_the_field(
    engine, field: int, items: tuple[tuple[str, ...], tuple[int, ...]]
) -> None:
    # The pieces' columns are remembered per piece; the field's words read one by one
    # give the same columns to the same items (a word pair across two pieces of one
    # item, "k8s kubernetes", included; across two items, none).
    frame = dc.frame_of(engine)
    pieces, owners = items
    field_items = dc.FieldItems(pieces, owners, max(owners) + 1)
    text = ("\n" if field == 2 else "; ").join(pieces)
    words: list[int] = []
    owner: list[int] = []
    dc._owned_columns(frame, field, text, field_items, 3, words, owner)
    tokens = dc.normalise(text).split()
    whose = [3 + i for p, i in zip(pieces, owners, strict=True) for _ in dc.normalise(p).split()]
    by_words: list[int] = []
    by_owner: list[int] = []
    dc._owned_by_words(frame, field, tokens, whose, by_words, by_owner)
    assert sorted(zip(owner, words, strict=True)) == sorted(zip(by_owner, by_words, strict=True))
    assert len(set(owner)) > 1
