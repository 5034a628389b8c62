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

#: Each colour as (dark theme, light theme): one table, so a colour given to one theme
#: cannot be forgotten in the other.
_BASE = {
    "primary": ("#4EA8F0", "#0050A0"),
    "secondary": ("#A8C8E8", "#7A3E9D"),
    "warning": ("#FFC473", "#8A4B00"),
    "error": ("#FF8A80", "#B3261E"),
    "success": ("#7DD87D", "#1B6B2A"),
    "accent": ("#FFA62B", "#8A4B00"),
    "foreground": ("#E0E0E0", "#1A1A1A"),
    "background": ("#121212", "#F5F5F5"),
    "surface": ("#1E1E1E", "#EDEDED"),
    "panel": ("#242F38", "#E3E3E3"),
}
#: The text colours, set explicitly rather than derived, so a change in Textual's
#: derivation cannot lower the contrast unnoticed.
_TEXT = {
    "text-primary": ("#5AB0F0", "#0050A0"),
    "text-secondary": ("#A8C8E8", "#7A3E9D"),
    "text-accent": ("#FFC473", "#8A4B00"),
    "text-warning": ("#FFC473", "#8A4B00"),
    "text-success": ("#7DD87D", "#1B6B2A"),
    "text-error": ("#FF8A80", "#B3261E"),
    "text-muted": ("#A8A8A8", "#595959"),
    # Textual paints placeholders and disabled rows with it (its own default was
    # 2.6:1 on the light theme's inputs, 3.4:1 on the dark one's).
    "text-disabled": ("#9A9A9A", "#636363"),
    "footer-key-foreground": ("#FFC473", "#0050A0"),
}


def _theme(name: str, dark: bool) -> Theme:
    """The theme made of each colour's dark or light half."""
    side = 0 if dark else 1
    base = {role: pair[side] for role, pair in _BASE.items()}
    return Theme(
        name=name,
        primary=base["primary"],
        secondary=base["secondary"],
        warning=base["warning"],
        error=base["error"],
        success=base["success"],
        accent=base["accent"],
        foreground=base["foreground"],
        background=base["background"],
        surface=base["surface"],
        panel=base["panel"],
        dark=dark,
        variables={role: pair[side] for role, pair in _TEXT.items()},
    )


THEMES = (_theme(DARK, dark=True), _theme(LIGHT, dark=False))
