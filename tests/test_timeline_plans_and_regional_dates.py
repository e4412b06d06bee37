"""Times as plans, schedules and other Englishes tell them: a present the tagger misreads
as a noun ("The Bulldogs (12-3) travel/NN to Ames on Tuesday"), a name's plural present
("Chelsea travel to Madrid on Thursday"), "are closed Monday"; "with" and a subject
sharing a timetable's time; overtaken plans ("which had been planned for Sunday, would be
moved"), "as planned on Sunday" ahead, moves to a day; events awaited or prepared for;
the first or last day of a month or year, "the 23rd of this month", a bare "on the 14th",
"Tuesday, the 8th"; British counts ("a week today", "a week on Thursday"); years BC and
before 1000; "every four to six hours"; "phased in over five years"; "its next two-day
meeting"; "the end of the third quarter"; "the last week before the election"; "the
present", "the medium term"; a caption opened or closed by a photographer's credit; a
short range whose years crossed ("between Christmas Eve and 2 January"); "until a hearing
in January"; "the rest of the weekend" on a Friday; a month in the year of the event told
before it in the same sentence ("arrested in January 1976 and released in June"); "will
leave office in January" said in March; "if they beat England on Saturday"; two joined
names' fixture; derbies and grands prix; and the near misses each must leave alone.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "The Bulldogs (18-9) travel to Ames on Tuesday for their season finale.",
        "2012-03-05",
        [("Tuesday", "2012-03-06")],
    ),
    (
        "The Knicks host the Heat on Thursday night and visit Boston on Saturday.",
        "2014-04-22",
        [("Thursday night", "2014-04-24TNI"), ("Saturday", "2014-04-26")],
    ),
    ("The London Olympics open on Friday.", "2012-07-25", [("Friday", "2012-07-27")]),
    (
        "Polling stations close at 2 p.m. on Saturday.",
        "2013-10-25",
        [("2 p.m. on Saturday", "2013-10-26T14:00")],
    ),
    (
        "Markets in Tokyo are closed Monday for a national holiday.",
        "2014-02-21",
        [("Monday", "2014-02-24")],
    ),
    ("The museum was closed Monday for repairs.", "2014-02-21", [("Monday", "2014-02-17")]),
    (
        "Chelsea travel to Madrid on Thursday for the second leg.",
        "2014-04-22",
        [("Thursday", "2014-04-24")],
    ),
    (
        "Pakistanis go to the polls on Saturday to elect a new assembly.",
        "2013-05-09",
        [("Saturday", "2013-05-11")],
    ),
    (
        "The Seahawks visit the 49ers on Monday night.",
        "2016-03-09",
        [("Monday night", "2016-03-14TNI")],
    ),
    ("Apple cut prices on Thursday.", "2014-04-22", [("Thursday", "2014-04-17")]),
    ("Weakness hurt the index on Monday.", "2014-04-22", [("Monday", "2014-04-21")]),
    (
        "Sanders jabbed at Clinton on that same topic on Sunday.",
        "2016-04-11",
        [("Sunday", "2016-04-10")],
    ),
    (
        "Clinton’s wins Tuesday in Maryland and Pennsylvania solidify her argument.",
        "2016-04-28",
        [("Tuesday", "2016-04-26")],
    ),
    (
        "The draw takes place on Thursday, with the first round starting on Monday.",
        "2012-07-17",
        [("Thursday", "2012-07-19"), ("Monday", "2012-07-23")],
    ),
    (
        "Tensions remain high, with protesters clashing with police on Monday.",
        "2016-03-09",
        [("Monday", "2016-03-07")],
    ),
    (
        "Obama is under fire, with Senator John McCain telling reporters on Thursday he viewed him as responsible.",
        "2016-06-17",
        [("Thursday", "2016-06-16")],
    ),
    (
        "The ceremony, which had been planned for Sunday, would be moved to Monday so that all 33 men could attend.",
        "2010-10-15",
        [("Sunday", "2010-10-17"), ("Monday", "2010-10-18")],
    ),
    (
        "The euro zone summit, which had been set for Wednesday, may be delayed again.",
        "2011-10-24",
        [("Wednesday", "2011-10-26")],
    ),
    (
        "The New York City Marathon, which was to have been held on Sunday, was canceled on Friday evening.",
        "2012-11-03",
        [("Sunday", "2012-11-04"), ("Friday evening", "2012-11-02TEV")],
    ),
    (
        "The rally that had been planned for Sunday took place without incident.",
        "1998-03-12",
        [("Sunday", "1998-03-08")],
    ),
    (
        "The Rangers had been expected to win on Monday but lost 4-1 to Boston.",
        "1998-03-13",
        [("Monday", "1998-03-09")],
    ),
    (
        "The referendum will go ahead as planned on Sunday, officials said Tuesday.",
        "2011-01-04",
        [("Sunday", "2011-01-09"), ("Tuesday", "2011-01-04")],
    ),
    ("The summit is going ahead as planned on Tuesday.", "1998-03-13", [("Tuesday", "1998-03-17")]),
    ("The march went ahead as planned on Sunday.", "1998-03-16", [("Sunday", "1998-03-15")]),
    (
        "The foreign ministers moved up their meeting on Syria to Wednesday, diplomats said on Tuesday.",
        "2013-06-18",
        [("Wednesday", "2013-06-19"), ("Tuesday", "2013-06-18")],
    ),
    ("The talks were put off until Sunday.", "2010-05-08", [("Sunday", "2010-05-09")]),
    (
        "The game, moved to Tuesday because of rain, ended 3-2.",
        "1998-03-13",
        [("Tuesday", "1998-03-10")],
    ),
    (
        "Crimea's leaders pressed ahead on Friday with preparations for Sunday's referendum.",
        "2014-03-14",
        [("Friday", "2014-03-14"), ("Sunday", "2014-03-16")],
    ),
    (
        "With two days to go before Thursday's general election, Gordon Brown toured marginal seats on Tuesday.",
        "2010-05-04",
        [("two days", "P2D"), ("Thursday", "2010-05-06"), ("Tuesday", "2010-05-04")],
    ),
    (
        "With mixed results on Tuesday night, the party is split.",
        "2010-05-04",
        [("Tuesday night", "2010-05-04TNI")],
    ),
    (
        "City officials decided Friday to delay Saturday's parade by two hours because of rain.",
        "2024-03-17",
        [("Friday", "2024-03-15"), ("Saturday", "2024-03-16"), ("two hours", "PT2H")],
    ),
    (
        "Organizers delayed the start of Saturday's final round by three hours.",
        "2012-09-22",
        [("Saturday", "2012-09-22"), ("three hours", "PT3H")],
    ),
    (
        "The new rules take effect on the first day of next month.",
        "2010-03-31",
        [("the first day of next month", "2010-04-01")],
    ),
    (
        "The rules expire on the last day of the year.",
        "2010-03-31",
        [("the last day of the year", "2010-12-31")],
    ),
    (
        "It took effect on the last day of February.",
        "2012-03-14",
        [("the last day of February", "2012-02-29")],
    ),
    (
        "The court adjourned the hearing to the 23rd of this month.",
        "2014-06-10",
        [("the 23rd of this month", "2014-06-23")],
    ),
    (
        "The court will deliver its judgment on the 10th of next month.",
        "2014-06-10",
        [("the 10th of next month", "2014-07-10")],
    ),
    (
        "Rent is due on the 1st of the month.",
        "2023-03-08",
        [("the 1st of the month", "XXXX-XX-01")],
    ),
    (
        "The Supreme Court will hear the petition on the 14th, a bench said.",
        "2014-06-10",
        [("the 14th", "2014-06-14")],
    ),
    ("He will appear in court on the 4th.", "2014-06-10", [("the 4th", "2014-07-04")]),
    (
        "The warehouse fire broke out on the 30th and burned for two days.",
        "2024-01-03",
        [("the 30th", "2023-12-30"), ("two days", "P2D")],
    ),
    (
        "Voters went to the polls on Tuesday, the 8th.",
        "2022-11-16",
        [("Tuesday, the 8th", "2022-11-08")],
    ),
    ("Woods bogeyed on the 17th.", "2014-06-10", []),
    (
        "The fair ran on the 4th, 5th and 6th of May.",
        "2014-06-10",
        [("the 4th", "2014-05-04"), ("5th", "2014-05-05"), ("6th of May", "2014-05-06")],
    ),
    ("His office is on the 14th floor.", "2014-06-10", []),
    (
        "The government will hand down its response a week today.",
        "2014-06-10",
        [("a week today", "2014-06-17")],
    ),
    (
        "Senators will vote on the bills a week on Thursday.",
        "2014-06-10",
        [("a week on Thursday", "2014-06-19")],
    ),
    (
        "The jet was shot down a week ago yesterday.",
        "2014-07-25",
        [("a week ago yesterday", "2014-07-17")],
    ),
    (
        "The couple spent a week on Thursday Island.",
        "2023-03-08",
        [("a week", "P1W"), ("Thursday", "2023-03-02")],
    ),
    (
        "Modern humans reached Europe about 45,000 years ago.",
        "2012-05-30",
        [("about 45,000 years ago", "BC42989")],
    ),
    (
        "The dinosaurs died out about 66 million years ago.",
        "2011-04-05",
        [("about 66 million years ago", "BC65997990")],
    ),
    ("The tablets were carved 1,500 years ago.", "2012-05-30", [("1,500 years ago", "0512")]),
    (
        "Temperatures over the past 400,000 years varied widely.",
        "2012-05-30",
        [("the past 400,000 years", "P400000Y")],
    ),
    (
        "He said the painting, bought for $5 million years ago, is now worth ten times as much.",
        "2012-06-14",
        [("years ago", "PXY"), ("now", "PRESENT_REF")],
    ),
    (
        "Take one tablet every four to six hours.",
        "2010-11-04",
        [("every four to six hours", "PTXH")],
    ),
    (
        "The expansion of Medicaid will be phased in over five years.",
        "2010-03-23",
        [("five years", "P5Y")],
    ),
    ("He has not won in over six years.", "2010-03-23", [("over six years", "P6Y")]),
    (
        "The Fed is scheduled to hold its next two-day policy meeting on Tuesday and Wednesday.",
        "2013-04-25",
        [("two-day", "P2D"), ("Tuesday", "2013-04-30"), ("Wednesday", "2013-05-01")],
    ),
    (
        "Rates will stay low over the next 12-month period.",
        "2013-04-25",
        [("the next 12-month", "P12M")],
    ),
    (
        "The offer runs until the end of the third quarter of 2012.",
        "2011-12-23",
        [("the end of the third quarter of 2012", "2012-Q3")],
    ),
    (
        "Turnout was heavy in the last week before the election.",
        "2012-05-07",
        [("the last week", "P1W")],
    ),
    (
        "From 1991 to the present, the region has been governed by a single party.",
        "2012-03-07",
        [("1991", "1991"), ("the present", "PRESENT_REF")],
    ),
    ("The present government is weak.", "2012-03-07", []),
    (
        "The government wants to reduce the deficit over the medium term.",
        "2012-04-04",
        [("the medium term", "FUTURE_REF")],
    ),
    (
        "A third meeting takes place this evening. Staff photo by Jane Doe Graham Smith, left, and Frank Leone talk about proposed changes to the highway during a meeting Wednesday afternoon.",
        "2009-03-27",
        [("this evening", "2009-03-27TEV"), ("Wednesday afternoon", "2009-03-25TAF")],
    ),
    ("The Bulldogs (12-3) travel to Ames on Tuesday.", "2016-03-09", [("Tuesday", "2016-03-15")]),
    (
        "Early voting sites open at 7 a.m. Monday.",
        "2019-11-20",
        [("7 a.m. Monday", "2019-11-25T07:00")],
    ),
    (
        "City offices and libraries are closed Monday for Columbus Day.",
        "2015-10-07",
        [("Monday", "2015-10-12"), ("Columbus Day", "2015-10-12")],
    ),
    ("The bridge is closed Tuesday for repairs.", "2016-03-09", [("Tuesday", "2016-03-15")]),
    ("Chelsea travel to Madrid on Thursday.", "2016-03-09", [("Thursday", "2016-03-10")]),
    ("Pakistanis go to the polls on Saturday.", "2013-05-10", [("Saturday", "2013-05-11")]),
    ("Manchester United face Liverpool on Sunday.", "2016-03-09", [("Sunday", "2016-03-13")]),
    ("Iowans caucus on Monday.", "2016-03-09", [("Monday", "2016-03-14")]),
    (
        "The summit, which had been planned for Sunday, was postponed after the foreign minister fell ill, officials said Wednesday.",
        "1998-03-12",
        [("Sunday", "1998-03-15"), ("Wednesday", "1998-03-11")],
    ),
    (
        "The vote, which had been set for Wednesday, was delayed until next week.",
        "1998-03-09",
        [("Wednesday", "1998-03-11"), ("next week", "1998-W12")],
    ),
    (
        "The launch of the shuttle, which had been planned for Thursday, has been delayed by a fuel leak.",
        "1998-03-09",
        [("Thursday", "1998-03-12")],
    ),
    (
        "The president had been scheduled to visit the plant on Monday but canceled the trip, aides said Saturday.",
        "1998-03-15",
        [("Monday", "1998-03-16"), ("Saturday", "1998-03-14")],
    ),
    (
        "Services for Mr. Hale, which had been set for Saturday, have been postponed until Monday because of the weather.",
        "1998-03-13",
        [("Saturday", "1998-03-14"), ("Monday", "1998-03-16")],
    ),
    (
        "The vote, which had been set for Friday, was postponed because of the holiday.",
        "1998-12-30",
        [("Friday", "1999-01-01")],
    ),
    (
        "Organizers said the march will go ahead as planned on Sunday despite the police ban.",
        "1998-03-11",
        [("Sunday", "1998-03-15")],
    ),
    (
        "The company said the shareholder meeting would take place as scheduled on Thursday.",
        "1998-03-09",
        [("Thursday", "1998-03-12")],
    ),
    (
        "Despite the rain, the parade is still expected to go ahead as planned on Saturday.",
        "1998-03-10",
        [("Saturday", "1998-03-14")],
    ),
    (
        "The summit will proceed as scheduled on Monday, the White House said.",
        "1998-03-14",
        [("Monday", "1998-03-16")],
    ),
    (
        "The airline said flights would resume as scheduled on Monday.",
        "1998-03-12",
        [("Monday", "1998-03-16")],
    ),
    (
        "Visitation will be held as planned on Tuesday from 4 to 8 p.m. at Brown Funeral Home.",
        "1998-03-09",
        [("Tuesday", "1998-03-10"), ("4", "1998-03-10T16:00"), ("8 p.m.", "1998-03-10T20:00")],
    ),
    (
        "Union leaders moved up their meeting with management to Thursday.",
        "1998-03-10",
        [("Thursday", "1998-03-12")],
    ),
    (
        "The talks were put off until Sunday to allow delegates to consult their governments.",
        "1998-03-11",
        [("Sunday", "1998-03-15")],
    ),
    ("The judge postponed the sentencing to Friday.", "1998-03-09", [("Friday", "1998-03-13")]),
    (
        "Organizers pushed the race back to Tuesday because of the forecast.",
        "1998-03-13",
        [("Tuesday", "1998-03-17")],
    ),
    ("Officials put off the ceremony until Thursday.", "1998-03-15", [("Thursday", "1998-03-19")]),
    ("The council moved its budget hearing to Tuesday.", "1998-03-11", [("Tuesday", "1998-03-17")]),
    (
        "The hearing was put off until Wednesday at the request of defense lawyers.",
        "1998-03-09",
        [("Wednesday", "1998-03-11")],
    ),
    (
        "United moved their league match to Sunday to avoid a clash with the cup final.",
        "1998-03-11",
        [("Sunday", "1998-03-15")],
    ),
    (
        "The Yankees moved Sunday's game to Monday night.",
        "1998-03-13",
        [("Sunday", "1998-03-08"), ("Monday night", "1998-03-16TNI")],
    ),
    (
        "The meeting, originally scheduled for Saturday, was moved up to Wednesday.",
        "1998-03-10",
        [("Saturday", "1998-03-14"), ("Wednesday", "1998-03-11")],
    ),
    (
        "The minister had been due to fly to Paris on Friday, but the trip was canceled.",
        "1998-03-12",
        [("Friday", "1998-03-13")],
    ),
    (
        "The festival is going ahead as scheduled on Tuesday, organizers said.",
        "1998-03-13",
        [("Tuesday", "1998-03-17")],
    ),
    (
        "Election officials pressed ahead with preparations for Sunday's referendum despite a boycott call by the main opposition party.",
        "2024-03-08",
        [("Sunday", "2024-03-10")],
    ),
    (
        "Investors awaited Sunday's runoff between the two candidates, and the peso slipped 1.2 percent against the dollar.",
        "2024-03-08",
        [("Sunday", "2024-03-10")],
    ),
    (
        "Supporters of both camps held final rallies on Friday as the country awaited Sunday's election.",
        "2023-10-13",
        [("Friday", "2023-10-13"), ("Sunday", "2023-10-15")],
    ),
    (
        "With two days to go before Thursday's general election, Brown toured marginal seats on Tuesday.",
        "2010-05-04",
        [("two days", "P2D"), ("Thursday", "2010-05-06"), ("Tuesday", "2010-05-04")],
    ),
    (
        "With just hours left before Thursday's election, Cameron made a final appeal to undecided voters in Bristol on Wednesday.",
        "2010-05-05",
        [("hours", "PTXH"), ("Thursday", "2010-05-06"), ("Wednesday", "2010-05-05")],
    ),
    (
        "With only two days before Sunday's vote, Tusk drew a huge crowd in Krakow on Friday.",
        "2023-10-13",
        [("two days", "P2D"), ("Sunday", "2023-10-15"), ("Friday", "2023-10-13")],
    ),
    (
        "Scheffler led by two strokes at the start of Sunday's final round.",
        "2024-03-11",
        [("Sunday", "2024-03-10")],
    ),
    (
        "Scheffler will carry a two-stroke lead into the start of Sunday's final round at Bay Hill.",
        "2024-03-09",
        [("Sunday", "2024-03-10")],
    ),
    (
        "The Dow was down 120 points at the end of Friday's session.",
        "2024-03-09",
        [("Friday", "2024-03-08")],
    ),
    (
        "Shares of Boeing fell 3 percent at the beginning of Monday's trading session.",
        "2024-03-12",
        [("Monday", "2024-03-11")],
    ),
    (
        "Traders expect volatility at the start of Monday's session after the jobs report.",
        "2024-06-07",
        [("Monday", "2024-06-03")],
    ),
    (
        "The bill is expected to come up for a vote by the end of Wednesday's sitting.",
        "2024-03-08",
        [("Wednesday", "2024-03-06")],
    ),
    (
        "Polls showed the opposition ahead at the end of Sunday's count.",
        "2023-10-16",
        [("Sunday", "2023-10-15")],
    ),
    (
        "Prayers will be offered at the end of Saturday's memorial mass at St. Mary's Church.",
        "2024-03-13",
        [("Saturday", "2024-03-16")],
    ),
    (
        "Photo: Fans cheer at the start of Wednesday's match in Madrid. (AP Photo/Manu Fernandez)",
        "2024-03-07",
        [("Wednesday", "2024-03-06")],
    ),
    (
        "McIlroy, who struggled at the end of Friday's round, shot a 66 on Saturday.",
        "2024-03-10",
        [("Friday", "2024-03-08"), ("Saturday", "2024-03-09")],
    ),
    (
        "The end of Friday's session brought a late rally in tech stocks.",
        "2024-03-09",
        [("Friday", "2024-03-08")],
    ),
    (
        "Preparations for Sunday's vote were completed on Friday, the election commission said.",
        "2024-03-15",
        [("Sunday", "2024-03-17"), ("Friday", "2024-03-15")],
    ),
    (
        "The new tariff takes effect on the first day of next month, the energy ministry said on Wednesday.",
        "2023-05-10",
        [("the first day of next month", "2023-06-01"), ("Wednesday", "2023-05-10")],
    ),
    (
        "Applications for the grant must be postmarked no later than the last day of the year.",
        "2023-11-15",
        [("the last day of the year", "2023-12-31")],
    ),
    (
        "The current lease on the riverside warehouse expires on the last day of February, the landlord's lawyer said.",
        "2024-01-20",
        [("current", "PRESENT_REF"), ("the last day of February", "2024-02-29")],
    ),
    (
        "Under the agreement, the union's contract runs until the last day of February.",
        "2023-01-20",
        [("the last day of February", "2023-02-28")],
    ),
    (
        "New parking rules downtown begin on the first day of March.",
        "2023-02-10",
        [("the first day of March", "2023-03-01")],
    ),
    (
        "The fund, which lost 40 percent of its value in the crash, was wound up on the last day of 2009.",
        "2010-03-05",
        [("the last day of 2009", "2009-12-31")],
    ),
    (
        "Oil futures slipped on the final day of June as traders squared positions.",
        "2022-07-02",
        [("the final day of June", "2022-06-30")],
    ),
    (
        "The amnesty program ends on the last day of the month, the city said.",
        "2023-08-30",
        [("the last day of the month", "2023-08-31")],
    ),
    (
        "Sales tax receipts collected through the first day of last month totaled $4.2 million.",
        "2023-04-12",
        [("the first day of last month", "2023-03-01")],
    ),
    (
        "The tax relief will expire on the last day of this year unless Congress acts.",
        "2021-10-05",
        [("the last day of this year", "2021-12-31")],
    ),
    (
        "Filing closed on the final day of March with 312 candidates registered.",
        "2023-04-05",
        [("the final day of March", "2023-03-31")],
    ),
    (
        "The county board will take up the zoning request on the 23rd of this month.",
        "2023-03-08",
        [("the 23rd of this month", "2023-03-23")],
    ),
    (
        "Benefit payments are expected to resume on the 10th of next month.",
        "2023-03-08",
        [("the 10th of next month", "2023-04-10")],
    ),
    (
        "The suspect was first questioned by detectives on the 2nd of last month.",
        "2023-03-08",
        [("the 2nd of last month", "2023-02-02")],
    ),
    (
        "The new fares apply from the 2nd of next month.",
        "2023-12-28",
        [("the 2nd of next month", "2024-01-02")],
    ),
    (
        "Nominations close on the 31st of this month.",
        "2023-03-08",
        [("the 31st of this month", "2023-03-31")],
    ),
    ("The judge adjourned the hearing until the 14th.", "2023-03-08", [("the 14th", "2023-03-14")]),
    (
        "Ballots must be returned to the county clerk by the 20th.",
        "2023-03-08",
        [("the 20th", "2023-03-20")],
    ),
    (
        "The Main Street store will close for good on the 3rd, the owners said.",
        "2023-03-08",
        [("the 3rd", "2023-04-03")],
    ),
    (
        "Police said the break-in happened on the 21st, but it was not reported until this week.",
        "2023-03-08",
        [("the 21st", "2023-02-21"), ("this week", "2023-W10")],
    ),
    ("The shipment arrived at the port on the 5th.", "2023-03-08", [("the 5th", "2023-03-05")]),
    (
        "The next council meeting is set for Thursday, the 16th, at 7 p.m.",
        "2023-03-08",
        [("Thursday", "2023-03-09"), ("the 16th, at 7 p.m.", "2023-03-16T19:00")],
    ),
    (
        "Gasoline prices have risen every day since the 1st.",
        "2023-03-08",
        [("every day", "P1D"), ("the 1st", "2023-03-01")],
    ),
    ("No decision is expected before the 15th.", "2023-03-08", [("the 15th", "2023-03-15")]),
    ("The exhibit remains open till the 30th.", "2023-03-08", [("the 30th", "2023-03-30")]),
    (
        "Campaigning may resume after the 25th, officials said.",
        "2023-03-08",
        [("the 25th", "2023-03-25")],
    ),
    ("The smoking ban takes effect on the 1st.", "2023-12-28", [("the 1st", "2024-01-01")]),
    (
        "Mr. Ortiz, who died on the 4th, is survived by his wife of 52 years.",
        "2023-03-08",
        [("the 4th", "2023-03-04"), ("52 years", "P52Y")],
    ),
    (
        "Funeral services will be held on Saturday, the 11th, at St. Mary's Church.",
        "2023-03-08",
        [("Saturday, the 11th", "2023-03-11")],
    ),
    (
        "Shares of the company have slid 12 percent since the 28th.",
        "2023-03-08",
        [("the 28th", "2023-02-28")],
    ),
    (
        "The strike is now expected to end by the 9th.",
        "2024-06-12",
        [("now", "PRESENT_REF"), ("the 9th", "2024-07-09")],
    ),
    (
        "The Budget will be delivered a week today, the Chancellor confirmed.",
        "2023-03-08",
        [("a week today", "2023-03-15")],
    ),
    (
        "The by-election is a fortnight tomorrow.",
        "2023-03-08",
        [("a fortnight tomorrow", "2023-03-23")],
    ),
    (
        "MPs return from recess a week on Thursday.",
        "2023-03-08",
        [("a week on Thursday", "2023-03-16")],
    ),
    (
        "It was a week ago yesterday that the bridge was closed to lorries.",
        "2023-03-08",
        [("a week ago yesterday", "2023-02-28")],
    ),
    (
        "Results of the consultation are due two weeks today.",
        "2023-03-08",
        [("two weeks today", "2023-03-22")],
    ),
    (
        "The new timetable starts a week on Monday.",
        "2024-01-03",
        [("a week on Monday", "2024-01-15")],
    ),
    (
        "The transfer window shuts a week tomorrow.",
        "2023-03-08",
        [("a week tomorrow", "2023-03-16")],
    ),
    (
        "The strike will begin a fortnight on Saturday.",
        "2023-03-10",
        [("a fortnight on Saturday", "2023-03-25")],
    ),
    (
        "Two weeks today would have been her 90th birthday.",
        "2023-03-08",
        [("Two weeks today", "2023-03-22")],
    ),
    (
        "The exhibition closes on the last day of September.",
        "2023-09-12",
        [("the last day of September", "2023-09-30")],
    ),
    ("The warehouse fire broke out on the 30th.", "2024-01-03", [("the 30th", "2023-12-30")]),
    (
        "The robbery at the pharmacy happened on the 28th, police said.",
        "2023-02-05",
        [("the 28th", "2023-01-28")],
    ),
    (
        "Modern humans reached Europe about 45,000 years ago, researchers said Wednesday.",
        "2012-06-14",
        [("about 45,000 years ago", "BC42989"), ("Wednesday", "2012-06-13")],
    ),
    (
        "The asteroid that struck the Yucatan 66 million years ago wiped out the dinosaurs, the study says.",
        "2013-03-02",
        [("66 million years ago", "BC65997988")],
    ),
    (
        "Early toolmakers appeared in East Africa roughly 2.5 million years ago.",
        "2011-09-20",
        [("roughly 2.5 million years ago", "BC2497990")],
    ),
    (
        "The church was built about 1,500 years ago on the site of a Roman temple.",
        "2012-10-05",
        [("about 1,500 years ago", "0512")],
    ),
    (
        "Ice cores show carbon dioxide levels are higher now than at any time in the past 400,000 years.",
        "2010-05-11",
        [("now", "PRESENT_REF"), ("the past 400,000 years", "P400000Y")],
    ),
    (
        "The settlement was abandoned some 3,000 years ago, archaeologists said.",
        "2014-02-18",
        [("some 3,000 years ago", "BC0987")],
    ),
    (
        "The glaciers retreated 12,000 years ago, leaving the lakes behind.",
        "2012-07-01",
        [("12,000 years ago", "BC9989")],
    ),
    (
        "The skull, dated to 300,000 years ago, was found in Morocco.",
        "2015-08-08",
        [("300,000 years ago", "BC297986")],
    ),
    (
        "Sea levels have risen and fallen many times over the last 800,000 years.",
        "2009-11-30",
        [("the last 800,000 years", "P800000Y")],
    ),
    (
        "The lake formed 10,000 years ago and has been shrinking ever since.",
        "2012-06-14",
        [("10,000 years ago", "BC7989")],
    ),
    (
        "The treaty signed 2,000 years ago is the oldest known in the region.",
        "2012-06-14",
        [("2,000 years ago", "0012")],
    ),
    (
        "Patients should take the drug every four to six hours, the label says.",
        "2012-06-14",
        [("every four to six hours", "PTXH")],
    ),
    (
        "Inspectors visit the plant every three to four months.",
        "2012-06-14",
        [("every three to four months", "PXM")],
    ),
    (
        "The tablets are taken every eight to 12 hours with food.",
        "2012-06-14",
        [("every eight to 12 hours", "PTXH")],
    ),
    (
        "The new fees will be phased in over five years, the board said Thursday.",
        "2012-06-14",
        [("five years", "P5Y"), ("Thursday", "2012-06-14")],
    ),
    (
        "The Fed is expected to hold rates steady at its next two-day policy meeting, which starts June 19.",
        "2012-06-14",
        [("two-day", "P2D"), ("June 19", "2012-06-19")],
    ),
    (
        "Analysts expect no change at the bank's next two-day meeting.",
        "2012-06-14",
        [("two-day", "P2D")],
    ),
    (
        "The next three-day weekend falls in September.",
        "2012-06-14",
        [("three-day", "P3D"), ("September", "2012-09")],
    ),
    (
        "The deal is expected to close by the end of the third quarter.",
        "2012-06-14",
        [("the end of the third quarter", "2012-Q3")],
    ),
    (
        "The charge will be booked at the end of the current financial quarter.",
        "2012-06-14",
        [("the end of the current financial quarter", "2012-Q2")],
    ),
    (
        "The plant should be running by the middle of the third quarter.",
        "2012-06-14",
        [("the middle of the third quarter", "2012-Q3")],
    ),
    (
        "Hiring picked up at the beginning of the second quarter.",
        "2012-06-14",
        [("the beginning of the second quarter", "2012-Q2")],
    ),
    (
        "Both candidates crisscrossed Ohio in the last week before the election.",
        "2012-06-14",
        [("the last week", "P1W")],
    ),
    (
        "Spending surged in the last month before the vote, filings show.",
        "2012-06-14",
        [("the last month", "P1M")],
    ),
    (
        "Polls tightened during the last year before the referendum.",
        "2012-06-14",
        [("the last year", "P1Y")],
    ),
    (
        "The exhibit traces the city's history from 1991 to the present.",
        "2012-06-14",
        [("1991", "1991"), ("the present", "PRESENT_REF")],
    ),
    (
        "The book covers the region from the 18th century to the present day.",
        "2012-06-14",
        [("the 18th century", "17"), ("the present day", "PRESENT_REF")],
    ),
    ("For the present, the budget remains frozen.", "2012-06-14", [("the present", "PRESENT_REF")]),
    (
        "Economists expect inflation to stay low in the medium term.",
        "2012-06-14",
        [("the medium term", "FUTURE_REF")],
    ),
    (
        "The bank said rates would rise over the medium term.",
        "2012-06-14",
        [("the medium term", "FUTURE_REF")],
    ),
    (
        "Staff photo by Ann Lee Coach Ray Brown watches practice Friday.",
        "2012-06-14",
        [("Friday", "2012-06-08")],
    ),
    (
        "Human ancestors used fire as early as 1 million years ago, a study suggests.",
        "2012-06-14",
        [("1 million years ago", "BC997989")],
    ),
    (
        "The doses are spaced every six to eight weeks.",
        "2012-06-14",
        [("every six to eight weeks", "PXW")],
    ),
    (
        "Results for the period ending at the end of the second quarter will be released in August.",
        "2012-06-14",
        [("the end of the second quarter", "2012-Q2"), ("August", "2012-08")],
    ),
    (
        "The figures cover 2005 to the present.",
        "2012-06-14",
        [("2005", "2005"), ("the present", "PRESENT_REF")],
    ),
    (
        "Mammoths died out on the island about 4,000 years ago.",
        "2012-06-14",
        [("about 4,000 years ago", "BC1989")],
    ),
    (
        "The coin was minted about 2,100 years ago, experts said.",
        "2012-06-14",
        [("about 2,100 years ago", "BC0089")],
    ),
    (
        "The abbey was founded 1,100 years ago by Benedictine monks.",
        "2012-06-14",
        [("1,100 years ago", "0912")],
    ),
    (
        "Global temperatures were stable over the past 10,000 years, the report said.",
        "2012-06-14",
        [("the past 10,000 years", "P10000Y")],
    ),
    (
        "Residents should boil water every two to three days until further notice.",
        "2012-06-14",
        [("every two to three days", "PXD")],
    ),
    (
        "Buses will run every two or three weeks this winter, officials said.",
        "2013-01-09",
        [("every two or three weeks", "PXW"), ("this winter", "2013-WI")],
    ),
    (
        "The Seahawks visit the Rams on Thursday night in Los Angeles.",
        "2019-10-02",
        [("Thursday night", "2019-10-03TNI")],
    ),
    ("Chelsea travel to Burnley on Saturday.", "2016-03-09", [("Saturday", "2016-03-12")]),
    (
        "Manchester United face Liverpool on Sunday at Old Trafford.",
        "2016-03-10",
        [("Sunday", "2016-03-13")],
    ),
    (
        "Pakistanis go to the polls on Saturday to elect a new parliament.",
        "2016-03-08",
        [("Saturday", "2016-03-12")],
    ),
    (
        "McCurry on Friday: ``I want to be clear about this.''",
        "2016-03-12",
        [("Friday", "2016-03-11")],
    ),
    (
        "The Warriors, who beat the Spurs on Tuesday, host Dallas on Thursday.",
        "2016-03-09",
        [("Tuesday", "2016-03-08"), ("Thursday", "2016-03-10")],
    ),
    (
        "The talks begin Wednesday, with the foreign ministers joining on Friday.",
        "2016-03-08",
        [("Wednesday", "2016-03-09"), ("Friday", "2016-03-11")],
    ),
    (
        "Members of the Lincoln High choir rehearse a song during choir practice Saturday afternoon at the high school. Telegram photo by Jane Doe",
        "2016-03-07",
        [("Saturday afternoon", "2016-03-05TAF")],
    ),
    (
        "Students walk to class Wednesday morning on the campus. Staff photo by Mark Harrison",
        "2016-03-10",
        [("Wednesday morning", "2016-03-09TMO")],
    ),
    (
        "Runners compete in the Shamrock 5K on Sunday. Photo by John Smith/The Gazette",
        "2016-03-07",
        [("Sunday", "2016-03-06")],
    ),
    (
        "Crews repave Main Street on Thursday. Photo by Jane Doe",
        "2016-03-11",
        [("Thursday", "2016-03-10")],
    ),
    (
        'McCurry on Friday: "I want to be clear about this."',
        "2016-03-12",
        [("Friday", "2016-03-11")],
    ),
    ("Obama on Tuesday: ``We will not back down.''", "2016-03-10", [("Tuesday", "2016-03-08")]),
    (
        "The summit opens Monday, with world leaders arriving on Sunday.",
        "2016-03-10",
        [("Monday", "2016-03-14"), ("Sunday", "2016-03-13")],
    ),
    (
        "The vote on the budget, which had been planned for Thursday, was postponed until next week, the speaker's office said.",
        "2016-03-09",
        [("Thursday", "2016-03-10"), ("next week", "2016-W11")],
    ),
    (
        "Kerry had been due to fly to Paris on Friday but canceled the trip after the attacks.",
        "2016-03-09",
        [("Friday", "2016-03-11")],
    ),
    (
        "The rally, which had been planned for Sunday, was called off by organizers citing security concerns.",
        "2016-03-11",
        [("Sunday", "2016-03-13")],
    ),
    (
        "The strike, which had been due to begin on Monday, has been called off after a last-minute deal.",
        "2016-03-12",
        [("Monday", "2016-03-14")],
    ),
    (
        "The vote, which had been planned for Friday, could be brought forward to Thursday, officials said.",
        "2019-05-22",
        [("Friday", "2019-05-24"), ("Thursday", "2019-05-23")],
    ),
    (
        "The concert, which had been scheduled for Saturday, has been canceled.",
        "2016-03-11",
        [("Saturday", "2016-03-12")],
    ),
    (
        "Talks that had been due to resume on Friday in Geneva were put off indefinitely.",
        "2016-03-09",
        [("Friday", "2016-03-11")],
    ),
    (
        "The St. Patrick's Day parade is going ahead as planned on Saturday despite the forecast.",
        "2016-03-09",
        [("St. Patrick's Day", "2016-03-17"), ("Saturday", "2016-03-12")],
    ),
    (
        "Officials said the marathon is going ahead as planned on Sunday.",
        "2016-03-10",
        [("Sunday", "2016-03-13")],
    ),
    (
        "Both matches are going ahead as planned on Tuesday, UEFA said.",
        "2016-03-11",
        [("Tuesday", "2016-03-15")],
    ),
    ("The vote is going ahead as planned Thursday.", "2016-03-08", [("Thursday", "2016-03-10")]),
    (
        "Despite the strike, exams are going ahead as planned on Monday.",
        "2016-03-12",
        [("Monday", "2016-03-14")],
    ),
    ("The concert will go ahead as planned on Friday.", "2016-03-09", [("Friday", "2016-03-11")]),
    (
        "The party awaits Sunday's regional elections with growing anxiety.",
        "2016-03-08",
        [("Sunday", "2016-03-13")],
    ),
    (
        "Awaiting Monday's sentencing, Jones remained in the county jail.",
        "2016-03-11",
        [("Monday", "2016-03-14")],
    ),
    (
        "Both semifinals are going ahead as scheduled on Tuesday, the league said.",
        "2016-03-11",
        [("Tuesday", "2016-03-15")],
    ),
    (
        "The vote was to have been held on Sunday but was postponed because of the fighting.",
        "2016-03-10",
        [("Sunday", "2016-03-13")],
    ),
    (
        "Parents lined up outside Lincoln Elementary before dawn on the first day of school.",
        "2021-09-01",
        [],
    ),
    (
        "Jurors were dismissed early on the last day of the trial after a juror fell ill.",
        "2019-04-11",
        [],
    ),
    (
        "The festival opens on the 14th of May with a parade down Main Street.",
        "2023-03-08",
        [("the 14th of May", "2023-05-14")],
    ),
    (
        "The Declaration was adopted on the 4th of July, 1776.",
        "2023-03-08",
        [("the 4th of July, 1776", "1776-07-04")],
    ),
    ("Woods chipped in for eagle on the 17th hole.", "2023-03-08", []),
    ("Verstappen took the lead on the 23rd lap and never relinquished it.", "2023-03-08", []),
    ("Liverpool conceded after the 89th minute for the third straight match.", "2023-03-08", []),
    (
        "Firefighters said the blaze started on the 14th floor of the Belmont Tower.",
        "2023-03-08",
        [],
    ),
    (
        "Kipchoge finished 14th in Boston, his worst showing in a decade.",
        "2023-03-08",
        [("a decade", "P10Y")],
    ),
    (
        "The Supreme Court's ruling rested on the 14th Amendment's equal protection clause.",
        "2023-03-08",
        [],
    ),
    (
        "The bakery on 14th Street has been a neighborhood fixture since 1952.",
        "2023-03-08",
        [("1952", "1952")],
    ),
    (
        "The cathedral has stood on the hill since the 14th century.",
        "2023-03-08",
        [("the 14th century", "13")],
    ),
    ("The bill cleared the upper house after the 3rd reading on a 41-30 vote.", "2023-03-08", []),
    ("Alumni will gather on the 20th anniversary of the school's founding.", "2023-03-08", []),
    ("After a week on the road, the band returned to Glasgow.", "2023-03-08", [("a week", "P1W")]),
    ("The plant closed a week ago.", "2023-03-08", [("a week ago", "2023-W09")]),
    (
        "A week on from Friday's vote, the coalition remains deadlocked.",
        "2023-03-08",
        [("A week", "P1W"), ("Friday", "2023-03-10")],
    ),
    (
        "Muslims around the world will celebrate Eid al-Fitr this weekend.",
        "2023-04-18",
        [("Eid al-Fitr", "2023-04-21"), ("this weekend", "2023-W16-WE")],
    ),
    (
        "Pensions are paid on the 15th of each month.",
        "2023-03-08",
        [("the 15th of each month", "XXXX-XX-15")],
    ),
    ("Bonds rallied on the last day of the quarter.", "2023-04-02", [("the quarter", "2023-Q1")]),
    (
        "The family lost a million dollars in the scheme, their lawyer said Tuesday.",
        "2012-06-14",
        [("Tuesday", "2012-06-12")],
    ),
    (
        "Plutonium stays dangerous for 10,000 years, the panel warned.",
        "2012-06-14",
        [("10,000 years", "P10000Y")],
    ),
    (
        "The site was first occupied around 1000 BC, according to the museum.",
        "2012-06-14",
        [("around 1000 BC", "BC1000")],
    ),
    (
        "The company was founded 150 years ago in a garage in Ohio.",
        "2012-06-14",
        [("150 years ago", "1862")],
    ),
    (
        "Nurses checked on him every four hours through the night.",
        "2012-06-14",
        [("every four hours", "PT4H")],
    ),
    (
        "The surgery is expected to take four to six hours.",
        "2012-06-14",
        [("four to six hours", "PTXH")],
    ),
    (
        "The repairs will take two or three weeks, the city said.",
        "2012-06-14",
        [("two or three weeks", "PXW")],
    ),
    (
        "It was the first time in over five years that the mill had turned a profit.",
        "2012-06-14",
        [("over five years", "P5Y")],
    ),
    (
        "Over the next five years, the city will replace every water main.",
        "2012-06-14",
        [("the next five years", "P5Y")],
    ),
    (
        "The company expects revenue to grow over the next 12 months.",
        "2012-06-14",
        [("the next 12 months", "P12M")],
    ),
    (
        "The two-day summit opens in Brussels on Monday.",
        "2012-06-14",
        [("two-day", "P2D"), ("Monday", "2012-06-18")],
    ),
    (
        "The festival takes place in the last week of March.",
        "2012-06-14",
        [("the last week of March", "2012-W13")],
    ),
    (
        "Last week, before the vote, the mayor met with union leaders.",
        "2012-06-14",
        [("Last week", "2012-W23")],
    ),
    ("The final week of the campaign was marked by bitter attacks.", "2012-06-14", []),
    ("Lawyers said the present case differs from earlier rulings.", "2012-06-14", []),
    ("The old road followed the present-day border between the two states.", "2012-06-14", []),
    ("At present, no charges have been filed.", "2012-06-14", [("present", "PRESENT_REF")]),
    ("Students struggled with the present tense in the exam.", "2012-06-14", []),
    ("The mayor will present the budget on Tuesday.", "2012-06-14", [("Tuesday", "2012-06-19")]),
    ("All the members present voted in favor.", "2012-06-14", []),
    (
        "The short term looks bleak, but the long term is promising.",
        "2012-06-14",
        [("The short term", "FUTURE_REF"), ("the long term", "FUTURE_REF")],
    ),
    (
        "The exhibit, which opens Friday, includes a photo by Dorothea Lange.",
        "2012-06-14",
        [("Friday", "2012-06-15")],
    ),
    (
        "A photo by her sister, taken Friday, shows the damaged roof.",
        "2012-06-14",
        [("Friday", "2012-06-08")],
    ),
    ("The meeting lasted over two hours.", "2012-06-14", [("over two hours", "PT2H")]),
    (
        "The first farms in the valley appeared thousands of years ago.",
        "2012-06-14",
        [("thousands of years ago", "PAST_REF")],
    ),
    (
        "The plant closed over five years ago and has sat empty since.",
        "2012-06-14",
        [("over five years ago", "2007")],
    ),
    (
        "Staff photo by Bill Ward Firefighters will demonstrate ladder rescues at the fair Saturday.",
        "2012-06-11",
        [("Saturday", "2012-06-16")],
    ),
    (
        "The council, in a photo by Jim Cole, poses on the steps of City Hall before Wednesday's vote.",
        "2012-06-11",
        [("Wednesday", "2012-06-13")],
    ),
    ("Talks resume in Geneva on Tuesday.", "2016-03-09", [("Tuesday", "2016-03-15")]),
    ("The Knicks hosted the Heat on Tuesday.", "2016-03-09", [("Tuesday", "2016-03-08")]),
    ("The Dow closed up 50 points Tuesday.", "2016-03-09", [("Tuesday", "2016-03-08")]),
    (
        "The library was closed Monday because of a water main break.",
        "2016-03-09",
        [("Monday", "2016-03-07")],
    ),
    ("Banks and post offices will be closed Monday.", "2016-03-09", [("Monday", "2016-03-14")]),
    (
        "The suspect is accused of robbing a bank Tuesday.",
        "2016-03-09",
        [("Tuesday", "2016-03-08")],
    ),
    (
        "Two teens are charged in a shooting Tuesday night on Elm Street.",
        "2016-03-09",
        [("Tuesday night", "2016-03-08TNI")],
    ),
    ("Brazil beat Chile on Saturday.", "2016-03-09", [("Saturday", "2016-03-05")]),
    ("England play Wales in Cardiff on Friday.", "2016-03-09", [("Friday", "2016-03-11")]),
    (
        "Israelis vote on Tuesday in an election seen as a referendum on the prime minister.",
        "2016-03-09",
        [("Tuesday", "2016-03-15")],
    ),
    (
        "Network Rail said engineering works would close the line between Christmas Eve and 2 January.",
        "2012-12-28",
        [("Christmas Eve", "2012-12-24"), ("2 January", "2013-01-02")],
    ),
    (
        "The office was closed between Dec. 24, 2011 and Jan. 2.",
        "2012-12-28",
        [("Dec. 24, 2011", "2011-12-24"), ("Jan. 2", "2012-01-02")],
    ),
    (
        "The company's fiscal year, which runs from Oct. 1 to Sept. 30, ended with record profits.",
        "2016-03-10",
        [("Oct. 1", "2015-10-01"), ("Sept. 30", "2015-09-30")],
    ),
    ("He was released on bail until a date in April.", "2016-03-10", [("April", "2016-04")]),
    (
        "The judge remanded him in custody until a hearing in January, when he is expected to enter a plea.",
        "2013-11-15",
        [("January", "2014-01")],
    ),
    ("He worked there until a heart attack in March.", "2013-11-15", [("March", "2013-03")]),
    (
        "He was held until his trial in July, when jurors acquitted him.",
        "2014-02-12",
        [("July", "2013-07")],
    ),
    (
        "The judge granted him bail until a court appearance in December.",
        "2016-11-20",
        [("December", "2016-12")],
    ),
    (
        "The festival opened on Wednesday, with organisers warning of mud for the rest of the weekend.",
        "2011-06-24",
        [("Wednesday", "2011-06-22"), ("the weekend", "2011-W25-WE")],
    ),
    (
        "Organisers warned of mud for the rest of the weekend.",
        "2011-06-23",
        [("the weekend", "2011-W24-WE")],
    ),
    (
        "The council insisted on Thursday that Monday's vote would be held on schedule.",
        "2011-11-24",
        [("Thursday", "2011-11-24"), ("Monday", "2011-11-28")],
    ),
    ("Millions turned out to vote in Sunday's election.", "2016-03-11", [("Sunday", "2016-03-06")]),
    (
        "He was arrested in January 1976 and released in June.",
        "2013-05-20",
        [("January 1976", "1976-01"), ("June", "1976-06")],
    ),
    (
        "He was born in January 1950 and died in June.",
        "2013-05-20",
        [("January 1950", "1950-01"), ("June", "2012-06")],
    ),
    (
        "Prices rose in January 2013 and fell in April.",
        "2013-05-20",
        [("January 2013", "2013-01"), ("April", "2013-04")],
    ),
    ("The senator will leave office in January.", "2010-03-29", [("January", "2011-01")]),
    (
        "The company will report its January sales next week.",
        "2010-03-29",
        [("January", "2010-01"), ("next week", "2010-W14")],
    ),
    ("Housing starts in January fell 16 percent.", "2014-03-06", [("January", "2014-01")]),
    (
        "Wales can win the title if they beat England by eight points in Cardiff on Saturday.",
        "2013-03-15",
        [("Saturday", "2013-03-16")],
    ),
    (
        "India and Sri Lanka meet in the World Cup final in Mumbai on Saturday.",
        "2011-04-01",
        [("Saturday", "2011-04-02")],
    ),
    (
        "Australia and England begin the first Ashes Test in Brisbane on Thursday.",
        "2013-11-19",
        [("Thursday", "2013-11-21")],
    ),
    (
        "Sebastian Vettel will start from pole in Sunday's Singapore Grand Prix.",
        "2013-09-21",
        [("Sunday", "2013-09-22")],
    ),
    (
        "Martinez said on Wednesday that Barkley would be fit for Saturday's Merseyside derby.",
        "2013-11-20",
        [("Wednesday", "2013-11-20"), ("Saturday", "2013-11-23")],
    ),
    (
        "The state budget must be passed by June 30, the last day of the fiscal year.",
        "2014-06-17",
        [("June 30", "2014-06-30"), ("the fiscal year", "2014")],
    ),
    (
        "The Ravens won the Super Bowl on Sunday night after a power outage halted play for 34 minutes early in the third quarter.",
        "2013-02-04",
        [("Sunday night", "2013-02-03TNI"), ("34 minutes", "PT34M")],
    ),
    (
        "The retailer staged a comeback in the third quarter.",
        "2012-10-25",
        [("the third quarter", "2012-Q3")],
    ),
    (
        "Network Rail said it would close the line between Christmas Eve and 2 January for engineering work.",
        "2012-12-28",
        [("Christmas Eve", "2012-12-24"), ("2 January", "2013-01-02")],
    ),
    (
        "Garbage collection will be delayed by one day between Christmas and New Year's Day.",
        "2015-12-30",
        [("one day", "P1D"), ("Christmas", "2015-12-25"), ("New Year's Day", "2016-01-01")],
    ),
    (
        "She was remanded in custody until a hearing in January.",
        "2016-11-20",
        [("January", "2017-01")],
    ),
    (
        "Smith, 34, was held without bond until his trial in March, prosecutors said.",
        "2016-11-20",
        [("March", "2017-03")],
    ),
    (
        "The teenager was bailed until a further hearing in February at Leeds Crown Court.",
        "2015-12-10",
        [("February", "2016-02")],
    ),
    (
        "The case was adjourned until a sentencing hearing in January.",
        "2016-10-02",
        [("January", "2017-01")],
    ),
    (
        "Organisers warned of mud for the rest of the weekend after overnight storms soaked the festival site.",
        "2016-03-11",
        [("the weekend", "2016-W10-WE"), ("overnight", "2016-03-10TNI")],
    ),
    (
        "Officials urged residents to stay indoors for the rest of the weekend as the heat wave peaked.",
        "2017-06-16",
        [("the weekend", "2017-W24-WE")],
    ),
    (
        "Election officials said Tuesday's vote would go ahead as planned despite the snowstorm.",
        "2016-03-11",
        [("Tuesday", "2016-03-15")],
    ),
    ("He was bailed until a date in January, police said.", "2016-11-20", [("January", "2017-01")]),
    (
        "The company filed for bankruptcy protection in March 2009 and emerged from it in November.",
        "2015-08-14",
        [("March 2009", "2009-03"), ("November", "2009-11")],
    ),
    (
        "Miller enlisted in the Army in February 1942 and shipped out to England in October, his family said.",
        "2014-11-05",
        [("February 1942", "1942-02"), ("October", "1942-10")],
    ),
    (
        "The plant opened in May 2005, then closed in December after a fire.",
        "2016-06-20",
        [("May 2005", "2005-05"), ("December", "2005-12")],
    ),
    (
        "Jackson was indicted in March 2014 and convicted in November, court records show.",
        "2019-05-15",
        [("March 2014", "2014-03"), ("November", "2014-11")],
    ),
    (
        "The museum closed for renovation in January 2010 and reopened in October.",
        "2016-12-01",
        [("January 2010", "2010-01"), ("October", "2010-10")],
    ),
    (
        "The senator will leave office in January, her spokesman said.",
        "2016-03-10",
        [("January", "2017-01")],
    ),
    (
        "The retailer plans to open its flagship store on Fifth Avenue in October.",
        "2015-11-18",
        [("October", "2016-10")],
    ),
    (
        "The fund's trustees said they'll decide on the payout in April.",
        "2012-05-03",
        [("April", "2013-04")],
    ),
    (
        "The city is going to hold a referendum on the stadium in September.",
        "2015-10-22",
        [("September", "2016-09")],
    ),
    (
        "The committee shall reconvene in May to review the findings.",
        "2013-06-20",
        [("May", "2014-05")],
    ),
    (
        "Johnson, who pleaded guilty last week, will be sentenced in February.",
        "2016-03-10",
        [("last week", "2016-W09"), ("February", "2017-02")],
    ),
    (
        "Wales can win the title if they beat England on Saturday.",
        "2016-03-08",
        [("Saturday", "2016-03-12")],
    ),
    (
        "The Patriots will clinch the division if they beat the Jets on Sunday.",
        "2013-11-18",
        [("Sunday", "2013-11-24")],
    ),
    (
        "Shares could rally if the big banks cut their lending rates on Thursday, analysts said.",
        "2015-05-27",
        [("Thursday", "2015-05-28")],
    ),
    (
        "Forecasters warned the storms could cause severe flooding if they hit the coast on Saturday.",
        "2016-10-13",
        [("Saturday", "2016-10-15")],
    ),
    (
        "The union says it will strike if managers shut the depot on Monday.",
        "2014-04-09",
        [("Monday", "2014-04-14")],
    ),
    (
        "India and Sri Lanka meet in the final on Saturday.",
        "2016-03-10",
        [("Saturday", "2016-03-12")],
    ),
    (
        "Barcelona and Real Madrid play at the Bernabeu on Sunday.",
        "2016-09-14",
        [("Sunday", "2016-09-18")],
    ),
    (
        "Hamilton will start from pole in Sunday's Singapore Grand Prix.",
        "2015-09-19",
        [("Sunday", "2015-09-20")],
    ),
    (
        "Rooney said he would be fit for Saturday's derby against City.",
        "2016-03-10",
        [("Saturday", "2016-03-12")],
    ),
    (
        "Tickets for Saturday's bout at Madison Square Garden are still available.",
        "2016-03-10",
        [("Saturday", "2016-03-12")],
    ),
    (
        "Organizers expect 30,000 runners for Sunday's city marathon.",
        "2012-06-29",
        [("Sunday", "2012-07-01")],
    ),
    (
        "The law expires on the last day of the year.",
        "2016-03-10",
        [("the last day of the year", "2016-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_plans_and_regional_dates(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
