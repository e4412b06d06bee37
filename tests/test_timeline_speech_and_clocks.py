"""Times as broadcasts, wires and quotations tell them: "the next half hour", "hours
ago", "two hours from now", "tonight at 9", "shortly after midnight Saturday", 24-hour
times with "hrs" and zone codes, ranges across midnight, quotations counted from the day
they were spoken ('"We vote tomorrow," he told parliament on Monday'), "spent the night",
a part of a day before "on" and a day, counts of fiscal and trading units, photo
captions, the Chinese new year, a part of a holiday ("Christmas morning"), the half of a
century, postposed "Monday last", "Monday week", habits and sets within a day, the age of a
truce, "multi-year", analysts' quarter codes ("1Q14"), results to be reported, decisions
dated after their object, meetings moved to a day, chronologies' entries, holidays urged
ahead, and the near misses each must leave alone.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "We will have full coverage of the vote in the next half hour.",
        "2012-11-07",
        [("the next half hour", "PT30M")],
    ),
    (
        "The president will make a statement within the next hour.",
        "2012-11-07",
        [("the next hour", "PT1H")],
    ),
    (
        "Crowds in Tahrir Square have been cheering for the past hour.",
        "2013-07-03",
        [("the past hour", "PT1H")],
    ),
    (
        "In the last hour, we have been able to project that Republicans will hold the House.",
        "2014-11-04",
        [("the last hour", "PT1H")],
    ),
    (
        "He was substituted in the first half-hour.",
        "2012-11-07",
        [("the first half-hour", "PT30M")],
    ),
    ("He attacked his rival in the last hour of the debate.", "2012-11-07", []),
    ("Clinton navigated a first hour dedicated to foreign policy.", "2015-11-16", []),
    ("Stocks fell in the next half.", "2012-11-07", [("the next half", "2013-H1")]),
    ("A massive earthquake struck just hours ago.", "2011-03-11", [("hours ago", "PTXH")]),
    (
        "Officials confirmed just minutes ago that a dozen people were killed.",
        "2012-03-02",
        [("minutes ago", "PTXM")],
    ),
    (
        "The first exit polls are due out at 7 p.m. local time, about an hour from now.",
        "2012-06-17",
        [("7 p.m. local time", "2012-06-17T19:00"), ("an hour from now", "2012-06-17")],
    ),
    (
        "The first polls close roughly two hours from now.",
        "2012-11-06",
        [("roughly two hours from now", "2012-11-06")],
    ),
    ("From now on, the polls are closed.", "2012-11-07", [("now", "PRESENT_REF")]),
    (
        "The president delivers his State of the Union address tonight at 9 o'clock Eastern.",
        "2010-01-27",
        [("tonight", "2010-01-27TNI"), ("9 o'clock Eastern", "2010-01-27T21:00")],
    ),
    (
        "The president delivers his address tonight at 9 before a joint session of Congress.",
        "2011-01-25",
        [("tonight", "2011-01-25TNI"), ("9", "2011-01-25T21:00")],
    ),
    (
        "They are expected to resume talks tomorrow morning at 10.",
        "2012-12-19",
        [("tomorrow morning", "2012-12-20TMO"), ("10", "2012-12-20T10:00")],
    ),
    (
        "He arrived Friday evening at 8 o'clock.",
        "2012-11-02",
        [("Friday evening", "2012-11-02TEV"), ("8 o'clock", "2012-11-02T20:00")],
    ),
    (
        "The celebration ends tonight at 12 with fireworks.",
        "1998-03-04",
        [("tonight", "1998-03-04TNI"), ("12", "1998-03-04T24:00")],
    ),
    (
        "Protesters gathered this evening at 10 Downing Street.",
        "1998-03-04",
        [("this evening", "1998-03-04TEV")],
    ),
    (
        "Power was restored this afternoon at 4 of the 6 plants.",
        "1998-03-04",
        [("this afternoon", "1998-03-04TAF")],
    ),
    (
        "The Lakers are favored tonight at 3 to 1 in Las Vegas.",
        "1998-03-04",
        [("tonight", "1998-03-04TNI")],
    ),
    (
        "Papandreou won a confidence vote shortly after midnight Saturday.",
        "2011-11-05",
        [("midnight Saturday", "2011-11-05T00:00")],
    ),
    (
        "The strike ends at midnight Saturday.",
        "2011-11-05",
        [("midnight Saturday", "2011-11-05T24:00")],
    ),
    (
        "The airspace will be closed from 2200 to 0600 GMT on Monday.",
        "2013-03-15",
        [("2200", "2013-03-17T22:00"), ("0600 GMT on Monday", "2013-03-18T06:00")],
    ),
    (
        "The blackout lasted from 2200 to 0600 GMT, the utility said.",
        "1999-06-18",
        [("2200", "1999-06-17T22:00"), ("0600 GMT", "1999-06-18T06:00")],
    ),
    (
        "The curfew will run from 1900-0500 local time on Saturday.",
        "2013-03-15",
        [("1900", "2013-03-15T19:00"), ("0500 local time on Saturday", "2013-03-16T05:00")],
    ),
    (
        "Polls open at 0900hrs and will close at 1700 hrs local time.",
        "2013-09-09",
        [("0900hrs", "2013-09-09T09:00"), ("1700 hrs local time", "2013-09-09T17:00")],
    ),
    ("The meeting starts at 17:00 hrs.", "2013-09-09", [("17:00 hrs", "2013-09-09T17:00")]),
    ("The quake struck at 1600 AEDT.", "2013-09-09", [("1600 AEDT", "2013-09-09T16:00")]),
    (
        "Troops will withdraw at 1700 hours Friday.",
        "1999-06-18",
        [("1700 hours Friday", "1999-06-18T17:00")],
    ),
    (
        "He worked 1700 hours last year.",
        "1999-06-18",
        [("1700 hours", "PT1700H"), ("last year", "1998")],
    ),
    (
        '"We will vote on the budget tomorrow," Finance Minister Evangelos Venizelos told parliament on Monday.',
        "2012-03-14",
        [("tomorrow", "2012-03-13"), ("Monday", "2012-03-12")],
    ),
    (
        '"Yesterday was the worst day of shelling," an activist told Reuters by telephone on Sunday.',
        "2012-03-14",
        [("Yesterday", "2012-03-10"), ("Sunday", "2012-03-11")],
    ),
    (
        'Prime Minister Recep Tayyip Erdogan said on Monday: "The protests will be over by tomorrow."',
        "2013-06-07",
        [("Monday", "2013-06-03"), ("tomorrow", "2013-06-04")],
    ),
    (
        'Vice President Omar Suleiman said on Saturday that a dialogue with opposition groups "will start today."',
        "2011-01-31",
        [("Saturday", "2011-01-29"), ("today", "2011-01-29")],
    ),
    (
        '"The ball is in the White House\'s court this week," Boehner told reporters last Friday.',
        "2012-12-03",
        [("this week", "2012-W48"), ("last Friday", "2012-11-30")],
    ),
    (
        '"The Senate will vote next week," Senate Majority Leader Harry Reid said in a statement on Saturday.',
        "2013-09-04",
        [("next week", "2013-W36"), ("Saturday", "2013-08-31")],
    ),
    ('"Tomorrow we leave," he said.', "2012-03-14", [("Tomorrow", "2012-03-15")]),
    (
        'Police said the eviction of the site would be completed "today."',
        "2011-10-19",
        [("today", "2011-10-19")],
    ),
    ('He said the deal would close "next year."', "2011-10-19", [("next year", "2012")]),
    ('The word "tomorrow" appears 14 times in the speech.', "2013-06-07", []),
    ('He appeared on NBC\'s "Today" show.', "2013-06-07", []),
    (
        "Democratic leaders spent the afternoon rounding up votes.",
        "2010-03-21",
        [("the afternoon", "2010-03-21TAF")],
    ),
    (
        "The Bulls spent the afternoon practicing at the Berto Center on Thursday, the team said.",
        "1998-02-13",
        [("the afternoon", "1998-02-12TAF"), ("Thursday", "1998-02-12")],
    ),
    (
        "Lincoln spent the night at the Willard Hotel before his inauguration in 1861.",
        "1998-02-13",
        [("1861", "1861")],
    ),
    ("The committee spent the evening's proceeds on scholarships.", "1998-02-13", []),
    ("She spent the night shift alone.", "1998-02-13", []),
    ("Rough sleepers can take shelter by spending the night in church.", "2014-02-03", []),
    (
        "The leaders arrived in Seoul on Wednesday. They met for dinner that evening and held formal talks the next day.",
        "2010-11-12",
        [
            ("Wednesday", "2010-11-10"),
            ("that evening", "2010-11-10TEV"),
            ("the next day", "2010-11-11"),
        ],
    ),
    (
        "Shares traded on Monday. Redemptions that day and for two days following were heavy.",
        "1998-02-13",
        [("Monday", "1998-02-09"), ("two days", "P2D")],
    ),
    (
        "Gunmen attacked a police station at mid-morning on Saturday.",
        "2011-11-07",
        [("mid-morning", "2011-11-05TMO"), ("Saturday", "2011-11-05")],
    ),
    (
        "The raid came late in the evening on Friday.",
        "2011-11-07",
        [("late in the evening", "2011-11-04TEV"), ("Friday", "2011-11-04")],
    ),
    (
        "He spoke this morning on Saturday's events.",
        "2011-11-07",
        [("this morning", "2011-11-07TMO"), ("Saturday", "2011-11-05")],
    ),
    (
        "Two explosions went off near the finish line of the Boston Marathon about 2:50 this afternoon.",
        "2013-04-15",
        [("about 2:50 this afternoon", "2013-04-15T14:50")],
    ),
    (
        "Tropical Storm Hermine is expected to weaken as it moves inland overnight.",
        "2010-09-07",
        [("overnight", "2010-09-07TNI")],
    ),
    ("Stocks rose overnight in Asia.", "2010-09-07", [("overnight", "2010-09-06TNI")]),
    (
        "The blast struck at about 4:30 p.m. on Monday. Medvedev said earlier tonight that the attack was terrorism.",
        "2011-01-25",
        [("about 4:30 p.m. on Monday", "2011-01-24T16:30"), ("earlier tonight", "2011-01-25TNI")],
    ),
    (
        "The agreement would set spending for the next two fiscal years.",
        "2013-12-11",
        [("the next two fiscal years", "P2Y")],
    ),
    (
        "The House has nine legislative days left before the recess.",
        "2013-12-11",
        [("nine legislative days", "P9D")],
    ),
    ("The cemetery operator changed from a fiscal year to a calendar year.", "1989-10-27", []),
    (
        "Kerry will travel to Israel later this week, his fifth visit to the region since taking office in February.",
        "2013-06-24",
        [("later this week", "2013-W26"), ("February", "2013-02")],
    ),
    (
        '"I spoke with the minister last night," the ambassador said on Tuesday.',
        "2014-03-13",
        [("last night", "2014-03-10TNI"), ("Tuesday", "2014-03-11")],
    ),
    (
        'The utility said Friday in a statement: "Crews restored power to 200,000 customers last night."',
        "2012-11-04",
        [("Friday", "2012-11-02"), ("last night", "2012-11-01TNI")],
    ),
    (
        "The ultimatum expires at 0900hrs on Saturday.",
        "1999-06-18",
        [("0900hrs on Saturday", "1999-06-19T09:00")],
    ),
    (
        "The blackout lasted from 2100 to 0300 EST, the utility said.",
        "1999-06-18",
        [("2100", "1999-06-17T21:00"), ("0300 EST", "1999-06-18T03:00")],
    ),
    (
        "Electricity is rationed between 1800 and 2200 local time.",
        "1999-06-18",
        [("1800", "1999-06-18T18:00"), ("2200 local time", "1999-06-18T22:00")],
    ),
    (
        "The symphony performs Friday evening at 8 o'clock at the civic center.",
        "1998-02-13",
        [("Friday evening", "1998-02-13TEV"), ("8 o'clock", "1998-02-13T20:00")],
    ),
    (
        "He woke at 9 o'clock in the morning.",
        "1998-02-13",
        [("9 o'clock in the morning", "1998-02-13T09:00")],
    ),
    (
        "Hundreds of millions of Chinese will travel home for the Chinese New Year.",
        "2014-01-20",
        [("Chinese New Year", "2014-01-31")],
    ),
    (
        "Shoppers thronged markets ahead of the Lunar New Year holiday.",
        "2014-01-20",
        [("Lunar New Year", "2014-01-31")],
    ),
    (
        "Chinese New Year in 2010 fell on Valentine's Day.",
        "2012-01-10",
        [("Chinese New Year", "2010-02-14"), ("2010", "2010"), ("Valentine's Day", "2011-02-14")],
    ),
    (
        "Christmas in 2010 fell on a Saturday.",
        "2012-01-10",
        [("Christmas", "2010-12-25"), ("2010", "2010"), ("Saturday", "XXXX-WXX-6")],
    ),
    ("Happy New Year, he said.", "2009-04-04", []),
    (
        'The film "Independence Day" was re-released on Friday.',
        "2013-07-03",
        [("Friday", "2013-06-28")],
    ),
    (
        "Shoppers lined up on Thanksgiving night.",
        "2012-11-23",
        [("Thanksgiving night", "2012-11-22TNI")],
    ),
    (
        "Children opened presents on Christmas morning.",
        "2012-11-23",
        [("Christmas morning", "2011-12-25TMO")],
    ),
    (
        "Serena Williams returns a shot to Maria Sharapova during the women's final of the French Open in Paris on Saturday. (AP Photo/Michel Euler)",
        "2013-06-09",
        [("Saturday", "2013-06-08")],
    ),
    (
        "Serena Williams plays Maria Sharapova in the final on Saturday.",
        "2013-06-09",
        [("Saturday", "2013-06-15")],
    ),
    (
        "Workers build the altar where Pope Francis celebrates Mass on Sunday. (AP Photo/Matt Rourke)",
        "2013-06-09",
        [("Sunday", "2013-06-09")],
    ),
    (
        "Pope Francis waves from his popemobile in Havana on Saturday. He travels to Washington on Tuesday. (AP Photo/Gregorio Borgia)",
        "2013-06-09",
        [("Saturday", "2013-06-08"), ("Tuesday", "2013-06-11")],
    ),
    (
        "Parking permits are available at City Hall on Wednesday (bring a photo ID).",
        "2016-03-14",
        [("Wednesday", "2016-03-16")],
    ),
    (
        "In this city, photo radar cameras go live on Monday, police said.",
        "2013-06-09",
        [("Monday", "2013-06-10")],
    ),
    (
        "In this Nov. 2013 photo, a South Korean ferry sails near Jindo island.",
        "2014-04-19",
        [("Nov. 2013", "2013-11")],
    ),
    (
        "In this Sunday, Sept. 16, 2012 photo, protesters march in Cairo.",
        "2012-09-18",
        [("Sunday, Sept. 16, 2012", "2012-09-16")],
    ),
    (
        "In this Dec. 30 photo, a man walks past the ferry terminal.",
        "2014-04-19",
        [("Dec. 30", "2013-12-30")],
    ),
    ("He will speak this May 5.", "2014-04-19", [("this May 5", "2014-05-05")]),
    ("We expect rain this March.", "2014-04-19", [("this March", "2014-03")]),
    (
        "Temperatures will rise faster in the second half of the century.",
        "2012-05-08",
        [("the second half of the century", "20")],
    ),
    (
        "In 1850 the town had 300 residents, but by the second half of the century it had become a busy rail hub.",
        "2010-03-03",
        [("1850", "1850"), ("the second half of the century", "18")],
    ),
    (
        "The Bulls won six titles in the 1990s, three of them in the second half of the decade.",
        "2014-04-04",
        [("the 1990s", "199"), ("the second half of the decade", "199")],
    ),
    ("He played in the second half of the game.", "2012-05-08", []),
    (
        "The plant will open at the start of the next decade.",
        "2014-01-06",
        [("the start of the next decade", "202")],
    ),
    (
        "In 1989, planners hoped to finish the subway extension by the start of the next decade.",
        "2010-05-05",
        [("1989", "1989"), ("the start of the next decade", "199")],
    ),
    ("Spending will fall over the next decade.", "2014-01-06", [("the next decade", "P10Y")]),
    (
        "Lawmakers returned to Washington on Thursday to try to head off the tax increases set to take effect on Jan. 1.",
        "2012-12-28",
        [("Thursday", "2012-12-27"), ("Jan. 1", "2013-01-01")],
    ),
    (
        "Profit in the first half of 2014 rose 10 percent from the same period a year earlier.",
        "2014-07-30",
        [("the first half of 2014", "2014-H1"), ("the same period a year earlier", "2013-H1")],
    ),
    (
        "In winter, temperatures in the region often drop below minus 30 degrees.",
        "2011-01-24",
        [("winter", "XXXX-WI")],
    ),
    (
        "He ran the marathon in about 2:50 this afternoon, well off his best time.",
        "2014-04-07",
        [("this afternoon", "2014-04-07TAF")],
    ),
    (
        "The suspects were arrested on Monday last near the railway station.",
        "2013-06-07",
        [("Monday last", "2013-06-03")],
    ),
    (
        "The Senate adjourned till Tuesday next to allow committees to work.",
        "2013-06-07",
        [("Tuesday next", "2013-06-11")],
    ),
    (
        "The panel will publish its findings on Monday week.",
        "2013-06-07",
        [("Monday week", "2013-06-17")],
    ),
    ("Police said Monday next steps were planned.", "2013-06-07", [("Monday", "2013-06-03")]),
    (
        "The hearing was fixed for 10 am on Wednesday next week.",
        "2014-02-10",
        [("10 am on Wednesday next week", "2014-02-19T10:00")],
    ),
    ("Trains run every half hour.", "2010-10-18", [("every half hour", "PT30M")]),
    (
        "The Heathrow Express runs every 15 minutes from 5:10 a.m. until 11:25 p.m.",
        "2010-10-18",
        [
            ("every 15 minutes", "PT15M"),
            ("5:10 a.m.", "XXXX-XX-XXT05:10"),
            ("11:25 p.m.", "XXXX-XX-XXT23:25"),
        ],
    ),
    (
        "Every half hour, a new band took the stage on Friday night.",
        "2016-05-20",
        [("Every half hour", "PT30M"), ("Friday night", "2016-05-20TNI")],
    ),
    ("He often travelled to Moscow in March.", "2011-01-24", [("March", "XXXX-03")]),
    (
        "The 10-day-old truce collapsed on Tuesday.",
        "2014-07-08",
        [("10-day-old", "P10D"), ("Tuesday", "2014-07-08")],
    ),
    (
        "The 45-year-old campaign manager resigned Wednesday.",
        "2014-07-08",
        [("Wednesday", "2014-07-02")],
    ),
    ("A 10-year-old boy was hurt.", "2014-07-08", []),
    (
        "The team agreed to a multi-year deal with the pitcher.",
        "2013-11-15",
        [("multi-year", "PXY")],
    ),
    ("The half-hour meeting began late.", "2013-11-15", [("half-hour", "PT30M")]),
    ("The years ahead will test the party.", "2013-02-20", [("The years ahead", "PXY")]),
    (
        "Over the following days, coalition talks collapsed.",
        "2012-06-15",
        [("the following days", "PXD")],
    ),
    ("He hoped to one day captain England.", "2012-03-14", []),
    (
        "Organizers shortened the festival from three days to one day because of the heat.",
        "2012-03-14",
        [("three days", "P3D"), ("one day", "P1D")],
    ),
    (
        "The rig exploded on the night of April 20, 2010. It burned for about 36 hours before sinking on April 22.",
        "2011-04-20",
        [("April 20, 2010", "2010-04-20"), ("about 36 hours", "PT36H"), ("April 22", "2010-04-22")],
    ),
    (
        "Leaders remembered the dead of 1914-1918 on Monday.",
        "2014-07-28",
        [("1914", "1914"), ("1918", "1918"), ("Monday", "2014-07-28")],
    ),
    (
        "Kennedy was shot on Friday. Oswald was arrested that afternoon in a movie theater.",
        "2013-11-22",
        [("Friday", "2013-11-22"), ("that afternoon", "2013-11-22TAF")],
    ),
    (
        "Moderate Republicans in the Tuesday Group urged Boehner on Monday to act.",
        "2011-07-26",
        [("Monday", "2011-07-25")],
    ),
    (
        "U.S. officials said Tuesday Coalition forces would hand over the base by June.",
        "2012-03-14",
        [("Tuesday", "2012-03-13"), ("June", "2012-06")],
    ),
    (
        "Output was flat in 1Q14 and is expected to pick up in 2Q14.",
        "2014-04-10",
        [("1Q14", "2014-Q1"), ("2Q14", "2014-Q2")],
    ),
    ("Earnings fell in Q3 and Q4.", "2014-04-10", [("Q3", "2013-Q3"), ("Q4", "2013-Q4")]),
    ("The Audi Q3 and Q5 sold well.", "2014-04-10", []),
    (
        "Rainfall was below average in June-August 2012.",
        "2013-07-10",
        [("June", "2012-06"), ("August 2012", "2012-08")],
    ),
    (
        "It will report fourth-quarter earnings after the market closes Thursday.",
        "2013-02-12",
        [("fourth-quarter", "2012-Q4"), ("Thursday", "2013-02-14")],
    ),
    (
        "It will report second-quarter earnings in July.",
        "2013-02-12",
        [("second-quarter", "2013-Q2"), ("July", "2013-07")],
    ),
    (
        "Microsoft agreed to buy Nokia's phone business for 5.44 billion euros on Tuesday.",
        "2013-09-04",
        [("Tuesday", "2013-09-03")],
    ),
    ("The leaders agreed to hold talks on Friday.", "2013-09-04", [("Friday", "2013-09-06")]),
    (
        "The board agreed to sell the building to the county on Friday, when the deal is expected to close.",
        "2013-09-04",
        [("Friday", "2013-09-06")],
    ),
    (
        "Divers resumed the search at dawn on Tuesday after rough seas forced them to suspend operations overnight.",
        "2012-01-10",
        [("Tuesday", "2012-01-10"), ("overnight", "2012-01-09TNI")],
    ),
    ("The council meeting has been moved to Tuesday.", "2014-05-21", [("Tuesday", "2014-05-27")]),
    (
        "The game, moved to Tuesday because of rain, ended 3-2.",
        "2013-01-16",
        [("Tuesday", "2013-01-15")],
    ),
    (
        "The company moved its headquarters to Houston on Monday.",
        "2013-01-16",
        [("Monday", "2013-01-14")],
    ),
    (
        "The council voted Monday to close the landfill Dec. 31.",
        "2013-03-08",
        [("Monday", "2013-03-04"), ("Dec. 31", "2013-12-31")],
    ),
    (
        "The ramp will be closed nightly through Friday.",
        "2012-10-17",
        [("nightly", "P1D"), ("Friday", "2012-10-19")],
    ),
    (
        "Meetings are held every Monday through Friday at noon.",
        "2010-12-08",
        [("every Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5"), ("noon", "XXXX-XX-XXT12:00")],
    ),
    ("The Q1 and Q2 buildings will house the new research labs.", "2014-01-15", []),
    (
        "Beijing has urged residents not to travel during the Lunar New Year.",
        "2022-01-28",
        [("Lunar New Year", "2022-02-01")],
    ),
    (
        "Police urged people to avoid large gatherings on New Year's Eve.",
        "2012-12-29",
        [("New Year's Eve", "2012-12-31")],
    ),
    (
        "The man was robbed on Christmas Day, police said.",
        "2012-12-29",
        [("Christmas Day", "2012-12-25")],
    ),
    (
        "Key dates in the Arab Spring:\nDec. 17, 2010 — A Tunisian fruit vendor sets himself on fire.\nJan. 14 — Ben Ali flees to Saudi Arabia.\nFeb. 11 — Mubarak resigns.",
        "2011-12-29",
        [("Dec. 17, 2010", "2010-12-17"), ("Jan. 14", "2011-01-14"), ("Feb. 11", "2011-02-11")],
    ),
    (
        "2012 in review:\nJan. 14 - Ben Ali flees.\nMarch 11: A quake strikes.",
        "2011-12-29",
        [("2012", "2012"), ("Jan. 14", "2012-01-14"), ("March 11", "2012-03-11")],
    ),
    (
        "Oct. 20, 2011 — Gadhafi is killed.\nAug. 23 — Rebels take Tripoli.\nFeb. 15 — Protests begin.",
        "2012-02-15",
        [("Oct. 20, 2011", "2011-10-20"), ("Aug. 23", "2011-08-23"), ("Feb. 15", "2011-02-15")],
    ),
    (
        "The library opened in 1962 and was expanded in 1998.\nMarch 4: Story time resumes at the main branch.",
        "2013-02-27",
        [("1962", "1962"), ("1998", "1998"), ("March 4", "2013-03-04")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_speech_and_clocks(nlp, text: str, dct: str, expected: list[tuple[str, str]]):
    assert _found(nlp, text, dct) == expected
