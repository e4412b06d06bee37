""" "today" in a quotation whose attribution names the weekday it was said ('"I talked to
him today," Lewis said Monday night'), "the summer months" (the season, one expression),
a year before a noun a number hardly counts ("compared with 2014 numbers") and a poll's
sample size after describing words ("a poll of 1800 likely Democratic voters").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named

_DCT = "2009-03-24"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            '"I talked to Roy today (at the council meeting)," Lewis said Monday night.',
            "2009-03-23",
        ),
        ('"We won today. We are happy," Smith said Monday.', "2009-03-23"),
        ('"It happened today," he told reporters Sunday.', "2009-03-22"),
        ("“It happened today,” Mayor John Smith said Saturday.", "2009-03-21"),
        ('"We won today," said Smith Monday.', "2009-03-23"),
        # near misses: the DCT's own weekday, a present "says", no weekday, a weekday
        # outside the attribution
        ('"We won today," Smith said Tuesday.', "2009-03-24"),
        ('"It happened today," Smith says.', "2009-03-24"),
        ('"It happened today," Smith said. On Monday, he left.', "2009-03-24"),
        ('"We won today," said the coach, who on Monday had been fired.', "2009-03-24"),
        ('"I talked to the governor today," Lewis said on Monday.', "2009-03-23"),
        ('"We won today," Smith, 54, said late Monday.', "2009-03-23"),
        ('"The bill passed today," Pelosi said in a statement Monday.', "2009-03-23"),
        ('"The Fed cut rates today," the Journal reported Monday.', "2009-03-23"),
        ('"We won today," Smith told the Monday Morning Quarterback blog.', "2009-03-24"),
        ('"Today is the day," Smith said, referring to the Monday deadline.', "2009-03-24"),
        ('"We won today," said Smith, whose team plays again Monday.', "2009-03-24"),
        ('"We\'re here today," the Rev. Al Sharpton said Sunday.', "2009-03-22"),
        ('"Today we made history," Sen. Edward M. Kennedy said Saturday.', "2009-03-21"),
        ('"We won today," said Bob. On Monday, he left.', "2009-03-24"),
    ],
)
def test_a_quoted_today_is_the_day_its_attribution_names(nlp, text, value):
    assert (
        timex_named(nlp, text, text[text.index("oday") - 1 : text.index("oday") + 4], _DCT)["value"]
        == value
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The residents may have to wait well into the summer months to swim.",
            [("the summer months", "2009-SU")],
        ),
        (
            "In the winter months of 2008, the roads closed.",
            [("the winter months of 2008", "2008-WI")],
        ),
        # near misses: a compound, a season with its year
        ("It was a summer months-long drought.", [("months-long", "PXM")]),
        ("Summer 2008 was hot.", [("Summer 2008", "2008-SU")]),
    ],
)
def test_the_summer_months_are_the_season(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 5 percent compared with 2014 numbers.", [("2014", "2014")]),
        ("Emissions must fall below 1990 levels.", [("1990", "1990")]),
        ("The poll, a survey of 1800 likely Democratic voters, is new.", []),
        ("A poll of 1500 likely voters in Iowa put him ahead.", []),
        ("The study used a sample of 2016 adults.", []),
        ("A poll of 2000 voters found the race tied.", []),
        # near misses: a count before a plural noun, round or far from now; voters of a
        # year's election
        ("He sent 2000 troops to the border.", []),
        ("Volunteers dialed 2000 numbers in one night.", [("one night", "P1D")]),
        ("Officials held 1500 elections across the country.", []),
        ("A survey of 2012 Obama voters found regret.", [("2012", "2012")]),
        ("A poll of 2016 voters showed regret.", [("2016", "2016")]),
        ("A survey of 2010 midterm voters showed anger.", [("2010", "2010")]),
    ],
)
def test_a_year_before_a_dated_noun_and_a_sample_after_describing_words(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scandal-plagued pastor to be buried Saturday.", [("Saturday", "2009-03-28")]),
        ("Senate to vote on budget Thursday", [("Thursday", "2009-03-26")]),
        (
            "Last day of school scheduled for June 5; graduation set June 6 if state approves",
            [("June 5", "2009-06-05"), ("June 6", "2009-06-06")],
        ),
        (
            "He said voters will back him because of the slaying in Chicago on Friday of a "
            "young mother.",
            [("Friday", "2009-03-20")],
        ),
        ("At a March meeting of the caucus, she spoke.", [("March", "2009-03")]),
        # near misses: an infinitive under a finite verb, a record set, a future verb's
        # object, a march
        ("He was the first to vote Tuesday.", [("Tuesday", "2009-03-24")]),
        ("Fans lined up to see him Saturday.", [("Saturday", "2009-03-21")]),
        ("The record set Tuesday still stands.", [("Tuesday", "2009-03-24")]),
        ("The meeting set for Friday was held without incident.", [("Friday", "2009-03-20")]),
        (
            "The hearing, set in motion Thursday by the judge, angered lawyers.",
            [("Thursday", "2009-03-19")],
        ),
        ("He was as mad as a March hare.", []),
        ("Police will investigate the fire at the plant Friday.", [("Friday", "2009-03-27")]),
        ("He led a march toward the capital.", []),
        (
            "Voters said they were much less likely to vote for Republicans in November.",
            [("November", "2009-11")],
        ),
        ("Voters were unlikely to vote Tuesday.", [("Tuesday", "2009-03-24")]),
        ("She was eager to leave in November.", [("November", "2008-11")]),
        (
            "Obama's 2008 and 2012 campaigns relied on small donors.",
            [("2008", "2008"), ("2012", "2012")],
        ),
        (
            "Both parties spent heavily on their 2014 and 2016 races.",
            [("2014", "2014"), ("2016", "2016")],
        ),
        ("The city received 1995 bids for the contract.", []),
        ("Meeting in Alexandria will discuss 2010 census.", [("2010", "2010")]),
        ("They hired 2000 analysts.", []),
        ("The bureau hired 1500 census workers.", []),
        ("Some 1500 census takers fanned out.", []),
        ("Biologists counted 2000 walrus on the beach.", []),
        (
            "Shares outperformed over the most recent five years.",
            [("the most recent five years", "P5Y")],
        ),
        ("The suspect was likely to have left the country in January.", [("January", "2009-01")]),
    ],
)
def test_headlines_set_events_incidents_and_a_month_after_a(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In June 2001, HP asked workers to take a pay cut. In August, she flew to New "
            "York. That month, the deal was struck.",
            [("June 2001", "2001-06"), ("August", "2001-08"), ("That month", "2001-08")],
        ),
        # near misses: a birth's month, a month before the written one, a bound, news of
        # the paper's time, a written month of last year, the same sentence
        (
            "She was born in May 1950. In June, she moved.",
            [("May 1950", "1950-05"), ("June", "2008-06")],
        ),
        (
            "In June 2001, HP cut pay. In March, she flew to New York.",
            [("June 2001", "2001-06"), ("March", "2009-03")],
        ),
        (
            "Sales have grown since June 2001. In August, she flew to New York.",
            [("June 2001", "2001-06"), ("August", "2008-08")],
        ),
        (
            "The commission met in February 2001. Bernanke said in April that cuts hurt.",
            [("February 2001", "2001-02"), ("April", "2008-04")],
        ),
        (
            "In June 2008, he announced. In August, he led the polls.",
            [("June 2008", "2008-06"), ("August", "2008-08")],
        ),
        (
            "In June 2001, HP cut pay. In August, she flew to New York. In September, she "
            "returned.",
            [("June 2001", "2001-06"), ("August", "2001-08"), ("September", "2001-09")],
        ),
        (
            "In May 2007, the mine flooded. In September, the owners left it.",
            [("May 2007", "2007-05"), ("September", "2008-09")],
        ),
    ],
)
def test_a_bare_month_goes_on_in_the_year_a_past_story_wrote_out(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1939 - President Franklin D. Roosevelt moves Thanksgiving Day one week earlier.",
            [("1939", "1939"), ("Thanksgiving Day", "1939-11-23"), ("one week earlier", "P1W")],
        ),
        (
            "In 2007, Mexico joined the George W. Bush administration's pilot program. When "
            "Congress cut its funding two years later, Mexico objected.",
            [("2007", "2007"), ("two years later", "2009")],
        ),
        # near misses: sentences that end after an initial, "D.C.", "Jr." or "U.S."
        (
            "In 2005, the firm adopted Plan B. The new plan takes effect in March.",
            [("2005", "2005"), ("March", "2009-03")],
        ),
        (
            "In 1999, the firm moved to Washington, D.C. Its lease expires in June.",
            [("1999", "1999"), ("June", "2009-06")],
        ),
        (
            "In 2003, the team signed Ken Griffey Jr. The season opens in April.",
            [("2003", "2003"), ("April", "2009-04")],
        ),
        (
            "In 1939, the holiday was moved in the U.S. Congress fixed the fourth Thursday in "
            "November later.",
            [("1939", "1939"), ("the fourth Thursday in November", "2008-11-27")],
        ),
    ],
)
def test_a_year_frames_its_line_past_an_initial_or_a_title(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected
