"""The app's two themes, light and dark, with text colours that meet WCAG AA.

Textual's built-in light theme paints warnings and accents orange (#ffa62b) on light
grey: a contrast of about 1.4:1, unreadable for many people. These themes keep the
same look but pick every colour used for text so it reaches 4.5:1 on the background,
the surfaces and the panels (tests/test_tui_contrast.py computes it). ``dim`` text is
a blend of the foreground into the background, so the backgrounds are chosen to
leave dim text readable too.
"""

from __future__ import annotations

from textual.theme import Theme

DARK = "resilience-dark"
LIGHT = "resilience-light"

#: The text colours of each theme, set explicitly rather than derived, so a change in
#: Textual's derivation cannot lower the contrast unnoticed.
_DARK_TEXT = {
    "text-primary": "#5AB0F0",
    "text-secondary": "#A8C8E8",
    "text-accent": "#FFC473",
    "text-warning": "#FFC473",
    "text-success": "#7DD87D",
    "text-error": "#FF8A80",
    "text-muted": "#A8A8A8",
    "footer-key-foreground": "#FFC473",
}
_LIGHT_TEXT = {
    "text-primary": "#0050A0",
    "text-secondary": "#7A3E9D",
    "text-accent": "#8A4B00",
    "text-warning": "#8A4B00",
    "text-success": "#1B6B2A",
    "text-error": "#B3261E",
    "text-muted": "#595959",
    "footer-key-foreground": "#0050A0",
}

THEMES = (
    Theme(
        name=DARK,
        primary="#4EA8F0",
        secondary="#A8C8E8",
        warning="#FFC473",
        error="#FF8A80",
        success="#7DD87D",
        accent="#FFA62B",
        foreground="#E0E0E0",
        background="#121212",
        surface="#1E1E1E",
        panel="#242F38",
        dark=True,
        variables=_DARK_TEXT,
    ),
    Theme(
        name=LIGHT,
        primary="#0050A0",
        secondary="#7A3E9D",
        warning="#8A4B00",
        error="#B3261E",
        success="#1B6B2A",
        accent="#8A4B00",
        foreground="#1A1A1A",
        background="#F5F5F5",
        surface="#EDEDED",
        panel="#E3E3E3",
        dark=False,
        variables=_LIGHT_TEXT,
    ),
)
