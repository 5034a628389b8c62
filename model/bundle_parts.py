"""The trained bundle (category model, duty model, occupation matcher) as artifact parts.

``training.train`` returns a bundle of dicts and arrays; the artifact stores it as three
parts, ``category``, ``duty`` and ``occupations``, each checked against its schema when
loaded, so the engine only ever sees a bundle whose shapes agree (coef rows = categories, coef
columns = the vectorizers' vocabularies, ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model import artifact
from career_resilience.model.artifact_files import ArtifactError
from career_resilience.model.artifact_schema import (
    ArraySpec,
    check_arrays,
    combine,
    field,
    part,
    string_list,
)
from career_resilience.model.uncertainty import Uncertainty

Parts = tuple[dict[str, np.ndarray], dict[str, Any]]
_ANALYZERS = ("word", "char_wb")


def tfidf_to_parts(spec: dict[str, Any]) -> Parts:
    """An exported TF-IDF spec (see ``fast_features.export_tfidf``) as arrays + JSON."""
    terms = [""] * len(spec["vocabulary"])
    for term, j in spec["vocabulary"].items():
        terms[j] = term
    low, high = spec["ngram_range"]
    meta = {
        "name": spec["name"],
        "field": int(spec["field"]),
        "analyzer": spec["analyzer"],
        "ngram_range": [int(low), int(high)],
        "terms": terms,
        "weight": float(spec["weight"]),
    }
    return {"idf": np.asarray(spec["idf"], dtype=np.float64)}, meta


def tfidf_from_parts(idf: np.ndarray, meta: Any, where: str) -> dict[str, Any]:
    """The TF-IDF spec back from its JSON and IDF array, after checking both."""
    if not isinstance(meta, dict):
        raise ArtifactError(f"{where}: a vectorizer must be a JSON object")
    terms = string_list(meta, "terms", where)
    check_arrays({"idf": idf}, {"idf": ArraySpec("f", ("terms",))}, {"terms": len(terms)}, where)
    analyzer = field(meta, "analyzer", str, where)
    ngram = field(meta, "ngram_range", list, where)
    if analyzer not in _ANALYZERS:
        raise ArtifactError(f"{where}: analyzer {analyzer!r} is not one of {_ANALYZERS}")
    if (
        len(ngram) != 2
        or not all(isinstance(n, int) and n > 0 for n in ngram)
        or ngram[0] > ngram[1]
    ):
        raise ArtifactError(f"{where}: ngram_range {ngram!r} is not two increasing sizes")
    return {
        "name": field(meta, "name", str, where),
        "field": field(meta, "field", int, where),
        "analyzer": analyzer,
        "ngram_range": (ngram[0], ngram[1]),
        "vocabulary": {term: j for j, term in enumerate(terms)},
        "idf": idf.astype(np.float64),
        "weight": field(meta, "weight", float, where),
    }


def to_parts(bundle: dict[str, Any]) -> Parts:
    """A trained bundle as the ``(arrays, meta)`` the artifact stores."""
    # float16: the classifier's weights are small (|w| < 10) and a logit sums a few dozen
    # of them, so rounding moves a probability by well under a point; half the bytes.
    cat_arrays = {"coef": np.asarray(bundle["coef"], np.float16), "intercept": bundle["intercept"]}
    cat_meta: dict[str, Any] = {
        "categories": list(bundle["categories"]),
        "temperature": float(bundle["temperature"]),
        "seed": int(bundle["seed"]),
        "features": [],
    }
    for i, spec in enumerate(bundle["features"]):
        arrays, meta = tfidf_to_parts(spec)
        cat_arrays[f"idf{i}"] = arrays["idf"]
        cat_meta["features"].append(meta)
    duty = bundle["duty"]
    duty_arrays, duty_meta = duty["model"].to_arrays()
    duty_arrays.update(
        map_x=np.asarray(duty["map_x"], np.float64),
        map_y=np.asarray(duty["map_y"], np.float64),
        shares=np.asarray(duty["shares"], np.float64),
    )
    occ = bundle["occupations"]
    return combine(
        {
            "category": (cat_arrays, cat_meta),
            "duty": (duty_arrays, duty_meta),
            "occupations": (dict(occ["arrays"]), dict(occ["meta"])),
        }
    )


def from_parts(arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> dict[str, Any]:
    """The bundle the engine uses, rebuilt from checked arrays and JSON."""
    cat_arrays, cat_meta = part(arrays, meta, "category")
    where = "meta.json category"
    specs = field(cat_meta, "features", list, where)
    features = [
        tfidf_from_parts(cat_arrays.get(f"idf{i}", np.zeros(0)), s, f"{where} vectorizer {i}")
        for i, s in enumerate(specs)
    ]
    categories = string_list(cat_meta, "categories", where)
    temperature = field(cat_meta, "temperature", float, where)
    if not temperature > 0:
        raise ArtifactError(f"{where}: temperature {temperature} must be positive")
    schema = {
        "coef": ArraySpec("f", ("categories", "features")),
        "intercept": ArraySpec("f", ("categories",)),
    }
    schema.update({f"idf{i}": ArraySpec("f", (f"terms{i}",)) for i in range(len(specs))})
    sizes = {"categories": len(categories), "features": sum(len(f["vocabulary"]) for f in features)}
    check_arrays(cat_arrays, schema, sizes, "arrays.npz category")
    occupations = _occupations_from_parts(*part(arrays, meta, "occupations"))
    return {
        "categories": categories,
        "features": features,
        "coef": cat_arrays["coef"].astype(np.float32),
        "intercept": cat_arrays["intercept"].astype(np.float32),
        "temperature": temperature,
        "duty": _duty_from_parts(*part(arrays, meta, "duty"), len(occupations["meta"]["codes"])),
        "occupations": occupations,
        "seed": field(cat_meta, "seed", int, where),
    }


def _duty_from_parts(
    arrays: dict[str, np.ndarray], meta: dict[str, Any], occupations: int
) -> dict[str, Any]:
    """The duty model, its rating-to-percentile map and the occupations' task-kind shares."""
    from career_resilience.model.duty_model import DutyModel

    own: dict[str, np.ndarray] = {k: arrays[k] for k in ("map_x", "map_y", "shares") if k in arrays}
    schema = {
        "map_x": ArraySpec("f", ("points",)),
        "map_y": ArraySpec("f", ("points",)),
        "shares": ArraySpec("f", ("occupations", 3)),
    }
    check_arrays(own, schema, {"occupations": occupations}, "arrays.npz duty")
    if len(own["map_x"]) == 0 or (np.diff(own["map_x"]) < 0).any():
        raise ArtifactError("arrays.npz duty: map_x must be non-empty and increasing")
    if (own["shares"] < 0).any() or not np.allclose(own["shares"].sum(axis=1), 1.0, atol=1e-6):
        raise ArtifactError("arrays.npz duty: each occupation's shares must add up to 1")
    rest = {k: v for k, v in arrays.items() if k not in own}
    return {
        "model": DutyModel.from_arrays(rest, meta),
        "map_x": own["map_x"].astype(float),
        "map_y": own["map_y"].astype(float),
        "shares": own["shares"].astype(float),
    }


def _occupations_from_parts(arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> dict[str, Any]:
    """The occupation matcher's tables, after checking that their shapes agree."""
    where = "meta.json occupations"
    codes = string_list(meta, "codes", where)
    for key in ("temperature", "interval_level"):
        if not field(meta, key, float, where) > 0:
            raise ArtifactError(f"{where}: {key} must be positive")
    try:
        Uncertainty.from_json(field(meta, "uncertainty", dict, where))
    except (KeyError, TypeError, ValueError) as exc:
        raise ArtifactError(f"{where}: uncertainty {exc}") from exc
    for key in ("title_specs", "tech_specs", "task_specs"):
        field(meta, key, list, where)
    schema = {
        "official": ArraySpec("i", ("occupations",)),
        "log_prior": ArraySpec("f", ("occupations",)),
        "weights": ArraySpec("f", ("features",)),
        "title_owner": ArraySpec("i", ("titles",)),
        "title.idf.0": ArraySpec("f", ("title_terms0",)),
        "title.idf.1": ArraySpec("f", ("title_terms1",)),
        "tech.idf.0": ArraySpec("f", ("tech_terms",)),
        "task.idf.0": ArraySpec("f", ("task_terms",)),
    }
    for name in ("titles", "tasks", "tech_items", "tech_owners"):  # CSR arrays
        schema.update(
            {
                f"{name}.data": ArraySpec("f", (f"{name}_nnz",)),
                f"{name}.indices": ArraySpec("iu", (f"{name}_nnz",)),
                f"{name}.indptr": ArraySpec("i", (f"{name}_ptr",)),
                f"{name}.shape": ArraySpec("i", (2,)),
            }
        )
    from career_resilience.model.occupation_match import FEATURES

    sizes = {"occupations": len(codes), "features": len(FEATURES)}
    bound = check_arrays(arrays, schema, sizes, "arrays.npz occupations")
    n_items = len(arrays["tech_owners.indptr"]) - 1  # distinct technology items
    terms = {"titles": bound["title_terms0"] + bound["title_terms1"],
             "tasks": bound["task_terms"],
             "tech_items": bound["tech_terms"], "tech_owners": n_items}  # fmt: skip
    rows = {"titles": bound["titles"], "tasks": len(codes),
            "tech_items": n_items, "tech_owners": len(codes)}  # fmt: skip
    for name, n_terms in terms.items():
        ptr = arrays[f"{name}.indptr"]
        if len(ptr) != n_terms + 1 or ptr[0] != 0 or ptr[-1] != bound[f"{name}_nnz"]:
            raise ArtifactError(f"arrays.npz occupations: {name}.indptr does not fit its terms")
        if (np.diff(ptr) < 0).any() or (arrays[f"{name}.indices"] >= rows[name]).any():
            raise ArtifactError(f"arrays.npz occupations: {name} points outside its rows")
    owner = arrays["title_owner"]
    if (len(owner) and (np.diff(owner) < 0).any()) or (owner >= len(codes)).any():
        raise ArtifactError("arrays.npz occupations: title_owner must be sorted occupation rows")
    return {"arrays": arrays, "meta": meta}


def save_bundle(
    bundle: dict[str, Any], corpus_digest: str, directory: Path = artifact.ARTIFACT_DIR
) -> artifact.Manifest:
    """Write a trained bundle as a no-pickle artifact; returns its manifest.

    ``bundle["training_data"]`` (outside files trained on -> SHA-256) goes into the
    manifest, so the artifact names the task labels it learned from.
    """
    arrays, meta = to_parts(bundle)
    return artifact.save_artifact(
        directory,
        arrays,
        meta,
        corpus_digest=corpus_digest,
        metrics=bundle.get("metrics", {}),
        training_data=bundle.get("training_data", {}),
    )


def load_bundle(
    directory: Path = artifact.ARTIFACT_DIR, corpus_digest: str | None = None
) -> tuple[artifact.Manifest, dict[str, Any]]:
    """Verify, parse and schema-check an artifact; returns ``(manifest, bundle)``."""
    manifest, arrays, meta = artifact.load_artifact(directory, corpus_digest)
    bundle = from_parts(arrays, meta)
    bundle["metrics"] = manifest.metrics
    return manifest, bundle
