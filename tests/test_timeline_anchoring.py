"""TIMEX3 values that depend on what a phrase anchors to: the clause's direction
("effective Feb. 1", "an agreement to buy it in January"), the season last past,
recurrences after a determiner ("a daily rally"); and quoted titles that are no times.

Sentences are our own; the publication date (DCT) is Thursday 2017-09-21 unless a test
says otherwise.
"""

from __future__ import annotations

import pytest

from timex_cases import DCT
from timex_cases import timex_named as _one
from timex_cases import timexes_of as _timexes


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "effective" dates a change to come, whatever the clause's tense
        ("The board named a new chairman, effective Feb. 1.", "Feb. 1", "2018-02-01"),
        ("Fares rose under a pact effective June 1.", "June 1", "2018-06-01"),
        # after a past verb it is the clause's past
        ("The rule became effective Jan. 1.", "Jan. 1", "2017-01-01"),
        # the infinitive of a prospective noun looks ahead of the verb that reports it
        ("The bank announced an agreement to buy the lender in January.", "January", "2018-01"),
        ("The union rejected a plan to vote on Friday.", "Friday", "2017-09-22"),
        # a plan in the past perfect was overtaken: its day is past, unless the sentence
        # tells a change, when it lies on either side of the DCT: the nearer one
        ("The offer had been scheduled to expire on Friday.", "Friday", "2017-09-15"),
        (
            "The offer, which had been scheduled to expire on Friday, was extended to Oct. 6.",
            "Friday",
            "2017-09-22",
        ),
        (
            "The talks had been scheduled for Tuesday but were postponed.",
            "Tuesday",
            "2017-09-19",
        ),
        ("The offer is scheduled to expire on Friday.", "Friday", "2017-09-22"),
        # a reduced "expected"/"scheduled" puts its noun's event ahead; other participles
        # keep the past
        ("The vote, expected Friday, will be close.", "Friday", "2017-09-22"),
        ("The ruling, handed down Tuesday, is final.", "Tuesday", "2017-09-19"),
        # other infinitives keep the clause's direction
        ("He was the first to arrive on Monday.", "Monday", "2017-09-18"),
        ("The bank sold the lender in January.", "January", "2017-01"),
    ],
)
def test_direction_of_effective_dates_and_prospective_nouns(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "this past" season: the latest one, in the DCT's own year when it is over
        ("The unit was sold this past spring.", "this past spring", "2017-SP"),
        ("The unit was sold this past winter.", "this past winter", "2017-WI"),
        ("The unit will be sold this coming spring.", "this coming spring", "2018-SP"),
        # "last" season: the one of the year before while its own is fresh, the DCT's
        # year's once that is long over (a September DCT)
        ("The unit was sold last summer.", "last summer", "2016-SU"),
        ("The unit was sold last fall.", "last fall", "2016-FA"),
        ("The unit was sold last spring.", "last spring", "2017-SP"),
    ],
)
def test_this_past_season_is_the_latest(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Crowds gathered for what has become a daily rally.", "daily", "P1D"),
        ("The president spoke in his weekly radio address.", "weekly", "P1W"),
        ("Agents check hundreds of leads on a daily basis.", "daily", "P1D"),
    ],
)
def test_short_recurrence_after_a_determiner_is_a_set(nlp, text, expression, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == ("SET", value)


@pytest.mark.parametrize(
    "text",
    [
        "The company raised its quarterly dividend.",  # a payment, not a recurrence
        "The average daily volume fell.",
        "The annual report was late.",
        # a capitalised recurrence word inside a name
        "He told the Daily Beast on a call.",
        "He writes for The Weekly Standard.",
        "He said “Daily Show” host Trevor Noah erred.",
        # a speed or throughput (TimeML marks no expressions of speed)
        "The chip runs 15 million instructions per second.",
    ],
)
def test_reporting_terms_are_not_sets(nlp, text):
    assert [t for t in _timexes(nlp, text) if t["type"] == "SET"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The fund pays $5 a year.",
        "The airline adds four flights a week.",
        "The merger should save $500 million a year in costs.",
        "Rooms cost between $35 and $55 a night.",
        "The plan costs $5 per year.",
    ],
)
def test_a_rate_after_an_amount_is_no_timex(nlp, text):
    # "a year" after an amount is a rate, like a speed: neither a set nor a duration
    assert _timexes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The board meets twice a week.", "twice a week", "P1W"),
        ("Inspectors visit three times a year.", "three times a year", "P1Y"),
        ("The committee meets once a month.", "once a month", "P1M"),
        ("The committee meets every week.", "every week", "P1W"),
    ],
)
def test_a_count_of_occurrences_makes_a_set(nlp, text, expression, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == ("SET", value)


def test_a_year_without_an_amount_stays_a_duration(nlp):
    t = _one(nlp, "It was the smallest gain in a year.", "a year")
    assert (t["type"], t["value"]) == ("DURATION", "P1Y")
    assert _one(nlp, "Profit fell from $4 million a year earlier.", "a year earlier")


def test_a_quoted_title_is_no_week(nlp):
    text = 'The minister said on ABC\'s "This Week" that talks failed.'
    assert [t["text"] for t in _timexes(nlp, text)] == []
    # a quoted sentence that opens with "This week" is a time
    assert _one(nlp, '"This week we won," he said.', "This week")["value"] == "2017-W38"


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        ("By the end of the decade, output will double.", "the end of the decade", "201", "END"),
        ("By the end of the century, seas will rise.", "the end of the century", "20", "END"),
    ],
)
def test_a_part_of_the_decade_is_the_dcts_decade(nlp, text, expression, value, mod):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"], t.get("mod")) == ("DATE", value, mod)


def test_the_decade_alone_may_be_any_ten_years(nlp):
    assert _timexes(nlp, "Growth slowed over the decade.") == []


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        # a unit multiple counts back in its base unit
        ("The envoy left a fortnight ago.", "a fortnight ago", "DATE", "2017-W36"),
        ("A fortnight later, he returned.", "A fortnight", "DURATION", "P2W"),
        # two units from the DCT's
        ("The envoys met the week before last.", "the week before last", "DATE", "2017-W36"),
        ("Talks resume the year after next.", "the year after next", "DATE", "2019"),
    ],
)
def test_fortnights_and_units_before_last(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == (typ, value)


@pytest.mark.parametrize(
    "text",
    [
        "It is for today's youth what the war was for their parents.",
        "If I chose the leaders of tomorrow, I would choose them.",
    ],
)
def test_today_as_the_era_is_no_day(nlp, text):
    assert _timexes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The offer appeared in today's editions.", "today"),
        ("It must be done by the end of today.", "the end of today"),
        ("As of today, 300 people have registered.", "today"),
    ],
)
def test_today_as_the_day_stays(nlp, text, expression):
    assert _one(nlp, text, expression)["value"] == DCT


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "January nineteen ninety-seven, a bomb exploded.",
            "January nineteen ninety-seven",
            "1997-01",
        ),
        (
            "Oil fell to where it was in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "1994-WI",
        ),
    ],
)
def test_month_or_season_joins_its_spoken_year(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a range or an alternative of units is one vague duration, in its first unit
        ("He probably died within weeks or months of his capture.", "weeks or months", "PXW"),
        ("Repairs will take two or three weeks.", "two or three weeks", "PXW"),
        # "within days of" an event is a duration too
        ("He was caught within days of the attack.", "days", "PXD"),
    ],
)
def test_alternative_units_are_one_vague_duration(nlp, text, expression, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        ("The post-1959 politics divided families.", "post-1959", "1959", "AFTER"),
        ("Prices returned to pre-1990 levels.", "pre-1990", "1990", "BEFORE"),
    ],
)
def test_pre_and_post_years_keep_their_prefix_as_a_mod(nlp, text, expression, value, mod):
    t = _one(nlp, text, expression)
    assert (t["value"], t.get("mod")) == (value, mod)


def test_the_next_morning_is_a_part_of_the_day_after_the_last_named(nlp):
    text = "He was freed on Sept. 12. He appeared in court the next morning."
    t = _one(nlp, text, "the next morning")
    assert (t["type"], t["value"]) == ("TIME", "2017-09-13TMO")


@pytest.mark.parametrize(
    ("text", "expression", "mod"),
    [
        # the article belongs to the modified period, as TimeML's extents keep it
        ("Prices rose in the late 1970s.", "the late 1970s", "END"),
        ("Sales peaked in the mid-1990s, when rates fell.", "the mid-1990s", "MID"),
        ("The late 1970s saw high inflation.", "The late 1970s", "END"),
        # before the noun the period modifies, the article is the noun's
        ("The early 1990s recession hurt exporters.", "early 1990s", "START"),
        ("It recalled the post-1959 exodus of Cubans.", "post-1959", "AFTER"),
    ],
)
def test_article_before_a_modified_period(nlp, text, expression, mod):
    assert _one(nlp, text, expression)["mod"] == mod


@pytest.mark.parametrize(
    "text",
    [
        "Incomes for workers in their 30s, 40s and 50s grew.",  # ages
        "His approval rating has risen to the low 50s.",  # poll figures
        "Temperatures stayed in the upper 40s.",
    ],
)
def test_a_band_of_numbers_is_no_decade(nlp, text):
    assert _timexes(nlp, text) == []


def test_a_bare_decade_after_a_full_one_stays(nlp):
    assert _one(nlp, "She sang in the 1960s and 70s.", "70s")["value"] == "197"
    assert _one(nlp, "I come from the 60s.", "the 60s")["value"] == "196"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "about" naming a topic is no approximation of the date after it
        ("These are the stories that will be talked about today.", "today"),
        ("He made a prediction about 2016.", "2016"),
        ("She gave a sound bite about the '60s.", "the '60s"),
        # after a preposition of time, or before "ago", it is one
        ("It was built in about 1990.", "about 1990"),
        ("About a decade ago, he served abroad.", "About a decade ago"),
    ],
)
def test_about_as_a_topic_is_no_approximation(nlp, text, expected):
    assert [t["text"] for t in _timexes(nlp, text)] == [expected]


def test_every_second_of_a_thing_is_no_set(nlp):
    assert _timexes(nlp, "I remember every second of it.") == []
    assert _one(nlp, "Trains leave every minute.", "every minute")["type"] == "SET"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme or paper whose title holds a time word is no time
        ("He hosted “Saturday Night Live” last year.", ["last year"]),
        ("Speaking to “CBS This Morning” Monday, he refrained.", ["Monday"]),
        ("He told NBC’s “Today” on Monday.", ["Monday"]),
        ("The report appeared in USA Today on Monday.", ["Monday"]),
        ("He taped an appearance on The Tonight Show on Tuesday.", ["Tuesday"]),
        ("He hosts “Last Week Tonight,” a satire.", []),
        # the sentence's own capital, after a quotation mark or a dateline's dash
        ("``Today, I'm here to tell you,'' he said.", ["Today"]),
        ("WASHINGTON ― This spring, he left the firm.", ["This spring"]),
        ("He spoke Saturday night.", ["Saturday night"]),
        # a headline in title case capitalises every word
        ("Unity Meeting Scheduled For Next Week", ["Next Week"]),
    ],
)
def test_titles_with_time_words_are_no_times(nlp, text, expected):
    assert [t["text"] for t in _timexes(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "the next year" dating an event moves from the year named last ...
        ("He was elected in 2008 and re-elected the next year.", "the next year", "2009"),
        # ... as "the following" and "that" do, also with a season
        (
            "The plant closed in the summer of 2015 and reopened the following spring.",
            "the following spring",
            "2016-SP",
        ),
        (
            "The plant closed in January 2015 and reopened the next summer.",
            "the next summer",
            "2015-SU",
        ),
        ("The mill shut in 2012. That winter, workers left.", "That winter", "2012-WI"),
        (
            "The mill shut in 2012. The previous spring, sales fell.",
            "The previous spring",
            "2011-SP",
        ),
        # after a preposition of extent, or before a possessive, it is the coming year
        ("The mill shut in 2012. Over the next year, the firm will hire.", "the next year", "2018"),
        ("The mill shut in 2012. The next year's budget is tight.", "The next year", "2018"),
        # with no year named before, the DCT decides
        ("Workers hope to return the next spring.", "the next spring", "2018-SP"),
    ],
)
def test_the_next_and_the_following_move_from_the_time_named_last(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Prices rose in November and December 2007.", ["2007-11", "2007-12"]),
        ("Sales rose in October, November and December 2007.", ["2007-10", "2007-11", "2007-12"]),
        ("Work ran from May to June 2015.", ["2015-05", "2015-06"]),
        ("Prices rose in December and January 2008.", ["2007-12", "2008-01"]),
        ("He visited on Nov. 5 and Dec. 7, 2007.", ["2007-11-05", "2007-12-07"]),
        ("Both should open in the late spring or early summer of 2010.", ["2010-SP", "2010-SU"]),
        ("The vote is set for January or February of next year.", ["2018-01", "2018-02"]),
        # a year written in another clause is not shared
        ("He left in May, and in June 2008 he returned.", ["2017-05", "2008-06"]),
        # a month with its own relative word keeps it
        ("Sales fell last May and in June 2015.", ["2017-05", "2015-06"]),
    ],
)
def test_coordinated_dates_share_the_year_written_after_them(nlp, text, values):
    assert [t["value"] for t in _timexes(nlp, text)] == values


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a deadline set in the past is the nearest such day, ahead ...
        (
            "The city raised its goal to fill 2 million bags by Thursday.",
            "2009-03-24",
            "2009-03-26",
        ),
        # ... or just past
        ("Residents were ordered to leave by Monday.", "2009-03-24", "2009-03-23"),
        # a deadline in a past clause of its own stays past
        ("Most residents left by Friday.", "2009-03-24", "2009-03-20"),
    ],
)
def test_a_deadline_under_an_infinitive(nlp, text, dct, value):
    assert _timexes(nlp, text, dct)[0]["value"] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-opening "That day" frames the sentence: the day last named
        (
            "The fire started on Sept. 3. That day, crews evacuated the town.",
            [("Sept. 3", "2017-09-03"), ("That day", "2017-09-03")],
        ),
        (
            "He left on Monday. That morning Smith had called.",
            [("Monday", "2017-09-18"), ("That morning", "2017-09-18TMO")],
        ),
        # with no day named before, a day not known
        ("He was sentenced in court. That night he cried.", [("That night", "XXXX-XX-XXTNI")]),
        # "that" opening a compound noun is no day
        ("The boy was hurt on Sept. 3. That day care center closed.", [("Sept. 3", "2017-09-03")]),
    ],
)
def test_that_day_opening_a_sentence(nlp, text, expected):
    assert [(t["text"], t["value"]) for t in _timexes(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of counts before "ago" is one approximate date, from the first count
        ("I met him five or six weeks ago.", ("five or six weeks ago", "DATE", "2017-W33")),
        ("The shop opened two to three years ago.", ("two to three years ago", "DATE", "2015")),
        # before "later" it is a vague stretch of time
        ("Two or three days later, he left.", ("Two or three days", "DURATION", "PXD")),
    ],
)
def test_a_range_of_counts_before_ago_or_later(nlp, text, expected):
    t = _timexes(nlp, text)[0]
    assert (t["text"], t["type"], t["value"]) == expected
