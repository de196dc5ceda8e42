"""The local store: one SQLite database (sqlite-utils) with autosave, revisions, backups and packages.

No Qt here. Start with `Store.open()`; see repo.py for the API.
"""

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
