from __future__ import annotations

import random
from datetime import date, datetime, time

import pytest
from django.core.management import CommandError, call_command

from casebook.cases.models import Case, Message, ReferenceCounter
from casebook.demo.calibration import scaled, spec_2020_21, spec_2021_22
from casebook.demo.generator import generate_period
from casebook.demo.loader import generate_helpline
from casebook.lib.working_hours import LONDON


def test_same_seed_same_cases_other_seed_other_cases():
    spec = spec_2020_21()
    first = generate_period(spec, random.Random("7:x"))
    again = generate_period(spec, random.Random("7:x"))
    other = generate_period(spec, random.Random("8:x"))
    assert first == again
    assert [c.messages[0].body for c in first] != [c.messages[0].body for c in other]


@pytest.mark.parametrize("cases", [1, 7, 333])
def test_scaled_spec_keeps_every_total_consistent(cases):
    spec = scaled(
        spec_2021_22(), cases=cases, start=date(2023, 1, 1), end=date(2024, 1, 1), label="x"
    )
    assert sum(spec.channels.values()) == cases
    assert sum(spec.enquirer_types.values()) == cases
    assert sum(g.size for g in spec.groups) == cases
    made = generate_period(spec, random.Random(1))
    assert len(made) == cases
    for case in made:
        assert date(2023, 1, 1) <= case.opened_at.astimezone(LONDON).date() < date(2024, 1, 1)


@pytest.mark.django_db
def test_generate_adds_cases_with_fresh_references_each_run(case):
    before = Case.objects.count()
    summary = generate_helpline(
        cases=250, seed=3, start=date(2023, 6, 1), end=date(2024, 6, 1), batch_size=100
    )
    assert summary.cases == 250
    assert Case.objects.count() == before + 250
    # The same seed again: new references and message ids, nothing collides.
    generate_helpline(cases=40, seed=3, start=date(2023, 6, 1), end=date(2024, 6, 1))
    assert Case.objects.count() == before + 290
    references = list(Case.objects.values_list("reference", flat=True))
    assert len(set(references)) == len(references)
    for counter in ReferenceCounter.objects.all():
        numbers = [
            int(r.rsplit("-", 1)[1]) for r in references if r.startswith(f"CB-{counter.year}-")
        ]
        assert counter.last == max(numbers) == len(numbers)
    generated = Case.objects.exclude(pk=case.pk)
    start = datetime.combine(date(2023, 6, 1), time(0), LONDON)
    end = datetime.combine(date(2024, 6, 1), time(0), LONDON)
    assert not generated.exclude(opened_at__gte=start, opened_at__lt=end).exists()
    assert Message.objects.filter(case__in=generated).count() >= 3 * 290


@pytest.mark.django_db
def test_generate_command(capsys):
    call_command("generate", "--cases", "30", "--seed", "5", "--from", "2024-01-01")
    assert Case.objects.count() == 30
    assert "Added 30 cases" in capsys.readouterr().out


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cases", "0"], "at least 1"),
        (["--cases", "5", "--from", "2024-13-01"], "dates must look like"),
        (["--cases", "5", "--from", "2024-01-01", "--to", "2023-01-01"], "after --from"),
    ],
)
def test_generate_refuses_bad_arguments(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("generate", *args)
    assert Case.objects.count() == 0


@pytest.mark.django_db
def test_generate_needs_the_seeded_categories_and_saves_nothing_without_them():
    from casebook.cases.models import Category

    Category.objects.filter(name="Sextortion").delete()
    with pytest.raises(CommandError, match="Sextortion"):
        call_command("generate", "--cases", "10")
    assert Case.objects.count() == 0


@pytest.mark.django_db
def test_generate_skips_platforms_an_admin_removed():
    from casebook.cases.models import CasePlatform, Platform

    Platform.objects.filter(name="TikTok").delete()
    generate_helpline(cases=60, seed=2)
    assert Case.objects.count() == 60
    assert not CasePlatform.objects.filter(platform__name="TikTok").exists()
    assert Message.objects.filter(body_text__icontains="tiktok").exists()
