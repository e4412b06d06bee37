"""A season or quarter "of that year" as one timex, "the day after the March 22 primary"
counted from the date that dates the event, "the year before, in 2009," restated by the
year after it, a coordinated passive sharing the first verb's modal ("will drag on and be
completed by Nov. 8"), a headline's "Person Of The Year", "today's" owning a compound
whose head names an era, and "the following week" after only a month or a year.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "He joined in 2009 and left in the fall of that year.",
            "2016-01-15",
            [("2009", "2009"), ("the fall of that year", "2009-FA")],
        ),
        (
            "He joined in 2009. He left in the summer of the following year.",
            "2016-01-15",
            [("2009", "2009"), ("the summer of the following year", "2010-SU")],
        ),
        (
            "Sales fell in the spring of last year.",
            "2016-01-15",
            [("the spring of last year", "2015-SP")],
        ),
        (
            "She joined in 2009 and left in the first quarter of that year.",
            "2016-01-15",
            [("2009", "2009"), ("the first quarter of that year", "2009-Q1")],
        ),
        (
            "He was appointed in 2016 and resigned in the spring of the next year.",
            "2018-02-14",
            [("2016", "2016"), ("the spring of the next year", "2017-SP")],
        ),
        (
            "The plant will reopen in the summer of next year.",
            "2016-01-15",
            [("the summer of next year", "2017-SU")],
        ),
        # near misses: a possessive year, a bare "the year", a year already in the season
        (
            "Farmers recall the summer of last year's drought.",
            "2016-01-15",
            [("the summer", "2016-SU"), ("last year", "2015")],
        ),
        (
            "Profits rose in the third quarter of the year.",
            "2016-01-15",
            [("the third quarter", "2015-Q3"), ("the year", "2015")],
        ),
        ("He left in the spring of 2009.", "2016-01-15", [("the spring of 2009", "2009-SP")]),
        # the last quarter or half "of" a year is its final one, not the latest
        (
            "The factory was sold in 2008; in the last quarter of that same year it cut jobs.",
            "2012-07-04",
            [("2008", "2008"), ("the last quarter of that same year", "2008-Q4")],
        ),
        (
            "Sales fell in the last quarter of last year.",
            "2012-07-04",
            [("the last quarter of last year", "2011-Q4")],
        ),
        (
            "Sales fell in the last half of last year.",
            "2012-07-04",
            [("the last half of last year", "2011-H2")],
        ),
        (
            "Orders slumped in the last quarter of 2010, then rebounded.",
            "2012-07-15",
            [("the last quarter of 2010", "2010-Q4")],
        ),
        (
            "The plant closed in March 2005 and reopened in the final quarter of that year.",
            "2014-02-10",
            [("March 2005", "2005-03"), ("the final quarter of that year", "2005-Q4")],
        ),
        ("The Bears scored twice in the final quarter.", "2014-02-10", []),
        (
            "Sales fell in the last quarter a year ago.",
            "2012-07-04",
            [("the last quarter a year ago", "2011-Q2")],
        ),
    ],
)
def test_a_season_or_quarter_of_a_relative_year(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The day after the March 22 primary, the governor called the lines unacceptable.",
            "2016-04-15",
            [("The day", "2016-03-23"), ("March 22", "2016-03-22")],
        ),
        (
            "Brown will campaign in Fresno the day before the June 7 California primary.",
            "2016-05-30",
            [("the day", "2016-06-06"), ("June 7", "2016-06-07")],
        ),
        (
            "He went back to work the day after the Sept. 11, 2001, attacks.",
            "2016-09-11",
            [("the day", "2001-09-12"), ("Sept. 11, 2001", "2001-09-11")],
        ),
        (
            "Polls stay open until 7 p.m. the day before the March 1 primary.",
            "2016-02-20",
            [("7 p.m. the day", "2016-02-29T19:00"), ("March 1", "2016-03-01")],
        ),
        (
            "Polls close at 7 p.m. the day before March 1.",
            "2016-02-10",
            [("7 p.m. the day before March 1", "2016-02-29T19:00")],
        ),
        # near misses: the date is the subject of a clause, a range, a date alone
        (
            "The day after the March 22 vote was postponed, the council met.",
            "2016-03-25",
            [("The day", "XXXX-XX-XX"), ("March 22", "2016-03-22")],
        ),
        (
            "Exhibitors left the day after the Jan. 5 through 8 electronics show.",
            "2016-01-15",
            [("the day", "XXXX-XX-XX"), ("Jan. 5", "2016-01-05")],
        ),
        (
            "Mr. Keller died the day before the June 8 reunion he had helped organize.",
            "2019-06-14",
            [("the day", "2019-06-07"), ("June 8", "2019-06-08")],
        ),
        (
            "Neighbors gathered the day after the Jan. 3 shooting suspect was arrested.",
            "2020-01-10",
            [("the day", "XXXX-XX-XX"), ("Jan. 3", "2020-01-03")],
        ),
        (
            "The senator resigned the day after the March 22 memo became public.",
            "2016-03-30",
            [("the day", "XXXX-XX-XX"), ("March 22", "2016-03-22")],
        ),
        (
            "He left the day before March 22, officials said.",
            "2016-04-15",
            [("the day before March 22", "2016-03-21")],
        ),
    ],
)
def test_the_day_after_a_dated_event(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The year before, in 2009, he had lost the race.",
            "2016-01-15",
            [("The year before", "2009"), ("2009", "2009")],
        ),
        (
            "The month before, in May 2009, he had quit.",
            "2016-01-15",
            [("The month before", "2009-05"), ("May 2009", "2009-05")],
        ),
        (
            "The year before -- in 2009 -- he had lost his seat.",
            "2012-05-10",
            [("The year before", "2009"), ("2009", "2009")],
        ),
        (
            "The year before — 2007 — the team finished last.",
            "2012-05-10",
            [("The year before", "2007"), ("2007", "2007")],
        ),
        # near misses: a year that is the subject, a year of a unit
        (
            "He won in 2010. The year before, 2008 had been bad.",
            "2016-01-15",
            [("2010", "2010"), ("The year before", "2009"), ("2008", "2008")],
        ),
        (
            "The year before, in 2009 dollars, costs were lower.",
            "2016-01-15",
            [("The year before", "2015"), ("2009", "2009")],
        ),
    ],
)
def test_the_year_before_restated_in_apposition(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The probe will drag on and be completed by Nov. 8.",
            "2016-04-15",
            [("Nov. 8", "2016-11-08")],
        ),
        (
            "The investigation could drag on for months and not be completed by the Nov. 8"
            " election.",
            "2016-04-15",
            [("months", "PXM"), ("Nov. 8", "2016-11-08")],
        ),
        (
            "The committee will hold hearings, vote on the bill and be adjourned by Friday.",
            "2018-02-14",
            [("Friday", "2018-02-16")],
        ),
        # near misses: a past coordination, a negated "could" (an attempt made)
        (
            "The probe dragged on and was completed by Nov. 8.",
            "2016-04-15",
            [("Nov. 8", "2015-11-08")],
        ),
        (
            "He could not run and be elected in November.",
            "2016-04-15",
            [("November", "2015-11")],
        ),
    ],
)
def test_a_coordinated_passive_shares_the_modal(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Time Just Announced Its Person Of The Year", []),
        ("He Was Named Coach Of The Year", []),
        # a headline's year: not an honoured noun before "Of"
        ("Busiest Travel Day Of The Year Arrives", [("The Year", "2016")]),
        ("Stocks To Stay Volatile For Remainder Of The Year", [("The Year", "2016")]),
        ("Sales Rise At End Of The Year", [("End Of The Year", "2016")]),
        # a ranking within the year, not an award
        ("Ford F-150 Remains Top-Selling Car Of The Year", [("The Year", "2016")]),
        ("It was the best-selling album of the year.", [("the year", "2016")]),
    ],
)
def test_an_award_title_in_headline_capitals(nlp, text, expected):
    assert _found(nlp, text, "2016-03-25") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ads flood today's news media.", []),
        ("It fits today's information economy.", []),
        # near misses: the day's event, a possessive compound
        ("Today's leaders' summit opened in Brussels.", [("Today", "2016-03-25")]),
        ("Today's jobs report showed gains.", [("Today", "2016-03-25")]),
    ],
)
def test_today_owning_a_compound_of_an_era(nlp, text, expected):
    assert _found(nlp, text, "2016-03-25") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "In May 2009 he left. The following week he returned.",
            "2016-01-15",
            [("May 2009", "2009-05"), ("The following week", "2009-WXX")],
        ),
        (
            "He left in May 2009 and returned the next week.",
            "2016-01-15",
            [("May 2009", "2009-05"), ("the next week", "2009-WXX")],
        ),
        (
            "He will leave in May. The following week he will return.",
            "2016-01-15",
            [("May", "2016-05"), ("The following week", "2016-WXX")],
        ),
        (
            "He left the firm in May 2009, and the following weekend he flew to Paris.",
            "2013-03-03",
            [("May 2009", "2009-05"), ("the following weekend", "2009-WXX-WE")],
        ),
        # a pronoun after the month is no noun it describes: the day is of that month
        (
            "In May 2009 he left. The following day he returned.",
            "2016-01-15",
            [("May 2009", "2009-05"), ("The following day", "2009-05-XX")],
        ),
        (
            "In May 2009 I was laid off. The next day I started looking for work.",
            "2016-06-01",
            [("May 2009", "2009-05"), ("The next day", "2009-05-XX")],
        ),
        # a month in its year: the rules reading the time named last see the year
        (
            "He joined in 2009. In May of that year he left. The following day he returned.",
            "2016-01-15",
            [
                ("2009", "2009"),
                ("May of that year", "2009-05"),
                ("The following day", "2009-05-XX"),
            ],
        ),
        # near misses: a day named, a future "next week", a stretch since a year
        (
            "He left on May 5, 2009. The following week he returned.",
            "2016-01-15",
            [("May 5, 2009", "2009-05-05"), ("The following week", "2009-W20")],
        ),
        (
            "Sales rose in 2015. Next week, the company will report.",
            "2016-01-15",
            [("2015", "2015"), ("Next week", "2016-W03")],
        ),
        (
            "Sales have risen since 2009, and the next week will tell.",
            "2016-01-15",
            [("2009", "2009"), ("the next week", "2016-W03")],
        ),
        # a year naming a thing, ending a stretch, at the year's end: some week of a past
        # account (not the DCT's next one); under a clause looking ahead the DCT's week
        (
            "The council approved the 2017 budget. The next week, the mayor vetoed it.",
            "2016-06-01",
            [("2017", "2017"), ("The next week", "XXXX-WXX")],
        ),
        (
            "He served as chief from 2005 to 2009. The following week, he took a job in Phoenix.",
            "2016-09-09",
            [("2005", "2005"), ("2009", "2009"), ("The following week", "XXXX-WXX")],
        ),
        (
            "At the end of 2010, the company filed for bankruptcy. The following week, its"
            " founder resigned.",
            "2016-06-01",
            [("the end of 2010", "2010"), ("The following week", "XXXX-WXX")],
        ),
        (
            "Shares fell 4 percent in 2015. The following week is expected to be volatile.",
            "2016-06-01",
            [("2015", "2015"), ("The following week", "2016-W23")],
        ),
    ],
)
def test_a_week_counted_from_a_month_or_year(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "In 2008, the store closed the week before Christmas.",
            "2012-12-01",
            [("2008", "2008"), ("the week before Christmas", "2008-W51")],
        ),
        (
            "Sales jumped the week after Thanksgiving.",
            "2012-12-01",
            [("the week after Thanksgiving", "2012-W48")],
        ),
        (
            "The week before, on March 22, he left.",
            "2012-12-01",
            [("The week before", "2012-W12"), ("March 22", "2012-03-22")],
        ),
        (
            "The year before, on March 22, 2009, he left.",
            "2012-12-01",
            [("The year before", "2009"), ("March 22, 2009", "2009-03-22")],
        ),
        # near misses: "the week before last", a year cannot restate a week
        ("He left the week before last.", "2012-12-01", [("the week before last", "2012-W46")]),
        (
            "The week before, in 2009, he left.",
            "2012-12-01",
            [("The week before", "2012-W47"), ("2009", "2009")],
        ),
    ],
)
def test_a_week_from_a_named_day(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a time of no written year restates no year, nor a unit counted from another time
        (
            "She was sworn in on Jan. 5, 2013. The week before, on Dec. 28, she resigned.",
            "2016-03-10",
            [
                ("Jan. 5, 2013", "2013-01-05"),
                ("The week before", "2012-W52"),
                ("Dec. 28", "2015-12-28"),
            ],
        ),
        (
            "The company went public in 2012. The year before, in March, it raised money.",
            "2016-03-10",
            [("2012", "2012"), ("The year before", "2011"), ("March", "2016-03")],
        ),
        (
            "The year before, on Tuesday, the board met in secret.",
            "2016-03-10",
            [("The year before", "2015"), ("Tuesday", "2016-03-08")],
        ),
        (
            "The election was held in 2012. The week before, on Nov. 1, 2012, they debated.",
            "2016-03-10",
            [("2012", "2012"), ("The week before", "2012-W44"), ("Nov. 1, 2012", "2012-11-01")],
        ),
    ],
)
def test_a_restating_time_needs_its_year(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Police found them March 16. The boys had arrived the night before.",
            "2009-03-20",
            [("March 16", "2009-03-16"), ("the night before", "2009-03-15TNI")],
        ),
        (
            "He arrived the night before the March 1 primary.",
            "2016-02-10",
            [("the night", "2016-02-29TNI"), ("March 1", "2016-03-01")],
        ),
        (
            "He complained about his mic the morning after the debate.",
            "2016-09-30",
            [("the morning", "XXXX-XX-XXTMO")],
        ),
        (
            "The day after the March 22 primary, officials released figures.",
            None,
            [("The day", "XXXX-03-23"), ("March 22", "XXXX-03-22")],
        ),
        # near misses: a part of the day told, a pill, a title, "the next morning"
        (
            "She goes skating in the morning before school.",
            "2016-02-10",
            [("the morning", "2016-02-10TMO")],
        ),
        ("She took the morning after pill.", "2016-02-10", []),
        ("It's the morning after for Democrats.", "2016-11-15", []),
        ("THE NIGHT BEFORE: Candidates make final push", "2012-05-04", []),
        (
            "He worked late into the night before collapsing at his desk.",
            "2009-03-18",
            [("the night", "2009-03-17TNI")],
        ),
        (
            "The fire broke out on July 19. Neighbors had smelled smoke the afternoon before.",
            "2011-07-22",
            [("July 19", "2011-07-19"), ("the afternoon before", "2011-07-18TAF")],
        ),
        (
            "Traffic was heavy the night before Thanksgiving, state police said.",
            "2015-11-30",
            [("the night before Thanksgiving", "2015-11-25TNI")],
        ),
        (
            "They read The Night Before Christmas aloud.",
            "2016-02-10",
            [("Christmas", "2015-12-25")],
        ),
    ],
)
def test_a_part_of_the_day_before_or_after(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
