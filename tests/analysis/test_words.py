"""Word-cloud words: case folded, stop words and greetings out, platform names whole."""

from __future__ import annotations

import pytest

from casebook.analysis.words import subject_words
from casebook.lib.platforms import DEFAULT_PLATFORMS


@pytest.mark.parametrize(
    ("subjects", "expected"),
    [
        (
            ["Fake TikTok account", "fake tik tok account", "RE: tiktok", "Tik-Tok"],
            {"TikTok": 4, "fake": 2, "account": 2},
        ),
        (["Hello, please help", "Dear helpline, thanks"], {"help": 1, "helpline": 1}),
        (["Video of a TEACHER", "teacher video"], {"video": 2, "teacher": 2}),
        (["Contact j.doe@example.invalid 07700 900123 https://x.invalid/p"], {"contact": 1}),
        (["YouTube and you tube", "Insta post"], {"YouTube": 1, "Instagram": 1, "post": 1}),
        (["TikTok TikTok TikTok"], {"TikTok": 1}),  # a word counts once per case
    ],
)
def test_words(subjects, expected):
    assert dict(subject_words(subjects, DEFAULT_PLATFORMS, min_cases=1)) == expected


def test_rare_words_never_reach_the_cloud():
    subjects = ["Smithson posted a video"] + ["Video on TikTok"] * 5
    words = subject_words(subjects, DEFAULT_PLATFORMS, min_cases=5)
    assert "smithson" not in words and "posted" not in words
    assert words["video"] == 6 and words["TikTok"] == 5


def test_known_names_never_reach_the_cloud_however_often():
    from casebook.redaction import personal_name_words

    subjects = ["Fake account of Mr Okafor", "Okafor targeted again on TikTok"] * 6 + [
        "Will you call back? We break up in May"
    ] * 6
    words = subject_words(subjects, DEFAULT_PLATFORMS, exclude=personal_name_words())
    assert "okafor" not in words
    assert words["TikTok"] == 6 and words["fake"] == 6
    # Ordinary words that are also names stay: the redaction lists keep them apart.
    assert words["may"] == 6 and words["break"] == 6
