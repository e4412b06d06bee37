"""Tests of the one-page HTML report (fivews.report) on a small hand-made result.

The article and its analysis below are written by hand (not the pipeline's output), so
these tests check the renderer alone: escaping, self-containment, highlights of every
layer, nesting of overlapping spans, the five Ws (given and missing) and the atomic write.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from fivews import report

SAMPLE_TEXT = (
    "Accessibility links\n\n"
    "Share this story\n\n"
    "Floods Force Thousands From Homes in Northern Town\n\n"
    "Rescue workers carry a child through flood water in Riverton, March 5, 2024.\n"
    "Rescue workers carry a child through flood water in Riverton, March 5, 2024.\n\n"
    "Heavy rain flooded the northern town of Riverton on Tuesday, forcing about 3,000 "
    "residents from their homes, the regional emergency agency said.\n\n"
    "Mayor Ana Lopez said the river rose two meters in six hours. "
    "The agency, however, claimed that the levees held.\n\n"
    "A reader wrote <script>alert(1)</script> & <b>bold</b> in the comments.\n"
)


def _span(needle: str, nth: int = 0) -> dict[str, Any]:
    """``{text, start, end}`` of the ``nth`` occurrence of ``needle`` in SAMPLE_TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = SAMPLE_TEXT.index(needle, start + 1)
    return {"text": needle, "start": start, "end": start + len(needle)}


def _block(kind: str, needle: str, nth: int = 0, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, **_span(needle, nth), **extra}


def sample_result() -> dict[str, Any]:
    """A hand-made output dictionary for SAMPLE_TEXT with every layer filled."""
    caption = "Rescue workers carry a child through flood water in Riverton, March 5, 2024."
    first = (
        "Heavy rain flooded the northern town of Riverton on Tuesday, forcing about 3,000 "
        "residents from their homes, the regional emergency agency said."
    )
    second = (
        "Mayor Ana Lopez said the river rose two meters in six hours. "
        "The agency, however, claimed that the levees held."
    )
    blocks = [
        _block("boilerplate", "Accessibility links"),
        _block("boilerplate", "Share this story"),
        _block("headline", "Floods Force Thousands From Homes in Northern Town"),
        _block("caption", caption),
        _block("caption", caption, 1, duplicate_of=3),
        _block("paragraph", first),
        _block("paragraph", second),
        _block(
            "paragraph", "A reader wrote <script>alert(1)</script> & <b>bold</b> in the comments."
        ),
    ]
    riverton = [_span("Riverton", i) | {"sentence": 0} for i in range(3)]
    sentences = [
        _span("Floods Force Thousands From Homes in Northern Town"),
        _span(caption),
        _span(caption, 1),
        _span(first),
        _span("Mayor Ana Lopez said the river rose two meters in six hours."),
        _span("The agency, however, claimed that the levees held."),
    ]
    return {
        "document": {
            "title": "Floods Force Thousands From Homes in Northern Town",
            "published": {"value": "2024-03-06", "source": "given", "evidence": "caller"},
            "blocks": blocks,
            "sentences": [{"start": x["start"], "end": x["end"]} for x in sentences],
        },
        "entities": [
            {
                "id": "E1",
                "name": "Riverton",
                "label": "GPE",
                "aliases": [],
                "mentions": riverton,
                "salience": 0.9,
                "lat": 45.1,
                "lon": -93.2,
                "country": "US",
            },
            {
                "id": "E2",
                "name": "Ana Lopez",
                "label": "PERSON",
                "aliases": ["Lopez"],
                "mentions": [_span("Ana Lopez")],
                "salience": 0.5,
                "role": "Mayor",
            },
            {
                "id": "E3",
                "name": "the regional emergency agency",
                "label": "ORG",
                "aliases": ["The agency"],
                "mentions": [_span("the regional emergency agency"), _span("The agency")],
                "salience": 0.6,
            },
        ],
        "timexes": [
            _span("March 5, 2024", 0) | {"type": "DATE", "value": "2024-03-05"},
            _span("Tuesday") | {"type": "DATE", "value": "2024-03-05"},
            _span("six hours") | {"type": "DURATION", "value": "PT6H"},
        ],
        "claims": [
            {
                "id": "C1",
                "source": {"text": "Ana Lopez", "entity": "E2"},
                "cue": "said",
                "cue_lemma": "say",
                "content": _span("the river rose two meters in six hours"),
                "direct": False,
                "date": "2024-03-06",
                "stance": "neutral",
                "hedges": [],
                "quantities": [],
                "contested_by": [],
            },
            {
                "id": "C2",
                "source": {"text": "The agency", "entity": "E3"},
                "cue": "claimed",
                "cue_lemma": "claim",
                "content": _span("that the levees held"),
                "direct": False,
                "date": "2024-03-06",
                "stance": "distancing",
                "hedges": [],
                "quantities": [],
                "contested_by": [],
            },
            # A claim whose content crosses an entity mention: one of them cannot be drawn.
            {
                "id": "C3",
                "source": {"text": "the regional emergency agency", "entity": "E3"},
                "cue": "said",
                "content": _span("Heavy rain flooded the northern town of River"),
                "stance": "neutral",
            },
        ],
        "events": [
            {
                "id": "V1",
                "text": "Heavy rain flooded the northern town",
                "trigger": "flooded",
                **{
                    k: v
                    for k, v in _span("Heavy rain flooded the northern town").items()
                    if k != "text"
                },
                "time": {"value": "2024-03-05", "how": "explicit"},
                "actors": ["Heavy rain"],
                "place": "E1",
            },
        ],
        "main_event": {
            "who": {"text": "Heavy rain", "entity": None},
            "what": {"text": "flooded the northern town"},
            "when": {"text": "Tuesday", "value": "2024-03-05"},
            "where": {"text": "Riverton", "entity": "E1", "lat": 45.1, "lon": -93.2},
            "evidence": {
                "sentence": first,
                **{k: v for k, v in _span(first).items() if k != "text"},
            },
        },
    }


VOID_ELEMENTS = {"meta", "img", "br", "hr", "link", "input"}


class TagCollector(HTMLParser):
    """Collects the start tags (with attributes), each tag's open ancestors, and the text
    of an HTML page; fails on a closing tag that does not match the open element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ancestors: list[list[dict[str, str | None]]] = []
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.ancestors.append([a for _, a in self.stack])
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(page)
    collector.close()
    return collector


@pytest.fixture(scope="module")
def page() -> str:
    return report.render_report(sample_result(), SAMPLE_TEXT)


def test_article_markup_is_escaped(page: str) -> None:
    parsed = parse(page)
    assert not [t for t, _ in parsed.tags if t == "script"], "the article's <script> became a tag"
    assert not [t for t, _ in parsed.tags if t == "b"], "the article's <b> became a tag"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # ...and a reader sees it as text
    assert "<script>alert(1)</script> & <b>bold</b>" in "".join(parsed.text)


def test_title_and_tooltips_are_escaped() -> None:
    result = sample_result()
    result["document"]["title"] = 'Bad "title" <img src=x onerror=alert(1)>'
    result["entities"][1]["role"] = '"><script>alert(2)</script>'
    page = report.render_report(result, SAMPLE_TEXT)
    parsed = parse(page)
    assert not [t for t, _ in parsed.tags if t in ("script", "img")]
    assert "<script>alert(2)</script>" not in page


def test_page_is_self_contained(page: str) -> None:
    parsed = parse(page)
    for tag, attrs in parsed.tags:
        for name in ("src", "href", "srcset", "action", "data"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:)?//", value), (
                f"<{tag} {name}={value!r}> loads from the network"
            )
        if tag == "link":
            pytest.fail("a <link> element may load a stylesheet or font")
    assert "@import" not in page and "url(" not in page


def test_figures_are_embedded_as_data_uris() -> None:
    from fivews.plots._style import new_figure

    fig, ax = new_figure(4, 3)
    ax.plot([0, 1, 2], [2, 0, 1])
    page = report.render_report(sample_result(), SAMPLE_TEXT, {"A test figure": fig})
    images = [a for t, a in parse(page).tags if t == "img"]
    assert len(images) == 1
    assert images[0]["src"].startswith("data:image/png;base64,iVBOR")
    assert images[0]["alt"] == "A test figure"


def test_highlights_of_every_layer(page: str) -> None:
    parsed = parse(page)
    marks = [a for t, a in parsed.tags if t == "mark"]
    entity_labels = [a["data-label"] for a in marks if "entity" in (a.get("class") or "")]
    timex_labels = [a["data-label"] for a in marks if "timex" in (a.get("class") or "")]
    claims = [a for t, a in parsed.tags if t == "span" and a.get("class") == "claim"]
    # Riverton x3 (GPE), Ana Lopez, the agency x2; one Riverton mention crosses claim C3's
    # content... but claims win, so that mention is dropped: 5 drawn.
    assert sorted(entity_labels) == ["GPE", "GPE", "ORG", "ORG", "PERSON"]
    assert sorted(timex_labels) == ["DATE 2024-03-05", "DATE 2024-03-05", "DURATION PT6H"]
    assert sorted(a["data-stance"] for a in claims) == ["distancing", "neutral", "neutral"]
    # colours come from the palette shared with the figures
    from fivews.plots._style import PALETTE

    person = next(a for a in marks if a.get("data-label") == "PERSON")
    assert PALETTE["PERSON"] in person["style"]


def test_nested_spans_are_well_formed(page: str) -> None:
    # The parser asserts every closing tag matches; "six hours" (a timex inside Lopez's
    # claim) must be drawn inside the claim's span.
    parsed = parse(page)
    assert not parsed.stack
    i = next(i for i, (t, a) in enumerate(parsed.tags) if a.get("data-label") == "DURATION PT6H")
    assert any(
        a.get("class") == "claim" and "Ana Lopez" in (a.get("title") or "")
        for a in parsed.ancestors[i]
    )


def test_nest_highlights_drops_crossing_lower_priority_span() -> None:
    h = report.Highlight
    claim = h(0, 10, "claim", "x · neutral", "#000000")
    inside = h(2, 5, "entity", "PERSON", "#000000")
    crossing = h(8, 14, "entity", "GPE", "#000000")
    timex_on_entity = h(2, 5, "timex", "DATE", "#000000")
    nested = report.nest_highlights([crossing, inside, claim, timex_on_entity])
    assert nested.kept == [claim, inside, timex_on_entity]
    assert nested.dropped == [crossing]
    html = report.render_span_text("0123456789abcdef", 0, 16, nested.kept)
    assert html.count("<mark") == 2 and html.index("<mark") > html.index('<span class="claim"')


def test_chrome_and_repeated_caption_are_dimmed(page: str) -> None:
    tags = parse(page).tags
    classes = [a.get("class") or "" for t, a in tags if (a.get("id") or "").startswith("block-")]
    assert sum("boilerplate" in c for c in classes) == 2
    assert sum("duplicate" in c for c in classes) == 1
    assert sum("headline" in c for c in classes) == 1


def test_five_ws_at_the_top(page: str) -> None:
    top = page[: page.index('id="article"')]
    for question, answer in [
        ("Who", "Heavy rain"),
        ("What", "flooded the northern town"),
        ("When", "Tuesday"),
        ("Where", "Riverton"),
    ]:
        assert f"<dt>{question}</dt>" in top
        assert answer in top
    assert "2024-03-05" in top
    # the main event's sentence is inside claim C3 (by the agency)
    assert "the regional emergency agency" in top


def test_missing_main_event_says_not_determined() -> None:
    result = sample_result()
    result["main_event"] = {}
    page = report.render_report(result, SAMPLE_TEXT)
    top = page[: page.index('id="article"')]
    assert top.count(report.NOT_DETERMINED) == 5  # who, what, when, where, according to whom


def test_empty_result_renders_the_text() -> None:
    page = report.render_report({}, "Just a <line>.\n\nAnd another.")
    assert "Just a &lt;line&gt;." in page and "And another." in page


def test_write_report_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "sub" / "report.html"
    written = report.write_report(sample_result() | {"text": SAMPLE_TEXT}, out, figures={})
    assert written == out and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert os.listdir(out.parent) == ["report.html"]  # no temporary file left behind

    # A failure while writing leaves the previous report untouched and no temporary file.
    before = out.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(report.page.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        report.write_report(sample_result() | {"text": SAMPLE_TEXT}, out, figures={})
    assert out.read_bytes() == before
    assert os.listdir(out.parent) == ["report.html"]


def test_write_report_rebuilds_text_from_blocks(tmp_path: Path) -> None:
    result = sample_result()
    for block in result["document"]["blocks"]:
        block["text"] = SAMPLE_TEXT[block["start"] : block["end"]]
    out = report.write_report(result, tmp_path / "r.html", figures={})
    assert "flooded the northern town" in out.read_text(encoding="utf-8")


def test_claim_parts_cue_and_source_offsets() -> None:
    result = sample_result()
    lopez = result["claims"][0]
    lopez["content"] = _span("the river rose two meters in six hours")
    lopez["parts"] = [_span("the river rose"), _span("two meters in six hours")]
    lopez["source"] |= {k: v for k, v in _span("Ana Lopez").items() if k != "text"}
    cue = _span("said", 1)  # "Mayor Ana Lopez said"
    lopez["cue_start"], lopez["cue_end"] = cue["start"], cue["end"]
    parsed = parse(report.render_report(result, SAMPLE_TEXT))
    spans = [a for t, a in parsed.tags if t == "span"]
    lopez_parts = [a for a in spans if a.get("class") == "claim" and "Ana Lopez" in a["title"]]
    assert len(lopez_parts) == 2
    assert {a.get("data-part") for a in spans if a.get("class") == "claim-part"} >= {
        "cue",
        "source",
    }
    # the source and stance are written once, in the margin, not inside the sentence
    notes = [a for t, a in parsed.tags if t == "a" and "margin-note" in (a.get("class") or "")]
    assert [a["href"] for a in notes].count("#claim-C1") == 1
    assert not [t for t in parsed.text if t.startswith("Ana Lopez · ")]


def test_when_with_only_a_value_is_determined() -> None:
    result = sample_result()
    result["main_event"]["when"] = {"text": None, "value": "2024-03-05"}
    page = report.render_report(result, SAMPLE_TEXT)
    card = page[page.index('data-w="when"') :]
    card = card[: card.index("</div>")]
    assert "2024-03-05" in card and report.NOT_DETERMINED not in card


def test_default_figures_skip_what_is_missing_or_failing(monkeypatch: pytest.MonkeyPatch) -> None:
    from fivews.plots._style import new_figure

    def draws(claims: list[dict[str, Any]]) -> Any:
        fig, ax = new_figure(3, 2)
        ax.bar(range(len(claims)), [1] * len(claims))
        return fig

    def fails(claims: list[dict[str, Any]]) -> Any:
        raise ValueError("no data")

    monkeypatch.setattr(report, "_test_draws", draws, raising=False)
    monkeypatch.setattr(report, "_test_fails", fails, raising=False)
    claims = report.figures._claims_arguments
    monkeypatch.setattr(
        report.figures,
        "FIGURE_SOURCES",
        (
            report.FigureSource("missing module", "fivews.plots.no_such_module", ("x",), claims),
            report.FigureSource("missing function", "fivews.report", ("no_such_plot",), claims),
            report.FigureSource("fails", "fivews.report", ("_test_fails",), claims),
            report.FigureSource(
                "nothing to draw", "fivews.report", ("_test_draws",), lambda r: None
            ),
            report.FigureSource("drawn", "fivews.report", ("_test_draws",), claims),
        ),
    )
    assert list(report.default_figures(sample_result())) == ["drawn"]


def test_report_of_a_real_analysis(nlp: Any, tmp_path: Path) -> None:
    """End to end on an article of our own: every entity mention and timex the pipeline
    found is drawn at its offsets, and the page carries the five Ws section."""
    import fivews

    text = (
        "Storm Cuts Power Across Coastal City\n\n"
        "A powerful storm knocked out power to 40,000 homes in Portland on Monday, "
        "the utility company Pacific Power said.\n\n"
        "Governor Tina Kotek said crews would work through the night. "
        "Repairs could take three days, according to the National Weather Service.\n"
    )
    analysis = fivews.analyze(text, published="2024-01-16", nlp=nlp)
    out = report.write_report(analysis, tmp_path / "report.html", figures={})
    parsed = parse(out.read_text(encoding="utf-8"))
    assert not parsed.stack
    result = analysis.to_dict()
    drawn = {
        (int(a["data-start"]), int(a["data-end"]))
        for t, a in parsed.tags
        if t in ("h3", "h4", "p") and a.get("data-start")
    }
    assert drawn, "no article blocks drawn"
    marks = [a for t, a in parsed.tags if t == "mark"]
    expected = len(result["timexes"]) + sum(len(e["mentions"]) for e in result["entities"])
    nested = report.nest_highlights(report.collect_highlights(result, len(text)))
    crossing = [h for h in nested.dropped if h.layer in ("entity", "timex")]
    assert len(marks) == expected - len(crossing)
    assert len(crossing) <= 0.1 * expected
    assert {a["data-label"] for a in marks if "entity" in a["class"]} == {
        e["label"] for e in result["entities"]
    }
    assert any(t == "section" and a.get("id") == "five-ws" for t, a in parsed.tags)


def test_equal_spans_are_chosen_independently_of_input_order() -> None:
    h = report.Highlight
    spans = [
        h(0, 5, "claim-part", "source", "#111111", "claim by A, said (neutral)"),
        h(0, 5, "claim-part", "source", "#222222", "claim by A, warned (warning)"),
        h(0, 5, "entity", "PERSON", "#333333", "PERSON: A"),
        h(3, 9, "timex", "DATE", "#444444", "DATE"),
    ]
    first = report.nest_highlights(spans)
    assert report.nest_highlights(list(reversed(spans))) == first
    assert [s.layer for s in first.kept] == ["claim-part", "entity"]
    assert len(first.dropped) == 1 and first.dropped[0].layer == "timex"


def _anchor_ids(parsed: TagCollector) -> set[str]:
    return {a["id"] for _, a in parsed.tags if a.get("id")}


def test_every_in_page_link_has_a_target(page: str) -> None:
    parsed = parse(page)
    links = [
        a["href"] for t, a in parsed.tags if t == "a" and (a.get("href") or "").startswith("#")
    ]
    assert links, "no links into the text"
    missing = {h for h in links if h[1:] not in _anchor_ids(parsed)}
    assert not missing, f"links without a target: {sorted(missing)}"


def test_each_w_claim_and_event_links_to_its_sentence(page: str) -> None:
    parsed = parse(page)
    cards = page[page.index('id="five-ws"') : page.index('id="article"')]
    for key in ("who", "what", "when", "where", "according_to"):
        card = cards[cards.index(f'data-w="{key}"') :]
        card = card[: card.index("</div>")]
        assert 'class="to-text" href="#' in card, f"the {key} card has no link into the text"
    hrefs = {a["href"] for t, a in parsed.tags if t == "a" and a.get("href")}
    assert {"#claim-C1", "#claim-C2", "#claim-C3", "#event-V1"} <= hrefs
    # the "when" card points at the sentence of "Tuesday"
    assert 'data-w="when"' in cards and 'href="#s-3"' in cards


def test_claim_stance_is_in_the_margin_not_inside_the_sentence(page: str) -> None:
    parsed = parse(page)
    for i, (tag, attrs) in enumerate(parsed.tags):
        if tag == "span" and attrs.get("class") == "hl-label":
            assert not any(a.get("class") == "claim" for a in parsed.ancestors[i][-1:]), (
                "a label is drawn inside a claim's sentence"
            )
    margin = [a for t, a in parsed.tags if t == "a" and a.get("class") == "margin-note"]
    assert len(margin) == 3
    distancing = page[page.index('href="#claim-C2"') :]
    assert "distancing" in distancing[: distancing.index("</a>")]


def test_sources_are_the_merged_names() -> None:
    result = sample_result()
    result["claims"][1]["source"]["name"] = "Regional Emergency Agency"
    result["claims"][2]["source"]["name"] = "Regional Emergency Agency"
    page = report.render_report(result, SAMPLE_TEXT)
    note = page[page.index('href="#claim-C2"') :]
    assert "Regional Emergency Agency" in note[: note.index("</a>")]
    card = page[page.index('data-w="according_to"') :]
    assert "Regional Emergency Agency" in card[: card.index("</div>")]
    # a claims layer that groups sources wins over the entity name
    result["claims"][1]["source_group"] = "emergency agency (grouped)"
    page = report.render_report(result, SAMPLE_TEXT)
    assert "emergency agency (grouped)" in page


def test_times_are_shown_in_words(page: str) -> None:
    parsed = parse(page)
    labels = [
        "".join(parsed.text)  # the visible text contains the readable forms
    ][0]
    assert "Tue 5 Mar 2024" in labels and "6 hours" in labels
    assert "Published Wed 6 Mar 2024 (given)" in page
    # the normalised value stays available on the mark
    marks = [a for t, a in parsed.tags if t == "mark" and "timex" in (a.get("class") or "")]
    assert {"DATE 2024-03-05", "DURATION PT6H"} <= {a["data-label"] for a in marks}


def test_print_stylesheet_and_self_contained(page: str) -> None:
    assert "@media print" in page
    assert "<script" not in page.lower()


def test_readable_time_forms() -> None:
    from fivews.plots.readable import readable_time

    assert readable_time("2017-09-21") == "Thu 21 Sep 2017"
    assert readable_time("2017-09-20", mod="END") == "late Wed 20 Sep 2017"
    assert readable_time("P2W", interval=["2017-09-07", "2017-09-21"]) == "2 weeks, 7–21 Sep 2017"
    assert readable_time("2023-08-15TNI") == "Tue 15 Aug 2023, night"
    assert readable_time("2017-06") == "June 2017"
    assert readable_time("PAST_REF").startswith("some time in the past")
    assert readable_time("P1W", kind="SET") == "every week"
    assert readable_time("2017-09-21", how="publication").startswith("on or before")
    assert readable_time("not a value") == "not a value"
    assert readable_time(None) == ""


def test_default_figures_include_the_events_map() -> None:
    titles = report.figures.FIGURE_SOURCES
    assert any(s.names == ("events_map",) for s in titles)
    result = sample_result()
    arguments = report.figures._events_map_arguments(result)
    assert arguments is None  # the sample's event names its place by id, not as a record
    result["events"][0]["place"] = {"text": "Riverton", "entity": "E1"}
    assert report.figures._events_map_arguments(result) is not None


def test_reader_views() -> None:
    from fivews.report import views

    result = sample_result()
    result["claims"][0]["content"] = _span("the river rose two meters in six hours")
    five = views.five_ws_view(result)
    assert list(five["question"]) == ["Who", "What", "When", "Where", "According to whom"]
    assert "Tue 5 Mar 2024" in five.set_index("question").loc["When", "details"]
    claims = views.claims_view(result["claims"])
    assert claims.loc[0, "claim"] == "the river rose two meters in six hours"  # never cut
    assert claims.loc[0, "said"] == "Wed 6 Mar 2024"
    events = views.events_view(result["events"], result["entities"], result["document"]["blocks"])
    assert events.loc[0, "where"] == "Riverton" and events.loc[0, "on the timeline"] == "yes"
    assert events.loc[0, "when"] == "Tue 5 Mar 2024"
    timexes = views.timexes_view(result["timexes"])
    assert list(timexes["reads as"]) == ["Tue 5 Mar 2024", "Tue 5 Mar 2024", "6 hours"]
    assert list(views.entities_view(result["entities"], top=2)["name"]) == [
        "Riverton",
        "the regional emergency agency",
    ]


def test_reader_views_of_roles_places_and_parts() -> None:
    from fivews.report import views

    result = sample_result()
    result["entities"][1]["affiliation"] = "E3"
    roles = views.roles_view(result["entities"])
    assert roles.to_dict("records") == [
        {
            "name": "Ana Lopez",
            "type": "person",
            "role": "Mayor",
            "affiliation": "the regional emergency agency",
        }
    ]
    places = views.places_view(result["entities"])
    assert list(places["name"]) == ["Riverton"] and places.loc[0, "country"] == "US"
    result["claims"][0]["parts"] = [_span("the river rose"), _span("two meters in six hours")]
    parts = views.claim_parts_view(result["claims"])
    assert list(parts["part"]) == ["the river rose", "two meters in six hours"]
    blocks = pd.DataFrame(
        [
            {"block": i, "label": None, "duplicate_of": b.get("duplicate_of"), **b}
            for i, b in enumerate(result["document"]["blocks"])
        ]
    )
    assert list(views.set_aside_view(blocks)["block"]) == [0, 1, 4]


def test_events_table_leaves_caption_events_out_and_says_so() -> None:
    from fivews.report.tables import build_tables

    news = {"id": "e0", "text": "troops took the town", "trigger": {"text": "took"}}
    news["review_reasons"] = ["undated"]
    caption = {"id": "e1", "text": "a soldier stands guard", "caption": True}
    tables = {t["slug"]: t for t in build_tables({"events": [news, caption]})}
    events = tables["events"]
    assert "1 photo-caption event left out" in events["title"]
    assert len(events["rows"]) == 1
    assert "undated" in str(events["rows"][0])
