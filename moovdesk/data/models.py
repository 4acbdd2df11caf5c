"""The stored records. Every record has a UUID key, created/updated stamps and a soft-delete
stamp, so a team base on PostgreSQL can later merge laptops' changes without clashes or losses.

Partial indexes carry only their SQLite condition: naming a `postgresql_where` here makes
SQLAlchemy import its whole PostgreSQL dialect at start-up (~0.2 s, measured). The PostgreSQL
migration will state its own conditions (see the `postgresql_where` in migrations/versions/).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from moovdesk.data.types import UTCDateTime, UUIDString, new_id, utcnow, value_enum
from moovdesk.data.vocabulary import (
    ActivityKind,
    AppointmentStatus,
    GeoPrecision,
    ImportStatus,
    Stage,
    Temperature,
    TourStopStatus,
)


class Base(DeclarativeBase):
    pass


class Record:
    """Columns every stored record carries."""

    id: Mapped[str] = mapped_column(UUIDString, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    # Not indexed yet: nothing reads by it until a team base syncs, and every index costs
    # each of an import's 100,000 inserts.
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class ImportBatch(Record, Base):
    """One import of one file: everything it wrote can be found, and undone, through it."""

    __tablename__ = "import_batch"

    file_name: Mapped[str] = mapped_column(String, nullable=False)
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    format_name: Mapped[str] = mapped_column(String, nullable=False, default="")
    mapping_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    rows_read: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rows_updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[ImportStatus] = mapped_column(
        value_enum(ImportStatus, "import_status"), nullable=False, default=ImportStatus.COMMITTED
    )
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Prospect(Record, Base):
    """A business or a person the rep may sell to. Phone, mobile and email here are the business's
    own line; the people to see are Contacts, one of them primary."""

    __tablename__ = "prospect"

    company: Mapped[str] = mapped_column(String, nullable=False, default="")
    # Derived: the company as the table sorts it (see data/sort_keys.py).
    company_key: Mapped[str] = mapped_column(String, nullable=False, default="\U0010ffff")
    phone: Mapped[str] = mapped_column(String, nullable=False, default="")
    mobile: Mapped[str] = mapped_column(String, nullable=False, default="")
    email: Mapped[str] = mapped_column(String, nullable=False, default="")
    website: Mapped[str] = mapped_column(String, nullable=False, default="")
    street: Mapped[str] = mapped_column(String, nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String, nullable=False, default="", index=True)
    city: Mapped[str] = mapped_column(String, nullable=False, default="")
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="FR")
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    geo_precision: Mapped[GeoPrecision] = mapped_column(
        value_enum(GeoPrecision, "geo_precision"), nullable=False, default=GeoPrecision.NONE
    )
    activity: Mapped[str] = mapped_column(String, nullable=False, default="")
    siret: Mapped[str] = mapped_column(String(14), nullable=False, default="")
    source: Mapped[str] = mapped_column(String, nullable=False, default="")
    temperature: Mapped[Temperature] = mapped_column(
        value_enum(Temperature, "temperature"), nullable=False, default=Temperature.COLD
    )
    stage: Mapped[Stage] = mapped_column(
        value_enum(Stage, "stage"), nullable=False, default=Stage.SUSPECT
    )
    need: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    budget: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    zone: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    timing: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    became_client_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    import_batch_id: Mapped[str | None] = mapped_column(
        ForeignKey("import_batch.id"), default=None, index=True
    )
    # The record's id in the software it was imported from ("moovago:1234"): re-importing the
    # same export, or a contact export after the companies, finds it again.
    external_ref: Mapped[str] = mapped_column(String, nullable=False, default="")

    contacts: Mapped[list[Contact]] = relationship(back_populates="prospect")

    # No index on deleted_at alone: almost every prospect is live, so such an index only turns
    # the table's scans into 100,000 random lookups (measured: 2-3x slower listing). In the
    # default order's index it makes the index covering: SQLite then lists live ids by company
    # from the index alone (measured: 2x faster, and a cold start skips reading the table).
    __table_args__ = (
        Index(
            "ix_prospect_company_order",
            "company_key",
            "id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


class Contact(Record, Base):
    """A person to see at a prospect. At most one live contact per prospect is primary."""

    __tablename__ = "contact"

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospect.id"), nullable=False, index=True)
    civility: Mapped[str] = mapped_column(String, nullable=False, default="")
    first_name: Mapped[str] = mapped_column(String, nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String, nullable=False, default="")
    job_title: Mapped[str] = mapped_column(String, nullable=False, default="")
    phone: Mapped[str] = mapped_column(String, nullable=False, default="")
    mobile: Mapped[str] = mapped_column(String, nullable=False, default="")
    email: Mapped[str] = mapped_column(String, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    import_batch_id: Mapped[str | None] = mapped_column(
        ForeignKey("import_batch.id"), default=None, index=True
    )
    external_ref: Mapped[str] = mapped_column(String, nullable=False, default="")

    prospect: Mapped[Prospect] = relationship(back_populates="contacts")

    __table_args__ = (
        Index(
            "ux_contact_one_primary",
            "prospect_id",
            unique=True,
            sqlite_where=text("is_primary = 1 AND deleted_at IS NULL"),
        ),
    )


class FollowUp(Record, Base):
    """A dated reminder to get back to a prospect ("relance")."""

    __tablename__ = "follow_up"

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospect.id"), nullable=False)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), default=None)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    snoozed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    snooze_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    import_batch_id: Mapped[str | None] = mapped_column(
        ForeignKey("import_batch.id"), default=None, index=True
    )

    __table_args__ = (
        Index("ix_follow_up_prospect_open", "prospect_id", "done_at", "due_at"),
        Index("ix_follow_up_due", "done_at", "due_at"),
    )


class Task(Record, Base):
    """An undated to-do about a prospect, such as "send the quote"."""

    __tablename__ = "task"

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospect.id"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Appointment(Record, Base):
    """A meeting with a prospect ("rendez-vous") at a time and a place."""

    __tablename__ = "appointment"

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospect.id"), nullable=False, index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), default=None)
    title: Mapped[str] = mapped_column(String, nullable=False, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    place: Mapped[str] = mapped_column(String, nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[AppointmentStatus] = mapped_column(
        value_enum(AppointmentStatus, "appointment_status"),
        nullable=False,
        default=AppointmentStatus.PLANNED,
    )


class Activity(Record, Base):
    """Something that happened with a prospect: a visit report, a call, an email or a note."""

    __tablename__ = "activity"

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospect.id"), nullable=False)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), default=None)
    appointment_id: Mapped[str | None] = mapped_column(ForeignKey("appointment.id"), default=None)
    kind: Mapped[ActivityKind] = mapped_column(
        value_enum(ActivityKind, "activity_kind"), nullable=False
    )
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    subject: Mapped[str] = mapped_column(String, nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    import_batch_id: Mapped[str | None] = mapped_column(
        ForeignKey("import_batch.id"), default=None, index=True
    )

    __table_args__ = (Index("ix_activity_prospect_time", "prospect_id", "occurred_at"),)


class Tag(Record, Base):
    """A label the rep puts on prospects ("salon 2027", "BTP")."""

    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String, nullable=False)
    color: Mapped[str] = mapped_column(String(9), nullable=False, default="")

    __table_args__ = (
        Index(
            "ux_tag_live_name",
            "name",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


class ProspectTag(Record, Base):
    """A tag on a prospect; a record of its own so that removing a tag is a tombstone too."""

    __tablename__ = "prospect_tag"

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospect.id"), nullable=False)
    tag_id: Mapped[str] = mapped_column(ForeignKey("tag.id"), nullable=False, index=True)
    import_batch_id: Mapped[str | None] = mapped_column(
        ForeignKey("import_batch.id"), default=None, index=True
    )

    __table_args__ = (
        Index(
            "ux_prospect_tag_live",
            "prospect_id",
            "tag_id",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


class ImportChange(Record, Base):
    """What an import changed in a record that existed before it: the values it replaced, so
    undoing the import puts them back."""

    __tablename__ = "import_change"

    import_batch_id: Mapped[str] = mapped_column(
        ForeignKey("import_batch.id"), nullable=False, index=True
    )
    table_name: Mapped[str] = mapped_column(String(32), nullable=False)
    record_id: Mapped[str] = mapped_column(UUIDString, nullable=False)
    before_json: Mapped[str] = mapped_column(Text, nullable=False)


class Tour(Record, Base):
    """A saved tour ("tournée"): its days, the travel settings it was planned with, and totals
    cached for the tour list. Its stops are TourStop rows, its days TourDay rows."""

    __tablename__ = "tour"

    name: Mapped[str] = mapped_column(String, nullable=False, default="")
    first_day: Mapped[date] = mapped_column(Date, nullable=False)
    max_days: Mapped[int | None] = mapped_column(Integer, default=None)
    visit_minutes: Mapped[float] = mapped_column(Float, nullable=False, default=30.0)
    detour_factor: Mapped[float] = mapped_column(Float, nullable=False, default=1.3)
    speed_kmh: Mapped[float] = mapped_column(Float, nullable=False, default=60.0)
    routing_url: Mapped[str] = mapped_column(String, nullable=False, default="")
    # Totals of the last saved plan, so the list needs no replanning.
    day_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    stop_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    visited_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    travel_km: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    travel_minutes: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    estimated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (Index("ix_tour_first_day", "first_day"),)


class TourDay(Record, Base):
    """Where day `day_index` of a tour starts and ends, and its hours (minutes after midnight).
    The last day's row holds for every later day, so one row means "home every night"."""

    __tablename__ = "tour_day"

    tour_id: Mapped[str] = mapped_column(ForeignKey("tour.id"), nullable=False)
    day_index: Mapped[int] = mapped_column(Integer, nullable=False)
    start_label: Mapped[str] = mapped_column(String, nullable=False, default="")
    start_lat: Mapped[float] = mapped_column(Float, nullable=False)
    start_lon: Mapped[float] = mapped_column(Float, nullable=False)
    end_label: Mapped[str] = mapped_column(String, nullable=False, default="")
    end_lat: Mapped[float] = mapped_column(Float, nullable=False)
    end_lon: Mapped[float] = mapped_column(Float, nullable=False)
    start_minute: Mapped[float] = mapped_column(Float, nullable=False)
    end_minute: Mapped[float] = mapped_column(Float, nullable=False)

    __table_args__ = (Index("ix_tour_day_tour", "tour_id", "day_index"),)


class TourStop(Record, Base):
    """A stop of a tour: a prospect, or a plain place when `prospect_id` is null. `day_index`
    and `position` place it in the saved order (both null: left out of the days). Times are
    minutes after midnight of the stop's day, local time."""

    __tablename__ = "tour_stop"

    tour_id: Mapped[str] = mapped_column(ForeignKey("tour.id"), nullable=False)
    prospect_id: Mapped[str | None] = mapped_column(
        ForeignKey("prospect.id"), default=None, index=True
    )
    appointment_id: Mapped[str | None] = mapped_column(ForeignKey("appointment.id"), default=None)
    label: Mapped[str] = mapped_column(String, nullable=False, default="")
    address: Mapped[str] = mapped_column(String, nullable=False, default="")
    lat: Mapped[float] = mapped_column(Float, nullable=False)
    lon: Mapped[float] = mapped_column(Float, nullable=False)
    visit_minutes: Mapped[float] = mapped_column(Float, nullable=False, default=30.0)
    window_open: Mapped[float | None] = mapped_column(Float, default=None)
    window_close: Mapped[float | None] = mapped_column(Float, default=None)
    # A fixed start (from an appointment) and the day the stop is pinned to.
    appointment_minute: Mapped[float | None] = mapped_column(Float, default=None)
    pinned_day: Mapped[int | None] = mapped_column(Integer, default=None)
    day_index: Mapped[int | None] = mapped_column(Integer, default=None)
    position: Mapped[int | None] = mapped_column(Integer, default=None)
    # Why the planner left it out ("window_unreachable"...), "" when placed.
    unplaced_reason: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    status: Mapped[TourStopStatus] = mapped_column(
        value_enum(TourStopStatus, "tour_stop_status"),
        nullable=False,
        default=TourStopStatus.PLANNED,
    )
    departed_minute: Mapped[float | None] = mapped_column(Float, default=None)
    visited_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), default=None)

    __table_args__ = (Index("ix_tour_stop_tour", "tour_id", "day_index", "position"),)
