"""The local store: one SQLite database with autosave, revisions, backups and packages.

No Qt here. Start with `Store.open()`; see repo.py for the API. Importing the package (or its
records and errors) is cheap; the Store and its parts load on first use of `Store`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.store.errors import (
    PackageError,
    ReportNotFoundError,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreVersionError,
)
from desktop.store.records import DRAFT, FINAL, IN_REVIEW, STATUSES, ReportSummary, SaveResult

if TYPE_CHECKING:
    from desktop.store.repo import Store

__all__ = [
    "DRAFT",
    "FINAL",
    "IN_REVIEW",
    "STATUSES",
    "PackageError",
    "ReportNotFoundError",
    "ReportSummary",
    "SaveResult",
    "Store",
    "StoreCorruptError",
    "StoreError",
    "StoreLockedError",
    "StoreReadOnlyError",
    "StoreVersionError",
]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from desktop.store.repo import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
