"""The result's first line keeps "(chosen by you)" when a long kind of work must give way."""

from __future__ import annotations

from textual.app import App, ComposeResult

from career_resilience.tui.widgets.headline import Headline


class _One(App[None]):
    def compose(self) -> ComposeResult:
        yield Headline()


async def test_a_long_chosen_occupation_is_shortened_at_a_word_not_its_choice():
    app = _One()
    async with app.run_test(size=(80, 3)) as pilot:
        line = app.query_one(Headline)
        line.show(
            "RN - med/surg", "Nursing Instructors and Teachers, Postsecondary", "chosen by you"
        )
        await pilot.pause()
        text = line.render().plain
        assert text == "RN - med/surg · Nursing Instructors and Teachers… (chosen by you)", text
        line.show("RN", "Registered Nurses", "chosen by you")  # room for it all: nothing cut
        await pilot.pause()
        assert line.render().plain.startswith("RN  ·  placed in Registered Nurses (chosen by you)")
