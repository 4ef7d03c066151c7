"""Round CC: what sets FC (Sikh, Hindu and Jain families, gurdwaras, mandirs and community
clubs, names in Gurmukhi, Devanagari or Gujarati script), FD (the Isle of Man, the Channel
Islands, the Isles of Scilly and Cornwall) and FE (Chinese, Hong Kong, Vietnamese, Romanian,
Lithuanian and Bulgarian families, names family name first) showed, by kind (invented
sentences).

Found, each whole as one finding (none so before the round): a name written again in another
script, in brackets beside it or after "name"; a Chinese or Vietnamese name written family
name first whose syllables are also English words or a day's short form ("Sun Meiling", "Vo
Thi Long An"), taking in a part read apart as a school ("Trang"); the name before a word of
respect written after it in lower case ("Kusum ben"); a handle in another script, its words
joined by underscores.

Kept: faiths and their adjectives ("a Hindu family", "We are Jain", "Malayali Hindus"); a
country that is also a first name where a place stands ("uncles in India"); Sikh, Hindu and Jain
prayers, festivals, dress, songs and cartoons; a title before "ji"; islands and parishes of the
Channel Islands and Scilly and places of the Isle of Man; a place before a count ("from Lahore
18 months ago"); a word after "username" that goes on with the sentence; kinds of school no name
holds ("a weekend supplementary school"); words of another language in lower case (Cyrillic,
Vietnamese) in a chat (each fails before the round); and a surname that is also a faith's name
beside a first name, as before.
"""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Our pupil is Wendy Lam (林慧儀), 8B, and her brother is in Year 5.", "林慧儀"),
        ("The girl, Svetla (Светла), 13, goes to the Saturday class.", "Светла"),
        ("Referrer: Baldev Sohal (ਬਲਦੇਵ ਸੋਹਲ), volunteer, rang at 4pm.", "ਬਲਦੇਵ ਸੋਹਲ"),
        ("My daughter 陈雨桐 (Chen Yutong) is 12 and in Year 7.", "陈雨桐"),
        ("They posted her chinese name 郭思琪 under the photo.", "郭思琪"),
        ("Deputy: Sun Meiling (call her May) will ring you back.", "Sun Meiling"),
        ("Mother: Vo Thi Long An - interpreter needed (Vietnamese).", "Vo Thi Long An"),
        ("Attendees: Chan Wai Man (parent), Tom Riddock (DSL).", "Chan Wai Man"),
        ("The girls named are Hollie Brandt, Sun Xiaoyu and Ellie Vance.", "Sun Xiaoyu"),
        ("Gujarati translation by Kusum ben and the head of year.", "Kusum"),
        ("The account now is ਜੱਸੀ_ਦਾ_ਸੱਚ and it posts daily.", "ਜੱਸੀ_ਦਾ_ਸੱਚ"),
        (
            "Children: Vu Hoang Long (DOB 01/02/2010), Vu Thu Trang (DOB 03/04/2012)",
            "Vu Thu Trang",
        ),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("- 14yo girl, Hindu family, lives near the park.", "Hindu"),
        ("We are Jain and he will not eat eggs at the camp.", "Jain"),
        ("We are Malayali Hindus living in Slough.", "Hindus"),
        ("He called it an attack on Sikhi and left the meeting.", "Sikhi"),
        ("She is scared her aunties in India will see it.", "India"),
        ("Simmy arrived from Lahore 18 months ago on a visa.", "Lahore 18"),
        ("She asked about Japji Sahib, Rehras and so on.", "Rehras"),
        ("the photos from Durga Puja week were posted", "Durga Puja"),
        ("He watches Chhota Bheem and Motu Patlu after school.", "Chhota Bheem"),
        ("3. Giani ji raised a worry about a man at the gate.", "Giani"),
        ("a Year 9 boy had his patka pulled off on the bus", "patka"),
        ("Subject: Alderney - sextortion of a 15yo", "Alderney"),
        ("Lorna from the youth club in Port St Mary rang again.", "Port St Mary"),
        ("Subject: Gurmukhi username used to get past the filter", "used"),
        ("We are a weekend supplementary school for 200 children.", "supplementary school"),
        ("@rali.x: кой си ти (who are you)", "си ти"),
        ("Linh: Thấy rồi, trên TikTok (Seen it, on TikTok)", "trên"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname that is also a faith's name stays a name beside a first name
        ("Victim: Priyal Jain, 12, of the same class.", "Priyal Jain"),
        # a first name that is also a country stays one where no place stands
        ("Please speak to India about the photos first.", "India"),
    ],
)
def test_still_a_name(text: str, name: str) -> None:
    """The round's guards: each name is redacted, as before the round."""
    assert_found_whole(text, name)


def test_place_and_name_in_one_sentence() -> None:
    redacted = redact("Hong Kong, where Lam Ka Yan (15) lived, is far away.").text
    assert "Hong Kong" in redacted
    assert "Lam Ka Yan" not in redacted
