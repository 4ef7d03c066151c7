"""The demo helpline: a synthetic, deterministic helpline calibrated to the published figures.

- calibration.py: the published counts as period specs, plus the illustrative choices the
  report leaves open (regions, the 2020-21 channel split, settings outside primary and
  secondary schools).
- allocate.py: exact quotas and multi-label allocation (pure).
- people.py, scenarios.py: invented people, places, handles and links; what enquiries are
  about, in sentences written for this demo.
- generator.py: whole cases with dialogue and working-hours timings (pure, seeded).
- loader.py: demo users, `load_demo_helpline()` and `generate_helpline()` (database).

Everything is exact to the published tables except where they contradict each other: the
2021-22 category counts outside primary and secondary schools add up to 382 tags for 568
cases, so at least 186 of those cases carry no category, and the demo leaves exactly 186
uncategorised (every other case, and every 2020-21 case, has at least one).
"""
