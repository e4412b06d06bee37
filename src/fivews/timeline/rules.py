"""The rules: each a named regular expression (compiled once, at import) with its
resolver, optional guard and trigger words, in rank order (an earlier rule wins a tie
between candidates of the same length at the same place). The calendar-date rules, first
in rank, are in :mod:`fivews.timeline.rules_dates`."""

from __future__ import annotations

from fivews.timeline.event_days import guard_ordinal_day, resolve_ordinal_day
from fivews.timeline.guards import (
    guard_day_word,
    guard_quarter,
    guard_set,
)
from fivews.timeline.guards_calendar import (
    guard_relative_unit,
    guard_season,
    guard_the_unit,
)
from fivews.timeline.guards_clock import guard_clock
from fivews.timeline.guards_days import guard_part_of_day, guard_that_day
from fivews.timeline.guards_durations import guard_a_while, guard_duration, guard_past_day
from fivews.timeline.guards_holidays import guard_holiday
from fivews.timeline.guards_reference import guard_reference
from fivews.timeline.guards_vague import guard_vague
from fivews.timeline.guards_weekdays import guard_weekday
from fivews.timeline.holiday_dates import HOLIDAYS
from fivews.timeline.lexicon import (
    AFTER_DAY_DASH,
    AFTER_HOUR_DASH,
    BEFORE_GLUED_TITLE,
    CLOCK_RANGE_END_24H,
    DUR_MOD,
    FOLLOWING_AFTER_THE,
    HOUR_WORDS,
    MONTH,
    NOT_A_DAY_IN_A_RANGE,
    NUM,
    OR_BOUND,
    ORDINAL,
    PART,
    POINT_MOD,
    REFERENCE_WORDS,
    SEASON,
    SET_ADVERBS,
    TZ,
    UNIT,
    WEEKDAY,
    WEEKLY_DAY,
    YEAR,
    ZONE_CODES,
    alternation,
    day_half_after,
)
from fivews.timeline.records import Rule
from fivews.timeline.resolve_ago import resolve_ago
from fivews.timeline.resolve_calendar import (
    resolve_season,
)
from fivews.timeline.resolve_clock import resolve_clock
from fivews.timeline.resolve_counted_days import (
    resolve_relative_day,
    resolve_that_day,
)
from fivews.timeline.resolve_days import (
    resolve_day_word,
    resolve_part_of_day,
    resolve_weekday,
)
from fivews.timeline.resolve_durations import (
    resolve_a_while,
    resolve_duration,
    resolve_long_compound,
    resolve_past_day,
    resolve_set,
    resolve_the_hour,
    resolve_unit_and_a_half,
    resolve_vague_duration,
)
from fivews.timeline.resolve_holidays import resolve_holiday
from fivews.timeline.resolve_quarters import resolve_quarter
from fivews.timeline.resolve_reference import resolve_reference
from fivews.timeline.resolve_relative import resolve_relative_unit, resolve_the_unit
from fivews.timeline.resolve_years import resolve_half_of_this_era
from fivews.timeline.rules_dates import DATE_RULES
from fivews.timeline.triggers import make_rule as _rule
from fivews.timeline.weeks_from_days import WEEK_FROM_DAY, resolve_week_from_day

#: holiday names as written: straight or curly apostrophe ("New Year's Day")
HOLIDAY_NAMES = sorted({form for name in HOLIDAYS for form in (name, name.replace("'", "’"))})


#: the rules after the calendar dates, in rank order
_LATER_RULES: tuple[Rule, ...] = (
    _rule(
        "weekday",
        POINT_MOD
        + r"(?:(?-i:(?P<dawn>dawn|daybreak|dusk|sunrise|sunset|nightfall))\s+)?"  # "at dawn Friday"
        + r"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming"
        # "the past Sunday" (not a preposition's: "kept negotiating past Sunday's deadline")
        + r"|(?<=the\s)past|(?<=The\s)past"
        + r"|(?-i:(?<![\w,] )That))\s+)?(?P<weekday>"  # "That Friday, villagers buried…"
        + WEEKDAY
        # "on Monday last", "till Tuesday next", "on Monday week" (a week after next Monday)
        # then a stop or a word that goes on with the clause ("said Monday next steps …" is
        # no such day)
        + r")(?:\s+(?P<post>last|next|week)(?=\s*(?:[,.;:)!?]|$)|\s+(?:to|and|or|at|in|on|near"
        r"|for|when|after|before|by|from|with|the|a|an|he|she|they|it|we)\b))?(?:\s+(?P<part>"
        + PART
        + r"))?"
        # "dawn Friday, April 15" leaves the weekday to the full date
        + r"(?(dawn)(?!,?\s+(?:"
        + MONTH
        + r")\.?\s+\d))",
        resolve_weekday,
        guard_weekday,
        left=AFTER_DAY_DASH,
    ),
    _rule(
        "holiday",
        POINT_MOD
        + r"(?:(?P<rel>last|next|this)\s+|(?P<hevery>every|each)\s+"
        + r"|the\s+(?=fourth\s+of\s+july\b))?(?P<holiday>"
        + alternation(HOLIDAY_NAMES)
        # "Christmas morning", "Thanksgiving night": a part of the holiday, not "night games"
        + r")(?:\s+(?P<week>week)|\s+(?:holiday\s+)?(?P<weekend>weekend)"
        r"|\s+(?P<hpart>morning|afternoon|evening|night)(?![-\w]|\s+(?:game|football|shift|"
        r"session|show|service|mass|services|prayers?|sky|club|market|shopping|sales?)s?\b))?"
        # "Ramadan last year": that year's (not "every Easter next year")
        r"(?:,?\s+(?P<year>"
        + YEAR
        + r")|(?(hevery)(?!)|\s+(?P<hyrel>(?-i:last|next))\s+(?-i:year)\b"
        r"(?![-\w]|['’]s)))?",
        resolve_holiday,
        guard_holiday,
    ),
    _rule(
        "relative_day",
        POINT_MOD
        # "the next day", "the following morning", "the day before", "the night before"
        + r"(?P<rday>the\s+(?:(?P<rw>next|following|previous|preceding)\s+)?(?:day|(?P<dpart>"
        r"morning|afternoon|evening|night))(?(rw)|\s+(?:before|after)"
        r"(?!\s+(?:yesterday|tomorrow)))|the\s+(?P<rel>previous|preceding|following|next)\s+(?P<weekday>"
        + WEEKDAY
        + r"))",
        resolve_relative_day,
    ),
    _rule(
        "that_day",
        POINT_MOD
        + r"(?P<same>(?:that|the)\s+same\s+|that\s+)(?:day|(?P<dpart>morning|afternoon|evening"
        r"|night))",
        resolve_that_day,
        guard_that_day,
    ),
    _rule(
        "ordinal_day",
        r"(?:the\s+)?(?P<ord>" + ORDINAL + r"|[1-9]\d{0,2}(?:st|nd|rd|th))"
        r"\s+(?:straight\s+|consecutive\s+)?day(?![-\w])"
        # "day 12 of their strike", "Day five of the siege", "now on day 50"
        r"|(?<![\w-])[Dd]ay\s+(?P<dnum>[1-9]\d{0,2}|" + HOUR_WORDS + r")"
        r"(?=\s+of\s+(?:the|their|its|his|her|a|an)\b|\s+(?:as|on|with|amid|and)\b|\s*[,:;.)]|$)",
        resolve_ordinal_day,
        guard_ordinal_day,
    ),
    _rule(
        "day_word",
        POINT_MOD
        + r"(?:(?P<part0>"
        + PART
        + r")\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
        r"today|yesterday|tomorrow|tonight)(?:\s+(?P<part>" + PART + r"))?",
        resolve_day_word,
        guard_day_word,
    ),
    _rule(
        "part_of_day",
        POINT_MOD
        + r"(?:(?P<rel>this|last)\s+|the\s+|(?P<one>one)\s+)?(?P<part>morning|afternoon|evening"
        r"|night|overnight)(?:\s+hours\b)?",
        resolve_part_of_day,
        guard_part_of_day,
    ),
    _rule(
        "relative_unit",
        POINT_MOD + r"(?P<rel>this\s+past|this\s+coming|this|current|last|first|next|past|"
        # "the year after that": the year after the one named last
        r"the(?=\s+(?:year|month|week)\s+(?:after|before)\s+that\b(?!\s+(?:year|month|week|day)))|"
        r"previous|coming|following|that(?:\s+same)?|the\s+(?:current|past|last|first|next"
        r"|previous|preceding|prior|(?:up)?coming|following|"
        r"same|latest|most\s+recent))\s+"
        r"(?:(?:fiscal|budget)\s+|(?:calendar|financial|(?-i:business))\s+(?=year)|(?P<school>school|academic)\s+(?=year)"
        r"|(?<=this\s)(?:election|campaign|presidential)\s+(?=year))?"
        r"(?P<unit>week|weekend|month|year|decade|(?:quarter|half)(?:[-\s]|\s+of\s+a\s+)century|century"
        r"|fortnight"
        r"|half(?![-\s]+(?:dozen|hour)\b)|(?P<semester>semester)|" + SEASON + r")"
        r"(?P<that>(?:(?<=\bthe\s(?:year|week))|(?<=\bthe\smonth))\s+(?:after|before)\s+that\b"
        r"(?!\s+(?:year|month|week|day)))?"
        r"(?P<orso>\s+or\s+so\b)?",
        resolve_relative_unit,
        guard_relative_unit,
    ),
    _rule(
        "set",
        r"(?:(?:(?:twice|thrice|once)-)?(?P<adverb>"
        + alternation(SET_ADVERBS)
        # "the weekly Friday protests": every Friday (not "the weekly Sunday Times column")
        + r")(?!(?<=weekly)"
        + WEEKLY_DAY
        + r")|(?P<q>every|each|per|a|an|(?<!-)weekly(?="
        + WEEKLY_DAY
        + r"))\s+(?:(?<=every\s)single\s+)?(?:(?P<n>other|"
        + NUM
        # "every four to six hours": a vague count
        + r"(?:\s+(?:to|or)\s+"
        + NUM
        + r")?)\s+)?(?:fiscal\s+(?=year))?(?:(?P<unit>"
        + UNIT
        # "every half hour"
        + r")|(?<=every\s)(?P<halfhour>half[\s-]hour)|(?P<wd>"
        + WEEKDAY
        + r")(?:\s+(?P<wdpart>"
        + PART
        + r"))?|(?P<smonth>"
        + MONTH
        # "every March 14": a day of the year
        + r")(?:\.?\s+(?P<sday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![:.,]?\d)"
        r"(?!,?\s+(?:1[5-9]|20)\d\d\b))?"
        r"|(?P<spart>morning|afternoon|evening|night)|(?P<sseason>"
        + SEASON
        + r"))|(?P<wd2>"
        + WEEKDAY
        + r")s(?:\s+(?:and\s+"
        + WEEKDAY
        + r"s\s+)?(?P<wpart>"
        + PART
        + r")s)?|(?P<wd3>"
        + WEEKDAY
        + r")\s+(?P<wpart3>"
        + PART
        + r")s|(?P<wends>weekends))",
        resolve_set,
        guard_set,
    ),
    _rule(
        "the_unit",
        POINT_MOD
        + r"(?P<tunit>(?<![\w-])year(?:[- ]|['’]s\s+)end|(?<![\w-])(?:month|week)['’]s\s+end"
        r"|year-earlier|year-ago|year-before|(?<![\w-])full-year(?!\s+(?:19|20)\d\d)|(?<![\w-])mid-(?:century|decade)"
        r"(?!\s+(?:modern|design|furniture|style|architecture))|"
        # "sunshine through midweek" (not "a midweek match", some week's middle)
        r"(?<!\ba\s)(?<![\w-])mid-?(?:week|year)(?![\w-])|"
        # a film's or a sale's weekend ("its debut weekend", "the opening weekend")
        r"(?:the|its|their)\s+(?:opening|debut|launch|first|second|third|fourth)\s+weekend"
        r"(?!\s+of\b)|"
        r"the\s+(?:(?:(?:full|entire|whole|(?-i:new))\s+(?=(?:fiscal|budget)\s+year))?(?:full|entire"
        r"|whole|calendar|fiscal|(?:financial|(?-i:business)|(?-i:new)|budget)(?=\s+year)"
        # "the long holiday weekend", "the three-day weekend"
        r"|(?:long\s+)?(?:holiday|bank[\s-]holiday|(?:three|four)-day)(?=\s+weekend)"
        r"|long(?=\s+weekend)|holiday-shortened(?=\s+week))\s+)?(?:year|week|weekend|month|decade"
        r"|century))(?!-)(?P<twice>\s+(?:before\s+last|after\s+next|ahead(?!\s+of\b))\b)?",
        resolve_the_unit,
        guard_the_unit,
    ),
    _rule("week_from_day", WEEK_FROM_DAY, resolve_week_from_day),
    _rule(
        "ago",
        POINT_MOD
        + DUR_MOD
        + r"(?P<btw>(?<=between\s))?(?P<num>"
        + NUM
        # "66 million years ago": a figure's large count
        + r"(?:\s+(?:thousand|million|billion)(?=\s+years\b))?"
        # ("between 10 and 15 years ago": "and" only after "between")
        + r")(?:(?:\s+(?:to|or)\s+|(?(btw)\s+and\s+|(?!)))(?P<num2>"
        + NUM
        + r"))?[\s-]+(?:(?:full|long|straight|more)\s+)?(?P<unit>"
        + UNIT
        # "a year and a half ago"
        + r")(?P<ahalf>[\s-]+and[\s-]+a[\s-]+half)?(?P<orso>\s+or\s+so)?\s+"
        # (not "missed six weeks earlier this season": "earlier" is the season's)
        r"(?P<dir>ago|(?:earlier|later)(?!\s+(?:this|last|next|that)\s+(?:year|month|week|season"
        r"|quarter|spring|summer|fall|autumn|winter|decade|morning|afternoon|evening|night"
        r"|weekend|term|semester)\b)|from\s+now|hence"
        r"|(?:back|before)(?=\s*[.,;:!?)]))",
        resolve_ago,
    ),
    _rule(
        "duration",
        DUR_MOD
        + r"(?:(?P<det>the|th[oe]se|this(?=\s+(?:past|last)\s+\w+\s+\w+s\b)|its|their|his|her|a|an"
        r"|another|each\s+of\s+the)\s+)?"
        # "a further 12 months": more of a count (after "a" alone)
        r"(?:(?<=\ba\s)further\s+(?=\d|two|three|four|five|six|seven|eight|nine|ten|twelve))?"
        r"(?:(?P<rel>past|last|next|first|previous|preceding|prior|coming|"
        + FOLLOWING_AFTER_THE
        + r"|final|remaining|most\s+recent|recent|same|other|initial|latest|(?<=the\s)trailing|"
        r"year-earlier|year-ago|prior-year|comparable|corresponding)\s+(?!an?\s))?"
        + NOT_A_DAY_IN_A_RANGE
        + r"(?P<btw>(?<=between\s))?(?P<num>"
        + NUM
        # "1.5 million years": a figure's large count
        + r"(?:\s+(?:thousand|million|billion)(?=[\s-]+years\b))?"
        # no range from a year ("In May 2013 - four months after" is a date and a duration)
        # nor from a figure to a word after a spaced dash ("on March 10 - one day after"), nor
        # to "a" ("$15-an-hour": a rate)
        + r")(?:(?<!(?:1[5-9]|20)\d\d)(?:\s+(?:to|or)\s+|(?:-to-|\s*[-–](?<!\d\s[-–])\s*"
        # "between five and eight years" ("and" only after "between")
        r"|\s+[-–](?!\s+[a-z])\s+|(?(btw)\s+and\s+|(?!)))(?!an?\b))(?P<num2>"
        + NUM
        + r"))?(?:\s+(?P<rel2>previous|preceding|prior)(?=\s))?"
        r"(?:[\s-]+(?:full|straight|consecutive|long|more|additional|extra|further|plus"
        r"|(?P<kind>fiscal|calendar|business|working|trading|legislative|school|class"
        r"|instructional|teaching|sitting))|-odd)?[\s-]+"
        r"(?P<unit>" + UNIT + r")(?P<half>\s+and\s+a\s+half)?" + OR_BOUND + r"(?:-(?:long|old))?",
        resolve_duration,
        guard_duration,
    ),
    _rule(
        "past_day",
        # "killed in the past day": the day up to now (not "the last day of school")
        r"the\s+(?:past|last)\s+day(?!\s+of\b)(?P<orso>\s+or\s+so\b)?",
        resolve_past_day,
        guard_past_day,
    ),
    _rule(
        "unit_and_a_half",
        # "the past year and a half": the duration rule needs a count
        r"(?:the\s+)?(?P<rel>past|last|previous|next|coming|first|final)\s+"
        r"(?P<unit>year|month|week|day|hour)\s+and\s+a\s+half"
        # not "a half-dozen defenders", "a half million dollars"
        r"(?![-‐]|\s+(?:dozen|hundred|thousand|million|billion|trillion)\b)",
        resolve_unit_and_a_half,
    ),
    _rule(
        "the_hour",
        # "in the next half hour", "for the past hour": an hour or half of one from now (the
        # duration rule needs a count); not "the last hour of the debate", "the first hours"
        r"the\s+(?P<rel>past|last|next|coming|previous|first|final)\s+"
        r"(?P<half>half[\s-]+)?(?P<unit>hour)(?![\w-]|\s+of\b|\s+and\s+a\s+half)",
        resolve_the_hour,
    ),
    _rule(
        "long_compound",
        r"(?:(?P<approx>nearly|almost|roughly)\s+)?(?:(?P<unit>" + UNIT + r")-?long"
        # "the centuries-old church": some centuries (a count's age is the duration rule's)
        r"|(?P<ounit>(?:week|month|year|decade|centurie)s|millennia)-old"
        # "a multi-year deal": some years
        r"|multi-?(?P<munit>year|decade|month|week|day|hour)(?=\s+[a-z])"
        # "the half-hour meeting"
        r"|(?P<halfhour>half-hour)(?=\s+[a-z]))",
        resolve_long_compound,
    ),
    _rule(
        "vague_duration",
        # an edge of a stretch: "the final days", "its early years", "the closing seconds";
        # "a matter of days", "a handful of days"
        r"(?:(?P<edge>(?:the|its|his|her|their)\s+(?:final|closing|waning|dying|first|early"
        r"|initial|following|ensuing|subsequent)\s+)|a\s+(?:matter|handful)\s+of\s+)?"
        r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries|millennia)"
        # "weeks or months", "weeks or even months": one vague stretch
        r"(?:\s+(?:or|and)\s+(?:(?:even|possibly|perhaps|maybe)\s+)?"
        r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|millennia)\b)?",
        resolve_vague_duration,
        guard_vague,
    ),
    _rule(
        "a_while",
        r"(?:quite\s+)?a\s+(?:little\s+)?while|(?P<some>some\s+time)",
        resolve_a_while,
        guard_a_while,
    ),
    _rule(
        "half_of_this_era",
        # "the second half of the century": a part of the DCT's century (not "of the 20th")
        r"the\s+(?P<half>first|second|latter|early)\s+half\s+of\s+(?:the|this)\s+"
        r"(?P<unit>century|decade)",
        resolve_half_of_this_era,
    ),
    _rule(
        "quarter",
        # "the end of the third quarter": a part of the quarter, one timex
        r"(?:(?P<pmod>the\s+(?:end|start|beginning|middle)\s+of)\s+)?"
        r"(?:(?P<qdet>the|its|their|a|that|this\s+year's|(?P<yrel>last|this|next)\s+year's)\s+)?"
        r"(?:(?P<qyear>(?:19|20)\d\d)\s+)?(?P<qual>(?:(?:latest|current|previous|last|next|same|"
        r"comparable|corresponding|year-earlier|year-ago|prior-year|prior|preceding|year-before"
        r"|fiscal|most\s+recent|"
        r"recent|this)(?:\s+|(?<=fiscal)-))*)(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final"
        # "the back half of the year" (not "of the lineup")
        r"|(?:back|front)(?=\s+half\s+of\s+(?:the\s+(?:fiscal\s+)?year|this\s+year|next\s+year"
        r"|(?:fiscal\s+)?(?:19|20)\d\d)(?![-\w])))[\s-]+"
        # the months a quarter spans or ends with ("the April-June quarter", "the September
        # quarter")
        # ("the April-to-June period", "the July to September quarter")
        r"|(?:(?P<mfrom>"
        + MONTH
        + r")\.?(?:\s*[-–]\s*|-to-|\s+to\s+))?(?P<mto>"
        + MONTH
        + r"|holiday(?=\s+quarter))"
        # "the June-quarter revenue"
        r"(?:\.?\s+|-(?=quarter\b)))?"
        r"(?:(?:fiscal|financial)\s+)?"
        r"(?P<qunit>quarter|half|period)(?![s-])(?![-\s]+(?:of\s+a\s+)?century)(?:\s+(?:of\s+|(?<=period\s)in\s+)?(?:(?:fiscal\s+|(?-i:FY)\s?)?(?P<qyear2>(?:19|20)\d\d)|"
        r"(?P<yrel2>this\s+year|last\s+year|next\s+year)))?",
        resolve_quarter,
        guard_quarter,
    ),
    _rule(
        "reference",
        r"(?P<ref>(?:the\s+)?(?:recent|coming|(?:past|last|next|previous|prior)(?:\s+(?:few|several))?)\s+"
        r"(?:days|weeks|months|quarters|years|decades)(?:\s+(?:and|or)\s+(?:weeks|months|years)\b)?"
        r"|future\s+(?:days|weeks|months|quarters|years)|" + alternation(REFERENCE_WORDS) + r")",
        resolve_reference,
        guard_reference,
    ),
    _rule(
        "season",
        POINT_MOD
        + r"(?:(?P<rel>the)\s+)?(?P<season>"
        + SEASON
        + r")(?:\s+months)?(?:\s+(?:of\s+)?(?P<year>"  # "the summer months": the season
        + YEAR  # "the winter of 1950-51" (the winter that opens in 1950), "the summer of '44"
        + r")(?:[-–/](?:\d\d|(?:19|20)\d\d)(?![\w%]|[-–/.,:]\d))?|\s+of\s+['’](?P<yy>\d\d)\b)?",
        resolve_season,
        guard_season,
    ),
    _rule(
        "clock_time",
        r"(?:(?P<cmod>about|around|approximately|roughly|nearly|almost)\s+)?(?:(?P<h>[01]?\d|2[0-3])"
        r"(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am|pm)|(?P<cw>noon|midnight|midday)"
        # an hour and its half of the day before a bare "1:40" ("1:40 in the morning")
        r"|(?P<h3>1[0-2]|[1-9]|" + HOUR_WORDS + r")(?:[:.](?P<mi3>[0-5]\d))?\s+(?:o['’]clock\s+)?"
        r"(?P<dayhalf>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight"
        r"|this\s+(?:morning|afternoon|evening))"
        # ("As of 24:00 on Sunday": the midnight that ends the day, as Chinese ministries
        # write their daily counts)
        # (not a race's time: "a time of 1:55.69")
        r"|(?P<h2>[01]?\d|2[0-3]|24(?=:00)):(?P<mi2>[0-5]\d)(?::(?P<sec>[0-5]\d))?(?!\d|\.\d)"
        # "7:00:00 AM" in a page's stamp
        r"(?:\s*hrs\b|(?<=\d:\d\d)\s*(?P<ampm2>a\.m\.?|p\.m\.?|(?-i:AM|PM)\b(?!\s+(?-i:[A-Z][a-z]))))?"
        # a 24-hour time with no colon, said with its zone after a preposition ("at 2315
        # GMT", "by 1800 local time"); not a world time in parentheses ("(0735 GMT)")
        # ("17.05 GMT", as British pages write it with a point)
        r"|(?<!\()(?P<h4>[01]\d|2[0-3])(?:(?<=\d)\.(?=[0-5]\d\s+(?:GMT|UTC|BST|[ECMP][SD]T)\b))?(?P<mi4>[0-5]\d)"
        # "at 0900hrs", "at 1700 hours local time", "at 1200 Moscow time"
        r"(?:\s*hrs\b|\s+hours\b"
        r"|(?=\s+(?:GMT|UTC|local\s+time|(?-i:"
        + ZONE_CODES
        + r"|[A-Z][a-z]+\s+time(?!-|\s+trials?\b)))\b"
        r"|\s*\((?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)\)"  # "at 2100 (1900 GMT)"
        r"|\s+on\s+"
        + WEEKDAY  # "at 2100 on Wednesday"
        # the start of a range whose end has the zone ("from 2200 to 0600 GMT")
        + r"|"
        + CLOCK_RANGE_END_24H
        + r"))"
        # a bare hour right after a part of a day and "at" ("tonight at 9", "tomorrow
        # morning at 10:30")
        r"|(?:(?<=tonight\sat\s)|(?<=morning\sat\s)|(?<=evening\sat\s)|(?<=afternoon\sat\s)"
        r"|(?<=night\sat\s))(?P<h6>1[0-2]|[1-9])(?:[:.](?P<mi6>[0-5]\d))?"
        # then a stop or a word that goes on with the clause, not a noun the number counts
        # ("this morning at 6 different locations", "at 10 Downing Street", "at 3 to 1")
        r"(?=\s*(?:[.,;:!?)]|$)(?![.,:]\d)|\s+(?:before|after|when|while|and|as|in|on|for"
        r"|with|until|sharp|(?:local|Eastern|Pacific|Central|Mountain)\s+time|(?-i:[ECMP][SD]T"
        r"|ET|PT|GMT|UTC))\b(?!\s*\d))"
        # minutes past an hour, in words ("at ten past ten", "at half past eleven", "at one
        # minute past midnight")
        r"|(?P<pmi>(?:a\s+)?quarter|half|twenty[-\s]five|" + HOUR_WORDS + r"|twenty"
        r"|[1-5]?\d\s+minutes?|(?:one|a)\s+minute|" + HOUR_WORDS + r"\s+minutes)"
        r"\s+past\s+(?P<ph>"
        + HOUR_WORDS
        + r"|1[0-2]|[1-9]|midnight|noon)\b"
        + r"(?!\s+(?:hours?|hrs|minutes?|days?|weeks?)\b)"
        + day_half_after("phalf")
        # … or to one ("at a quarter to four", "at five to midnight"), not a range ("from
        # ten to midnight"), a score or a vote ("led by two to one", "carried by twenty to
        # four"), nor a fraction's range ("by a quarter to one third")
        + r"|(?P<tmi>(?:a\s+)?quarter|twenty[-\s]five|(?<!\bby\s)twenty"
        r"|(?<!\bfrom\s)(?<!\bby\s)(?<!\bto\s)(?:ten|five)"
        r"|[1-5]?\d\s+minutes?|(?:one|a)\s+minute|" + HOUR_WORDS + r"\s+minutes)"
        r"\s+to\s+(?P<th>"
        + HOUR_WORDS
        + r"|1[0-2]|[1-9]|midnight|noon)\b"
        # (not a range of lengths: "for 20 minutes to two hours")
        + r"(?!\s+(?:hours?|hrs|minutes?|days?|weeks?)\b)"
        + day_half_after("thalf")
        # an hour "o'clock" alone ("at 9 o'clock Friday evening")
        + r"|(?P<h5>1[0-2]|[1-9]|"
        + HOUR_WORDS
        + r")\s+o['’]clock\b(?!\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight"
        r"|this\s+(?:morning|afternoon|evening))\b))" + TZ,
        resolve_clock,
        guard_clock,
        left=AFTER_HOUR_DASH,
        right=BEFORE_GLUED_TITLE,
    ),
)

#: every rule, in rank order (an earlier rule wins a tie)
RULES: tuple[Rule, ...] = DATE_RULES + _LATER_RULES
