""" "Did you mean" for an unknown skill offers only names that say what was typed."""

from __future__ import annotations

from tui_support import settle

from career_resilience.skills.loader import load_knowledge_base
from career_resilience.skills.matching import SkillMatcher
from career_resilience.tui.suggestions import plausible


def _shipped_matcher() -> SkillMatcher:
    return SkillMatcher(load_knowledge_base().skills.values())


def test_a_shared_common_word_is_not_enough():
    matcher = _shipped_matcher()
    # HRIS administration has the alias "HCM systems": "systems" alone names nothing.
    offered = ("HRIS administration", "CRM administration", "Business process management")
    assert plausible(matcher, "CAD systems", offered) == ()
    assert plausible(matcher, "radio", ("Audio production",)) == ()  # audio is not a slip


def test_slips_and_distinctive_words_are_kept():
    matcher = _shipped_matcher()
    assert plausible(matcher, "Exel", ("Microsoft Excel",)) == ("Microsoft Excel",)
    assert plausible(matcher, "Pyhton", ("Python",)) == ("Python",)
    assert plausible(matcher, "k8", ("Kubernetes",)) == ("Kubernetes",)  # alias k8s
    kept = plausible(matcher, "cash handeling", ("Cashier", "Insurance claims processing"))
    assert kept == ("Cashier",)


async def test_the_form_shows_only_plausible_suggestions(tui_app, screen_text, monkeypatch):
    # Whatever the catalogue's trigram search offers, the form filters it.
    monkeypatch.setattr(
        SkillMatcher, "suggest", lambda self, text, limit=3: ("Incident management", "Excel")
    )
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await pilot.press(*"Kiln firing", "enter", *"Exel", "enter")
        await pilot.pause()
        rows = [line for line in screen_text(app).splitlines() if "not in catalogue" in line]
        assert len(rows) == 2, rows
        assert "did you mean" not in rows[0]
        assert "(did you mean Excel?)" in rows[1] and "Incident" not in rows[1]
