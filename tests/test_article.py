"""Reading articles into blocks, and inferring the publication date."""

from __future__ import annotations

import pytest

from fivews.article import (
    Block,
    decode_bytes,
    from_record,
    from_text,
    infer_published,
    read_article,
    segment_text,
)
from fivews.errors import (
    BinaryInputError,
    DateError,
    EmptyInputError,
    EncodingInputError,
    MissingFileError,
    NotEnglishWarning,
    RecordError,
)


def kinds(blocks: list[Block]) -> list[str]:
    return [b.kind for b in blocks]


def assert_offsets(text: str, blocks: list[Block]) -> None:
    for block in blocks:
        assert text[block.start : block.end] == block.text


def assert_every_line_kept(text: str, blocks: list[Block]) -> None:
    """Every non-blank line's characters fall inside some block."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            s = pos + len(line) - len(line.lstrip())
            assert any(b.start <= s < b.end for b in blocks), line
        pos += len(line) + 1


def test_seed_structure(seed_text: str) -> None:
    article = read_article(seed_text)
    blocks = article.blocks
    assert_offsets(seed_text, blocks)
    assert_every_line_kept(seed_text, blocks)
    assert kinds(blocks)[:5] == ["boilerplate", "boilerplate", "headline", "caption", "caption"]
    assert blocks[4].duplicate_of == 3
    assert article.title == "Russia: Special Forces Helping Syria Win Key City"
    assert [b.text for b in blocks if b.kind == "subhead"] == [
        "Russian-backed troops advance",
        "Raqqa battle nearly won",
    ]
    assert kinds(blocks).count("paragraph") == 11


def test_seed_publication_date_is_inferred_with_reasons(seed_text: str) -> None:
    published = read_article(seed_text).published
    assert published.source == "inferred"
    assert published.value == "2017-09-21"
    assert any("2017-09-15" in step for step in published.evidence)


def test_given_date_wins(seed_text: str) -> None:
    published = read_article(seed_text, published="2017-09-28").published
    assert (published.value, published.source) == ("2017-09-28", "given")


def test_bad_given_date() -> None:
    with pytest.raises(DateError):
        from_text("Some text here that is long enough to read.", published="next week")


BBC_LIKE = """Skip to content
Home
News
Sport

Ministers agree new budget after all-night talks

Published
3 hours ago

Share

Image source, Getty Images
Image caption, The finance minister arrived at parliament early on Tuesday

Ministers have agreed a new budget after talks that lasted through the night, the government said.

The deal includes higher spending on schools and hospitals.

What is in the deal?

Officials said the package would cost about 4bn euros over three years.

Related Topics
Economy
Europe
"""


def test_other_layout_chrome_captions_subheads() -> None:
    blocks = segment_text(BBC_LIKE)
    assert_offsets(BBC_LIKE, blocks)
    assert_every_line_kept(BBC_LIKE, blocks)
    by_text = {b.text: b.kind for b in blocks}
    for chrome in (
        "Skip to content",
        "Home",
        "Share",
        "Image source, Getty Images",
        "Related Topics",
        "Economy",
    ):
        assert by_text[chrome] == "boilerplate", chrome
    assert by_text["Ministers agree new budget after all-night talks"] == "headline"
    assert (
        by_text["Image caption, The finance minister arrived at parliament early on Tuesday"]
        == "caption"
    )
    assert by_text["What is in the deal?"] == "subhead"
    assert by_text["The deal includes higher spending on schools and hospitals."] == "paragraph"


def test_hard_wrapped_paragraph_is_one_block() -> None:
    text = "Title of the story\n\nThe minister said on Monday that the plan\nwould go ahead despite protests.\n"
    blocks = segment_text(text)
    assert kinds(blocks) == ["headline", "paragraph"]
    assert blocks[1].text.endswith("despite protests.")


def test_line_cut_after_an_article_or_of_is_joined_before_digits_and_capitals() -> None:
    text = (
        "Troops leave northern town\n\n"
        "The army said the troops who arrived in the fall of\n2013 would leave, and that the\n"
        "Kurdish fighters would stay.\n"
    )
    blocks = segment_text(text)
    assert kinds(blocks) == ["headline", "paragraph"]
    assert blocks[1].text.endswith("would stay.")


def test_text_wrapped_at_a_width_is_joined_before_capitals() -> None:
    lines = [
        "DETROIT The Transportation Department on Wednesday issued voluntary guidelines for",
        "makers of mobile devices, asking them to help keep eyes on the road while driving.",
        "The guidelines also ask manufacturers to make it easy to pair their devices with",
        "in-vehicle systems to facilitate hands-free phone use by drivers on the highway.",
        "Mark Rosekind, administrator of the National Highway Traffic Safety Board, said on",
        "Wednesday that driver distraction was one of the factors behind the rise in deaths.",
    ]
    text = "Agency offers guidelines to curb distraction\n\n" + "\n    ".join(lines) + "\n"
    blocks = segment_text(text)
    assert kinds(blocks) == ["headline", "paragraph", "paragraph", "paragraph"]
    assert blocks[3].text.startswith("Mark Rosekind") and blocks[3].text.endswith("deaths.")


def test_one_line_paragraphs_are_not_joined_before_capitals() -> None:
    text = (
        "Headline About Something Here\n\n"
        "The minister said on Monday that the plan would go ahead despite the protests in\n"
        "Brussels and other cities drew thousands of people over the whole weekend again.\n"
        "A short line.\nAnother line of a quite different length that ends here.\n"
        "And a last one that is much longer than all the others so far, with no wrap width"
        " at all.\n"
    )
    blocks = segment_text(text)
    assert [b.text.split()[0] for b in blocks[1:]] == ["The", "Brussels", "A", "Another", "And"]


def test_a_long_paragraph_with_a_photo_credit_inside_is_no_caption() -> None:
    body = " ".join(
        f"Sentence {n} of the story tells what the council decided about the plan on Monday."
        for n in range(6)
    )
    text = (
        f"Council approves plan\n\n{body} (Photo by Jane Doe) {body}\n\nShort caption (AP Photo)\n"
    )
    blocks = segment_text(text)
    assert kinds(blocks) == ["headline", "paragraph", "caption"]


def test_wire_caption_with_date_and_credit_marker() -> None:
    text = (
        "Storm hits coast\n\n"
        "Waves crash against a sea wall in Brighton, England, Oct. 3, 2021.\n\n"
        "Residents clear debris in Hove. (AP Photo/Jane Doe)\n\n"
        "A powerful storm hit the south coast on Sunday, cutting power to thousands of homes.\n"
    )
    assert kinds(segment_text(text)) == ["headline", "caption", "caption", "paragraph"]


def infer(text: str):
    return infer_published(text, segment_text(text))


def test_body_date_alone_is_not_trusted() -> None:
    text = (
        "Council votes on plan\n\n"
        "The council first discussed the plan on March 2, 2020, officials said.\n\n"
        "It approved the plan on Tuesday after a long debate, the mayor said Wednesday.\n"
    )
    published = infer(text)
    # A date in the body may be history: it is told in the evidence, not given as the value.
    assert published.value is None and published.basis == "body-date"
    assert any("2020-03-04" in step and "low" in step for step in published.evidence)


def test_no_dates_means_no_inferred_value() -> None:
    text = "Market rallies\n\nShares rose on Friday as investors cheered the results.\n"
    published = infer(text)
    assert published.value is None and published.evidence and published.confidence is None


def test_seed_date_rests_on_caption_and_weekdays(seed_text: str) -> None:
    published = read_article(seed_text).published
    assert (published.value, published.confidence, published.basis) == (
        "2017-09-21",
        "medium",
        "caption",
    )
    assert any("Wednesday, Thursday" in step for step in published.evidence)


def test_caption_date_without_weekday_is_low() -> None:
    text = (
        "Storm hits coast\n\n"
        "Waves crash against a sea wall in Brighton, England, Oct. 3, 2021.\n\n"
        "The storm cut power to thousands of homes, the utility said.\n"
    )
    assert infer(text).value is None


def test_future_weekday_is_not_past_news() -> None:
    text = (
        "Talks to resume\n\n"
        "Delegates arrive in Geneva, Switzerland, June 3, 2019.\n\n"
        "Negotiators met on Tuesday and will meet again on Friday, officials said.\n"
    )
    # 2019-06-03 is a Monday; Friday is still to come, so only Tuesday places the date.
    assert infer(text).value == "2019-06-04"


def test_stale_caption_date_is_not_trusted() -> None:
    text = (
        "Senator looks back\n\n"
        "The senator speaks at a rally in Ohio, May 2, 2004.\n\n"
        "The senator said Monday that he would not run in 2012.\n"
    )
    published = infer(text)
    assert published.value is None
    assert any("2012" in step for step in published.evidence)


def test_time_stamp_above_the_body_is_the_date() -> None:
    text = "Bridge reopens\n\nApril 27, 2005\n\nThe bridge reopened to traffic on Monday.\n"
    published = infer(text)
    assert (published.value, published.confidence, published.basis) == (
        "2005-04-27",
        "high",
        "timestamp",
    )


def test_bare_date_below_the_body_is_not_a_time_stamp() -> None:
    text = (
        "Bridge reopens\n\n"
        "The bridge reopened to traffic on Monday, officials said.\n\n"
        "Correction:\n\n"
        "Saturday, December 19, 2015.\n"
    )
    assert infer(text).value is None


def test_updated_stamp_is_medium() -> None:
    text = (
        "Bridge reopens\n\n"
        "Updated 10:32 AM ET, Thu September 21, 2017\n\n"
        "The bridge reopened to traffic on Monday, officials said.\n"
    )
    published = infer(text)
    assert (published.value, published.confidence) == ("2017-09-21", "medium")


def test_dateline_with_a_date() -> None:
    text = (
        "Firm buys offices\n\n"
        "DENVER, March 4, 2011 -- Acme Holdings said it bought an office park for $12 million.\n"
    )
    published = infer(text)
    assert (published.value, published.basis, published.confidence) == (
        "2011-03-04",
        "dateline",
        "high",
    )


def test_date_deep_in_a_paragraph_is_not_a_dateline() -> None:
    text = (
        "Firm buys offices\n\n"
        "On March 4, 2011, Acme Holdings bought an office park - its largest deal.\n"
    )
    assert infer(text).basis != "dateline"


def test_weekday_named_date_takes_its_year_from_the_text() -> None:
    text = (
        "Voters head to polls\n\n"
        "The state held its primary on Tuesday, March 1, the first of 2016, officials said "
        "Wednesday.\n"
    )
    published = infer(text)
    # March 1 fell on a Tuesday in 2016 (and in 2011 and 2022, years the text does not name);
    # the Wednesday named as past news is the day after it.
    assert (published.value, published.basis, published.confidence) == (
        "2016-03-02",
        "dated-reference",
        "medium",
    )
    assert any("= 2016-03-01" in step for step in published.evidence)


def test_a_lone_weekday_named_date_is_not_given_as_the_date() -> None:
    # Nothing says the dated mention is recent news (it may be a meeting's date or
    # history's): the date it would give stays in the evidence, the value is None.
    text = (
        "Council to vote on budget\n\n"
        "The council first met on Tuesday, March 1, 2016, in the old town hall.\n"
    )
    published = infer(text)
    assert published.value is None
    assert published.basis == "dated-reference"
    assert any("2016-03-01" in step for step in published.evidence)


def test_weekday_named_date_without_a_year_named_is_silent() -> None:
    text = "Voters head to polls\n\nThe state held its primary on Tuesday, March 1.\n"
    assert infer(text).value is None


def test_embedded_post_date_anchors_weekdays() -> None:
    text = (
        "Candidate answers critics\n\n"
        "The candidate replied on Twitter:\n\n"
        "We will win this state. — Jane Roe (@janeroe) March 7, 2016\n\n"
        "Her rival said Wednesday that the polls were wrong.\n"
    )
    published = infer(text)
    # 2016-03-07 is a Monday; the Wednesday after it is 2016-03-09.
    assert (published.value, published.basis) == ("2016-03-09", "embed")


def test_confidence_is_only_written_when_set() -> None:
    given = from_text("Some text here that is long enough to read.", published="2020-01-02")
    assert set(given.published.to_dict()) == {"value", "source", "evidence"}
    text = "Bridge reopens\n\nApril 27, 2005\n\nThe bridge reopened to traffic on Monday.\n"
    assert from_text(text).published.to_dict()["confidence"] == "high"


def test_long_paragraph_ending_on_a_date_is_not_a_caption() -> None:
    text = (
        "Former staffer sues panel\n\n"
        "The lawsuit filed by a former staffer alleges a long list of violations, among them "
        "that the panel fired him for raising concerns about the direction of its inquiry "
        "into the attack on the embassy and the annex, which the panel began to investigate "
        "many months after the assault on Sept. 11, 2012.\n"
    )
    assert kinds(segment_text(text)) == ["headline", "paragraph"]


def test_news_sentence_ending_on_a_date_is_not_a_caption() -> None:
    text = "Plant to open\n\nThe new plant will open its doors on July 1, 2017.\n"
    assert kinds(segment_text(text)) == ["headline", "paragraph"]


def test_missing_file(tmp_path) -> None:
    with pytest.raises(MissingFileError):
        read_article(tmp_path / "nope.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  "])
def test_empty_or_whitespace_file(tmp_path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyInputError):
        read_article(path)


def test_binary_file(tmp_path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(BinaryInputError, match="PNG"):
        read_article(path)
    with pytest.raises(BinaryInputError):
        decode_bytes(b"abc\x00def" * 100)


def test_non_utf8_is_a_clear_error_with_a_way_out(tmp_path) -> None:
    path = tmp_path / "latin1.txt"
    original = "Le président a parlé à Paris mardi soir.".encode("latin-1")
    path.write_bytes(original)
    with pytest.raises(EncodingInputError, match="--encoding"):
        read_article(path)
    article = read_article(path, encoding="latin-1")
    assert "président" in article.text
    assert path.read_bytes() == original  # input never modified


def test_other_language_warns_but_is_processed() -> None:
    text = (
        "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs "
        "touchés par la sécheresse, selon un communiqué publié à Paris. Les syndicats ont salué ces "
        "annonces tout en demandant davantage d'aides pour les petites exploitations."
    )
    with pytest.warns(NotEnglishWarning):
        article = from_text(text)
    assert article.language == "fr"
    assert article.blocks and article.warnings


def test_record() -> None:
    article = from_record(
        {
            "id": 7,
            "text": "Headline here\n\nThe body of the story, said officials.",
            "published": "2020-01-02",
        }
    )
    assert article.id == "7" and article.published.source == "given"
    with pytest.raises(RecordError):
        from_record({"id": 1, "body": "no text field"})
    with pytest.raises(EmptyInputError):
        from_record({"id": 1, "text": "  "})


def test_html_uses_trafilatura_metadata(tmp_path) -> None:
    html = """<!DOCTYPE html><html><head><title>Bridge reopens after repairs</title>
    <meta property="article:published_time" content="2021-04-06T10:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Bridge reopens after repairs</h1>
    <p>The city's main bridge reopened on Monday after eight months of repairs, officials said.</p>
    <p>Engineers replaced the steel cables and resurfaced the deck, the transport department said.</p>
    <p>Traffic was expected to return to normal by the end of the week, according to the mayor.</p>
    </article><footer>Copyright 2021</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert article.source_format == "html"
    assert "main bridge reopened" in article.text
    assert "<p>" not in article.text
    assert article.published.source == "metadata" and article.published.value == "2021-04-06"
    assert_offsets(article.text, article.blocks)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("KABUL, Afghanistan (AP) \u2014 A suicide bomber struck a checkpoint.", "KABUL"),
        ("NEW YORK, Feb 5 (Reuters) - Stocks fell on Monday.", "NEW YORK"),
        ("PARIS \u2014 The minister resigned.", "PARIS"),
    ],
)
def test_a_wire_dateline_is_a_block_attribute(opening: str, place: str) -> None:
    text = f"Headline About Something Here\n\n{opening}\n\nA second paragraph follows here.\n"
    blocks = segment_text(text)
    found = [b for b in blocks if b.dateline is not None]
    assert len(found) == 1 and found[0].kind == "paragraph"
    dateline = found[0].dateline
    assert dateline.place == place == text[dateline.place_start : dateline.place_end]
    assert text[dateline.start : dateline.end] == dateline.text
    assert text[dateline.end :].startswith(opening.split("- ", 1)[-1].split("\u2014 ", 1)[-1])
    as_dict = found[0].to_dict()["dateline"]
    assert as_dict["place"] == {
        "start": dateline.place_start,
        "end": dateline.place_end,
        "text": place,
    }


@pytest.mark.parametrize(
    ("opening", "place", "rest"),
    [
        ("BEIJING --At least 10 people were killed.", "BEIJING", "At least"),
        ("GAZA \u2014\u201cWe will stay,\u201d he said.", "GAZA", "\u201cWe will"),
        (
            "LOUISVILLE, KY--(Marketwire - Oct 10, 2012) - Acme Corp. said it would grow.",
            "LOUISVILLE",
            "Acme Corp.",
        ),
    ],
)
def test_glued_and_press_release_datelines(opening: str, place: str, rest: str) -> None:
    text = f"Headline About Something Here\n\n{opening}\n\nA second paragraph follows here.\n"
    found = [b for b in segment_text(text) if b.dateline is not None]
    assert len(found) == 1
    dateline = found[0].dateline
    assert dateline.place == place and text[dateline.end :].startswith(rest)


def test_a_dateline_on_its_own_line_is_furniture_before_the_lead() -> None:
    text = (
        "Russia moves troops to the border\n\nWashington (CNN)\n"
        "Russian forces moved closer to the border on Tuesday, US officials said.\n\n"
        "The move came after talks failed.\n"
    )
    blocks = segment_text(text)
    assert kinds(blocks) == ["headline", "boilerplate", "paragraph", "paragraph"]
    assert blocks[1].label == "dateline" and blocks[1].dateline.place == "Washington"
    assert blocks[2].dateline is None


def test_no_dateline_in_ordinary_prose_or_after_the_second_paragraph() -> None:
    text = (
        "Headline About Something Here\n\nThe army said on Monday that it had won.\n\n"
        "Officials agreed.\n\nLONDON \u2014 A third paragraph cannot open the story.\n"
    )
    assert all(b.dateline is None for b in segment_text(text))
    assert "dateline" not in segment_text(text)[1].to_dict()


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Get daily updates directly to your inbox", "subscription"),
        ("Sign up for our morning briefing", "subscription"),
        ("Enter your email address:", "subscription"),
        ("Embed", "share"),
        ("1.2K shares", "share"),
        ("Comments (45)", "share"),
        ("Follow Jane Roe on Twitter @janeroe.", "share"),
        ("EPA", "credit"),
        ("Getty Images", "credit"),
        ("AFP/Getty Images", "credit"),
        ("Jane Roe / Reuters.", "credit"),
        ("(AP Photo/Jane Roe)", "credit"),
        ("Image copyright Getty Images", "credit"),
        ("Image caption", "credit"),
        ("Photograph: Jane Roe/AP", "credit"),
        ("(Reporting by Jane Roe; Editing by John Doe)", "credit"),
        ("Contributing: Jane Roe", "credit"),
        ("John Doe contributed to this report.", "credit"),
        ("Read more: Council approves budget", "related"),
        ("MORE: Poll shows tight race", "related"),
        ("Related", "related"),
        ("By Jane Roe and John Doe, Associated Press", "byline"),
        ("By Jane Roe | Sept. 21, 2017", "byline"),
        ("Thursday, 21 September 2017 14:32 GMT", "timestamp"),
        ("We use cookies to improve your experience.", "cookie"),
        ("The code has been copied to your clipboard.", "media"),
        ("No media source currently available", "media"),
        ("270p | 3.6MB", "media"),
        ("Photo by Jane Roe/Getty Images", "credit"),
        ("SOURCE: News agencies", "credit"),
        ("ABSTRACT.", "section"),
        ("FULL TEXT.", "section"),
        ("Correction Appended.", "section"),
    ],
)
def test_chrome_lines(line: str, label: str) -> None:
    from fivews.article import chrome_label

    assert chrome_label(line) == label


@pytest.mark.parametrize(
    "line",
    [
        "More than 300 militants remain in the city.",
        "They are also serving cookies.",
        "By Tuesday, the troops had taken the city.",
        "By Election Day, the race was over.",
        "Watch the full interview below:",
        "Share prices fell sharply on Monday.",
        "Reuters reported the deal on Friday.",
    ],
)
def test_content_lines_are_not_chrome(line: str) -> None:
    from fivews.article import chrome_label

    assert chrome_label(line) is None


def test_glued_byline_is_split_off_and_kept() -> None:
    text = (
        "Senate passes bill\n\n"
        "By JANE ROE Associated Press WASHINGTON (AP) \u2014 The Senate passed the bill on Tuesday.\n"
    )
    blocks = segment_text(text)
    assert_offsets(text, blocks)
    assert [(b.kind, b.label) for b in blocks] == [
        ("headline", None),
        ("boilerplate", "byline"),
        ("paragraph", None),
    ]
    assert blocks[2].dateline is not None and blocks[2].dateline.place == "WASHINGTON"


def test_outlet_dateline_glued_to_the_first_word() -> None:
    text = "Minister named\n\nWashington (CNN)Jane Roe is the leading candidate, sources said.\n"
    paragraph = segment_text(text)[1]
    assert paragraph.dateline is not None
    assert (paragraph.dateline.place, paragraph.dateline.text) == ("Washington", "Washington (CNN)")


def test_list_after_a_colon_stays_text() -> None:
    text = (
        "Candidates prepare for the debate\n\n"
        "Analysts said the candidate has the following tasks ahead of her tonight:\n"
        "Explain her plan\n"
        "Stay calm\n\n"
        "The debate starts at nine o'clock in the evening, organisers said.\n"
    )
    assert "boilerplate" not in kinds(segment_text(text))


def test_weekday_named_date_in_a_future_sentence_is_no_anchor() -> None:
    text = (
        "Veteran remembered\n\n"
        "Services will be held at the chapel of St. Mary, Inc., 4 p.m. Friday, March 27, 2009.\n"
    )
    assert infer(text).value is None


def test_year_of_a_weekday_named_date_is_near_the_latest_year_named() -> None:
    text = (
        "Street renamed\n\n"
        "The street was laid out in 1987. The council heard the plan on Monday, March 16, "
        "and will vote in 2009.\n"
    )
    # March 16 fell on a Monday in 1987 and in 2009: the latest year named decides (a
    # lone dated mention is not given as the value, but its date is in the evidence).
    assert any("= 2009-03-16" in step for step in infer(text).evidence)


def test_glued_time_stamp_is_split_off_and_dates_the_article() -> None:
    text = (
        "Prices rise\n\n"
        "Updated 10:32 AM ET, Sept. 21, 2017 LONDON \u2014 Prices rose sharply, traders said.\n"
    )
    blocks = segment_text(text)
    assert_offsets(text, blocks)
    assert [(b.kind, b.label) for b in blocks[1:]] == [
        ("boilerplate", "timestamp"),
        ("paragraph", None),
    ]
    assert infer(text).value == "2017-09-21"


def test_dated_wire_dateline_is_read_whole() -> None:
    text = (
        "Stocks fall\n\nNEW YORK, Feb. 5, 2016 (Reuters) - Stocks fell on Friday, traders said.\n"
    )
    paragraph = segment_text(text)[1]
    assert paragraph.dateline is not None and paragraph.dateline.place == "NEW YORK"
    assert infer(text).value == "2016-02-05"
