"""The per-hour counts of inbound messages (InboundHour) always equal a count of the messages
themselves, whoever wrote or removed them, and the dashboard's grid reads them in London time."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection, connections

from casebook.cases import actions
from casebook.cases.models import Case, Direction, Message
from casebook.intake.actions import ingest_bytes
from casebook.lib.working_hours import LONDON
from casebook.triage.dashboard import _volume, dashboard, inbound_by_hour
from casebook.triage.models import InboundHour
from tests.intake.conftest import make_mail

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def recount() -> dict[datetime, int]:
    """The same numbers the slow way: every inbound message, by the UTC hour it came in."""
    counts: Counter[datetime] = Counter()
    for at in Message.objects.filter(direction=Direction.INBOUND).values_list("at", flat=True):
        counts[at.astimezone(UTC).replace(minute=0, second=0, microsecond=0)] += 1
    return {hour: n for hour, n in counts.items() if n}


def kept() -> dict[datetime, int]:
    return {hour.astimezone(UTC): n for hour, n in inbound_by_hour(EPOCH).items()}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


@pytest.mark.django_db
def test_every_writer_and_remover_is_counted(enquirer, practitioner) -> None:
    assert kept() == recount() == {}
    # The web form and the phone form (actions, one message each).
    web = actions.do_submit_enquiry(
        name="Testy McTestface",
        email="t.mctestface@example-school.invalid",
        subject="Fake account",
        text="Please help.",
    )
    actions.do_record_call(
        actor=practitioner, case=web, enquirer_words="Calling back", at=at("2022-03-01 09:59")
    )
    call = actions.do_record_call(
        actor=practitioner, name="A Caller", enquirer_words="Hello", at=at("2022-03-01 10:00")
    )
    # Replies and notes are not inbound.
    actions.do_record_reply(
        case=call, actor=practitioner, text="Answered", at=at("2022-03-01 10:05")
    )
    actions.do_add_note(case=call, actor=practitioner, text="Note")
    # Mail intake (multi-row inserts that bypass the ORM's save).
    ingest_bytes(make_mail(), source="t")
    ingest_bytes(make_mail(message_id="<m2@example-school.invalid>", subject="Other"), source="t")
    # A bulk insert.
    Message.objects.bulk_create(
        Message(
            case=call, direction=Direction.INBOUND, at=at("2022-03-02 14:00") + timedelta(minutes=i)
        )
        for i in range(90)
    )
    assert kept() == recount()
    assert sum(kept().values()) == 95
    # A message moved to another hour, and one turned into a note, and back.
    moved = Message.objects.filter(case=call, direction=Direction.INBOUND).order_by("at").last()
    assert moved is not None
    Message.objects.filter(pk=moved.pk).update(at=at("2022-03-05 08:30"))
    first = Message.objects.filter(case=web, direction=Direction.INBOUND).first()
    assert first is not None
    first.direction = Direction.NOTE
    first.save()
    assert kept() == recount()
    first.direction = Direction.INBOUND
    first.save()  # every column written again, the time unchanged
    assert kept() == recount()
    # Deleting messages, and a whole case with its dialogue.
    Message.objects.filter(case=call, at__lt=at("2022-03-02 14:30")).delete()
    Case.objects.get(pk=web.pk).delete()
    assert kept() == recount()
    assert sum(kept().values()) == sum(recount().values()) > 0


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_sessions_add_up(enquirer) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite takes one writer at a time")
    case = Case.objects.create(
        reference="CB-2022-00001",
        channel="email",
        opened_at=at("2022-03-01 09:00"),
        enquirer=enquirer,
    )
    errors: list[BaseException] = []

    def write(minute: int) -> None:
        try:
            for i in range(5):
                Message.objects.create(
                    case=case,
                    direction=Direction.INBOUND,
                    at=at("2022-03-01 11:00") + timedelta(minutes=minute + i),
                )
        except BaseException as error:  # reported in the main thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n * 10,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert kept() == recount() == {at("2022-03-01 11:00").astimezone(UTC): 20}
    # Each session wrote to its own slot's row (or shared one, if their slots coincide).
    assert 1 <= InboundHour.objects.filter(messages__gt=0).count() <= 4


@pytest.mark.django_db
def test_the_grid_is_in_london_time_across_the_clock_change(enquirer) -> None:
    case = Case.objects.create(
        reference="CB-2022-00002",
        channel="email",
        opened_at=at("2022-03-20 09:00"),
        enquirer=enquirer,
    )
    moments = [
        datetime(2022, 3, 27, 0, 30, tzinfo=UTC),  # Sunday 00:30 GMT: outside the hours shown
        datetime(2022, 3, 27, 7, 30, tzinfo=UTC),  # Sunday 08:30 BST
        datetime(2022, 3, 28, 7, 30, tzinfo=UTC),  # Monday 08:30 BST
        datetime(2022, 3, 28, 7, 45, tzinfo=UTC),  # Monday 08:45 BST
        datetime(2022, 3, 21, 8, 15, tzinfo=UTC),  # Monday 08:15 GMT, the week before
        datetime(2022, 3, 28, 20, 59, tzinfo=UTC),  # Monday 21:59 BST: the last hour shown
        datetime(2022, 3, 28, 21, 0, tzinfo=UTC),  # Monday 22:00 BST: outside
        datetime(2022, 2, 1, 12, 0, tzinfo=UTC),  # long before the four weeks
    ]
    Message.objects.bulk_create(
        Message(case=case, direction=Direction.INBOUND, at=moment) for moment in moments
    )
    grid, peak, total = _volume(at("2022-03-01 00:00"))
    days = {day: (cells, outside) for day, cells, outside in grid}
    monday, monday_outside = days["Monday"]
    sunday, sunday_outside = days["Sunday"]
    assert monday[8 - 7] == (3, 5)  # two at 08:xx BST, one at 08:15 GMT: the peak
    assert monday[21 - 7][0] == 1 and monday_outside == 1
    assert sunday[8 - 7][0] == 1 and sunday_outside == 1
    assert (peak, total) == (3, 7)
    assert dashboard(now=at("2022-03-29 12:00")).volume_total == 7
