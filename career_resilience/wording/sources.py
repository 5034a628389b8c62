"""The sources named beside the published figures: which papers, for which indices.

An occupation's consensus percentile is the mean of the published indices it has, and
147 of O*NET's 950 occupations have no LM-AIOE figure (a few have only one or two
indices), so every sources line names the papers of the indices present, not all four.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from career_resilience.wording.occupations import ALL_INDICES, INDEX_LABELS

__all__ = [
    "INDEX_PAPERS",
    "INDEX_SOURCES",
    "exposure_evidence",
    "index_sources",
    "indices_present",
    "related_citation",
    "residual_group_evidence",
]

#: Who published each index, as the sources line under an occupation's figures names
#: them (the two β share one paper, so one entry names both when both are shown).
_INDEX_AUTHORS = {
    "gpt4_beta": "Eloundou et al. 2024",
    "human_beta": "Eloundou et al. 2024",
    "msft_applicability": "Tomlinson et al. 2025",
    "lm_aioe": "Felten, Raj, Seamans 2023",
}
#: The occupations' own source, last on every sources line.
_ONET_SOURCE_LINE = "occupations: O*NET 27.0 (CC BY 4.0)"
#: The paper behind each index, with where it was published: the result's evidence
#: names them (the two β share one paper).
INDEX_PAPERS = {
    "gpt4_beta": "Eloundou et al. 2024, GPTs are GPTs (Science)",
    "human_beta": "Eloundou et al. 2024, GPTs are GPTs (Science)",
    "msft_applicability": "Tomlinson et al. 2025, Working with AI (arXiv:2507.07935)",
    "lm_aioe": "Felten, Raj, Seamans 2023, Language Modelers and Occupations",
}
#: The papers as a move's citation names them, shortly.
_SHORT_AUTHORS = {
    "gpt4_beta": "Eloundou et al. 2024",
    "human_beta": "Eloundou et al. 2024",
    "msft_applicability": "Tomlinson et al. 2025",
    "lm_aioe": "Felten et al. 2023",
}


def indices_present(indices: Sequence[Mapping[str, float | None]]) -> tuple[str, ...]:
    """The index keys with a figure in any of ``indices`` (occupations' published
    indices), in the order every surface lists them. An occupation's consensus is the
    mean of the indices it has (147 of O*NET's 950 have no LM-AIOE figure), so its
    sources name only those; none at all (an older saved result) reads as all four."""
    present = tuple(k for k in ALL_INDICES if any(i.get(k) is not None for i in indices))
    return present or ALL_INDICES


def index_sources(present: Sequence[str] = ALL_INDICES, listed: int = 1) -> str:
    """What the research percentiles of the ``listed`` occupations shown are made of,
    and the papers, by the short names shown: "Research percentile from GPT-4 and human
    β (Eloundou et al. 2024), AI applicability (Tomlinson et al. 2025) and ...; occupations:
    O*NET ...", naming only the indices in ``present`` (the line had named LM-AIOE under
    a legislator's figures, which have none).

    It said "GPT-4 and human β: Eloundou et al. 2024; AI applicability: ..." under one
    occupation's figures: under a home care worker's Home Health Aides (two β only)
    it read as if the AI applicability and LM-AIOE of the other two were shown."""
    labels = dict(INDEX_LABELS)
    by_paper: dict[str, list[str]] = {}
    for key in ALL_INDICES:
        if key in present:
            by_paper.setdefault(_INDEX_AUTHORS[key], []).append(labels[key])
    parts = [f"{_beta_labels(names)} ({authors})" for authors, names in by_paper.items()]
    named = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    percentiles = "Research percentile" if listed == 1 else "Research percentiles"
    return f"{percentiles} from {named}; {_ONET_SOURCE_LINE}"


def _beta_labels(names: list[str]) -> str:
    """Labels sharing a paper, as one: "GPT-4 β" and "human β" read "GPT-4 and human β"."""
    if len(names) == 2 and all(n.endswith(" β") for n in names):
        return f"{names[0].removesuffix(' β')} and {names[1]}"
    return " and ".join(names)


#: The papers behind all four indices (one occupation shown, with every index).
INDEX_SOURCES = index_sources()


def exposure_evidence(present: Sequence[str] = ALL_INDICES) -> str:
    """The evidence line behind an exposure figure: the indices it is the consensus of
    (``present``: those the matched occupations have, :func:`indices_present`), by the
    names every surface shows, and their papers."""
    labels = [label for key, label in INDEX_LABELS if key in present]
    papers = dict.fromkeys(INDEX_PAPERS[key] for key, _ in INDEX_LABELS if key in present)
    named = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"
    return f"Exposure: consensus percentile of {named} — " + "; ".join(papers)


def related_citation(present: Sequence[str], projected: bool) -> str:
    """The sources of a move into an O*NET occupation (a pivot's ``citation``): the
    related occupations and job zones, the papers of the indices it has (``present``)
    and BLS when its figure is shown (``projected``).

    It had named all three papers and BLS for every such move: a move into
    Occupational Health and Safety Specialists (no LM-AIOE figure) cited Felten et al.
    """
    papers = list(dict.fromkeys(_SHORT_AUTHORS[k] for k in ALL_INDICES if k in present))
    parts = ["O*NET 27.0 related occupations and job zones"]
    if papers:
        named = papers[0] if len(papers) == 1 else f"{', '.join(papers[:-1])} and {papers[-1]}"
        parts.append(f"exposure: consensus of {named}")
    if projected:
        parts.append("BLS Employment Projections 2022-32")
    return "; ".join(parts)


def residual_group_evidence(title: str) -> str:
    """The evidence line under a figure made mostly of an O*NET "All Other" group
    ("Computer Occupations, All Other"): O*NET files there the jobs it has no
    occupation of its own for ("Data Center Technician", "Content Manager"), so the
    group's published figures are of the whole mix, not of the job typed (the result
    had shown a data center technician the group's 97th percentile without saying so)."""
    return (
        f"{title}: O*NET's group for work it has no occupation of its own for; "
        "its published figures are the whole group's, not this job's alone"
    )
