"""career-resilience: how exposed your work is to generative AI, why, and where to pivot.

Packages: ``skills`` (knowledge base), ``model`` (training and scoring), ``tui`` (the
Textual app), ``records`` and ``reports`` (coach sessions), ``cli`` (the command).
"""
