"""The rules for calendar dates, months, years, decades and centuries: the first of
:data:`fivews.timeline.rules.RULES`, in rank order."""

from __future__ import annotations

from fivews.timeline.guards import (
    guard_weekday_of_month,
)
from fivews.timeline.guards_calendar import (
    guard_century,
    guard_decade,
    guard_month,
)
from fivews.timeline.guards_years import (
    guard_period_code,
    guard_short_year,
    guard_slash_month,
    guard_year,
)
from fivews.timeline.idioms import NAMED_PAST_DAY_PATTERN, resolve_named_past_day
from fivews.timeline.lexicon import (
    AD_ERA,
    AFTER_GLUED_LABEL,
    AFTER_HOUR_DASH,
    BC_ERA,
    DAY_BEFORE_MONTH,
    DAYNUM,
    EARLY_YEAR,
    ERA_YEAR,
    LATE_YEAR,
    LEXICON,
    MONTH,
    ORDINAL,
    POINT_MOD,
    SPOKEN_YEAR,
    WEEKDAY,
    WEEKDAY_OF_A_DATE,
    YEAR,
    alternation,
)
from fivews.timeline.ordinal_days import (
    MONTHLY_DAY,
    ORDINAL_DAY,
    guard_bare_ordinal,
    resolve_bare_ordinal,
    resolve_monthly_day,
)
from fivews.timeline.records import Rule
from fivews.timeline.resolve_calendar import (
    resolve_full_date,
    resolve_iso,
    resolve_month,
    resolve_month_day,
    resolve_month_year,
    resolve_slash_date,
    resolve_slash_month,
    resolve_weekday_of_month,
)
from fivews.timeline.resolve_years import (
    resolve_century,
    resolve_decade,
    resolve_era_year,
    resolve_period_code,
    resolve_short_year,
    resolve_spoken_year,
    resolve_year,
)
from fivews.timeline.triggers import make_rule as _rule

#: a century's ordinal, in words or figures ("twentieth", "19th"), and one listed with its
#: "the" and modifier ("the early 19th")
_CENTURY_ORD = r"(?:" + ORDINAL + r"|\d\d?(?:st|nd|rd|th))"
#: a small word that may follow a phrase's end ("the 8th century AD and …")
_SMALL_WORD = (
    r"(?:and|or|to|until|when|in|on|at|by|for|with|as|from|during|before|after|the|a|an|was"
    r"|were|is|are)\b"
)
_LISTED_CENTURY = r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?" + _CENTURY_ORD


#: the calendar-date rules, in rank order (an earlier rule wins a tie)
DATE_RULES: tuple[Rule, ...] = (
    # first: "Sept. 11" before "attacks" is 2001's, not a month and day of the DCT's year
    # also as part of an adjective: "post-9/11 rebuilding", "the pre-9/11 world"
    _rule(
        "named_past_day",
        NAMED_PAST_DAY_PATTERN,
        resolve_named_past_day,
        left=r"(?:(?<![\w'’-])|(?<='')|(?<=post-)|(?<=pre-))",
    ),
    _rule(
        "iso_date",
        r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?",
        resolve_iso,
    ),
    _rule(
        "numeric_date",
        r"(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)",
        resolve_slash_date,
    ),
    # a month and year in figures, as date codes and expiry dates print them ("12/2016")
    _rule(
        "numeric_month_year",
        r"(?<![\d/.])(?P<mo>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?![/\d])",
        resolve_slash_month,
        guard_slash_month,
    ),
    _rule(
        "month_day_year",
        POINT_MOD
        # "Last Saturday, …"; not the "this" of a caption's "In this Sunday, Sept. 16 photo"
        + r"(?:(?:(?:(?:the\s+)?(?:last|next)|(?<![Ii]n\s)this(?:\s+past)?|past)\s+)?"
        + WEEKDAY_OF_A_DATE
        + r",?\s+)?(?P<month>"
        + MONTH
        + r")(?:,\s*(?=\d{1,2},\s*\d{4})|\s*)(?P<day>"
        + DAYNUM
        + r")(?:,\s*|\s+)(?P<year>"
        + YEAR
        + r")",
        resolve_full_date,
        guard_month,
        left=AFTER_GLUED_LABEL,
    ),
    _rule(
        "day_month_year",
        POINT_MOD
        + r"(?:(?:(?:(?:the\s+)?(?:last|next)|(?<![Ii]n\s)this(?:\s+past)?|past)\s+)?"
        + WEEKDAY_OF_A_DATE
        + r",?\s+)?"
        + DAY_BEFORE_MONTH
        + r"(?P<month>"
        + MONTH
        + r"),?\s+(?P<year>"
        + YEAR
        + r")",
        resolve_full_date,
        guard_month,
    ),
    _rule(
        "month_day",
        POINT_MOD
        # not the "this" of a caption's "In this Dec. 30 photo"
        + r"(?:(?P<rel>last|next|(?<![Ii]n\s)this|the\s+(?:following|next|previous|preceding))"
        r"\s+)?(?:"
        + WEEKDAY
        + r",?\s+)?(?P<month>"
        + MONTH
        + r")\s*(?P<day>"
        + DAYNUM
        # not "Oct. 5, 1998" (a full date) nor "May 5-year", but "On March 3, 12 soldiers"
        # and a list of days ("May 7, 8, 9 and 10");
        # "Oct. 5-6", "March 30-April 4" are ranges of days
        + r")(?!\s*(?:,\s*)?(?:(?:1[5-9]|20)\d\d\b|\d(?![\d,]*\s+[a-z]|\d?,\s))"
        + r"|-(?!\s?(?:[12]\d\b|3[01]\b|0?[1-9]\b)|"
        + MONTH
        + r"))",
        resolve_month_day,
        guard_month,
    ),
    _rule(
        "day_month",
        POINT_MOD
        + r"(?:"
        + WEEKDAY
        + r",?\s+)?"
        + DAY_BEFORE_MONTH
        + r"(?P<month>"
        + MONTH
        + r")(?!\s*\d)",
        resolve_month_day,
        guard_month,
        left=AFTER_HOUR_DASH,  # "4-6 March": the range's last day
    ),
    _rule("bare_ordinal_day", ORDINAL_DAY, resolve_bare_ordinal, guard_bare_ordinal, left=""),
    _rule("monthly_day", MONTHLY_DAY, resolve_monthly_day),
    _rule(
        "weekday_of_month",
        r"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
        + f"(?P<weekday>{WEEKDAY})\\s+(?:in|of)\\s+(?P<month>{MONTH})"
        + f"(?:,?\\s+(?P<year>{YEAR}))?",
        resolve_weekday_of_month,
        guard_weekday_of_month,
    ),
    _rule(
        "month_year",
        POINT_MOD
        + r"(?P<month>"
        + MONTH
        + r")(?:,?\s+(?:of\s+)?(?P<year>"
        + YEAR
        + r")|\s+(?P<rel>this|last|next)\s+year)",
        resolve_month_year,
        guard_month,
    ),
    _rule(
        "month",
        POINT_MOD + r"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past"
        r"|the\s+(?:following|next|previous|preceding))\s+)?(?P<month>" + MONTH + r")",
        resolve_month,
        guard_month,
    ),
    _rule(
        "year",
        POINT_MOD
        + r"(?:(?P<fiscal>fiscal(?:\s+year)?|financial\s+year|FY)\s*)?(?:the\s+year\s+)?(?P<year>"
        + YEAR
        + r"|"
        + EARLY_YEAR
        + r"|"
        + LATE_YEAR
        + r")(?!\s*[-–]\s*\d)(?:\s+(?P<beyond>and\s+beyond|or\s+later|or\s+earlier"
        r"|and\s+later(?=\s*[.,;)])|onwards?))?",
        resolve_year,
        guard_year,
    ),
    _rule("era_year", POINT_MOD + ERA_YEAR, resolve_era_year),
    _rule(
        "short_year",
        r"['’‘](?P<yy>\d\d)(?![\w'’‘%-])",
        resolve_short_year,
        guard_short_year,
        left=r"(?<![\w'’‘])",
    ),
    _rule(
        "period_code",
        r"(?:(?P<pc>Q[1-4]|H[12]|[12]H)\s*(?P<py>(?:19|20)\d\d)|(?P<py2>(?:19|20)\d\d)\s*(?P<pc2>Q[1-4]|H[12])"
        # a quarter's or a half's code alone, in capitals ("in Q2", "Q2 net income", "from
        # 1Q", "growth in H2"), a fiscal year ("FY2014", "FY14")
        r"|(?-i:(?P<pc3>Q[1-4]|H[12])|(?P<pn>[1-4])(?P<pl>Q)|(?P<pn5>[12])(?P<pl5>H))(?![-\w])"
        r"|(?-i:(?P<pn4>[1-4])Q(?P<py4>\d\d))(?![-\w])"  # an analyst's "1Q14"
        r"|(?-i:FY)\s?(?P<fy>(?:19|20)\d\d|\d\d)(?![-\w]))",
        resolve_period_code,
        guard_period_code,
    ),
    _rule(
        "decade",
        POINT_MOD
        + r"(?:the\s+)?(?:(?P<c>1[5-9]|20)?(?P<d>\d)0['’]?s|['’‘](?P<d2>\d)0s|(?P<dw>"
        + alternation(LEXICON["decade_words"])
        + r"))",
        resolve_decade,
        guard_decade,
    ),
    _rule(
        "century",
        POINT_MOD
        + r"(?:the\s+)?(?P<ord>"
        + _CENTURY_ORD
        + r")(?:[\s-]+centur(?:y|ies)\b"
        # (not "BC's", British Columbia's; "AD" only ending its phrase: not "AD agencies")
        + rf"(?:\s+(?P<cera>{BC_ERA}(?!['’]s\b)|(?:{AD_ERA})(?=[.,;:!?)]|\s*$|\s+{_SMALL_WORD})))?"
        # an ordinal listed before the one that carries "centuries": "the 17th through 19th
        # centuries", "the 18th and the 19th century" are two centuries
        # ("18th- and 19th-century screens")
        + rf"|(?=-?(?:\s*,\s*{_LISTED_CENTURY})*,?\s+(?:and|or|to|through|into|until)\s+"
        + rf"{_LISTED_CENTURY}[\s-]+centur(?:y|ies)\b))",
        resolve_century,
        guard_century,
    ),
    _rule(
        "spoken_year",
        SPOKEN_YEAR,
        resolve_spoken_year,
    ),
)
