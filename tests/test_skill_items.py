"""Skills are read item by item, the classifier's kind of work is a match channel, and a
title's last "lead" or an "entry" clerk keep their meaning (issue 8)."""

from __future__ import annotations

import numpy as np
import pytest
from placement_support import first_match as first

from career_resilience.model.occupation_match import skill_figures
from career_resilience.model.profile import Profile
from career_resilience.skills.occupations import occupation_data, occupation_table
from career_resilience.skills.titles import normalise_title


def test_a_skill_counts_as_much_for_an_occupation_with_hundreds_of_items(engine):
    # Software developers list 373 technology items, "Oracle Java" one of them; before,
    # "Java" stood for 1/373 of their centroid and counted less than for a short list.
    mt = engine.match_tables
    tech = occupation_data().technology
    lists_java = [c for c, items in tech.items() if any(n == "Oracle Java" for n, _, _ in items)]
    short = min(lists_java, key=lambda c: len(tech[c]))
    row = skill_figures(mt, ["Java"])[0]
    index = {c: i for i, c in enumerate(mt.codes)}
    assert len(tech["15-1252.00"]) > 10 * len(tech[short])
    assert row[index["15-1252.00"]] == pytest.approx(row[index[short]])
    assert row[index["15-1252.00"]] > 0.5


@pytest.mark.parametrize("skill", ["Microsoft Excel", "pipe wrench", "Java", "QuickBooks payroll"])
def test_each_occupation_gets_the_cosine_of_its_own_nearest_item(engine, skill):
    # Worked out the plain way: every item's cosine with the skill, then each
    # occupation's best over the items it lists. A gather that gave an occupation the
    # figure of another item (off by one run) would move some occupations.
    from career_resilience.model.skill_items import skill_query

    mt = engine.match_tables
    items, owners = mt.items.items, mt.items.owners
    n_items = len(owners.indptr) - 1
    cols, vals = skill_query(mt.tech_features, skill)
    sims = np.zeros(n_items)
    for c, v in zip(cols.tolist(), vals.tolist(), strict=True):
        a, b = items.indptr[c], items.indptr[c + 1]
        sims[items.indices[a:b]] += items.data[a:b] * v
    want = np.zeros(len(mt.codes), np.float32)
    for i in np.flatnonzero(sims > 0):
        occ = owners.indices[owners.indptr[i] : owners.indptr[i + 1]]
        want[occ] = np.maximum(want[occ], np.float32(sims[i]))
    row = skill_figures(mt, [skill])[0]
    assert (want > 0).sum() > 3  # the skill names items of several occupations
    np.testing.assert_allclose(row, want, rtol=1e-6, atol=1e-7)


def test_a_skill_no_item_names_adds_nothing_and_unknown_words_count():
    from career_resilience.model.engine import load_engine

    mt = load_engine().match_tables
    rows = skill_figures(mt, ["Kubernetes", "GD&T"])
    assert not rows[0].any()  # O*NET's 2019 lists have no Kubernetes
    # "GD&T" reads "gd t": a "T-bar" shares only the "t" and is no match.
    assert rows[1].max() < 0.6


def test_the_staff_engineer_with_a_duty_line_sees_software_developers_first(engine):
    # "design services and review code" read "Design Engineer" from the duty's verb and
    # from inside "system design": mechanical engineers 30%, framed physical engineering
    # (92%), where the skills alone read software developers. A verb says what the person
    # does, not which kind they are; the skills name software three times to once.
    for duties in ("design services and review code", "I design backend services, review PRs"):
        result = engine.score(
            Profile.create("Staff engineer", "Java; system design; Kubernetes", duties)
        )
        assert result.occupations[0].onet_soc == "15-1252.00", duties
        assert result.categories[0].id == "software_engineering", duties


def test_the_staff_engineer_of_issue_8_sees_software_developers_first(engine):
    code, _ = first(engine, "Staff engineer", "Java; system design; Kubernetes; mentoring")
    assert code == "15-1252.00"
    # Before: computer systems engineers at 19%, solar energy engineers next.
    result = engine.score(
        Profile.create("Staff engineer", "Java; system design; Kubernetes; mentoring")
    )
    top3 = [o.onet_soc for o in result.occupations[:3]]
    assert "17-2199.11" not in top3
    # Read "System Engineer" by its skills, the thirty engineering occupations tied on it
    # had been levelled on the typed word "engineer" (official titles 0.59, software
    # developers 0.01): software developers 32%, placed in physical engineering (54%).
    assert result.occupations[0].probability > 0.45
    assert result.categories[0].id == "software_engineering"


@pytest.mark.parametrize(
    ("role", "code"),
    [
        # O*NET lists UX titles under both; the kind of work says design, not testing.
        ("UX designer", "15-1255.00"),
        # "entry" was a seniority word: "data clerk".
        ("Data entry clerk", "43-9021.00"),
        # "acc" is the accountant's shorthand, as "acct" is.
        ("Sr. Acc", "13-2011.00"),
    ],
)
def test_everyday_titles_land_on_their_occupation(engine, role, code):
    got, p = first(engine, role)
    assert got == code and p > 0.5


def test_a_lead_at_the_end_of_a_title_is_a_supervisor(engine):
    assert normalise_title("Warehouse lead") == "warehouse supervisor"
    assert normalise_title("Lead cashier") == "cashier"  # in front: seniority
    assert normalise_title("Entry-level data entry clerk") == "data entry clerk"
    code, _ = first(engine, "Warehouse lead")
    # Alone, "warehouse" was read as data warehousing.
    assert not code.startswith("15-")
    assert occupation_table()[code].title.startswith("First-Line Supervisors")


def test_the_category_column_moves_the_match_toward_the_classifier_s_kind(engine):
    # The classifier reads Kubernetes as software work, which O*NET's lists cannot say:
    # with its column, software developers gain against the engineers O*NET names.
    from career_resilience.model.examples import skills_field
    from career_resilience.model.occupation_match import (
        CATEGORY,
        channel_features,
        set_category,
        softmax,
    )
    from career_resilience.skills.typed_skill_text import split_skills

    mt = engine.match_tables
    assert mt.weights[CATEGORY] > 0  # fitted, not set
    role, skills = "Staff engineer", "Java; system design; Kubernetes; mentoring"
    f = channel_features(mt, [(role, skills, "")])
    cls = engine.tables.proba(
        [(role, skills_field(split_skills(skills), engine.matcher.resolve), "")]
    )
    with_column = set_category(f.copy(), cls, engine.ground.category)
    sd = mt.codes.index("15-1252.00")
    p = [
        softmax(x @ mt.weights.astype(np.float32) / mt.temperature)[0, sd] for x in (f, with_column)
    ]
    assert p[1] > 2 * p[0]


def test_a_duty_word_the_skills_hold_for_other_work_does_not_qualify(engine):
    # "design" in the duty lines had read "Design Engineer" (mechanical engineers 36%,
    # physical engineering 88%), though it is the person's "system design", and the
    # skills name software developers twice, any design engineer once.
    result = engine.score(
        Profile.create(
            "Staff engineer",
            "Java; system design; Kubernetes",
            "lead the design of our payment services; write design docs",
        )
    )
    assert result.occupations[0].onet_soc == "15-1252.00"
    assert result.categories[0].id == "software_engineering"
    # With "mentoring" too, "Design Engineer" turned down had left no reading at all
    # (mechatronics engineers 13%); the next one, "System Engineer", now stands.
    result = engine.score(
        Profile.create(
            "Staff engineer",
            "Java; system design; Kubernetes; mentoring",
            "design services and review code",
        )
    )
    assert result.occupations[0].onet_soc == "15-1252.00"
    assert result.categories[0].id == "software_engineering"
