"""The client record's trend sparklines move the way the scores beside them moved.

Seen in tmux (issue 11): resilience 71 -> 69 drew "▆▆" beside "Resilience over 2
sessions: 71 → 69 (down 2 points ...)": eight heights for 0-100 put both in one band,
so a coach read the line as flat while the sentence said it fell.
"""

from __future__ import annotations

from coach_support import SIZE, sample_profile, sample_result, settle, to_clients

from career_resilience.records import Store


def _seed(pairs: list[tuple[float, float]]) -> None:
    """A client seen once per (exposure, resilience) pair."""
    with Store.open() as store:
        client = store.add_client("Rosa Diaz")
        for exposure, resilience in pairs:
            result = sample_result(exposure=exposure, resilience=resilience)
            store.add_session(client.id, sample_profile(), result)


async def _record_text(tui_app, screen_text) -> str:
    """The first client's record as the coach sees it after Enter in the client list."""
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")
        await settle(pilot)
        return screen_text(app, flat=True)


async def test_a_small_fall_draws_lower_and_a_small_rise_higher(tui_app, screen_text):
    _seed([(23.0, 71.0), (28.0, 69.0)])
    flat = await _record_text(tui_app, screen_text)
    assert "▂▃ Exposure over 2 sessions: 23 → 28 (up 5 points" in flat
    assert "▆▅ Resilience over 2 sessions: 71 → 69 (down 2 points" in flat


async def test_the_same_score_twice_draws_level(tui_app, screen_text):
    # 24.8 and 25.2 both read "25": one height, as the sentence says "no change".
    _seed([(24.8, 70.0), (25.2, 70.0)])
    flat = await _record_text(tui_app, screen_text)
    assert "▃▃ Exposure over 2 sessions: 25 → 25 (no change" in flat
    assert "▆▆ Resilience over 2 sessions: 70 → 70 (no change" in flat
