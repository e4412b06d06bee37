"""Words that look like times inside names ("Liberty Now PAC", "June K. Marsh"), a chapter
and verse ("Romans 8:28"), a share of a percentage ("a quarter of 1 percent"), "one day"
as a wish ("hopes one day to fly"), "the long term", "the months to come" and a
hyphenated century before its noun ("the 18th-century house"); "noon" ending an hour range
("10 a.m.-noon"); "in some quarters" (circles of people); the verb "last" after "and"; an
adverbial "that day" closing its clause ("raised $9,000 that day."); a month after "in" in a
present clause of a condition or of an event set for a day ("if she wins in November",
"the runoff is in November") lies ahead; "his last year in office" (a final stretch); "a
few months back." (ago); "well into May", "between now and March"; a weekday in a frame
opening a present sentence ("After Tuesday night, his chance rests on…") is over; a stretch
of the night ("for much of the night", "through the night", "into the night"); "another
month"; "only weeks to make their case".

Sentences are our own; each test gives its publication date (DCT), or None.
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

DCT = "2016-05-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ads were paid for by the Freedom Now Alliance, a group in Ohio.", []),
        ("She reads a blog called Good Sense Right Now, which is new.", []),
        ("The group Vote Now Texas said it raised $2 million.", []),
        # the word itself, where a sentence or a quotation starts with it
        ("Now the council must decide.", [("Now", "PRESENT_REF")]),
        ('He said: "Now is the time to act."', [("Now", "PRESENT_REF")]),
        ("Prices are now higher.", [("now", "PRESENT_REF")]),
    ],
)
def test_now_inside_a_name_is_no_time(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June K. Marsh, a nurse, retired.", []),
        ("April T. Brown of Dayton spoke first.", []),
        ("He trained at the June E. Olsen Clinic in Fargo.", []),
        # after a preposition of time the month stays a month
        ("Voting began in May T. Reyes said.", [("May", "XXXX-05")]),
        ("June was dry.", [("June", "XXXX-06")]),
    ],
)
def test_a_month_before_a_middle_initial_is_a_given_name(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pastor quoted scripture (Romans 8:28) at the funeral.", []),
        ("She read Psalms 23:4 aloud.", []),
        # a time after a weekday, at a line's start or after a preposition stays a time
        ("The vote opened Monday 10:30 in Ohio.", [("Monday 10:30", "2016-05-09T10:30")]),
        ("Update 10:45 Police closed the road.", [("10:45", "2016-05-11T10:45")]),
        ("Police arrived at 10:45 and left.", [("10:45", "2016-05-11T10:45")]),
    ],
)
def test_a_chapter_and_verse_is_no_clock_time(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports made up a quarter of 1 percent of output.", []),
        ("Rates fell by a quarter of 1% last year.", [("last year", "2015")]),
        ("The repairs took a quarter of an hour.", [("a quarter of an hour", "PT15M")]),
        ("The drive reached a quarter-of-a-million homes.", []),
    ],
)
def test_a_share_of_a_percentage_is_no_quarter(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Engineers hope one day to build the bridge.", [("one day", "FUTURE_REF")]),
        ("She voiced the hope they one day return home.", [("one day", "FUTURE_REF")]),
        ("He hoped one day to coach the team.", [("one day", "FUTURE_REF")]),
        # a length of time stays a duration
        ("The crew had one day to repair the pump.", [("one day", "P1D")]),
        ("The walkout lasted one day.", [("one day", "P1D")]),
        ("One day he simply left.", [("One day", "PAST_REF")]),
    ],
)
def test_one_day_after_a_wish_is_some_day(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan will pay off in the long term.", [("the long term", "FUTURE_REF")]),
        ("Costs will climb in the months to come.", [("the months to come", "PXM")]),
        ("Rents may rise in the weeks ahead.", [("the weeks ahead", "PXW")]),
        ("They restored the 18th-century house.", [("18th-century", "17")]),
        ("Few of them survived the 18th century.", [("the 18th century", "17")]),
    ],
)
def test_stretches_ahead_and_a_century_before_its_noun(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic opens at 10 a.m.-noon for checkups.",
            [("10 a.m.", "2016-05-11T10:00"), ("noon", "2016-05-11T12:00")],
        ),
        (
            "The bar is open 9am-midnight.",
            [("9am", "2016-05-11T09:00"), ("midnight", "2016-05-11T24:00")],
        ),
        ("The final score was 2-1 at Anfield.", []),
    ],
)
def test_noon_or_midnight_ends_an_hour_range(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan drew anger in some quarters.", []),
        ("It was praised in many quarters, though not by him.", []),
        ("Sales fell in some quarters of 2015.", [("some quarters", "PXQ"), ("2015", "2015")]),
    ],
)
def test_some_quarters_are_circles_of_people(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hearing is set to open June 2 and last four days.",
            [("June 2", "2016-06-02"), ("four days", "P4D")],
        ),
        ("Sales fell over the last four days.", [("the last four days", "P4D")]),
    ],
)
def test_the_verb_last_after_and_is_no_part_of_the_duration(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair opened on Friday. Organisers raised $9,000 that day.",
            [("Friday", "2016-05-06"), ("that day", "2016-05-06")],
        ),
        (
            "The board met on Monday. She will meet the mayor that day in Boston.",
            [("Monday", "2016-05-09"), ("that day", "2016-05-09")],
        ),
        # things of any such day ("on trades made that day") stay untagged
        ("Brokers lose money on shares sold that day.", []),
        ("Fans bought tickets that day and the next.", []),
    ],
)
def test_that_day_closing_its_clause_is_the_day_last_named(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts say she can win the seat if she is still the leader in February.", "2017-02"),
        ("Polls show Smith is the strongest choice if he is the candidate in February.", "2017-02"),
        ("Unless the talks resume in February, the strike goes on.", "2017-02"),
        ("The runoff is in February.", "2017-02"),
        ("A strong turnout in the primaries does not mean a win in February.", "2017-02"),
        # a past clause, a condition told in the past or a plain present stay as they were
        ("If he is right, prices fell in February.", "2016-02"),
        ("If the rally had come in February, it would have helped.", "2016-02"),
        ("Hiring is weak in February.", "2016-02"),
    ],
)
def test_a_month_in_a_present_condition_or_of_a_set_event_lies_ahead(nlp, text, expected):
    found = [v for t, v in _found(nlp, text, DCT) if t == "February"]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2009, his last year in office, he vetoed it.",
            [("2009", "2009"), ("last year", "P1Y")],
        ),
        ("The firm changed its name in its last month of trading.", [("last month", "P1M")]),
        # an object pronoun, or a break before, leaves "last year" the year before the DCT
        ("I met her last year.", [("last year", "2015")]),
        ("They backed her; last year, the party split.", [("last year", "2015")]),
    ],
)
def test_last_year_after_a_possessive_is_a_final_stretch(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant closed a few months back.", [("a few months back", "PAST_REF")]),
        ("Three days back, the river rose.", [("Three days back", "2016-05-08")]),
        # "back" as a direction stays out
        (
            "They moved the vote two weeks back to June.",
            [("two weeks", "P2W"), ("June", "2016-06")],
        ),
    ],
)
def test_a_count_and_unit_back_closing_a_clause_is_ago(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The work may drag well into May.", [("May", "2016-05")]),
        (
            "The fund has little to spend between now and March.",
            [("now", "PRESENT_REF"), ("March", "2017-03")],
        ),
        ("She walked into May's office.", []),
    ],
)
def test_an_ambiguous_month_after_into_or_between_now_and(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With a sharp fall in the shares on Monday, the pressure is growing.", "2016-05-09"),
        ("With a narrow loss on Monday night, her lead rests on two states.", "2016-05-09TNI"),
        # a time ahead in the main clause, or no frame, keeps the weekday ahead
        ("After Monday, the team will play in Boston.", "2016-05-16"),
        ("After Friday, the store is closed.", "2016-05-13"),
        ("With the vote on Friday, the party is busy campaigning.", "2016-05-13"),
        ("The team is playing in Boston on Monday.", "2016-05-16"),
    ],
)
def test_a_weekday_in_a_frame_before_a_present_clause_is_over(nlp, text, expected):
    assert [v for _, v in _found(nlp, text, DCT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a past clause's night, with no day named, is the one before the DCT)
        ("Crews worked through the night.", [("the night", "2016-05-10TNI")]),
        ("For much of the night, the count was close.", [("the night", "2016-05-10TNI")]),
        ("Rain is expected to last into the evening.", [("the evening", "2016-05-11TEV")]),
        ("Guards stood watch for most of the night.", [("the night", "2016-05-10TNI")]),
        ("Crews will work through the night.", [("the night", "2016-05-11TNI")]),
        # the part as an adjective of a noun is no time
        ("He leafed through the morning paper.", []),
        ("She walked into the evening class late.", []),
    ],
)
def test_a_stretch_of_the_night_is_a_part_of_the_day(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lawyers asked for another month.", [("another month", "P1M")]),
        ("The rebuild will take another two years.", [("another two years", "P2Y")]),
        ("The talks could fail, but that is a fight for another day.", []),
        ("In another year, the debate might have drawn a crowd.", []),
        ("Savers should put away another quarter of their pay.", []),
        ("With just months left in his term, he signed it.", [("months", "PXM")]),
        ("Rivals have only weeks to catch up.", [("weeks", "PXW")]),
        ("The deadline is mere days away.", [("days", "PXD")]),
        ("They sold only months of stock.", []),
    ],
)
def test_another_unit_and_only_weeks_left_are_stretches(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before a real clock time keeps the time
        ("Doors open at the Fox Theatre 7:30 Friday.", [("7:30 Friday", "2016-05-06T07:30")]),
        # a month inside the subject, before the verb, keeps the nearest month
        ("The vote in February shows the party is divided.", [("February", "2016-02")]),
        # habits, idioms and far years take no stretch of the night
        ("Babies often sleep through the night.", []),
        ("The thief vanished into the night.", []),
        ("In 1865, the troops marched through the night.", [("1865", "1865")]),
        # a plain "that day" of a habit, or with no day named before it
        ("The bakery throws out bread not sold that day.", []),
        (
            "The election was on Tuesday. He won 60 percent of the votes cast that day.",
            [("Tuesday", "2016-05-10"), ("that day", "2016-05-10")],
        ),
        # "back" after a verb of moving a time, or of a race's margin, is no "ago"
        ("The launch was pushed a month back.", [("a month", "P1M")]),
        ("He finished 12 seconds back.", [("12 seconds", "PT12S")]),
        # "into" is no preposition of time for a year or a person
        ("The city is divided into 1600 precincts.", []),
        ("I ran into May at the grocery store.", []),
        (
            "Prices may rise between today and March.",
            [("today", "2016-05-11"), ("March", "2017-03")],
        ),
        # "last year's", "your last week", "long term" before a noun
        ("His last year's salary was high.", [("last year", "2015")]),
        ("She asked how your last week went.", [("last week", "2016-W18")]),
        ("The long term effects are unclear.", []),
        (
            "The firm lost money in some quarters last year.",
            [("some quarters", "PXQ"), ("last year", "2015")],
        ),
        ("It will take you one day.", [("one day", "P1D")]),
        ("The 19th-century was a time of change.", [("The 19th-century", "18")]),
        # a headline's "Now", a firm's quarters, a habit through the night, a frame ahead
        ("Gas Prices Now Rising from Record Lows", [("Now", "PRESENT_REF")]),
        (
            "The chain reported gains in some quarters and losses in others.",
            [("some quarters", "PXQ")],
        ),
        ("The plan does little for the long term unemployed.", []),
        ("The pharmacy stays open through the night.", []),
        (
            "With polls closing Tuesday, the campaign is making a final push.",
            [("Tuesday", "2016-05-17")],
        ),
    ],
)
def test_what_the_new_rules_leave_alone(nlp, text, expected):
    assert _found(nlp, text, DCT) == expected
