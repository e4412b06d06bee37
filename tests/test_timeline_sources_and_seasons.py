"""A vague count of units "from now", a year as the subject of its clause ("As 2015 comes
to an end"), a time dating a statement a report cites ("in an interview Sunday"), a
requirement's participle ("the boost needed for … Tuesday"), "last summer" long after the
summer, "that month" and "that same week" after only a year, "that same year", "a night
table", "5 ½ years" and a present "expects" with an object.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a vague count "from now" is a time ahead, "now" inside it
        (
            "Years from now, you'll look back and say this was the moment.",
            "2016-02-01",
            [("Years from now", "FUTURE_REF")],
        ),
        (
            "Decades from now, historians will ask why.",
            "2016-02-01",
            [("Decades from now", "FUTURE_REF")],
        ),
        (
            "The vote may matter months from now.",
            "2016-02-01",
            [("months from now", "FUTURE_REF")],
        ),
        # near misses: "ago", "later", "from now on", a count
        (
            "Polls in the eastern states close hours from now.",
            "2016-11-07",
            [("hours from now", "FUTURE_REF")],
        ),
        ("Years ago, it was different.", "2016-02-01", [("Years ago", "PXY")]),
        ("He left years later.", "2016-02-01", [("years", "PXY")]),
        (
            "He said he would fight for years from now on.",
            "2016-02-01",
            [("years", "PXY"), ("now", "PRESENT_REF")],
        ),
        ("Two years from now, we will know.", "2016-02-01", [("Two years from now", "2018")]),
    ],
)
def test_a_vague_count_from_now(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("As 2015 comes to an end, we look back.", "2015-12-30", [("2015", "2015")]),
        ("When 2015 draws to a close, we look back.", "2015-12-30", [("2015", "2015")]),
        ("As 2016 approaches, hope returns.", "2015-12-30", [("2016", "2016")]),
        ("As 2015 winds down, shoppers rush.", "2015-12-30", [("2015", "2015")]),
        # near misses: a count of people, troops or acres, in a list or a headline
        ("When 2000 students, parents and teachers gathered, he spoke.", "2015-12-30", []),
        ("2000 troops into Kosovo, NATO announces.", "2015-12-30", []),
        ("1800 acres up for auction in Clark County.", "2015-12-30", []),
        ("When 2000 protesters marched, police watched.", "2015-12-30", []),
        ("As 2000 people watched, he fell.", "2015-12-30", []),
        ("He said 2000 troops went in.", "2015-12-30", []),
        ("The army sent 2000 troops to the border.", "2015-12-30", []),
    ],
)
def test_a_year_that_opens_its_clause(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a statement a report cites: made at its time, already
        (
            "Sanders has denounced such supporters, saying his campaign doesn't want"
            " “that crap,” in an interview with CNN on Sunday.",
            "2016-02-08",
            [("Sunday", "2016-02-07")],
        ),
        (
            "Sanders said his campaign doesn't want that, in an interview on Sunday.",
            "2016-02-08",
            [("Sunday", "2016-02-07")],
        ),
        (
            "In a tweet Thursday, the senator calls the trade deal a disaster.",
            "2015-06-05",
            [("Thursday", "2015-06-04")],
        ),
        (
            'Obama in interview Sunday: Gun orders are "well within" his authority',
            "2016-01-12",
            [("Sunday", "2016-01-10")],
        ),
        # near misses: a future verb or a modal, a plan, a planned interview, one still
        # to air, an infinitive
        (
            "Obama will argue in an interview Sunday that the deal is good.",
            "2016-02-08",
            [("Sunday", "2016-02-14")],
        ),
        (
            "She is expected to say in a statement Friday that she will run.",
            "2016-02-08",
            [("Friday", "2016-02-12")],
        ),
        (
            "The senator is preparing his response in a planned interview on Sunday.",
            "2016-02-08",
            [("Sunday", "2016-02-14")],
        ),
        (
            "Markets await guidance in a Fed statement Wednesday.",
            "2024-03-11",
            [("Wednesday", "2024-03-13")],
        ),
        (
            "The city will reimburse the overtime needed during the snowstorm Monday night.",
            "2023-12-06",
            [("Monday night", "2023-12-04TNI")],
        ),
        (
            "Fans can watch the coach in an interview Sunday on ESPN.",
            "2016-01-13",
            [("Sunday", "2016-01-17")],
        ),
        (
            'Obama discusses gun control in an interview to air Sunday on "60 Minutes."',
            "2016-01-13",
            [("Sunday", "2016-01-17")],
        ),
        (
            "The union wants to respond in a letter Friday.",
            "2016-01-12",
            [("Friday", "2016-01-15")],
        ),
        # a requirement: the clause it hangs from tells when
        (
            "Christie hopes the endorsement will give him the boost needed for a strong"
            " performance Tuesday.",
            "2016-02-08",
            [("Tuesday", "2016-02-09")],
        ),
        (
            "Campaigns must file the signatures required by Friday.",
            "2016-02-08",
            [("Friday", "2016-02-12")],
        ),
        # near misses: a past clause, a participle of an event
        (
            "He collected the signatures required by Friday.",
            "2016-02-08",
            [("Friday", "2016-02-05")],
        ),
        (
            "The money needed for the project was approved Friday.",
            "2016-02-08",
            [("Friday", "2016-02-05")],
        ),
        (
            "Officials will inspect the bridge damaged Friday.",
            "2016-02-08",
            [("Friday", "2016-02-05")],
        ),
        # a present "expects" with an object looks ahead; a past one does not
        (
            "The couple expects their second child this summer.",
            "2015-12-21",
            [("this summer", "2016-SU")],
        ),
        (
            "The couple expects a child in July.",
            "2015-12-21",
            [("July", "2016-07")],
        ),
        (
            "Analysts expected a decision Monday.",
            "2016-04-27",
            [("Monday", "2016-04-25")],
        ),
        (
            "Investors expect a repeat of July's rally.",
            "2023-12-06",
            [("July", "2023-07")],
        ),
    ],
)
def test_cited_statements_requirements_and_expectations(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "last" season long over by the DCT: the DCT year's
        (
            "She launched her campaign at the start of last spring.",
            "2015-12-22",
            [("the start of last spring", "2015-SP")],
        ),
        (
            "The military exercises last summer fed the rumors.",
            "2015-12-13",
            [("last summer", "2015-SU")],
        ),
        # near misses: the season still fresh, fall and winter, "this past"
        ("They met last summer.", "2015-08-22", [("last summer", "2014-SU")]),
        ("They met last spring.", "2016-05-10", [("last spring", "2015-SP")]),
        ("They met last fall.", "2015-12-22", [("last fall", "2014-FA")]),
        ("They met last winter.", "2015-12-22", [("last winter", "2014-WI")]),
        ("They met this past summer.", "2015-12-22", [("this past summer", "2015-SU")]),
    ],
)
def test_last_season_long_over(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "that month" after only a year: a month of that year
        (
            "The 2012 request was sparked by the discovery. CREW filed it that month.",
            "2016-01-07",
            [("2012", "2012"), ("that month", "2012-XX")],
        ),
        (
            "Officials met in 2012. They filed a request that same month.",
            "2016-01-07",
            [("2012", "2012"), ("that same month", "2012-XX")],
        ),
        (
            "She joined the Navy in 1952 and married Robert Hale that same month.",
            "2023-12-12",
            [("1952", "1952"), ("that same month", "1952-XX")],
        ),
        (
            "He won in 2008. That same week he resigned.",
            "2016-01-07",
            [("2008", "2008"), ("That same week", "2008-WXX")],
        ),
        (
            "She enlisted in March 1952 and married him that same year.",
            "2023-12-12",
            [("March 1952", "1952-03"), ("that same year", "1952")],
        ),
        # a month "of" a year named after it: that year's ("May of that year")
        (
            "In 2010, the company moved. In May of that year it went public, and its shares"
            " doubled that month.",
            "2023-02-02",
            [("2010", "2010"), ("May of that year", "2010-05"), ("that month", "2010-05")],
        ),
        (
            "In June of 2010 the plant closed. Later that month, workers protested.",
            "2023-02-02",
            [("June of 2010", "2010-06"), ("Later that month", "2010-06")],
        ),
        # near misses: a month named before, the following month, "the same month" of a
        # comparison, a year after "since", a present clause
        (
            "Home prices, still 8 percent below their 2006 peak, rose 4.2 percent in March from"
            " the same month a year earlier.",
            "2016-04-15",
            [
                ("2006", "2006"),
                ("March", "2016-03"),
                ("the same month a year earlier", "2015-03"),
            ],
        ),
        (
            "Stocks slid to their worst run since 2008, and that week the chief quit.",
            "2020-03-16",
            [("2008", "2008"), ("that week", "2020-W12")],
        ),
        (
            "The school opened in 2006. That month, the district is holding a vote.",
            "2012-02-14",
            [("2006", "2006"), ("That month", "2012-02")],
        ),
        (
            "In March 2012 the law was debated. They filed a request that month.",
            "2016-01-07",
            [("March 2012", "2012-03"), ("that month", "2012-03")],
        ),
        (
            "In May 2012 the law passed. The following month it took effect.",
            "2016-01-07",
            [("May 2012", "2012-05"), ("The following month", "2012-06")],
        ),
    ],
)
def test_that_month_after_a_year(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He put the book on a night table.", []),
        ("She kept a day job for years.", [("years", "PXY")]),
        ("He worked a night shift.", []),
        ("It was a day trip.", []),
        ("He survived 5 ½ years in a Vietnamese prison.", [("5 ½ years", "P5Y6M")]),
        ("It took 2½ hours.", [("2½ hours", "PT2H30M")]),
        # near misses: a night spent, a day's length
        ("He spent a night in jail.", [("a night", "P1D")]),
        ("They worked a day, then left.", [("a day", "P1D")]),
        ("He survived 5 1/2 years in prison.", [("5 1/2 years", "P5Y6M")]),
    ],
)
def test_day_and_night_compounds_and_halves(nlp, text, expected):
    assert _found(nlp, text, "2016-02-08") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a level of polls or prices in a bare two-digit band is no decade
        (
            "Clinton's approval is in the mid-40s, while Trump's remains in the 30s.",
            "2016-08-10",
            [],
        ),
        ("Bush's approval rating dipped into the mid-20s before the election.", "2016-08-10", []),
        # near misses: a decade after a poll word, a four-digit decade
        (
            "Approval of the president fell in the 70s, after Watergate.",
            "2016-08-10",
            [("the 70s", "197")],
        ),
        ("Support for unions was high in the 30s.", "2016-08-10", [("the 30s", "193")]),
        (
            "The poll surveyed adults. Many of the respondents were in the 60s college students"
            " who marched.",
            "2018-05-20",
            [("the 60s", "196")],
        ),
        ("His approval was in the 1950s a force.", "2016-08-10", [("the 1950s", "195")]),
        # "more than" after an amount compares amounts
        (
            "Casinos took in $2.17 billion, about $74 million more than a year ago.",
            "2015-11-13",
            [("a year ago", "2014")],
        ),
        ("Sales were 20% less than two years ago.", "2015-11-13", [("two years ago", "2013")]),
        # near miss: "more than" of the time itself
        ("He left more than a year ago.", "2015-11-13", [("more than a year ago", "2014")]),
        ("He stayed for a handful of days.", "2015-11-13", [("a handful of days", "PXD")]),
        # "yesterday" of an era; near misses: the day's event, the day
        ("He offers only the rhetoric of yesterday.", "2016-08-10", []),
        ("Yesterday's politics will not win.", "2016-08-10", []),
        ("Yesterday's vote was close.", "2016-08-10", [("Yesterday", "2016-08-09")]),
        (
            "The mayor said the events of yesterday have left the city shaken.",
            "2016-08-10",
            [("yesterday", "2016-08-09")],
        ),
        (
            "Yesterday's world record in the 400 meters lasted less than a day.",
            "2016-08-10",
            [("Yesterday", "2016-08-09"), ("less than a day", "P1D")],
        ),
        ("The end of yesterday was quiet.", "2016-08-10", [("The end of yesterday", "2016-08-09")]),
        # "one day" hoped for, before "and" and a verb; near misses: lengths
        (
            "I hope I can be like that one day and just show love to my daughter.",
            "2016-06-05",
            [("one day", "FUTURE_REF")],
        ),
        ("The trial lasted one day and a half.", "2016-06-05", [("one day and a half", "P1DT12H")]),
        ("If one day and night pass, we leave.", "2016-06-05", [("one day", "P1D")]),
    ],
)
def test_levels_comparisons_eras_and_some_day(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "the same week" a year back: that week's number, the year before
        (
            "Claims dropped to 240,000 last week. In the same week a year ago, 255,000 filed.",
            "2017-10-04",
            [("last week", "2017-W39"), ("the same week a year ago", "2016-W39")],
        ),
        (
            "Ticket sales were up 12 percent over the same week last year.",
            "2017-10-04",
            [("the same week last year", "2016-W40")],
        ),
        (
            "Sales rose in the same week last year.",
            "2016-01-06",
            [("the same week last year", "2015-W01")],
        ),
        # "the week ending/ended <day>": that day's week, and the day apart (as TimeBank
        # tags "the quarter ended Sept. 30")
        (
            "Claims fell in the week ending Sept. 30.",
            "2017-10-04",
            [("the week", "2017-W39"), ("Sept. 30", "2017-09-30")],
        ),
        (
            "Claims fell in the week ended Sept. 29, the department said.",
            "2017-10-04",
            [("the week", "2017-W39"), ("Sept. 29", "2017-09-29")],
        ),
        (
            "That same week a year ago, the hospital had recorded 14 cases.",
            "2016-09-22",
            [("That same week a year ago", "2015-W38")],
        ),
        (
            "Claims fell to 260,000 in the week ending Sept. 30, 2017.",
            None,
            [("the week", "2017-W39"), ("Sept. 30, 2017", "2017-09-30")],
        ),
        # near misses: "the same week" alone, "the same month last year", a possessive
        # "last year's"
        (
            "She was hired the same week last year's winner announced his retirement.",
            "2016-09-22",
            [("the same week", "2016-W38"), ("last year", "2015")],
        ),
        (
            "Claims dropped last week. In the same week, layoffs rose.",
            "2017-10-04",
            [("last week", "2017-W39"), ("the same week", "2017-W39")],
        ),
        (
            "Sales fell from the same month last year.",
            "2017-10-04",
            [("the same month last year", "2016-10")],
        ),
    ],
)
def test_the_same_week_a_year_back(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "the year/month/week before/after" closing its clause: from the one named last
        (
            "He won in 2008 and lost the year before.",
            "2018-09-27",
            [("2008", "2008"), ("the year before", "2007")],
        ),
        (
            "Profit was $500 million last year, down from $450 million the year before.",
            "2018-09-27",
            [("last year", "2017"), ("the year before", "2016")],
        ),
        (
            "Sales in March rose 5 percent from the month before, the report said.",
            "2018-09-27",
            [("March", "2018-03"), ("the month before", "2018-02")],
        ),
        (
            "Claims last week rose from the week before.",
            "2018-09-27",
            [("last week", "2018-W38"), ("the week before", "2018-W37")],
        ),
        # none named: from the DCT, not after it in a past clause
        ("The year before, he had lost.", "2018-09-27", [("The year before", "2017")]),
        ("He resigned the week after.", "2018-09-27", [("the week after", "XXXX-WXX")]),
        # a count back after it is not counted from it
        (
            "Housing starts in January fell 16 percent from the month before but rose from a"
            " year earlier.",
            "2014-03-06",
            [("January", "2014-01"), ("the month before", "2013-12"), ("a year earlier", "2013")],
        ),
        # near misses: "before" an event, "the week before last"
        (
            "He resigned the week before the election.",
            "2018-09-27",
            [("the week", "XXXX-WXX")],
        ),
        (
            "He resigned the week before last.",
            "2018-09-27",
            [("the week before last", "2018-W37")],
        ),
    ],
)
def test_the_unit_before_or_after(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
