"""Times as the news beats write them: results seasons ("Full-year profit rose"), data
releases ("the week ended March 9", "the month before" after the day of the release),
forecasts ("by mid-century", "in the new year"), curfews across midnight, fixtures and
deadlines looked ahead to, decades told back ("Later that decade"), slash years
("2011/12"), "the three previous years", "New Year's" and possessives left out of a
duration.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    # a year of results told in the first quarter is the one before; an outlook is ahead
    ("Full-year profit rose 3 percent.", "2013-02-10", [("Full-year", "2012")]),
    (
        "Net income for the year fell to $2 billion.",
        "2013-02-10",
        [("the year", "2012")],
    ),
    (
        "The company raised its forecast for the full year.",
        "2013-02-10",
        [("the full year", "2013")],
    ),
    ("The company expects full-year sales to rise.", "2013-02-10", [("full-year", "2013")]),
    ("Full-year profit rose 3 percent.", "2013-07-10", [("Full-year", "2013")]),
    ("He received a full-year suspension.", "2013-02-10", [("a full-year", "P1Y")]),
    (
        "The company reported a fourth-quarter loss and a full-year profit of $310 million.",
        "2012-02-08",
        [("fourth-quarter", "2011-Q4"), ("full-year", "2011")],
    ),
    ("Full-year 2012 profit rose.", "2013-02-10", [("2012", "2012")]),
    (
        "For the year, the index rose 26 percent, its best annual gain since 1997.",
        "2014-01-10",
        [("the year", "2013"), ("1997", "1997")],
    ),
    (
        "The company said full-year profit would rise about 10 percent.",
        "2013-02-14",
        [("full-year", "2013")],
    ),
    (
        "For the full year, net income climbed to $4.1 billion from $3.6 billion.",
        "2012-01-26",
        [("the full year", "2011")],
    ),
    (
        "Full-year profit fell 8 percent, and the company expects a decline this year.",
        "2013-03-28",
        [("Full-year", "2012"), ("this year", "2013")],
    ),
    (
        "The company will report full-year results on Feb. 26.",
        "2015-02-12",
        [("full-year", "2014"), ("Feb. 26", "2015-02-26")],
    ),
    # the new year, mid-century, mid-decade
    ("Talks will resume early in the new year.", "2013-12-10", [("early in the new year", "2014")]),
    ("The new year began with violence.", "2014-01-10", [("The new year", "2014")]),
    ("Jewish families marked the new year with apples and honey.", "2013-09-05", []),
    ("Shoppers flocked to stores before the New Year.", "2013-06-10", [("New Year", "2013-01-01")]),
    ("Temperatures will rise by mid-century.", "2013-12-10", [("mid-century", "20")]),
    ("Emissions should peak by mid-decade.", "2013-12-10", [("mid-decade", "201")]),
    ("The mid-century boom created the suburbs.", "2013-12-10", [("mid-century", "19")]),
    ("They bought a mid-century modern house.", "2013-12-10", []),
    # slash years join two years in a row only
    (
        "The club finished third in the 2011/12 season.",
        "2013-02-10",
        [("2011", "2011"), ("12", "2012")],
    ),
    ("The file 2011/15 was lost.", "2013-02-10", [("2011", "2011")]),
    # counts of units with "previous" after the number
    (
        "Sales fell in the three previous years.",
        "2013-12-10",
        [("the three previous years", "P3Y")],
    ),
    (
        "Sales fell in the two preceding months.",
        "2013-12-10",
        [("the two preceding months", "P2M")],
    ),
    ("Sales rose, but a prior quarter had been weaker still.", "2013-10-24", []),
    (
        "The deal was signed on December 16 last year.",
        "2017-03-01",
        [("December 16 last year", "2016-12-16")],
    ),
    # "New Year's" as the day; not a resolution; after "Christmas and", the next one
    (
        "Sierra Leone banned public celebrations over Christmas and New Year's.",
        "2014-12-29",
        [("Christmas", "2014-12-25"), ("New Year's", "2015-01-01")],
    ),
    ("She made New Year's resolutions.", "2013-12-10", []),
    (
        "He has not had a drink since New Year's, he told the court.",
        "2014-03-03",
        [("New Year's", "2014-01-01")],
    ),
    ("He wished everyone a happy New Year's.", "2013-12-10", []),
    # a curfew across midnight starts the evening before its morning
    (
        "A curfew will be in force from 8 p.m. until 6 a.m.",
        "2012-10-28",
        [("8 p.m.", "2012-10-28T20:00"), ("6 a.m.", "2012-10-29T06:00")],
    ),
    (
        "The shop is open from 9 a.m. to 5 p.m. on Saturday.",
        "2012-10-28",
        [("9 a.m.", "2012-11-03T09:00"), ("5 p.m. on Saturday", "2012-11-03T17:00")],
    ),
    (
        "Flights will remain grounded until at least 1800 GMT on Saturday.",
        "2010-04-16",
        [("1800 GMT on Saturday", "2010-04-17T18:00")],
    ),
    # data releases: the month before the month named, not before the day of the release
    (
        "The economy added 171,000 jobs in October, the Labor Department said on Friday, and "
        "the jobless rate rose to 7.9 percent from 7.8 percent the month before.",
        "2012-11-02",
        [("October", "2012-10"), ("Friday", "2012-11-02"), ("the month before", "2012-09")],
    ),
    (
        "Orders slipped in March, the chief executive told analysts on Monday, after a strong "
        "showing the month before.",
        "2024-04-24",
        [("March", "2024-03"), ("Monday", "2024-04-22"), ("the month before", "2024-02")],
    ),
    (
        "The department said on Friday that jobs fell the month before.",
        "2012-11-02",
        [("Friday", "2012-11-02"), ("the month before", "2012-10")],
    ),
    (
        "He said on Nov. 9 that he would not buy. Later that month, he did.",
        "2016-03-17",
        [("Nov. 9", "2015-11-09"), ("Later that month", "2015-11")],
    ),
    (
        "Output slipped 0.1 percent in May after rising 1.1 percent the prior month.",
        "2012-06-15",
        [("May", "2012-05"), ("the prior month", "2012-04")],
    ),
    # a period and the day it ended on, apart, as TimeBank tags them
    (
        "Claims fell in the week ended March 9.",
        "2013-03-14",
        [("the week", "2013-W10"), ("March 9", "2013-03-09")],
    ),
    (
        "Crude stocks rose in the week to March 9.",
        "2013-03-14",
        [("the week", "2013-W10"), ("March 9", "2013-03-09")],
    ),
    (
        "Profit rose in the quarter ended Sept. 30.",
        "2013-03-14",
        [("the quarter", "2012-Q3"), ("Sept. 30", "2012-09-30")],
    ),
    (
        "Profit rose in the quarter ended July 31.",
        "2013-03-14",
        [("the quarter", "2012-Q4"), ("July 31", "2012-07-31")],
    ),
    (
        "Unions have the week to March 8 to respond.",
        "2013-03-01",
        [("the week", "2013-W09"), ("March 8", "2013-03-08")],
    ),
    # a count of quarters is no quarter
    (
        "The economy contracted in the second quarter, the third quarter in a row of decline.",
        "2012-07-25",
        [("the second quarter", "2012-Q2")],
    ),
    # decades told back from a year named
    (
        "The mine opened in 1920. Later that decade it employed 5,000 men.",
        "2013-10-14",
        [("1920", "1920"), ("Later that decade", "192")],
    ),
    (
        "The war ended in 1975. The following decade brought reform.",
        "2013-10-14",
        [("1975", "1975"), ("The following decade", "198")],
    ),
    ("Over the past decade, prices rose.", "2013-10-14", [("the past decade", "P10Y")]),
    (
        "Prices were frozen in 1973 and stayed flat for the following decade.",
        "1999-03-15",
        [("1973", "1973"), ("the following decade", "P10Y")],
    ),
    (
        "The fishing fleet has shrunk in recent decades.",
        "2012-04-20",
        [("recent decades", "PAST_REF")],
    ),
    # "the final two years ago": the noun "final", then "two years ago"
    ("Bayern lost the final two years ago.", "2012-05-19", [("two years ago", "2010")]),
    # a season in a name; the early hours of a day named
    ("Organizers said the next Winter Games would be held in Russia.", "2013-11-12", []),
    ("The previous Summer Games in London drew a record audience.", "2016-08-22", []),
    (
        "Last Summer Johnson signed a two-year deal.",
        "2018-09-10",
        [("Last Summer", "2017-SU"), ("two-year", "P2Y")],
    ),
    (
        "The talks ran into the early hours of the next day.",
        "2013-11-12",
        [("the next day", "XXXX-XX-XX")],
    ),
    # a part of the day after "by" or "for"
    (
        "Prices were above normal on Tuesday morning but fell back by the afternoon.",
        "2011-03-15",
        [("Tuesday morning", "2011-03-15TMO"), ("the afternoon", "2011-03-15TAF")],
    ),
    ("Rain is forecast for the afternoon.", "2013-05-04", [("the afternoon", "2013-05-04TAF")]),
    ("He booked a seat for the morning flight.", "2013-05-04", []),
    ("Tickets for the morning and evening shows are still available.", "2013-05-04", []),
    ("Rooms at the lodge are rented by the night.", "2013-05-04", []),
    ("A scheme lets pupils ask for the morning-after pill.", "2013-05-04", []),
    # fixtures, strikes and deadlines looked ahead to
    (
        "Republicans are expected to win the House in Tuesday's midterms, analysts said on Monday.",
        "2010-11-01",
        [("Tuesday", "2010-11-02"), ("Monday", "2010-11-01")],
    ),
    (
        "Journalists called a general strike for Thursday.",
        "2013-06-11",
        [("Thursday", "2013-06-13")],
    ),
    (
        "Residents have organized a protest for Sunday outside City Hall.",
        "2015-11-05",
        [("Sunday", "2015-11-08")],
    ),
    (
        "Officials called a meeting on Thursday to discuss it.",
        "2013-06-11",
        [("Thursday", "2013-06-06")],
    ),
    (
        "The negotiators set a Jan. 31 deadline for a final agreement.",
        "2012-11-15",
        [("Jan. 31", "2013-01-31")],
    ),
    (
        "They extended the deadline for bids to Jan. 15.",
        "2012-11-15",
        [("Jan. 15", "2013-01-15")],
    ),
    (
        "Shareholders tendered 99% of the shares by the Tuesday deadline.",
        "1989-11-02",
        [("Tuesday", "1989-10-31")],
    ),
    (
        "Argentina play Iran in Belo Horizonte on Saturday.",
        "2014-06-16",
        [("Saturday", "2014-06-21")],
    ),
    (
        "Coach Nick Saban said Saturday's opener against Virginia Tech will be a test.",
        "2013-08-30",
        [("Saturday", "2013-08-31")],
    ),
    ("He said Saturday's game was a disaster.", "2013-08-30", [("Saturday", "2013-08-24")]),
    (
        "Smith, left, and Jones fill potholes Monday at Hazel Street.",
        "2009-03-25",
        [("Monday", "2009-03-23")],
    ),
    # "a Sunday": some Sunday, not one near the DCT; "a Friday storm" is that Friday's
    (
        "Because Jan. 20 falls on a Sunday, he will repeat the oath the next day.",
        "2012-11-07",
        [("Jan. 20", "2013-01-20"), ("Sunday", "XXXX-WXX-7"), ("the next day", "2013-01-21")],
    ),
    ("What a Sunday it was for the Packers.", "2014-08-20", [("Sunday", "2014-08-17")]),
    (
        "Police are investigating a Saturday-night shooting.",
        "2016-10-19",
        [("Saturday", "2016-10-15")],
    ),
    (
        "Officials warned that a Friday storm will bring heavy snow.",
        "2013-02-06",
        [("Friday", "2013-02-08")],
    ),
    # a strike that began at midnight; a length between two times; an order's deadline
    (
        "The strike on Wednesday began at midnight and will end at midnight on Thursday.",
        "2014-10-01",
        [
            ("Wednesday", "2014-10-01"),
            ("midnight", "2014-09-30T24:00"),
            ("midnight on Thursday", "2014-10-02T24:00"),
        ],
    ),
    (
        "On Tuesday, the walkout started at midnight and shut down every port.",
        "2013-03-15",
        [("Tuesday", "2013-03-12"), ("midnight", "2013-03-11T24:00")],
    ),
    (
        "The strike on Wednesday will end at midnight.",
        "2014-10-01",
        [("Wednesday", "2014-10-01"), ("midnight", "2014-10-01T24:00")],
    ),
    (
        "The airport opened in 2010, three years later than planned.",
        "2012-09-10",
        [("2010", "2010"), ("three years", "P3Y")],
    ),
    ("The airport opened three years later.", "2012-09-10", [("three years", "P3Y")]),
    (
        "The mayor ordered the evacuation of low-lying areas by 5 p.m. Saturday.",
        "2011-08-26",
        [("5 p.m. Saturday", "2011-08-27T17:00")],
    ),
    ("Police had arrested 20 people by Saturday.", "2011-08-26", [("Saturday", "2011-08-20")]),
    (
        "When asked by Ingraham on Thursday about it, he said no.",
        "2015-11-13",
        [("Thursday", "2015-11-12")],
    ),
    (
        "The curfew, imposed by the army on Friday, begins at midnight.",
        "2013-03-15",
        [("Friday", "2013-03-15"), ("midnight", "2013-03-15T24:00")],
    ),
    (
        "The death toll rose to at least 1200 on Friday, the Red Cross said.",
        "2013-03-15",
        [("Friday", "2013-03-15")],
    ),
    (
        "The legislature set a Nov. 30 deadline last year, which the agency ignored.",
        "2010-03-17",
        [("Nov. 30", "2009-11-30"), ("last year", "2009")],
    ),
    (
        "He was held without bail until his trial in July, when jurors acquitted him.",
        "2014-02-12",
        [("July", "2013-07")],
    ),
    # a state kept through a day ahead; a month after an event ahead
    (
        "Washington will keep 19 embassies closed through Saturday, officials said Sunday.",
        "2013-08-05",
        [("Saturday", "2013-08-10"), ("Sunday", "2013-08-04")],
    ),
    ("Police found a car abandoned on Saturday.", "2013-08-05", [("Saturday", "2013-08-03")]),
    (
        "He was stripped of the captaincy ahead of his trial in July.",
        "2012-02-29",
        [("July", "2012-07")],
    ),
    ("His trial in July ended in acquittal.", "2012-02-29", [("July", "2011-07")]),
    # a superlative before "March" or "May" makes it the month
    (
        "It had been the driest March on record in Scotland.",
        "2012-06-02",
        [("March", "2012-03")],
    ),
    ("Thousands joined the March for Babies.", "2012-06-02", []),
    ("The best May could hope for was a narrow majority.", "2017-06-01", []),
    (
        "Realtors said it was the busiest March for home sales in nine years.",
        "2016-04-21",
        [("March", "2016-03"), ("nine years", "P9Y")],
    ),
    ("Ratings were the best March Madness numbers since 1993.", "2016-04-05", [("1993", "1993")]),
    # courts: the next appearance, an ordered month; markets: delivery months, stamps
    (
        "He was denied bail and ordered held until his next court appearance on Friday.",
        "2011-05-16",
        [("Friday", "2011-05-20")],
    ),
    (
        "The next day, on Friday, he left.",
        "2011-05-16",
        [("The next day", "XXXX-XX-XX"), ("Friday", "2011-05-13")],
    ),
    (
        "He was sentenced Wednesday and ordered to report to prison in mid-February.",
        "2011-12-07",
        [("Wednesday", "2011-12-07"), ("mid-February", "2012-02")],
    ),
    (
        "He was ordered to pay restitution on Wednesday.",
        "2011-12-07",
        [("Wednesday", "2011-12-07")],
    ),
    (
        "Brent crude for January gained 51 cents.",
        "2012-11-16",
        [("January", "2013-01")],
    ),
    ("Gold for December delivery rose.", "2012-11-16", [("December", "2012-12")]),
    ("Sales fell in January.", "2012-11-16", [("January", "2012-01")]),
    (
        "0930 GMT: The agency says the reactor is stable. 1115 GMT: The utility says it will "
        "cut power.",
        "2011-03-14",
        [("0930 GMT", "2011-03-14T09:30"), ("1115 GMT", "2011-03-14T11:15")],
    ),
    (
        "The blast came at 1430 BST on Monday.",
        "2011-03-16",
        [("1430 BST on Monday", "2011-03-14T14:30")],
    ),
    ("The overnight lending rate between banks rose.", "2014-04-17", []),
    (
        "Stocks rose in the holiday-shortened week.",
        "2014-04-17",
        [("the holiday-shortened week", "2014-W16")],
    ),
    (
        "The coach names his line-up for Thursday's opener against Croatia.",
        "2014-06-10",
        [("Thursday", "2014-06-12")],
    ),
    # films' weekends, "this Friday" later in the week
    (
        "The film took in $41.5 million in its debut weekend, studios said on Sunday.",
        "2013-07-22",
        [("debut weekend", "2013-W29-WE"), ("Sunday", "2013-07-21")],
    ),
    (
        "Traffic will be heavy over the long weekend.",
        "2013-07-22",
        [("the long weekend", "2013-W30-WE")],
    ),
    (
        "The film took in $195 million, ahead of its U.S. release this Friday.",
        "2013-04-29",
        [("this Friday", "2013-05-03")],
    ),
    ("The film opened this Friday.", "2013-05-04", [("this Friday", "2013-05-03")]),
    # a story's own years: a frame with no comma, "That September", "That Christmas"
    (
        "In 1968 he was arrested twice, in March and again in October.",
        "2014-02-19",
        [("1968", "1968"), ("March", "1968-03"), ("October", "1968-10")],
    ),
    (
        "He joined the army in 1945. That September he was sent to Japan.",
        "2014-02-19",
        [("1945", "1945"), ("That September", "1945-09")],
    ),
    (
        "In 1994, a similar accord fell apart. That Christmas, fighting resumed.",
        "2014-01-17",
        [("1994", "1994"), ("That Christmas", "1994-12-25")],
    ),
    (
        "In 2010 he said that Christmas was his favourite holiday.",
        "2014-01-17",
        [("2010", "2010"), ("Christmas", "2010-12-25")],
    ),
    (
        "In November 2009, Greece revealed its deficit. That winter, yields soared. The "
        "following spring, the EU stepped in.",
        "2012-03-19",
        [
            ("November 2009", "2009-11"),
            ("That winter", "2009-WI"),
            ("The following spring", "2010-SP"),
        ],
    ),
    (
        "During 2016 we received 40 complaints, most of them in January and February.",
        "2022-01-18",
        [("2016", "2016"), ("January", "2016-01"), ("February", "2016-02")],
    ),
    (
        "By 2030 we want every city bus to be electric, and in June we will order the first 50.",
        "2021-02-02",
        [("2030", "2030"), ("June", "2021-06")],
    ),
    (
        "Retailers opened early in 2008. Analysts warned that Thanksgiving sales could fall.",
        "2011-11-20",
        [("early in 2008", "2008"), ("Thanksgiving", "2011-11-24")],
    ),
    (
        "The strike began in 2003. Union leaders said that April they will return to talks.",
        "2019-11-11",
        [("2003", "2003"), ("April", "2020-04")],
    ),
    (
        "In January 2010 the river froze. That winter was brutal. The following spring, the "
        "floods came.",
        "2012-03-19",
        [
            ("January 2010", "2010-01"),
            ("That winter", "2009-WI"),
            ("The following spring", "2010-SP"),
        ],
    ),
    (
        "Last winter was the harshest in memory. The following spring brought floods.",
        "2014-06-01",
        [("Last winter", "2013-WI"), ("The following spring", "2014-SP")],
    ),
    (
        "The ministry told reporters on Tuesday that exports had risen from the previous month.",
        "2012-06-03",
        [("Tuesday", "2012-05-29"), ("the previous month", "2012-04")],
    ),
    (
        "The trial was adjourned, and the next witness on Tuesday told jurors what she saw.",
        "2019-01-30",
        [("Tuesday", "2019-01-29")],
    ),
    (
        "Under the March settlement with regulators, the bank paid $1.2 billion.",
        "2015-06-10",
        [("March", "2015-03")],
    ),
    (
        "The first weekend of December is traditionally the busiest for tree farms.",
        "2019-12-02",
        [("The first weekend of December", "XXXX-12")],
    ),
    (
        "Obama asked for $1.9 billion to fight Zika in February.",
        "2016-06-29",
        [("February", "2016-02")],
    ),
    (
        "A judge urged the department to process the emails by July 31.",
        "2015-12-31",
        [("July 31", "2015-07-31")],
    ),
    (
        "In 2005 it lost $1.6 billion and recently the company reported a decline in sales for "
        "the month of July.",
        "2006-08-19",
        [("2005", "2005"), ("recently", "PAST_REF"), ("the month of July", "2006-07")],
    ),
    ("He lived in the house for 60-odd years.", "2012-04-02", [("60-odd years", "P60Y")]),
    ("It was an odd year.", "2012-04-02", []),
    # possessives are left out of a duration, as TimeBank does
    (
        "Modi marked his first 100 days in office on Tuesday.",
        "2014-09-02",
        [("first 100 days", "P100D"), ("Tuesday", "2014-09-02")],
    ),
    ("She was tired during her final months in office.", "2014-09-02", [("final months", "PXM")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_news_beats(nlp, text: str, dct: str, expected: list[tuple[str, str]]):
    assert _found(nlp, text, dct) == expected
