"""Typed field access for one YAML mapping, with errors that name file, entry and field.

The knowledge base is hand-written YAML; when a coach or contributor edits it, a
mistake must point at the exact place (``pivots.yaml: pivot 'data_steward': field
'weeks': expected a number, got 'three'``) rather than surface as a KeyError deep in
the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is malformed or inconsistent.

    ``file``, ``entry`` and ``field`` say where; ``problem`` says what.
    """

    def __init__(self, file: str, entry: str, field: str, problem: str) -> None:
        self.file, self.entry, self.field, self.problem = file, entry, field, problem
        where = f"{file}: {entry}" + (f": field '{field}'" if field else "")
        super().__init__(f"{where}: {problem}")


class Entry:
    """One mapping from a YAML file, read field by field with validation."""

    def __init__(self, file: str, name: str, data: Any) -> None:
        self.file = file
        self.name = name
        if not isinstance(data, dict):
            raise KnowledgeBaseError(file, name, "", f"expected a mapping, got {_kind(data)}")
        self.data: dict[str, Any] = data
        #: Fields the loader asked for, and the entries nested in this one: whatever
        #: else the mapping holds is a key nobody reads (a typo such as "alaises").
        self.read: set[str] = set()
        self.nested: list[Entry] = []

    def check_unknown_keys(self) -> None:
        """Raise for the first key of this entry (or a nested one) the loader never read.

        A misspelt key would otherwise load and silently drop its data; the error says
        which known key it probably meant.
        """
        import difflib

        for key in self.data:
            if str(key) not in self.read:
                near = difflib.get_close_matches(str(key), sorted(self.read), n=1)
                hint = f"; did you mean {near[0]!r}?" if near else ""
                known = ", ".join(sorted(self.read))
                raise self.fail(str(key), f"is not a known key{hint} (known: {known})")
        for entry in self.nested:
            entry.check_unknown_keys()

    def fail(self, field: str, problem: str) -> KnowledgeBaseError:
        """An error located at ``field`` of this entry (raise it)."""
        return KnowledgeBaseError(self.file, self.name, field, problem)

    def _get(self, field: str, required: bool) -> Any:
        self.read.add(field)
        if field not in self.data or self.data[field] is None:
            if required:
                raise self.fail(field, "is missing")
            return None
        return self.data[field]

    def text(self, field: str, *, required: bool = True, default: str = "") -> str:
        """A non-empty string field."""
        value = self._get(field, required)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(field, f"expected text, got {_kind(value)}")
        value = str(value).strip()
        if required and not value:
            raise self.fail(field, "is empty")
        return value

    def number(self, field: str, low: float, high: float) -> float:
        """A number field within ``[low, high]``."""
        value = self._get(field, True)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(field, f"expected a number, got {value!r}")
        if not low <= value <= high:
            raise self.fail(field, f"{value} is outside {low}..{high}")
        return float(value)

    def flag(self, field: str) -> bool:
        """An optional true/false field (false when absent)."""
        value = self._get(field, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(field, f"expected true or false, got {value!r}")
        return value

    def choice(self, field: str, choices: Sequence[str]) -> str:
        """A string field that must be one of ``choices``."""
        value = self.text(field)
        if value not in choices:
            raise self.fail(field, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def texts(self, field: str, *, required: bool = True, min_items: int = 0) -> tuple[str, ...]:
        """A list of non-empty strings."""
        value = self._get(field, required)
        if value is None:
            value = []
        if not isinstance(value, list):
            raise self.fail(field, f"expected a list, got {_kind(value)}")
        items: list[str] = []
        for i, item in enumerate(value, 1):
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                raise self.fail(field, f"item {i}: expected text, got {_kind(item)}")
            if not str(item).strip():
                raise self.fail(field, f"item {i} is empty")
            items.append(str(item).strip())
        if len(items) < min_items:
            raise self.fail(field, f"needs at least {min_items} items, has {len(items)}")
        return tuple(items)

    def entries(self, field: str, label: str, *, min_items: int = 1) -> list[Entry]:
        """A list of mappings, each wrapped as an :class:`Entry` named ``label N``."""
        value = self._get(field, True)
        if not isinstance(value, list):
            raise self.fail(field, f"expected a list, got {_kind(value)}")
        if len(value) < min_items:
            raise self.fail(field, f"needs at least {min_items} items, has {len(value)}")
        items = [
            Entry(self.file, f"{self.name}: {label} {i}", item) for i, item in enumerate(value, 1)
        ]
        self.nested += items
        return items

    def child(self, field: str) -> Entry:
        """A nested mapping, named after this entry and the field."""
        entry = Entry(self.file, f"{self.name}.{field}", self._get(field, True))
        self.nested.append(entry)
        return entry


def _kind(value: Any) -> str:
    """A short human name for a YAML value's type."""
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), type(value).__name__
    )
