"""``resilience evaluate`` as text names each figure in words and shows shares as %."""

from __future__ import annotations

from career_resilience.model.evaluation import typed_profiles_report
from career_resilience.wording.evaluation import evaluation_label, evaluation_line

#: Three people typed as people type them, with their O*NET occupations (our own words).
PEOPLE = [
    {
        "role": "RN med/surg",
        "skills": "IV therapy; charting",
        "duties": "",
        "onet_soc": "29-1141.00",
    },
    {
        "role": "Sr. staff accountant",
        "skills": "GAAP; reconciliations",
        "duties": "",
        "onet_soc": "13-2011.00",
    },
    {"role": "Plumber", "skills": "PEX piping", "duties": "fix leaks", "onet_soc": "47-2152.00"},
]


def test_every_figure_of_the_typed_profiles_report_has_words(engine) -> None:
    report = typed_profiles_report(engine, PEOPLE)
    for key in report:
        words, _ = evaluation_label(key)
        assert "_" not in words and words != key.replace("_", " "), key


def test_shares_read_as_percentages_and_figures_are_rounded() -> None:
    assert evaluation_line("interval_coverage_title", 0.855).endswith(": 85.5%")
    line = evaluation_line("rho_all", 0.7503382949932341)
    assert "title + skills + duties" in line and line.endswith(": 0.75")


def test_training_diagnostics_are_rounded_and_long_lists_summarised() -> None:
    # The manifest's weights and calibration scales printed whole buried the figures a
    # person reads under 17-digit floats (issue 11).
    weights = evaluation_line("match_weights", {"title_max": 8.90812, "log_prior": -0.24577})
    assert weights.endswith(": title_max 8.908; log_prior -0.246")
    scales = evaluation_line(
        "uncertainty", {"bands": [0.5, 0.8], "scales": [0.3489] * 3 + [1.4284] * 29}
    )
    assert scales.endswith(": bands [0.5, 0.8]; scales 32 values, 0.349 to 1.428")


def test_every_figure_the_shipped_model_records_has_words() -> None:
    # The training diagnostics ``resilience evaluate`` prints from the manifest read in
    # words too ("pseudo-profiles, right occupation first"), not as "pseudo top1"; a
    # figure added to training needs its words in career_resilience/wording/evaluation.py.
    from career_resilience.model.artifact import ARTIFACT_DIR, MANIFEST_FILE, Manifest

    path = ARTIFACT_DIR / MANIFEST_FILE
    metrics = Manifest.parse(path.read_bytes(), path).metrics
    unnamed = [key for key in metrics if evaluation_label(key)[0] == key.replace("_", " ")]
    assert unnamed == []
    assert evaluation_line("pseudo_top1", 0.725).endswith("right occupation first: 72.5%")


def test_every_figure_of_the_onet_wording_check_has_words(engine) -> None:
    # They printed as their keys ("onet spearman title only: 0.998").
    from career_resilience.model.evaluation import Occupation, spearman_against_reference

    occupations = [
        Occupation("Plumbers", ("Repair leaking pipes.",), -1.0, 10.0),
        Occupation("Accountants", ("Prepare financial statements.",), 1.0, 80.0),
        Occupation("Cashiers", ("Receive payment from customers.",), 0.5, 60.0),
    ]
    for key in spearman_against_reference(engine, occupations):
        words, _ = evaluation_label(f"onet_{key}")
        assert words.startswith("O*NET wording, ") and "_" not in words, key
