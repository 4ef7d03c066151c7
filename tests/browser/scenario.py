"""A small invented helpline for the browser tests and the README screenshot.

Every person, school, handle and address here is made up: example.* domains, drama phone
numbers (Ofcom's 07700 900xxx and 0113 496 0xxx ranges).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from casebook.accounts.models import User
from casebook.cases import actions
from casebook.cases.models import Case, Category, Enquirer, Provenance, Status

PASSWORD = "browser-test-password-1"


@dataclass
class Scenario:
    practitioner: User
    colleague: User
    main_case: Case
    cases: list[Case]


def _at(now: datetime, days: float, hour: int, minute: int = 0) -> datetime:
    day = timezone.localtime(now - timedelta(days=days))
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0)


def build() -> Scenario:
    now = timezone.now()
    practitioner = User.objects.create_user(
        username="rowan",
        password=PASSWORD,
        role="practitioner",
        first_name="Rowan",
        last_name="Ashby",
    )
    colleague = User.objects.create_user(
        username="kit",
        password=PASSWORD,
        role="practitioner",
        first_name="Kit",
        last_name="Marlowe",
    )
    cat = {c.name: c for c in Category.objects.all()}

    head = Enquirer.objects.create(
        name="Harriet Quill",
        email="h.quill@examplevale-academy.example.org",
        phone="0113 496 0471",
        organisation="Example Vale Academy",
        enquirer_type="teacher",
        setting_type="secondary",
        region="UKE",
    )
    main = actions.do_open_case(
        enquirer=head,
        channel="email",
        subject="Fake Instagram account impersonating our deputy head",
        first_message=(
            "Hello,\n\nSince Monday an Instagram account called @examplevale_dephead_real has "
            "been posting edited photos of our deputy head with insulting captions. Several "
            "Year 10 pupils follow it and it is being shared in a class group chat.\n\n"
            "We have reported it twice through the app but it is still up. Could you help us "
            "get it removed, and advise on how to handle this with the pupils involved?\n\n"
            "Many thanks,\nHarriet Quill\nDesignated Safeguarding Lead"
        ),
        opened_at=_at(now, 2, 9, 12),
        categories=[cat["Social networks"], cat["Online reputation"]],
        provenance=Provenance.ENQUIRER,
    )
    actions.do_assign_case(
        case=main, actor=practitioner, assignee=practitioner, expected_version=main.version
    )
    reply = actions.do_record_reply(
        case=main,
        actor=practitioner,
        text=(
            "Dear Harriet,\n\nThank you for getting in touch. We have escalated the account to "
            "Instagram through our trusted-flagger route and will let you know their answer.\n\n"
            "In the meantime, please keep screenshots with dates, and remind staff not to "
            "engage with the account. We can share guidance for talking with the pupils.\n\n"
            "Best wishes,\nRowan"
        ),
        at=_at(now, 2, 10, 40),
    )
    actions.do_add_note(
        case=main,
        actor=colleague,
        text="Escalated via the platform's partner form; ticket reference noted in the log.",
    )
    actions.do_change_status(
        case=main, actor=practitioner, status=Status.ESCALATED, expected_version=main.version
    )
    assert reply.pk

    others = [
        (
            "Nude image of a Year 9 pupil shared on Snapchat",
            "web",
            "teacher",
            "secondary",
            ["Sexting", "Peer-on-peer abuse"],
            Status.NEW,
            0.2,
        ),
        (
            "Parent posting allegations about staff on Facebook",
            "email",
            "teacher",
            "primary",
            ["Online reputation", "Social networks"],
            Status.OPEN,
            1.1,
        ),
        (
            "Adult contacting a child through Roblox chat",
            "phone",
            "social_worker",
            "not_a_school",
            ["Grooming"],
            Status.AWAITING_ENQUIRER,
            3.3,
        ),
        (
            "TikTok challenge circulating among pupils",
            "email",
            "other_school_staff",
            "secondary",
            ["Potentially harmful content"],
            Status.OPEN,
            4.0,
        ),
        (
            "Request for online safety training for governors",
            "email",
            "local_authority",
            "not_a_school",
            ["Media literacy education"],
            Status.NEW,
            5.2,
        ),
        (
            "Threatening messages sent to a teacher on WhatsApp",
            "email",
            "police",
            "not_a_school",
            ["Repeated harassment", "E-crime"],
            Status.OPEN,
            6.1,
        ),
        (
            "Pupil being asked for money after sharing images",
            "phone",
            "teacher",
            "secondary",
            ["Sextortion"],
            Status.ESCALATED,
            7.4,
        ),
        (
            "Old enquiry about YouTube comments",
            "email",
            "teacher",
            "primary",
            ["Social networks"],
            Status.CLOSED,
            30.0,
        ),
    ]
    cases = [main]
    for i, (subject, channel, etype, setting, cats, status, days) in enumerate(others):
        enquirer = Enquirer.objects.create(
            name=f"Test Enquirer {i + 1}",
            email=f"enquirer{i + 1}@school.example.org",
            phone=f"07700 900{100 + i:03d}",
            enquirer_type=etype,
            setting_type=setting,
        )
        case = actions.do_open_case(
            enquirer=enquirer,
            channel=channel,
            subject=subject,
            first_message=f"{subject}. We would be grateful for advice.",
            opened_at=_at(now, days, 11),
            categories=[cat[c] for c in cats],
            provenance=Provenance.ENQUIRER if channel == "web" else Provenance.PRACTITIONER,
            actor=None if channel == "web" else practitioner,
        )
        if status != Status.NEW:
            actions.do_change_status(
                case=case, actor=practitioner, status=status, expected_version=case.version
            )
        if i % 3 == 1:
            actions.do_assign_case(
                case=case, actor=practitioner, assignee=colleague, expected_version=case.version
            )
        cases.append(case)
    main.refresh_from_db()
    return Scenario(practitioner=practitioner, colleague=colleague, main_case=main, cases=cases)
