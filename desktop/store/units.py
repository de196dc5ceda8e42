"""The township's profile (name, level, county, 发文字号 prefix, signer, addressee, 抄送, contact)."""

from __future__ import annotations

from dataclasses import asdict

from desktop.core.model import UnitProfile
from desktop.store.database import Database, guarded, missing_report
from desktop.store.errors import StoreError
from desktop.store.records import UNIT_FIELDS

_COLUMNS = ", ".join(UNIT_FIELDS)


class Units:
    """store.units: the unit profiles, one per name."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @guarded
    def save(self, profile: UnitProfile) -> int:
        """Insert or update the profile with this name; returns the unit id."""
        if not profile.name.strip():
            raise StoreError("单位名称不能为空，请先填写单位名称。", "unit name is empty")
        with self.db.transaction():
            return self.upsert(profile)

    @guarded
    def all(self) -> list[UnitProfile]:
        """Every stored profile, by name."""
        return [UnitProfile(*row) for row in self.db.execute(f"SELECT {_COLUMNS} FROM units ORDER BY name")]

    @guarded
    def get(self, name: str) -> UnitProfile | None:
        """The profile called `name`, or None."""
        row = self.db.execute(f"SELECT {_COLUMNS} FROM units WHERE name = ?", [name]).fetchone()
        return UnitProfile(*row) if row else None

    @guarded
    def of_report(self, report_id: int) -> UnitProfile:
        """The profile of the unit a report belongs to."""
        cols = ", ".join(f"u.{c}" for c in UNIT_FIELDS)
        row = self.db.execute(
            f"SELECT {cols} FROM units u JOIN reports r ON r.unit_id = u.id WHERE r.id = ?", [report_id]
        ).fetchone()
        if row is None:
            raise missing_report(report_id)
        return UnitProfile(*row)

    @guarded
    def upsert(self, profile: UnitProfile) -> int:
        """Insert or update `profile` inside the caller's transaction; returns the unit id."""
        values = asdict(profile)
        marks = ", ".join("?" for _ in UNIT_FIELDS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in UNIT_FIELDS if c != "name")
        self.db.execute(
            f"INSERT INTO units({_COLUMNS}, updated_at) VALUES ({marks}, ?) "
            f"ON CONFLICT(name) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
            [values[c] for c in UNIT_FIELDS] + [self.db.clock()],
        )
        return self.db.execute("SELECT id FROM units WHERE name = ?", [profile.name]).fetchone()[0]

    @guarded
    def ensure(self, name: str, level: str = "") -> int:
        """The id of the unit called `name`, creating a bare profile when there is none."""
        row = self.db.execute("SELECT id FROM units WHERE name = ?", [name]).fetchone()
        if row:
            return row[0]
        return self.upsert(UnitProfile(name=name, level=level or "镇"))
