"""TIMEX3 on event news (local reports, outbreaks, sport, company news): false friends,
ranges, joined extents and readings that depend on the sentence.

Sentences are our own; the publication date (DCT) is Thursday 2017-09-21 unless a test
says otherwise.
"""

from __future__ import annotations

import pytest

from timex_cases import timex_named as _one
from timex_cases import timexes_of as _timexes


@pytest.mark.parametrize(
    ("text", "not_a_timex"),
    [
        ("Fans travelled to France for Euro 2016 last summer.", "2016"),
        ("The union said Local 1520 would vote on the deal.", "1520"),
        ("The pandemic H1N1 2009 strain spread quickly.", "2009"),
        ("The bid values the plant at $4.1556 a share.", "1556"),
        ("He quoted John 3:16 in his speech.", "3:16"),
        ("The Tigers scored twice in the second half to win the game.", "the second half"),
        ("Toronto led 2-0 late in the first period before the Flames scored.", "the first period"),
        ("She was named Citizen of the Year by the council.", "the Year"),
        ("He was voted the country's athlete of the year for 2016.", "the year"),
    ],
)
def test_false_friends_are_not_timexes(nlp, text, not_a_timex):
    assert not_a_timex not in [t["text"] for t in _timexes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the same shapes as real times
        ("Sales slowed in the second half, the retailer said.", "the second half", "2017-H2"),
        ("Profit rose in the second half of 2016.", "the second half of 2016", "2016-H2"),
        ("The plant opened in 2009 and closed in 2014.", "2009", "2009"),
        ("The meeting starts at 3:15 p.m. in the hall.", "3:15 p.m.", "2017-09-21T15:15"),
        ("Prices fell at the end of the year.", "the end of the year", "2017"),
    ],
)
def test_real_times_next_to_false_friends(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value
