"""Labels for ``resilience evaluate``: each figure named in words, with its unit.

The JSON output keeps the machine keys (the README documents them); the text output
reads them through :func:`evaluation_line`, so a newcomer sees "Spearman rho, title
only" instead of ``rho_title``.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "evaluation_label",
    "evaluation_line",
]

#: What each row of the typed-profiles report was scored from.
_INPUTS = {"title": "title only", "all": "title + skills + duties"}

#: Figures reported once per input kind (``rho_title``, ``rho_all``...): label, is a share.
_PER_INPUT: dict[str, tuple[str, bool]] = {
    "rho_within_major": ("Spearman rho within SOC major groups", False),
    "rho": ("Spearman rho against the research consensus", False),
    "top1_6digit": ("right occupation first", True),
    "top5_6digit": ("right occupation in the top five", True),
    "top1_major_group": ("right major group first", True),
    "interval_coverage": ("interval holds the published percentile", True),
    "mae_pct": ("mean absolute error, percentile points", False),
}

#: The held-out pseudo-profiles' variants (``pseudo_coverage_skills``...): what they hold
#: besides the title.
_GROUPS = {"title": "title only", "skills": "+ skills", "duties": "+ duties", "all": "all fields"}
_PSEUDO = "pseudo-profiles"
#: Training diagnostics reported once per variant: label, is a share.
_PER_GROUP: dict[str, tuple[str, bool]] = {
    "pseudo_coverage": (f"{_PSEUDO}, interval holds the figure", True),
    "pseudo_half_width": (f"{_PSEUDO}, median half-width, points", False),
    "pseudo_rho": (f"{_PSEUDO}, Spearman rho", False),
}

#: Single figures, by key.
_SINGLE: dict[str, tuple[str, bool]] = {
    "typed_profiles": ("typed profiles read", False),
    "interval_level": ("interval stated to cover", True),
    "model_version": ("model version", False),
    "train_seconds": ("training wall-clock seconds, when it was trained", False),
    "cv_macro_f1": ("category model, cross-validated macro F1", False),
    "cv_macro_f1_title_only": ("category model, macro F1 from the title only", False),
    "cv_accuracy": ("category model, cross-validated accuracy", False),
    "cv_folds": ("category model, cross-validation folds", False),
    "corpus_examples": ("category model, examples in the training corpus", False),
    "training_rows": ("category model, training rows built from them", False),
    "onet_title_negatives": (
        "category model, O*NET titles added that the corpus alone read as AI-era work",
        False,
    ),
    "ece_before_calibration": ("category model, calibration error (ECE) before scaling", False),
    "ece_after_calibration": ("category model, calibration error (ECE) after scaling", False),
    "duty_cv_folds": ("duty model, cross-validation folds", False),
    "duty_heldout_occupation_rho": ("duty model, Spearman rho on held-out occupations", False),
    "duty_heldout_map_mae": ("duty model, error on held-out occupations, points", False),
    "match_temperature": ("occupation matcher, temperature of its probabilities", False),
    "match_temperature_untitled": (
        "occupation matcher, temperature without a title read (skills and duties alone)",
        False,
    ),
    "match_temperature_work": (
        "occupation matcher, temperature where skills name the work (situation title)",
        False,
    ),
    "match_work_profiles": (
        "occupation matcher, pseudo-profiles that temperature is fit on",
        False,
    ),
    "match_train_seconds": ("occupation matcher, training seconds", False),
    "match_weights": ("occupation matcher, weight of each signal", False),
    "pseudo_profiles": (f"{_PSEUDO}, profiles scored", False),
    "pseudo_top1": (f"{_PSEUDO}, right occupation first", True),
    "pseudo_top5": (f"{_PSEUDO}, right occupation in the top five", True),
    "pseudo_mae": (f"{_PSEUDO}, mean absolute error, points", False),
    "pseudo_mae_match_only": (f"{_PSEUDO}, the same from the match alone", False),
    "pseudo_duty_weight_mean": (f"{_PSEUDO}, mean weight of the duty lines", False),
    "task_labels_sha256": ("task labels trained on, SHA-256", False),
    "uncertainty": ("error model behind the interval", False),
    # The O*NET wording check: each dev occupation scored from its own title, then
    # with its task statements typed as duties.
    "onet_occupations": ("O*NET wording, occupations scored", False),
    "onet_spearman_title_only": ("O*NET wording, Spearman rho, title only", False),
    "onet_spearman_with_duties": ("O*NET wording, Spearman rho, tasks as duties", False),
    "onet_percentile_mae_with_duties": (
        "O*NET wording, mean absolute error, percentile points, tasks as duties",
        False,
    ),
    "onet_median_exposure_with_duties": ("O*NET wording, median exposure, tasks as duties", False),
    "onet_median_consensus_percentile": ("O*NET wording, median research percentile", False),
}


def evaluation_label(key: str) -> tuple[str, bool]:
    """Words for ``key`` and whether its value is a share (shown as a percentage)."""
    if key in _SINGLE:
        return _SINGLE[key]
    for stem, (words, share) in _PER_INPUT.items():
        for suffix, inputs in _INPUTS.items():
            if key == f"{stem}_{suffix}":
                return f"{words}, {inputs}", share
    for stem, (words, share) in _PER_GROUP.items():
        for suffix, inputs in _GROUPS.items():
            if key == f"{stem}_{suffix}":
                return f"{words}, {inputs}", share
    # Anything else (training diagnostics, the O*NET wording check) keeps its key,
    # readable with spaces, so a new figure is never hidden.
    return key.replace("_", " "), False


def _figure(value: Any) -> str:
    """A number rounded to three decimals; anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    return str(value)


#: Lists longer than this are summarised (count and range), not printed whole.
_LONGEST_LIST = 6


def _nested(value: Any) -> str:
    """A training diagnostic (weights by name, calibration scales) rounded and short.

    The manifest keeps them at full precision for the JSON output; the text report is
    read by a person, so ``0.6354398233670722`` reads 0.635 and 32 scales read as their
    count and range.
    """
    if isinstance(value, dict):
        return "; ".join(f"{key} {_nested(item)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        numbers = [v for v in value if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(value) > _LONGEST_LIST and len(numbers) == len(value):
            return f"{len(value)} values, {_figure(min(numbers))} to {_figure(max(numbers))}"
        return "[" + ", ".join(_nested(item) for item in value) + "]"
    return _figure(value)


def evaluation_line(key: str, value: Any) -> str:
    """One line of the text report: the figure's words, then its value rounded."""
    words, share = evaluation_label(key)
    if share and isinstance(value, int | float) and not isinstance(value, bool):
        shown = f"{value * 100:.1f}%"
    else:
        shown = _nested(value)
    return f"{words:>58}: {shown}"
