"""A result before its noun ("his Tuesday wins": past whatever the clause), a participle
that orders events ("followed by highs Wednesday": the clause's time), a fact after
"despite"/"since" ("despite winning the primary in February"), a month owning an event
judged or still to come ("called November's general election…"), "that day" ending a
reduced clause, "five years ago this week", "by month's end", "the other day", centuries
listed before "centuries", "a wet March", "half a dozen", "11 p.m.The", a newspaper
called "a free daily", "One night in 1968, …" (some night) and "overnight" in a forecast.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timexes_of


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "If he follows up his Tuesday wins in Idaho with a victory in Washington on "
            "Saturday, he gains.",
            "2016-03-23",
            [("Tuesday", "2016-03-22"), ("Saturday", "2016-03-26")],
        ),
        (
            "The Huskies will look to build on their Saturday rout of Washington State.",
            "2016-11-28",
            [("Saturday", "2016-11-26")],
        ),
        # near misses: more wins, or one still wanted, lie ahead
        ("Sanders hopes for more Tuesday wins.", "2016-03-23", [("Tuesday", "2016-03-29")]),
        ("He needs a Saturday win in Washington.", "2016-03-23", [("Saturday", "2016-03-26")]),
    ],
)
def test_a_time_before_a_result_had_is_past(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lows Tuesday night will be in the low 50s, followed by highs Wednesday in the "
            "upper 60s.",
            [("Tuesday night", "2009-03-31TNI"), ("Wednesday", "2009-04-01")],
        ),
        (
            "The first part of the weekend should be nice, with mostly sunny skies and "
            "temperatures in the mid-70s on Saturday, followed by a 40 percent chance of rain "
            "on Sunday.",
            [("the weekend", "2009-W14-WE"), ("Saturday", "2009-04-04"), ("Sunday", "2009-04-05")],
        ),
        (
            "The storm will hit Monday, preceded by high winds Sunday.",
            [("Monday", "2009-04-06"), ("Sunday", "2009-04-05")],
        ),
        # near misses: the clause is past; a participle opening the sentence is its own
        (
            "He spoke Monday, followed by a vote Thursday.",
            [("Monday", "2009-03-30"), ("Thursday", "2009-03-26")],
        ),
        ("Followed by police on Sunday, the man fled.", [("Sunday", "2009-03-29")]),
    ],
)
def test_a_participle_ordering_events_takes_its_clauses_time(nlp, text, expected):
    assert _found(nlp, text, "2009-03-31") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump is lagging behind Clinton despite winning the primary there in February.",
            [("February", "2016-02")],
        ),
        ("She is thriving since taking office in January.", [("January", "2016-01")]),
        # near misses: a state faced, and a clause with "will"
        ("She is confident despite facing a vote in December.", [("December", "2016-12")]),
        ("He will lose despite winning the debate in December.", [("December", "2016-12")]),
    ],
)
def test_a_fact_after_despite_or_since_is_past(nlp, text, expected):
    assert _found(nlp, text, "2016-08-26") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Cross called November's general election a citizenship election.",
            "2016-08-17",
            [("November", "2016-11")],
        ),
        (
            "Leaders said January's summit in Davos would be crucial.",
            "2016-11-20",
            [("January", "2017-01")],
        ),
        # near misses: the event told as held
        (
            "Democrats said April's special election showed the party's strength.",
            "2015-11-05",
            [("April", "2015-04")],
        ),
        (
            "Turnout in June's primary was the lowest on record.",
            "2016-02-10",
            [("June", "2015-06")],
        ),
    ],
)
def test_a_month_owning_an_event_judged_or_ahead_is_the_nearer(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Donors gave on April 30, 2014. Some of the Turkish Americans donating to Ayotte "
            "that day, who all lived outside New Hampshire, knew little.",
            "2015-11-20",
            [("April 30, 2014", "2014-04-30"), ("that day", "2014-04-30")],
        ),
        (
            "Donors gave on April 30, 2014. Five who donated to Ayotte that day could not be "
            "located.",
            "2015-11-20",
            [("April 30, 2014", "2014-04-30"), ("that day", "2014-04-30")],
        ),
        (
            "The fire broke out on Saturday, March 5. Firefighters called to the scene that "
            "night found the building engulfed.",
            "2016-03-07",
            [("Saturday, March 5", "2016-03-05"), ("that night", "2016-03-05TNI")],
        ),
        # near misses: a surname, and any such day of a habit
        (
            "On March 1, the council passed the ordinance that Day had sponsored.",
            "2016-03-09",
            [("March 1", "2016-03-01")],
        ),
        (
            "Bread not sold that day, which is rare, is thrown out each evening.",
            "2016-03-09",
            [("each evening", "XXXX-XX-XXTEV")],
        ),
    ],
)
def test_that_day_ending_a_reduced_clause_is_the_day_named(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Five years ago this week, Giffords was shot.",
            "2016-01-05",
            [("Five years ago this week", "2011-W01")],
        ),
        (
            "A year ago this week, the governor was sworn in.",
            "2016-01-03",
            [("A year ago this week", "2015-W01")],
        ),
        (
            "A year ago this month, prices peaked.",
            "2016-01-05",
            [("A year ago this month", "2015-01")],
        ),
        # near miss: a count of days is not more than a week back
        (
            "Two days ago this week he left.",
            "2016-01-05",
            [("Two days ago", "2016-01-03"), ("this week", "2016-W01")],
        ),
    ],
)
def test_a_count_back_this_week_is_that_week(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The deal must close by month's end.", "2016-04-10", [("month's end", "2016-04")]),
        ("He will decide by week’s end.", "2016-04-10", [("week’s end", "2016-W14")]),
        (
            "Jobs rose strongly in January. By month's end, 151,000 had been added.",
            "2016-03-05",
            [("January", "2016-01"), ("month's end", "2016-01")],
        ),
        (
            "Apple shares rose in the final week and closed at $99 at month's end.",
            "2016-06-01",
            [("month's end", "2016-05")],
        ),
        # near misses: a recurrence, and a month written after it
        ("Tenants must pay rent at each month's end.", "2016-05-10", [("each month", "P1M")]),
        (
            "Sales fell in March, and by month's end in April they had recovered.",
            "2016-05-10",
            [("March", "2016-03"), ("April", "2016-04")],
        ),
    ],
)
def test_month_or_week_end(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


def test_month_end_has_mod_end(nlp):
    (t,) = timexes_of(nlp, "The deal must close by month's end.", "2016-04-10")
    assert t.get("mod") == "END"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As Erica said the other day, we need help.", [("the other day", "PAST_REF")]),
        (
            "I was talking to a farmer the other day who told me so.",
            [("the other day", "PAST_REF")],
        ),
        # near misses: a compound, and the other of two days
        ("Nurses on the other day shift were not affected.", []),
        ("The other day-to-day tasks fall to the deputy.", []),
        (
            "The race was held over two days. On the first, runners covered 50 miles; on the "
            "other day, they ran 30.",
            [("two days", "P2D")],
        ),
    ],
)
def test_the_other_day_is_a_recent_day(nlp, text, expected):
    assert _found(nlp, text, "2016-04-08") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Slavery was practiced in Connecticut from the 17th through 19th centuries.",
            [("the 17th", "16"), ("19th centuries", "18")],
        ),
        (
            "The practice spread in the late 18th and early 19th centuries.",
            [("the late 18th", "17"), ("early 19th centuries", "18")],
        ),
        (
            "Ottoman rule lasted from the 16th until the 20th century.",
            [("the 16th", "15"), ("the 20th century", "19")],
        ),
        # near miss: an ordinal of another kind
        ("He was the 17th to arrive in the 19th century.", [("the 19th century", "18")]),
    ],
)
def test_centuries_listed_before_centuries_are_each_tagged(nlp, text, expected):
    assert _found(nlp, text, "2009-03-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said an unusually wet March has brought relief.", [("March", "2009-03")]),
        ("A relatively dry March left reservoirs low.", [("March", "2009-03")]),
        # near misses: a march of protest, a capitalised name, and "May" (also a name)
        ("Thousands joined a peaceful March on Washington.", []),
        ("A Long March veteran spoke.", []),
        ("It was a wet May.", []),
    ],
)
def test_a_described_march_is_the_month(nlp, text, expected):
    assert _found(nlp, text, "2009-03-31") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinton has led over the past half-dozen days.", [("the past half-dozen days", "P6D")]),
        ("He served half a dozen years.", [("half a dozen years", "P6Y")]),
        ("He served a half-dozen years.", [("a half-dozen years", "P6Y")]),
        ("The Lions have lost the past half-dozen games.", []),
        # near miss: a half-year
        ("Sales fell in the first half.", [("the first half", "2016-H1")]),
    ],
)
def test_half_a_dozen_is_six(nlp, text, expected):
    assert _found(nlp, text, "2016-04-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the poll, conducted March 11-13, 40 percent back Sanders.",
            [("March 11", "2016-03-11"), ("13", "2016-03-13")],
        ),
        ("Taken April 6-9, 800 voters answered.", [("April 6", "2016-04-06"), ("9", "2016-04-09")]),
        # near miss: a year after the comma is the range's, both days in it
        (
            "The poll, conducted March 11-13, 2016, shows it.",
            [("March 11", "2016-03-11"), ("13, 2016", "2016-03-13")],
        ),
    ],
)
def test_a_day_range_before_a_comma_and_a_count_ends_on_its_day(nlp, text, expected):
    assert _found(nlp, text, "2016-03-15") == expected


def test_a_pm_run_into_the_next_sentence_keeps_its_stop(nlp):
    found = _found(nlp, "The event runs 9 a.m. to 11 p.m.The fair opens Friday.", "2016-04-21")
    assert ("11 p.m.", "2016-04-21T23:00") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He owns the paper with the largest circulation in Israel, a free daily.", []),
        # near miss: a dose a day
        ("He takes aspirin, a pill daily, for pain.", [("daily", "P1D")]),
    ],
)
def test_a_free_daily_is_a_newspaper(nlp, text, expected):
    assert _found(nlp, text, "2015-12-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One night in the late 1960s, he drove to the city.",
            [("One night", "XXXX-XX-XXTNI"), ("the late 1960s", "196")],
        ),
        (
            "Early one evening in June, she left.",
            [("Early one evening", "XXXX-XX-XXTEV"), ("June", "2015-06")],
        ),
        (
            "One night last week, two men broke in.",
            [("One night", "XXXX-XX-XXTNI"), ("last week", "2015-W53")],
        ),
        # near misses: a length
        ("One night in jail was enough for him, he said.", [("One night", "P1D")]),
        ("He stayed one night in Paris.", [("one night", "P1D")]),
        ("One morning session was canceled, organizers said.", []),
    ],
)
def test_one_night_opening_a_past_clause_is_some_night(nlp, text, expected):
    assert _found(nlp, text, "2016-01-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chance of rain jumps to 100 percent overnight, before falling back on Wednesday.",
            [("overnight", "2009-03-31TNI"), ("Wednesday", "2009-04-01")],
        ),
        ("Winds gust to 40 mph overnight.", [("overnight", "2009-03-31TNI")]),
        # near misses: a market's low, and a past clause
        (
            "The dollar hits a record low overnight in Tokyo trading.",
            [("overnight", "2009-03-30TNI")],
        ),
        ("Rain fell overnight.", [("overnight", "2009-03-30TNI")]),
    ],
)
def test_overnight_in_a_forecast_is_the_coming_night(nlp, text, expected):
    assert _found(nlp, text, "2009-03-31") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm hit on Aug. 3. The following week, crews arrived.",
            [("Aug. 3", "2016-08-03"), ("The following week", "2016-W32")],
        ),
        (
            "The storm hit on Aug. 3. That week, crews arrived.",
            [("Aug. 3", "2016-08-03"), ("That week", "2016-W31")],
        ),
        (
            "The storm hit on Aug. 3. The following weekend, crews arrived.",
            [("Aug. 3", "2016-08-03"), ("The following weekend", "2016-W31-WE")],
        ),
        (
            "The paper chided Obama on Aug. 17 for his vacation after the floods of the "
            "previous weekend.",
            [("Aug. 17", "2016-08-17"), ("the previous weekend", "2016-W32-WE")],
        ),
        (
            "Traffic deaths rose over Labor Day weekend. The following weekend, troopers set "
            "up checkpoints.",
            [("Labor Day weekend", "2015-W36-WE"), ("The following weekend", "2015-W37-WE")],
        ),
        # near miss: no day named before, the DCT's week before
        ("Sales rose in the previous week, the company said.", [("the previous week", "2016-W33")]),
    ],
)
def test_a_week_counted_from_the_day_named(nlp, text, expected):
    assert _found(nlp, text, "2016-08-27") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity Easter Seals helps children.", []),
        ("He flew to Christmas Island.", []),
        # near misses: a preposition of time before the holiday, a hyphenated word
        (
            "Before Christmas Point Pleasant police collected 500 toys.",
            [("Christmas", "2015-12-25")],
        ),
        (
            "The Christmas Co-op market is open through Christmas Eve.",
            [("Christmas", "2015-12-25"), ("Christmas Eve", "2015-12-24")],
        ),
    ],
)
def test_a_holiday_before_a_place_or_body_is_a_name(nlp, text, expected):
    assert _found(nlp, text, "2015-12-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinton called on March 25, 2015. In the week that followed, aides deleted files.",
            [("March 25, 2015", "2015-03-25"), ("the week", "2015-W14")],
        ),
        (
            "Retail sales slumped in June 2015. The month that followed was even worse.",
            [("June 2015", "2015-06"), ("The month", "2015-07")],
        ),
        (
            "The plant closed in 2009. In the year that followed, prices fell.",
            [("2009", "2009"), ("the year", "2010")],
        ),
        # near misses: "followed" with an object of its own, and a reporting day
        (
            "Early voting began Oct. 24. In the week that followed the Nov. 8 election, "
            "reports spiked.",
            [("Oct. 24", "2015-10-24"), ("the week", "2016-W17"), ("Nov. 8", "2015-11-08")],
        ),
        (
            "Lehman failed on Sept. 15, 2008, the report said Tuesday. In the month that "
            "followed, credit markets froze.",
            [("Sept. 15, 2008", "2008-09-15"), ("Tuesday", "2016-04-26"), ("the month", "2016-04")],
        ),
    ],
)
def test_the_unit_that_followed_is_the_one_after_the_time_named(nlp, text, expected):
    assert _found(nlp, text, "2016-04-26") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal should close by year’s end.", [("year’s end", "2016")]),
        (
            "They court the supporters whose votes Mrs. Clinton needs in November.",
            [("November", "2016-11")],
        ),
        (
            "They court the supporters whose votes Dr. Stein needs in November.",
            [("November", "2016-11")],
        ),
    ],
)
def test_a_curly_apostrophe_and_a_title_stop_hide_nothing(nlp, text, expected):
    assert _found(nlp, text, "2016-04-26") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The earthquake struck on March 11, 2011. The following month, aftershocks "
            "rattled Japan almost daily.",
            [
                ("March 11, 2011", "2011-03-11"),
                ("The following month", "2011-04"),
                ("daily", "P1D"),
            ],
        ),
        # near miss: a month in a clause a set makes recur
        (
            "The president pardons a turkey every year in November.",
            [("every year", "P1Y"), ("November", "XXXX-11")],
        ),
    ],
)
def test_a_month_counted_from_a_date_is_no_habit(nlp, text, expected):
    assert _found(nlp, text, "2013-05-01") == expected
