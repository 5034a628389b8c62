"""The scored result: the records of the one contract (``career_resilience.contract``).

Kept so ``career_resilience.model.result`` imports keep working; the definitions live in
the kernel, where every room can import them.
"""

from __future__ import annotations

from career_resilience import contract
from career_resilience.contract import *  # noqa: F403 (every name of the contract, as before)

#: The contract's own list: one place says what the contract exports.
__all__ = list(contract.__all__)
