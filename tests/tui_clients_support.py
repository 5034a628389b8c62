"""Support for the coach-screen tests: the real app on the tiny engine."""

from __future__ import annotations

from typing import Any

import pytest

from career_resilience.tui.app import ResilienceApp, make_app


@pytest.fixture
def clients_app(tiny_engine):
    """A factory for the app (with its clients view, F6) on the tiny engine."""

    def build(engine_loader: Any = None) -> ResilienceApp:
        return make_app(engine_loader=engine_loader or (lambda: tiny_engine))

    return build
