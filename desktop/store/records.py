"""Plain values the store hands to callers besides desktop.core.model objects."""

from __future__ import annotations

from dataclasses import dataclass, fields

from desktop.core.model import Report

# Report status, in workflow order (docs/domain.md §5: the clerk drafts, the leader reviews and signs).
DRAFT, IN_REVIEW, FINAL = "草稿", "待审", "已定稿"
STATUSES: tuple[str, ...] = (DRAFT, IN_REVIEW, FINAL)

# Report header fields (columns of `reports`; what store.reports.save_header may change): every field of
# core.model.Report except its sections and indicators. A new text field there needs no change in the store:
# schema.migrate adds its column, packages carry it, the session saves it.
HEADER_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Report) if f.name not in ("sections", "indicators")
)
UNIT_FIELDS: tuple[str, ...] = (
    "name",
    "level",
    "county",
    "doc_prefix",
    "signer",
    "addressee",
    "cc",
    "printer",
    "contact",
    "deadline",
)


@dataclass(frozen=True)
class ReportSummary:
    """One row of the start page: a stored report without its text."""

    id: int
    unit: str
    year: int | None
    title: str
    status: str
    created_at: float
    updated_at: float
    deleted_at: float | None  # set while the report is in the recycle bin
    source_report_id: int | None  # the report it was started from (last year's), for carry-over
    errors: int  # from the last saved findings snapshot
    warnings: int
    checked_at: float | None

    @property
    def in_recycle_bin(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class SaveResult:
    """What a save did: whether the text changed, and the revision it went into."""

    changed: bool
    revision_id: int | None
    saved_at: float
