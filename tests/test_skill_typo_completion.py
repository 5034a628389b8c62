"""A skill typed with a typo is offered the catalogue's "did you mean" while typing.

Seen in tmux (issue 11): a postman's "customer sevice" and "drivng" got no completion
once the typo was typed; Enter listed them as "not in catalogue (did you mean Customer
service?)", to be removed (↓, Delete) and typed again.
"""

from __future__ import annotations

from career_resilience.skills import completion


def test_a_typo_is_offered_the_skill_it_nearly_names(matcher) -> None:
    offered = completion.skills(matcher, "SQL; customer sevice")
    assert "Customer service" in [s.value for s in offered]
    assert all(s.label.endswith("(did you mean?)") for s in offered)
    assert [s.value for s in completion.skills(matcher, "forklfit")] == ["Forklift operation"]


def test_a_name_begun_or_a_skill_known_is_completed_as_before(matcher) -> None:
    assert completion.skills(matcher, "weld")[0].value == "Welding"
    assert completion.skills(matcher, "welding")[0].label == "Welding"
    assert completion.skills(matcher, "xq") == []  # too short to guess from


def test_once_placed_only_a_guess_that_fits_the_work_is_offered(matcher) -> None:
    # As the listed skill's "did you mean": a health worker's "cleanings" is not offered
    # Commercial cleaning, a cleaner's is.
    assert completion.skills(matcher, "cleanings", kinds={"nursing_care"}) == []
    offered = completion.skills(matcher, "cleanings", kinds={"cleaning_grounds"})
    assert [s.value for s in offered] == ["Commercial cleaning"]
