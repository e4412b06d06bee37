"""Clock times in words, far years, days of an ongoing event, counts back, sets, quoted
titles, company periods and tense cues: "at ten past ten", "at a quarter to four", "at
one minute past midnight on Wednesday" (not "voted ten to four", "from 5 to 8 p.m.", "by a
quarter to one third"); "until 2132." (not "The curfew lasts until 2130.", "rose by
2150"); "entered its third day Monday", "is now in its 37th day", "Day 100 of the
strike" (not "reached its 50th day last week", "the 30th day after the election", "the
strike's 28th day"); "two and a half years ago", "Half a century ago today", "100 years
ago this weekend", "Fifty years ago Tuesday" (the Tuesday nearest the DCT); "every Friday
and Saturday night", "every Thursday at 9 p.m."; "Wonder Woman 1984" (not "Black
Friday" sales, a title-case quotation); "VE Day, May 8, 1945,"; "the holiday quarter",
"June-quarter", "growth in H2", "the current business year", "the trailing 12 months",
"the back half of the year", "the Friday before Memorial Day", "the Tuesday after the first
Monday in November"; "premieres in January",
"worked through the night", "declared the outbreak over 42 days after".

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "Two hundred years ago today, Napoleon was defeated at Waterloo.",
        "2015-06-18",
        [("Two hundred years ago today", "1815-06-18")],
    ),
    ("The dispute has lasted five hundred years.", "2015-06-18", [("five hundred years", "P500Y")]),
    (
        "Columbia broke apart two and a half years ago.",
        "2005-07-26",
        [("two and a half years ago", "2003-01")],
    ),
    (
        "The plant closed a year and a half ago.",
        "2005-07-26",
        [("a year and a half ago", "2004-01")],
    ),
    ("The plant closed 2 1/2 years ago.", "2005-07-26", [("2 1/2 years ago", "2003-01")]),
    (
        "She left about a month and a half ago.",
        "2005-07-26",
        [("about a month and a half ago", "2005-06")],
    ),
    (
        "He has worked there for two and a half years.",
        "2005-07-26",
        [("two and a half years", "P2Y6M")],
    ),
    (
        "A year and a half earlier, the plant had closed.",
        "2005-07-26",
        [("A year and a half", "P1Y6M")],
    ),
    (
        "Half a century ago today, Martin Luther King Jr. spoke at the Lincoln Memorial.",
        "2013-08-28",
        [("Half a century ago today", "1963-08-28")],
    ),
    (
        "A century ago this week, Europe went to war.",
        "2014-07-30",
        [("A century ago this week", "1914-W31")],
    ),
    (
        "The Titanic sank 100 years ago this weekend.",
        "2012-04-12",
        [("100 years ago this weekend", "1912-W15-WE")],
    ),
    (
        "Fifty years ago Tuesday, Apollo 11 lifted off from Cape Kennedy.",
        "2019-07-15",
        [("Fifty years ago Tuesday", "1969-07-16")],
    ),
    (
        "Fifty years ago Saturday, Armstrong stepped onto the moon.",
        "2019-07-19",
        [("Fifty years ago Saturday", "1969-07-20")],
    ),
    (
        "She died Friday, one day short of her 100th birthday.",
        "2011-05-16",
        [("Friday", "2011-05-13"), ("one day", "P1D")],
    ),
    (
        "Parliament was dissolved at one minute past midnight on Wednesday.",
        "2019-11-06",
        [("one minute past midnight on Wednesday", "2019-11-06T00:01")],
    ),
    (
        "The meeting starts at a quarter past ten.",
        "2019-11-06",
        [("a quarter past ten", "2019-11-06T10:15")],
    ),
    (
        "The bomb went off at half past eleven.",
        "2019-11-06",
        [("half past eleven", "2019-11-06T11:30")],
    ),
    ("The train leaves at twenty to four.", "2019-11-06", [("twenty to four", "2019-11-06T15:40")]),
    ("Polls close at five to midnight.", "2019-11-06", [("five to midnight", "2019-11-06T23:55")]),
    ("The council voted ten to four against the plan.", "2019-11-06", []),
    (
        "A wake will be held from 5 to 8 p.m. tonight at the funeral home.",
        "2019-11-06",
        [("5", "2019-11-06T17:00"), ("8 p.m. tonight", "2019-11-06T20:00")],
    ),
    (
        "A funeral is set for 11 o'clock Thursday morning at the cathedral.",
        "2015-05-26",
        [("11 o'clock Thursday morning", "2015-05-28T11:00")],
    ),
    (
        "The next eclipse of comparable length will not occur until 2132.",
        "2009-07-22",
        [("2132", "2132")],
    ),
    ("Sea levels could rise a meter by 2150.", "2009-07-22", [("2150", "2150")]),
    ("The curfew lasts until 2130.", "2009-07-22", []),
    ("The curfew runs from 2100 to 0500.", "2009-07-22", []),
    ("The company employs 2150 people.", "2009-07-22", []),
    (
        "The Hundred Years War lasted from 1337 to 1453.",
        "2012-05-09",
        [("1337", "1337"), ("1453", "1453")],
    ),
    ("The index rose from 1200 to 1350.", "2012-05-09", []),
    (
        "The walkout by Amazon warehouse workers entered its second day on Wednesday.",
        "2021-03-10",
        [("second day", "2021-03-10"), ("Wednesday", "2021-03-10")],
    ),
    (
        "The government shutdown entered its third day Monday as senators neared a deal.",
        "2018-01-22",
        [("third day", "2018-01-22"), ("Monday", "2018-01-22")],
    ),
    (
        "The stand-off will enter its 100th day on Thursday, according to the protesters.",
        "1998-09-15",
        [("100th day", "1998-09-17"), ("Thursday", "1998-09-17")],
    ),
    (
        "The doctors' strike is now in its 37th day, with no end in sight.",
        "2006-03-07",
        [("now", "PRESENT_REF"), ("37th day", "2006-03-07")],
    ),
    (
        "The Bahraini activist is on the 26th day of a hunger strike.",
        "2012-03-05",
        [("the 26th day", "2012-03-05")],
    ),
    (
        "Day 100 of the strike at the coal mine passed on Wednesday without talks.",
        "2021-06-09",
        [("Day 100", "2021-06-09"), ("Wednesday", "2021-06-09")],
    ),
    (
        "The hunger striker, now on day 50, was force-fed on Friday.",
        "2013-11-22",
        [("now", "PRESENT_REF"), ("day 50", "2013-11-22"), ("Friday", "2013-11-22")],
    ),
    (
        "Bars will close early every Friday and Saturday night.",
        "2014-03-10",
        [("every Friday", "XXXX-WXX-5"), ("Saturday night", "XXXX-WXX-6TNI")],
    ),
    (
        "The clinic is open every Tuesday, Wednesday, and Friday.",
        "2014-03-10",
        [("every Tuesday", "XXXX-WXX-2"), ("Wednesday", "XXXX-WXX-3"), ("Friday", "XXXX-WXX-5")],
    ),
    (
        "He visited every Monday, and Tuesday he left for Paris.",
        "2014-03-10",
        [("every Monday", "XXXX-WXX-1"), ("Tuesday", "2014-03-04")],
    ),
    (
        "Protests were held every Friday and on Saturday the police moved in.",
        "2014-03-10",
        [("every Friday", "XXXX-WXX-5"), ("Saturday", "2014-03-08")],
    ),
    (
        "The program will air every Thursday at 9 p.m. beginning Oct. 30.",
        "2008-10-13",
        [("every Thursday at 9 p.m.", "XXXX-WXX-4T21:00"), ("Oct. 30", "2008-10-30")],
    ),
    (
        "The lean season, which usually runs from June to September, is expected to be particularly severe this year.",
        "2016-09-13",
        [("June", "XXXX-06"), ("September", "XXXX-09"), ("this year", "2016")],
    ),
    (
        "The film topped the box office this weekend, earning $44 million from Friday through Sunday.",
        "2014-03-31",
        [("this weekend", "2014-W13-WE"), ("Friday", "2014-03-28"), ("Sunday", "2014-03-30")],
    ),
    (
        '"Wonder Woman 1984" will hit theaters and HBO Max on Christmas Day.',
        "2020-12-21",
        [("Christmas Day", "2020-12-25")],
    ),
    ('"Christmas will be quiet," he said.', "2017-10-09", [("Christmas", "2017-12-25")]),
    ("The Summer of Love was 51 years ago.", "2018-06-25", [("51 years ago", "1967")]),
    ("Summer of 2016 was the hottest on record.", "2018-06-25", [("Summer of 2016", "2016-SU")]),
    ("Lent Begins Tomorrow", "2012-02-21", [("Lent", "2012-02-22"), ("Tomorrow", "2012-02-22")]),
    ("Tariq Ramadan Began His Lecture", "2012-07-19", []),
    (
        "Russia marked Victory Day on Wednesday with a parade on Red Square.",
        "2012-05-09",
        [("Wednesday", "2012-05-09")],
    ),
    (
        "Britain celebrated VE Day with a flypast over London.",
        "2015-05-08",
        [("VE Day", "2015-05-08")],
    ),
    (
        "The 1990s sitcom star, 58, had been battling cancer since last summer.",
        "2019-05-06",
        [("1990s", "199"), ("last summer", "2018-SU")],
    ),
    ("The 1990s saw a boom in tech stocks.", "2019-05-06", [("The 1990s", "199")]),
    (
        "Alcoa expects second-quarter earnings of 50 cents a share.",
        "2010-07-10",
        [("second-quarter", "2010-Q2")],
    ),
    (
        "Apple forecast sales of $89 billion to $93 billion for the holiday quarter.",
        "2018-11-01",
        [("the holiday quarter", "2018-Q4")],
    ),
    (
        "Apple said June-quarter revenue rose 1 percent.",
        "2019-07-30",
        [("June-quarter", "2019-Q2")],
    ),
    (
        "Toshiba expects to return to profit in the current business year.",
        "2000-04-27",
        [("the current business year", "2000")],
    ),
    (
        "Shares of the company have fallen 15 percent in the trailing 12 months.",
        "2004-04-29",
        [("the trailing 12 months", "P12M")],
    ),
    ("The company said it expects growth in H2.", "2018-03-08", [("H2", "2018-H2")]),
    ("Sales rose 5 percent in 2H 2017.", "2018-03-08", [("2H 2017", "2017-H2")]),
    ("The firm sells H2 fuel cells.", "2018-03-08", []),
    (
        "Season three premieres in January, Netflix said Thursday.",
        "2018-07-12",
        [("January", "2019-01"), ("Thursday", "2018-07-12")],
    ),
    ("The exhibition closes in March.", "2018-07-12", [("March", "2019-03")]),
    (
        "Rescuers worked through the night after the quake.",
        "2016-08-25",
        [("the night", "2016-08-24TNI")],
    ),
    ("Rescuers will work through the night.", "2016-08-25", [("the night", "2016-08-25TNI")]),
    (
        "The Ministry of Health declared the outbreak over 42 days after the last patient tested negative.",
        "2018-05-21",
        [("42 days", "P42D")],
    ),
    ("Officials declared a curfew for over two weeks.", "2018-05-21", [("over two weeks", "P2W")]),
    (
        "Voting ended shortly after ten past eight in the evening.",
        "2007-03-15",
        [("ten past eight in the evening", "2007-03-15T20:10")],
    ),
    ("The number of registered voters rose by 2150, officials said.", "2019-11-19", []),
    ("Costs could be cut by a quarter to one third, the report said.", "2016-01-19", []),
    (
        "Polling stations closed at ten past eight p.m. on Sunday.",
        "2016-05-09",
        [("ten past eight p.m. on Sunday", "2016-05-08T20:10")],
    ),
    (
        "The gunman was last seen around twenty past five on Monday, police said.",
        "2012-02-15",
        [("around twenty past five on Monday", "2012-02-13T17:20")],
    ),
    (
        "President Biden marked his 100th day in office on Thursday with a speech to Congress.",
        "2021-04-30",
        [("100th day", "2021-04-29"), ("Thursday", "2021-04-29")],
    ),
    ("The deadline is the 30th day after the election results are certified.", "2002-07-03", []),
    (
        "The strike reached its 50th day last week, the union said.",
        "2013-04-10",
        [("last week", "2013-W14")],
    ),
    (
        "On Monday, the siege entered its fifth day, officials said.",
        "2005-12-07",
        [("Monday", "2005-12-05"), ("fifth day", "2005-12-05")],
    ),
    (
        "Tuesday marked the 100th day of the protests in the capital.",
        "2020-10-21",
        [("Tuesday", "2020-10-20"), ("the 100th day", "2020-10-20")],
    ),
    (
        "The walkout entered its fifth day of a strike that began Monday.",
        "2016-06-15",
        [("fifth day", "2016-06-15"), ("Monday", "2016-06-13")],
    ),
    (
        "On the strike's 28th day, in the summer of 2001, police moved in.",
        "2009-04-08",
        [("the summer of 2001", "2001-SU")],
    ),
    (
        '"It\'s the 20th day of this nightmare," said one stranded passenger in 2009.',
        "2013-12-04",
        [("2009", "2009")],
    ),
    (
        "The strike enters its 10th day on Monday, and the union says more walkouts are planned.",
        "2012-03-10",
        [("10th day", "2012-03-12"), ("Monday", "2012-03-12")],
    ),
    (
        "The vigil marks its 200th day on Friday with a march to the ministry.",
        "2013-05-09",
        [("200th day", "2013-05-10"), ("Friday", "2013-05-10")],
    ),
    (
        "The shop closes on Fridays and Saturday's sale was cancelled after the flood.",
        "2013-12-02",
        [("Fridays", "XXXX-WXX-5"), ("Saturday", "2013-11-30")],
    ),
    (
        "The sale runs from last Friday through Sunday at all branches.",
        "2017-10-04",
        [("last Friday", "2017-09-29"), ("Sunday", "2017-10-08")],
    ),
    (
        'Retailers said "Black Friday" sales would begin on Thanksgiving evening this year.',
        "2014-11-25",
        [
            ("Black Friday", "2014-11-28"),
            ("Thanksgiving evening", "2014-11-27TEV"),
            ("this year", "2014"),
        ],
    ),
    (
        "The horse Victory Day won the third race at Aqueduct on Thursday.",
        "2017-11-10",
        [("Thursday", "2017-11-09")],
    ),
    ('"We Will Be Back In 2017," The Band Said In A Statement.', "2016-06-01", [("2017", "2017")]),
    (
        "VE Day, May 8, 1945, ended the war in Europe.",
        "2021-05-08",
        [("VE Day", "1945-05-08"), ("May 8, 1945", "1945-05-08")],
    ),
    (
        "The company sees its second-quarter results as a turning point in the turnaround.",
        "2012-11-20",
        [("second-quarter", "2012-Q2")],
    ),
    (
        "The report predicts that growth, which slowed in the first quarter, will recover.",
        "2015-09-01",
        [("the first quarter", "2015-Q1")],
    ),
    (
        "Economists' forecasts of third-quarter growth, which proved too low, were revised up on Tuesday.",
        "2016-12-01",
        [("third-quarter", "2016-Q3"), ("Tuesday", "2016-11-29")],
    ),
    (
        "Oracle will report fiscal first-quarter results on Sept. 20.",
        "2010-09-10",
        [("fiscal first-quarter", "2010-Q1"), ("Sept. 20", "2010-09-20")],
    ),
    (
        "The incumbent is trailing 12 months after the scandal broke, a new poll shows.",
        "2017-09-12",
        [("12 months", "P12M")],
    ),
    (
        "A fire broke out in H2, a dormitory block at the prison, on Tuesday night.",
        "2016-02-18",
        [("Tuesday night", "2016-02-16TNI")],
    ),
    (
        "Its premieres in January drew record audiences for the cable channel.",
        "2018-03-05",
        [("January", "2018-01")],
    ),
    (
        "Several premieres in March were postponed because of the pandemic.",
        "2020-05-11",
        [("March", "2020-03")],
    ),
    (
        "Three of the bidders missed the deadline of Friday and were disqualified.",
        "2010-03-16",
        [("Friday", "2010-03-12")],
    ),
    (
        "The victim was pronounced dead over an hour after the shooting, police said.",
        "2011-09-07",
        [("over an hour", "PT1H")],
    ),
    (
        "The court declared the law void over 30 years after it was passed.",
        "2016-10-04",
        [("over 30 years", "P30Y")],
    ),
    (
        "Taiwan was declared free of SARS over 20 days after its last reported case.",
        "2003-07-06",
        [("over 20 days", "P20D")],
    ),
    (
        "The flight landed around twenty to eleven at night, the airline said.",
        "2018-09-03",
        [("around twenty to eleven at night", "2018-09-03T22:40")],
    ),
    ("United led by two to one at half-time.", "2013-03-30", []),
    ("The motion was carried by twenty to four, with two abstentions.", "2001-07-14", []),
    ("The company cut its workforce by 2300, the union said.", "2014-09-09", []),
    (
        "They dined at Twenty Past Eight, a bistro in Soho, on Friday.",
        "2017-10-10",
        [("Friday", "2017-10-06")],
    ),
    (
        "The bar is open from eight to midnight on weekends.",
        "2015-05-05",
        [("midnight", "XXXX-XX-XXT24:00"), ("weekends", "XXXX-WXX-WE")],
    ),
    (
        "Day 2 of the conference will focus on cybersecurity, organizers said in a statement.",
        "2018-01-23",
        [],
    ),
    (
        "In 1933, Roosevelt marked his 100th day in office by signing the last of his emergency bills.",
        "2021-04-28",
        [("1933", "1933")],
    ),
    (
        "Christmas is the 25th day of December, and shops will be closed.",
        "2014-12-24",
        [("Christmas", "2014-12-25"), ("December", "2014-12")],
    ),
    (
        "The race's final mountain stage is on day 20, the day before the finish in Paris.",
        "2019-07-12",
        [("the day", "2019-07-11")],
    ),
    (
        "Monday is the first day of school for 50,000 students in the district.",
        "2015-08-30",
        [("Monday", "2015-08-31")],
    ),
    (
        "Play resumes Saturday, which is the third day of the tournament.",
        "2014-06-13",
        [("Saturday", "2014-06-14")],
    ),
    (
        "Next Monday is the 50th day of the strike, union leaders said.",
        "2019-03-11",
        [("Next Monday", "2019-03-18"), ("the 50th day", "2019-03-18")],
    ),
    (
        "When the strike enters its 100th day, the union plans a march on the capital.",
        "2017-10-30",
        [],
    ),
    (
        "The search for survivors marks its sixth day today, with rescuers still digging by hand.",
        "2017-09-25",
        [("sixth day", "2017-09-25"), ("today", "2017-09-25")],
    ),
    (
        "It's day 21 of the war, and Baghdad has fallen to American troops.",
        "2003-04-09",
        [("day 21", "2003-04-09")],
    ),
    (
        "The allied air strikes on Libya entered a third day on Monday.",
        "2011-03-21",
        [("third day", "2011-03-21"), ("Monday", "2011-03-21")],
    ),
    (
        "The Chicago teachers' strike stretched into its fifth day Friday, keeping 350,000 children out of class.",
        "2012-09-14",
        [("fifth day", "2012-09-14"), ("Friday", "2012-09-14")],
    ),
    (
        "The protests, in their 14th day, have spread from Lower Manhattan to other cities.",
        "2011-09-30",
        [("14th day", "2011-09-30")],
    ),
    (
        "The club is open late on Fridays and this Saturday it will host a charity concert.",
        "2012-06-05",
        [("Fridays", "XXXX-WXX-5"), ("this Saturday", "2012-06-09")],
    ),
    (
        "The museum has been closed every Monday and last Tuesday it shut for repairs as well.",
        "2012-06-05",
        [("every Monday", "XXXX-WXX-1"), ("last Tuesday", "2012-05-29")],
    ),
    (
        "On Thanksgiving Day, Nov. 28, 1963, the nation was still in mourning.",
        "2013-11-27",
        [("Thanksgiving Day", "1963-11-28"), ("Nov. 28, 1963", "1963-11-28")],
    ),
    (
        "Analyst forecasts for the third quarter proved too optimistic, the survey showed.",
        "2012-12-10",
        [("the third quarter", "2012-Q3")],
    ),
    (
        "Infrastructure projects in the first quarter rose 8 percent from a year earlier.",
        "2009-09-14",
        [("the first quarter", "2009-Q1"), ("a year earlier", "2008-Q1")],
    ),
    (
        "The ministry projects that output, which fell in the second quarter, will recover next year.",
        "2013-10-15",
        [("the second quarter", "2013-Q2"), ("next year", "2014")],
    ),
    (
        "Its forecasts for the second quarter turned out to be far too rosy.",
        "2014-11-12",
        [("the second quarter", "2014-Q2")],
    ),
    (
        "Housing projects in the first quarter accounted for half of new bank lending.",
        "2019-09-25",
        [("the first quarter", "2019-Q1")],
    ),
    (
        "Netflix premieres in January included three foreign-language dramas.",
        "2019-03-12",
        [("January", "2019-01")],
    ),
    (
        "Two premieres in February attracted record audiences for the network.",
        "2017-06-15",
        [("February", "2017-02")],
    ),
    (
        "Demand for H2 from steelmakers could grow 20 percent a year, the report said.",
        "2021-03-15",
        [],
    ),
    (
        "The movie opens in 3,900 theaters on the Friday before Memorial Day.",
        "2011-05-09",
        [("Friday", "2011-05-27"), ("Memorial Day", "2011-05-30")],
    ),
    (
        "The store closes the Monday after Thanksgiving.",
        "2011-05-09",
        [("Monday", "2011-11-28"), ("Thanksgiving", "2011-11-24")],
    ),
    (
        "The retailer said sales for the back half of the year would be weaker.",
        "2003-08-14",
        [("the back half of the year", "2003-H2")],
    ),
    ("He batted in the back half of the lineup.", "2003-08-14", []),
    (
        "Christmas Day, Dec. 25, 1914, brought a truce on the Western Front.",
        "2021-05-08",
        [("Christmas Day", "1914-12-25"), ("Dec. 25, 1914", "1914-12-25")],
    ),
    (
        "Two days later, on the fifth day of the siege, the rebels surrendered.",
        "2004-04-21",
        [("Two days", "P2D")],
    ),
    (
        "Sept. 5 is the first day of school in the district.",
        "2006-10-11",
        [("Sept. 5", "2006-09-05")],
    ),
    (
        'Today is the 10th day of "Operation Iraqi Freedom," officials said.',
        "2003-03-30",
        [("Today", "2003-03-30"), ("the 10th day", "2003-03-30")],
    ),
    (
        "Last Friday, the dockers' strike entered its 20th day.",
        "2010-06-04",
        [("Last Friday", "2010-05-28"), ("20th day", "2010-05-28")],
    ),
    (
        "The talks, which opened on Monday, are in their third day.",
        "2014-07-22",
        [("Monday", "2014-07-21"), ("third day", "2014-07-22")],
    ),
    (
        "Most patients are in their third day of antibiotics before symptoms ease, doctors say.",
        "2017-09-19",
        [],
    ),
    ("The leaders' meeting is on the third day of the summit, organisers said.", "2019-02-27", []),
    ("By the time the protest reached its 30th day, membership had doubled.", "2008-12-10", []),
    (
        "Today is the 10th day of the fuel tanker drivers' strike, and many petrol stations are dry.",
        "2017-10-04",
        [("Today", "2017-10-04"), ("the 10th day", "2017-10-04")],
    ),
    (
        "It is the fifth day of the march from the coast, and many walkers have blistered feet.",
        "2010-03-15",
        [("the fifth day", "2010-03-15")],
    ),
    (
        "It is the third day of the strike, the longest since 1998.",
        "2012-12-04",
        [("the third day", "2012-12-04"), ("1998", "1998")],
    ),
    ("Strike enters day 12 as talks stall.", "2000-10-26", [("day 12", "2000-10-26")]),
    (
        "Ashura marks the tenth day of Muharram in the Islamic calendar.",
        "2015-09-14",
        [("Ashura", "2015-10-23")],
    ),
    (
        "The tremor was felt at five past twelve at night across much of the region.",
        "2002-09-30",
        [("five past twelve at night", "2002-09-30T00:05")],
    ),
    (
        "Counting should be finished by a quarter to four in the morning, officials said.",
        "2014-09-19",
        [("a quarter to four in the morning", "2014-09-19T03:45")],
    ),
    (
        "The procedure takes about 30 minutes to two hours, depending on the patient.",
        "2020-09-08",
        [("about 30 minutes", "PT30M"), ("two hours", "PT2H")],
    ),
    (
        "Flights were delayed for 20 minutes to two hours because of the fog.",
        "2006-04-04",
        [("20 minutes", "PT20M"), ("two hours", "PT2H")],
    ),
    ("Experts put the chances of success at twenty to one at best.", "2014-01-15", []),
    (
        "Queues stretched around the block from twenty to nine until the polls closed.",
        "2020-11-03",
        [("twenty to nine", "2020-11-03T08:40")],
    ),
    ("Applications for H1 visas rose 10 percent, the agency said.", "2017-02-22", []),
    (
        "The Business Year, a Madrid-based publisher, released its Qatar edition on Monday.",
        "2019-03-21",
        [("Monday", "2019-03-18")],
    ),
    (
        "The courts will be closed Christmas Eve, Christmas Day, Dec. 26, 2012, and New Year's Day.",
        "2012-12-15",
        [
            ("Christmas Eve", "2012-12-24"),
            ("Christmas Day", "2012-12-25"),
            ("Dec. 26, 2012", "2012-12-26"),
            ("New Year's Day", "2013-01-01"),
        ],
    ),
    (
        "The store will be closed on Christmas, Dec. 24, 2018, and Jan. 1, 2019.",
        "2018-12-01",
        [
            ("Christmas", "2018-12-25"),
            ("Dec. 24, 2018", "2018-12-24"),
            ("Jan. 1, 2019", "2019-01-01"),
        ],
    ),
    (
        "The deadline moved from Halloween, Oct. 15, 2008, to the end of the month.",
        "2008-11-05",
        [
            ("Halloween", "2008-10-31"),
            ("Oct. 15, 2008", "2008-10-15"),
            ("the end of the month", "2008-10"),
        ],
    ),
    ("Lent Starts at Quarterback as Smith Sits With Concussion", "2016-10-02", []),
    ("Ramadan Ends Scoring Drought as Stoke Beat Watford", "2017-01-20", []),
    (
        "The parade is on the Saturday before the Fourth of July.",
        "2016-06-20",
        [("Saturday", "2016-07-02"), ("the Fourth of July", "2016-07-04")],
    ),
    (
        "He was born on the Sunday after Christmas in 1962.",
        "2016-06-20",
        [("Sunday", "1962-12-30"), ("Christmas", "1962-12-25"), ("1962", "1962")],
    ),
    (
        "The vote is the Tuesday after the first Monday in November.",
        "2016-06-20",
        [("Tuesday", "2016-11-08"), ("the first Monday in November", "2016-11-07")],
    ),
    (
        "He left the Friday before March 3.",
        "2016-06-20",
        [("Friday", "2016-02-26"), ("March 3", "2016-03-03")],
    ),
    (
        "The Monday before Tuesday's vote was quiet.",
        "2016-06-20",
        [("Monday", "2016-06-20"), ("Tuesday", "2016-06-21")],
    ),
    (
        "The Sunday after the June 5 election, he resigned.",
        "2016-06-20",
        [("Sunday", "2016-06-12"), ("June 5", "2016-06-05")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_clocks_event_days_counts_back_titles_and_periods(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
