"""A year's end told in the past after a sentence that wrote the year out ("Sales rose in
2015. By the end of the year, …"), a part of "the month" after a month the sentence named
("began in March and ended at the end of the month"), a participle that completes an
object after "make"/"get"/"want" ("will make their voice known on Tuesday"), a poll's
sample size that looks like a year ("a poll of 2047 registered voters"), the hundreds
("the 1800s" is a century), "previous years" and "prior years" (the past), "the past
week" (the week holding most of its seven days), a holiday closing a title ("How the
Grinch Stole Christmas") and "that night" before a "that" clause.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named

_DCT = "2017-12-10"  # a Sunday


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Sales rose in 2015. By the end of the year, the firm had 300 stores.",
            "the end of the year",
            "2015",
        ),
        (
            "A poll in May 2015 put him at 5 percent. By the end of the year, he had climbed "
            "to 35 percent.",
            "the end of the year",
            "2015",
        ),
        (
            "He was born on June 2, 1990. By year's end he had learned to walk.",
            "year's end",
            "1990",
        ),
    ],
)
def test_a_past_years_end_takes_the_year_the_sentence_before_wrote_out(
    nlp, text, expression, value
):
    timex = timex_named(nlp, text, expression, _DCT)
    assert (timex["value"], timex.get("mod")) == (value, "END")


@pytest.mark.parametrize(
    "text",
    [
        # a future clause: the year ahead of the DCT
        "Sales rose in 2015. By the end of the year, the firm will have 300 stores.",
        # a DCT-relative date between them
        "Sales rose in 2015. Last week it said that by the end of the year it had 300 stores.",
        # two sentences back
        "Sales rose in 2015. The firm said it had 300 stores. By the end of the year it had 400.",
        # a year that names a thing, a bound, a relative clause's year, a quote's, a fiscal year
        "The 2015 law was popular. By the end of the year, it had been repealed.",
        "Sales rose in 2015 after a weak 2014. By the end of the year, it had 30 stores.",
        "He has lived in Ohio since 1960. By the end of the year, he had retired.",
        "The plant, which opened in 2011, lost money. By the end of the year, it had closed.",
        '"We lost money in 2015," she said. By the end of the year, the firm had closed.',
        "Profit rose in fiscal 2016. By the end of the year, the company had cut 200 jobs.",
        # a year still ahead, told in a clause about the future
        "He said the plant would close in 2019. By the end of the year, workers had left.",
    ],
)
def test_a_years_end_keeps_the_dcts_year_without_a_story_year_just_before(nlp, text):
    assert timex_named(nlp, text, "the end of the year", _DCT)["value"] == "2017"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The talks began in March and ended at the end of the month.",
            "the end of the month",
            "2017-03",
        ),
        (
            "The agency will add the data in January 2018 and expects to be done by the end of "
            "the month.",
            "the end of the month",
            "2018-01",
        ),
        ("Sales in May rose, and late in the month prices fell.", "late in the month", "2017-05"),
        (
            "The talks began in March, broke down on April 4, and resumed at the end of the month.",
            "the end of the month",
            "2017-04",
        ),
        # a month past in a clause still ahead, a name's month, a relative clause's
        (
            "The talks began in March and will end at the end of the month.",
            "the end of the month",
            "2017-12",
        ),
        (
            "The March jobs report showed weak hiring, and the Fed cut rates at the end of the "
            "month.",
            "the end of the month",
            "2017-12",
        ),
        (
            "Sales, which had peaked in May, fell sharply by the end of the month.",
            "the end of the month",
            "2017-12",
        ),
        # a quotation's month
        (
            "'We expect a deal in June,' he said at the end of the month.",
            "the end of the month",
            "2017-12",
        ),
        # a month named as a bound is no month of the sentence
        (
            "Since November, prices rose 2% by the end of the month.",
            "the end of the month",
            "2017-12",
        ),
    ],
)
def test_a_part_of_the_month_takes_a_month_the_sentence_named(nlp, text, expression, value):
    found = [v for t, v in _found(nlp, text, _DCT) if t == expression]
    assert found == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Florida Republicans will make their voice known on Tuesday.", "2017-12-12"),
        ("They want the bill passed by Friday.", "2017-12-15"),
        ("We need to get it done by Friday.", "2017-12-15"),
        # a past causing verb, a reduced relative and a passive keep the past
        ("He got the bill passed on Tuesday.", "2017-12-05"),
        ("The bill, passed Tuesday, cuts taxes.", "2017-12-05"),
        ("The plan was made known on Tuesday.", "2017-12-05"),
        ("Police have the suspect detained on Monday in custody.", "2017-12-04"),
    ],
)
def test_a_participle_completing_an_object_takes_the_causing_verbs_time(nlp, text, value):
    assert [v for _, v in _found(nlp, text, _DCT)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A poll of 2047 registered voters showed him ahead.", []),
        ("A Fox News poll of 1016 voters was released.", []),
        ("A survey of 1200 adults found most had jobs.", []),
        # a year after "of" without a sample's people, or before other nouns
        ("Polls of 2012 were wrong.", [("2012", "2012")]),
        ("A survey of 2015 graduates found most had jobs.", [("2015", "2015")]),
        ("The results of 2016 surprised the pollsters.", [("2016", "2016")]),
        # a recent year before the voters, maybe of that year's election
        ("A poll of 2016 voters showed many regretted their choice.", [("2016", "2016")]),
    ],
)
def test_a_polls_sample_size_is_no_year(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill was built in the 1800s.", [("the 1800s", "18")]),
        ("It closed in the early 1900s.", [("the early 1900s", "19")]),
        ("The 1600s saw plague.", [("The 1600s", "16")]),
        # decades stay decades, and so do the 2000s
        ("Prices rose in the 1990s.", [("the 1990s", "199")]),
        ("Prices rose in the 1910s.", [("the 1910s", "191")]),
        ("Prices rose in the 2000s.", [("the 2000s", "200")]),
        # next to a decade a hundred is a decade too; next to a hundred a century
        (
            "Jazz flourished in the 1890s and the 1900s.",
            [("the 1890s", "189"), ("the 1900s", "190")],
        ),
        ("It spread in the 1800s and 1900s.", [("the 1800s", "18"), ("1900s", "19")]),
        # a street address
        ("Police were called to the 1800s block of Main Street.", []),
    ],
)
def test_the_hundreds_are_a_century(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote was less lopsided than in previous years.", [("previous years", "PAST_REF")]),
        ("Losses from prior years were carried forward.", [("prior years", "PAST_REF")]),
        # the singular is a year counted from the DCT
        ("Losses rose from the previous year.", [("the previous year", "2016")]),
    ],
)
def test_previous_and_prior_years_are_the_past(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a Thursday and a Sunday: most of the seven days lie in the DCT's week
        ("He spent four days in Arizona over the past week.", "2016-03-24", "2016-W12"),
        ("He has been in Bethesda for the last week.", _DCT, "2017-W49"),
        # a Monday: most of them lie in the week before; "last week" is always the week before
        ("He spent four days in Arizona over the past week.", "2016-03-21", "2016-W11"),
        ("Prices fell last week.", "2016-03-24", "2016-W11"),
    ],
)
def test_the_past_week_is_the_week_holding_most_of_its_seven_days(nlp, text, dct, value):
    assert [v for t, v in _found(nlp, text, dct) if "week" in t] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He starred in How the Grinch Stole Christmas.", []),
        ("They watched A Charlie Brown Christmas on TV.", []),
        # a greeting, a sentence's first word or one name before it is no title
        ("He wished them a Merry Christmas.", [("Christmas", "2015-12-25")]),
        ("Bush Sr. spent Christmas in Maine.", [("Christmas", "2015-12-25")]),
        ("They said Obama Christmas plans were set.", [("Christmas", "2015-12-25")]),
        # a noun after it: the holiday's own thing, after a name or in a title-case headline
        ("The Red Cross Christmas appeal has raised $2 million.", [("Christmas", "2015-12-25")]),
        ("Shoppers Flock To Malls Ahead Of Christmas", [("Christmas", "2015-12-25")]),
    ],
)
def test_a_holiday_closing_a_title_is_no_day(nlp, text, expected):
    assert _found(nlp, text, "2016-04-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before a comma it may be any night ("how she spent that night, alone")
        (
            "The trial opened on Sept. 11, 2012. Prosecutors described how she spent that "
            "night, alone.",
            [("Sept. 11, 2012", "2012-09-11")],
        ),
        (
            "He testified on Nov. 12, 2012. CNN reported that night that he had resigned.",
            [("Nov. 12, 2012", "2012-11-12"), ("that night", "2012-11-12TNI")],
        ),
        # with no day named before it, "that day" is any day
        ("Trades made that day, which were few, fell.", []),
    ],
)
def test_that_night_before_a_that_clause_is_the_day_last_named(nlp, text, expected):
    assert _found(nlp, text, "2016-07-28") == expected
