"""Short and idiomatic forms of time: two-digit years after an apostrophe, decades after
an opening quote used as one, "of late", and the names and shares that look like times
("the Summer Youth Program", "one quarter of approved donors").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import timexes_of as _timexes

DCT = "2016-01-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a two-digit year after a preposition, "class of" or another short year
        ("Deficit to Reverse Course in '16, Budget Office Says", [("'16", "2016")]),
        ("He voted for Obama in ’08 and ’12.", [("’08", "2008"), ("’12", "2012")]),
        ("She graduated with the class of ’92.", [("’92", "1992")]),
        ("Unemployment has fallen since '82.", [("'82", "1982")]),
        # a span of years whose end is one digit
        ("The Wall Street collapse of 2008-9 hurt them.", [("2008", "2008"), ("9", "2009")]),
        # not in a product's name
        ("Apple's iLife '11 suite sold well.", []),
        # a decade after an opening quote mark used as an apostrophe
        (
            "Germany in the ‘20s, or Zimbabwe in the ‘90s.",
            [("the ‘20s", "192"), ("the ‘90s", "199")],
        ),
        # "of late" is "lately", not "late" of a later noun
        ("He has waffled of late as to whether he will run.", [("of late", "PAST_REF")]),
        ("The downturn of late is mainly due to oil.", [("of late", "PAST_REF")]),
        ("A flurry of late-night tweets followed.", []),
        ("The death of late senator Smith saddened them.", []),
    ],
)
def test_short_forms(nlp, text, expected):
    assert [(t["text"], t["value"]) for t in _timexes(nlp, text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised season in a name
        ("The board renewed its deal for the Summer Youth Program.", []),
        ("She won gold at the Summer Olympics.", []),
        ("The Winter Park mayor spoke.", []),
        ("The trip was planned for Summer 2015.", [("Summer 2015", "2015-SU")]),
        # a share, not three months
        ("About one quarter of approved donors back out.", []),
        # "following" before "a day" is a preposition, not "the following"
        (
            "She spoke Tuesday night, following a day in which she attacked him.",
            [("Tuesday night", "2016-01-19TNI"), ("a day", "P1D")],
        ),
        ("It rained for the following three weeks.", [("the following three weeks", "P3W")]),
        # "quarterly" before its noun is an adjective, as "annual" is
        ("Oil companies posted quarterly results and quarterly profit fell.", []),
        ("Dividends are paid quarterly.", [("quarterly", "P3M")]),
        ("Media chiefs who annually perform skits met.", [("annually", "P1Y")]),
        # a hyphenated part of the day before a noun describes it
        ("A late-night meeting ran long.", []),
        ("Clinton's late-night-show appearances were shared.", []),
        # before a weekday it is the weekday's part
        ("It was replaced at mid-morning Thursday.", [("mid-morning Thursday", "2016-01-14TMO")]),
    ],
)
def test_names_shares_and_prepositions(nlp, text, expected):
    assert [(t["text"], t["value"]) for t in _timexes(nlp, text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a holiday whose name keeps small particles
        ("He tweeted on Cinco de Mayo.", "2016-06-01", [("Cinco de Mayo", "2016-05-05")]),
        ("He ate cinco de mayo tacos.", "2016-06-01", []),
        # "9/11" inside an adjective
        ("Post-9/11 Rebuilding Goes On", "2016-06-01", [("9/11", "2001-09-11")]),
        ("They longed for the pre-9/11 world.", "2016-06-01", [("9/11", "2001-09-11")]),
        # a comma typed after the month of a full date
        (
            "They married on Sept, 26, 2014 in New York.",
            "2015-12-21",
            [("Sept, 26, 2014", "2014-09-26")],
        ),
        # duration modifiers of more than one word
        (
            "The meeting lasted a little over two hours.",
            "2016-06-01",
            [("a little over two hours", "PT2H")],
        ),
        (
            "He waited slightly less than three weeks.",
            "2016-06-01",
            [("slightly less than three weeks", "P3W")],
        ),
        # "a while" is a stretch of time, but not "once in a while" nor "a while back"
        ("He'd been there a while.", "2016-06-01", [("a while", "PXX")]),
        ("It took quite a while to load.", "2016-06-01", [("quite a while", "PXX")]),
        ("Once in a while he calls.", "2016-06-01", []),
        ("I saw him a while back.", "2016-06-01", []),
        # "by mid-afternoon" is a part of the day the story is on
        (
            "The mudslide hit early Monday. By mid-afternoon, crews had cleared the road.",
            "2009-03-31",
            [("early Monday", "2009-03-30"), ("mid-afternoon", "2009-03-30TAF")],
        ),
    ],
)
def test_holidays_days_and_modifiers(nlp, text, dct, expected):
    assert [(t["text"], t["value"]) for t in _timexes(nlp, text, dct)] == expected
