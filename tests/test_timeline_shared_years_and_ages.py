"""Dates that share a year written once in a text with no DCT ("in January and February
2008"); ages written "N years of age"; a share of a plural noun with an adjective ("a
quarter of parliamentary seats"); fractions written with hyphens ("seven-and-a-half
years"); month ranges joined by "-to-" or "-through-" ("the October-to-December quarter"
is that quarter, "the April-through-June period" its months); a weekday in a relative
clause of a standing state under a past clause; "yesterday"/"tomorrow" in a
quote count from the DCT; "that month" after a month of an unknown year; "the
2008 fiscal year"; "every day of the year"; a bare unit after a verb of enduring time
("suffered years under house arrest"); a month-day before a comma and a count ("On March
3, 12 soldiers died"); "a half-century ago"; two vague units joined by "and" ("the days and
weeks ahead", "recent weeks and months"); a day going on in the year of the full date just
written; the part of the day just named ("Thursday night. Throughout the night…"); an
undated clock range before a weekday; a street address; "weeks-long"; "a year" of a kind
("in a year when voters are angry"); a past hour far from any day in a report of the day
before the DCT; "the 2008 and 2012 cycles"; a clock range start that says no half of the
day ("4:30-7:30 p.m."); "Sunday school"; a part of the day far into a report of the day
before the DCT ("Throughout the night, …").

Sentences are our own; each test gives its publication date (DCT), or None.
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timexes_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cases fell from 79 in January and February 2008 to 57 this year.",
            [("January", "2008-01"), ("February 2008", "2008-02"), ("this year", "XXXX")],
        ),
        (
            "Between January and May 2008, 149 men fell ill.",
            [("January", "2008-01"), ("May 2008", "2008-05")],
        ),
        (
            "The stores should open in the late spring or early summer of 2010.",
            [("the late spring", "2010-SP"), ("early summer of 2010", "2010-SU")],
        ),
        (
            "The work will run from August to May 1, 2010.",
            [("August", "2009-08"), ("May 1, 2010", "2010-05-01")],
        ),
        (
            "The raids took place on Nov. 5 and Dec. 7, 2007.",
            [("Nov. 5", "2007-11-05"), ("Dec. 7, 2007", "2007-12-07")],
        ),
        # no year written after it: the month stays without one
        (
            "The rate fell in January and rose in February.",
            [("January", "XXXX-01"), ("February", "XXXX-02")],
        ),
    ],
)
def test_dates_share_the_year_written_after_them_without_a_dct(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Never serve alcohol to anyone under 21 years of age.", []),
        ("Most of the cases were in children under ten years of age.", []),
        ("Pharmacists may vaccinate patients between six months and 18 years of age.", []),
        ("He was 35 years of age when he died.", []),
        # a stretch of time stays one
        ("He served 21 years in the army.", [("21 years", "P21Y")]),
        ("The age of the coins is under 21 years.", [("under 21 years", "P21Y")]),
    ],
)
def test_years_of_age_are_an_age(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charter reserves a quarter of parliamentary seats for the army.", []),
        ("Half of registered voters stayed home.", []),
        ("It took a quarter of an hour.", [("a quarter of an hour", "PT15M")]),
        ("Profit rose in the first quarter of 2015.", [("the first quarter of 2015", "2015-Q1")]),
    ],
)
def test_a_share_of_a_plural_noun_after_an_adjective_is_no_time(nlp, text, expected):
    assert _found(nlp, text, "2016-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It has been seven-and-a-half years since the law passed.",
            [("seven-and-a-half years", "P7Y6M")],
        ),
        (
            "The amortisation period is three-and-a-half years.",
            [("three-and-a-half years", "P3Y6M")],
        ),
        ("The talk lasted one-and-a-half hours.", [("one-and-a-half hours", "PT1H30M")]),
        ("It was a two-and-a-half-year inquiry.", [("two-and-a-half-year", "P2Y6M")]),
        ("He waited seven and a half years.", [("seven and a half years", "P7Y6M")]),
    ],
)
def test_a_half_joined_by_hyphens_counts(nlp, text, expected):
    assert _found(nlp, text, "2016-03-10") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The average donation in the October-to-December quarter was $27.",
            "2016-01-04",
            [("the October-to-December quarter", "2015-Q4")],
        ),
        (
            "Sales fell in the April-through-June period.",
            "2016-08-10",
            [("April", "2016-04"), ("June", "2016-06")],
        ),
        # a plain dash as before
        (
            "Sales fell in the July-September quarter.",
            "2016-10-10",
            [("the July-September quarter", "2016-Q3")],
        ),
    ],
)
def test_a_month_range_joined_by_to_or_through(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a standing state in a relative clause under a past clause: the past day
        (
            "He also found himself in exchanges with senators who oppose him on Thursday.",
            [("Thursday", "2016-07-07")],
        ),
        ("He met voters who support him on Thursday.", [("Thursday", "2016-07-07")]),
        # under a present clause, or a verb of doing, the day is still ahead
        ("He meets senators who oppose him on Thursday.", [("Thursday", "2016-07-14")]),
        ("He met senators who vote on Thursday.", [("Thursday", "2016-07-14")]),
    ],
)
def test_a_weekday_in_a_relative_clause_of_a_state(nlp, text, expected):
    assert _found(nlp, text, "2016-07-08") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote's "yesterday"/"tomorrow" count from the DCT: the quote may be the DCT's
        (
            'Officials counted votes Monday. "We announced the results yesterday," the chief '
            "said Tuesday.",
            [("Monday", "2015-11-09"), ("yesterday", "2015-11-09"), ("Tuesday", "2015-11-10")],
        ),
        (
            'Officials counted votes Monday. "We will announce the results tomorrow," the chief '
            "said Tuesday.",
            [("Monday", "2015-11-09"), ("tomorrow", "2015-11-11"), ("Tuesday", "2015-11-10")],
        ),
    ],
)
def test_a_quotes_yesterday_counts_from_the_dct(nlp, text, expected):
    assert [(t["text"], t["value"]) for t in timexes_of(nlp, text, "2015-11-10")] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a month of an unknown year is the one "that month" points back to
        (
            "Unemployment rose in February. The national rate for that month was 8 percent.",
            None,
            [("February", "XXXX-02"), ("that month", "XXXX-02")],
        ),
        (
            "The plant closed in December. The following month, it reopened.",
            None,
            [("December", "XXXX-12"), ("The following month", "XXXX-01")],
        ),
        # a dated month as before
        (
            "Unemployment rose in February. The national rate for that month was 8 percent.",
            "2016-06-10",
            [("February", "2016-02"), ("that month", "2016-02")],
        ),
    ],
)
def test_that_month_points_back_to_a_month_of_an_unknown_year(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scorecard for the 2008 fiscal year was poor.", [("the 2008 fiscal year", "2008")]),
        ("Arrests dropped in the 2015 fiscal year.", [("the 2015 fiscal year", "2015")]),
        ("Revenue in fiscal 2015 rose.", [("fiscal 2015", "2015")]),
        (
            'He is committed to it "every day of the year."',
            [("every day of the year", "P1D")],
        ),
        ("They meet every Monday of the month.", [("every Monday of the month", "XXXX-WXX-1")]),
    ],
)
def test_a_fiscal_year_after_its_year_and_a_set_of_a_unit(nlp, text, expected):
    assert _found(nlp, text, "2016-06-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She suffered years under house arrest.", [("years", "PXY")]),
        ("People stood hours in line in the sun.", [("hours", "PTXH")]),
        ("The county no longer has to wait months on the paperwork.", [("months", "PXM")]),
        ("He served years in prison.", [("years", "PXY")]),
        # a unit inside a compound adjective is no stretch after the verb, but the age of
        # a thing ("years-old", as TimeBank tags it)
        ("They served weeks-old bread.", [("weeks-old", "PXW")]),
        ("After weeks of talks, they agreed.", []),
    ],
)
def test_a_bare_unit_after_a_verb_of_enduring_time(nlp, text, expected):
    assert _found(nlp, text, "2015-11-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after the day and a comma is no year ("On March 3, 12 soldiers died")
        (
            "By Jan. 18, 10 days after the primary, he led.",
            [("Jan. 18", "2016-01-18"), ("10 days", "P10D")],
        ),
        ("On March 3, 12 soldiers died.", [("March 3", "2016-03-03")]),
        (
            "The screenings will be held March 17, 18 and 19.",
            [("March 17", "2017-03-17"), ("18", "2017-03-18"), ("19", "2017-03-19")],
        ),
        # a year after it still makes one full date
        ("On March 3, 2015 soldiers died.", [("March 3, 2015", "2015-03-03")]),
        ("On March 3, 1998, he left.", [("March 3, 1998", "1998-03-03")]),
    ],
)
def test_a_month_day_before_a_comma_and_a_count(nlp, text, expected):
    assert _found(nlp, text, "2016-09-08") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It emerged more than a half-century ago.", [("more than a half-century ago", "1966")]),
        ("It happened half a century ago.", [("half a century ago", "1966")]),
        ("It happened a century ago.", [("a century ago", "1916")]),
        ("It lasted a half-century.", [("a half-century", "P50Y")]),
    ],
)
def test_half_a_century_ago(nlp, text, expected):
    assert _found(nlp, text, "2016-09-08") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump will try to do that in the days and weeks ahead.",
            [("the days and weeks ahead", "PXD")],
        ),
        ("Campaigns spend years and years trying.", [("years and years", "PXY")]),
        ("Searches went on in the days and weeks after it.", [("days and weeks", "PXD")]),
        ("Prices rose in recent weeks and months.", [("recent weeks and months", "PAST_REF")]),
        ("in the coming days and weeks", [("the coming days and weeks", "FUTURE_REF")]),
        # one unit as before
        ("Prices rose in recent weeks.", [("recent weeks", "PXW")]),
        ("He will travel for weeks or months.", [("weeks or months", "PXW")]),
    ],
)
def test_two_vague_units_joined_by_and_are_one_stretch(nlp, text, expected):
    assert _found(nlp, text, "2016-05-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story goes on in the year of the full date just written
        (
            "On March 2, 2015, the paper revealed the account. On March 25, the firm held a call.",
            [("March 2, 2015", "2015-03-02"), ("March 25", "2015-03-25")],
        ),
        (
            "The memo was sent on March 10, 2009. She delivered the speech on April 15.",
            [("March 10, 2009", "2009-03-10"), ("April 15", "2009-04-15")],
        ),
        # a day near the DCT keeps the DCT's year; a holiday is no written date
        (
            "On Jan. 5, 2015, he was arrested. He was sentenced on Aug. 25.",
            [("Jan. 5, 2015", "2015-01-05"), ("Aug. 25", "2016-08-25")],
        ),
        (
            "He may speak before Election Day. His last news conference was held on Dec. 4.",
            [("Election Day", "2016-11-08"), ("Dec. 4", "2015-12-04")],
        ),
    ],
)
def test_a_day_goes_on_in_the_year_of_the_full_date_before_it(nlp, text, expected):
    assert _found(nlp, text, "2016-09-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the night just named, throughout or during it; the morning after a night
        (
            "Trump spoke Thursday night. Throughout the night, his family talked.",
            [("Thursday night", "2016-07-21TNI"), ("the night", "2016-07-21TNI")],
        ),
        (
            "Trump spoke Thursday night. During the night, his family talked.",
            [("Thursday night", "2016-07-21TNI"), ("the night", "2016-07-21TNI")],
        ),
        (
            "The fire began Wednesday night. In the morning, crews returned.",
            [("Wednesday night", "2016-07-20TNI"), ("the morning", "2016-07-21TMO")],
        ),
        # a day named without its part, as before
        (
            "The fire began Wednesday. In the morning, crews returned.",
            [("Wednesday", "2016-07-20"), ("the morning", "2016-07-20TMO")],
        ),
    ],
)
def test_a_part_of_the_day_just_named(nlp, text, expected):
    assert _found(nlp, text, "2016-07-22") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # an undated text's clock range takes the weekday after it
        (
            "The sale runs 7:30 a.m.-3:30 p.m. Friday and 8:30 a.m.-1:30 p.m. Saturday.",
            None,
            [
                ("7:30 a.m.", "XXXX-WXX-5T07:30"),
                ("3:30 p.m. Friday", "XXXX-WXX-5T15:30"),
                ("8:30 a.m.", "XXXX-WXX-6T08:30"),
                ("1:30 p.m. Saturday", "XXXX-WXX-6T13:30"),
            ],
        ),
        # hours of a range of days stay without a day
        (
            "Open 10 a.m.-4 p.m. Monday-Saturday.",
            None,
            [
                ("10 a.m.", "XXXX-XX-XXT10:00"),
                ("4 p.m.", "XXXX-XX-XXT16:00"),
                ("Monday", "XXXX-WXX-1"),
                ("Saturday", "XXXX-WXX-6"),
            ],
        ),
        # a street address is no year; "weeks-long" is some weeks
        ("The fire was in the 1600 block of Main Street.", None, []),
        ("It turned into a weeks-long strike.", None, [("weeks-long", "PXW")]),
        ("It was a week-long strike.", None, [("week-long", "P1W")]),
        # "a year" of a kind, in the present, is the DCT's year
        (
            "In a year when arguments against big government are resonating, he won.",
            "2015-11-24",
            [("a year", "2015")],
        ),
        (
            "In a year in which Mr. Sanders has demonized Wall Street, she raised money.",
            "2016-06-08",
            [("a year", "2016")],
        ),
        (
            "Besides, in a year this wacky, his stunt does not stand out.",
            "2016-04-28",
            [("a year", "2016")],
        ),
        # "a year when" after no preposition is one year of a kind, not a stretch
        ("It was a year when everything went wrong.", "2016-06-08", [("a year", "XXXX")]),
        ("He served a year in prison.", "2016-06-08", [("a year", "P1Y")]),
    ],
)
def test_clock_ranges_addresses_and_years_of_a_kind(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


#: sentences that put a day out of a clock time's reach
_FAR = (
    " The events capped a remarkable run. Trump had spent days panning the rules."
    " Activists had gathered at local conventions. Nobody expected a rout. Across the state,"
)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a past hour with no day near it, in a report of the day before the DCT
        (
            "Cruz won 14 delegates Saturday." + _FAR + " Republicans began meeting at 10 a.m.",
            "2016-04-17",
            [("Saturday", "2016-04-16"), ("days", "PXD"), ("10 a.m.", "2016-04-16T10:00")],
        ),
        # a report of an older day keeps the DCT's hour as before
        (
            "Cruz won 14 delegates Thursday." + _FAR + " Republicans began meeting at 10 a.m.",
            "2016-04-17",
            [("Thursday", "2016-04-14"), ("days", "PXD"), ("10 a.m.", "2016-04-17T10:00")],
        ),
        # an hour in a sentence that names another year is not the lead day's
        (
            "Cruz won 14 delegates Saturday." + _FAR + " in 2012, the party convened at 9 a.m.",
            "2016-04-17",
            [
                ("Saturday", "2016-04-16"),
                ("days", "PXD"),
                ("2012", "2012"),
                ("9 a.m.", "2016-04-17T09:00"),
            ],
        ),
        # the second of two years joined by "and"
        (
            "It dwarfs the 2008 and 2012 cycles.",
            "2016-04-17",
            [("2008", "2008"), ("2012", "2012")],
        ),
        # a range start with no half of the day takes the end's afternoon
        (
            "The supper is 4:30-7:30 p.m. Thursday, April 2.",
            None,
            [("4:30", "XXXX-04-02T16:30"), ("7:30 p.m. Thursday, April 2", "XXXX-04-02T19:30")],
        ),
        (
            "Lunch is 11:30-1 p.m. Friday.",
            None,
            [("11:30", "XXXX-WXX-5T11:30"), ("1 p.m. Friday", "XXXX-WXX-5T13:00")],
        ),
        # a Sunday school is no Sunday
        ("He teaches Sunday school at the church.", None, []),
        ("The Sunday School Class hosts a supper.", None, []),
        ("On Sunday, school buses ran late.", None, [("Sunday", "XXXX-WXX-7")]),
    ],
)
def test_lead_day_hours_joined_years_range_starts_and_sunday_school(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "Sunday" before "schools" after a verb of saying is the day
        (
            "Officials said Sunday schools would close Monday.",
            "2016-03-14",
            [("Sunday", "2016-03-13"), ("Monday", "2016-03-14")],
        ),
        ("On Sunday school officials met.", None, [("Sunday", "XXXX-WXX-7")]),
        ("The Ben Strother Sunday School Class meets.", None, []),
        # a block grant is no address
        ("The 2015 block grant was cut.", None, [("2015", "2015")]),
        # a 24-hour clock range keeps its start
        (
            "The polls opened between 7:00 and 19:00 local time.",
            "2016-04-01",
            [("7:00", "2016-04-01T07:00"), ("19:00 local time", "2016-04-01T19:00")],
        ),
        # the morning after an evening is the next day's
        (
            "The storm hit Thursday evening. In the morning, residents surveyed the damage.",
            "2016-07-22",
            [("Thursday evening", "2016-07-21TEV"), ("the morning", "2016-07-22TMO")],
        ),
        # a rule of thumb or a future "a year when" stays a stretch
        ("Crops fail in a year when rains are late.", "2015-11-24", [("a year", "P1Y")]),
        (
            "They may garner support in a year in which the candidates have broken records.",
            "2016-09-07",
            [("a year", "2016")],
        ),
        ("He will step down in a year when his term is up.", "2015-11-24", [("a year", "P1Y")]),
        # "age-old" is no age; "served weeks of meals" no stretch
        ("It took three years of age-old bickering.", None, [("three years", "P3Y")]),
        ("The restaurant served weeks of meals to the homeless.", None, []),
        # a month-day before a count of any size
        ("On June 5, 200 marchers gathered.", "2016-09-08", [("June 5", "2016-06-05")]),
        ("On June 5, 1,000 people marched.", "2016-09-08", [("June 5", "2016-06-05")]),
    ],
)
def test_mends_of_the_probe_review(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day set ahead, an apposition's date, a day before the written one: the DCT's year
        (
            "The case dates to Jan. 4, 2012. Sentencing is set for Jan. 20.",
            [("Jan. 4, 2012", "2012-01-04"), ("Jan. 20", "2017-01-20")],
        ),
        (
            "The company, incorporated on March 5, 2001, filed for bankruptcy on March 9.",
            [("March 5, 2001", "2001-03-05"), ("March 9", "2016-03-09")],
        ),
        (
            "The suit was filed on Dec. 1, 2014. On Nov. 30, the judge dismissed it.",
            [("Dec. 1, 2014", "2014-12-01"), ("Nov. 30", "2015-11-30")],
        ),
    ],
)
def test_a_day_keeps_the_dcts_year_unless_a_past_account_goes_on(nlp, text, expected):
    assert _found(nlp, text, "2016-09-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the day far from any day, in a report whose lead names the day before
        (
            "Trump accepted the nomination Thursday night." + _FAR * 4 + " throughout the night,"
            " his family spoke.",
            [("Thursday night", "2016-07-21TNI")]
            + [("days", "PXD")] * 4
            + [("the night", "2016-07-21TNI")],
        ),
        # a report of an older day gives a past clause the night before the DCT
        (
            "Trump accepted the nomination Tuesday night." + _FAR * 4 + " throughout the night,"
            " his family spoke.",
            [("Tuesday night", "2016-07-19TNI")]
            + [("days", "PXD")] * 4
            + [("the night", "2016-07-21TNI")],
        ),
    ],
)
def test_a_part_of_the_day_far_into_a_report_of_the_day_before(nlp, text, expected):
    assert _found(nlp, text, "2016-07-22") == expected


def test_a_leap_day_after_a_full_date_of_a_common_year(nlp):
    text = "The firm was sold on Feb. 2, 2015. On Feb. 29, the buyer fired staff."
    assert _found(nlp, text, "2016-09-07") == [
        ("Feb. 2, 2015", "2015-02-02"),
        ("Feb. 29", "2016-02-29"),
    ]
