"""Cross-article figures for a corpus run (tables from :mod:`fivews.corpus`).

:func:`source_shares` groups the claims table's sources into canonical sources (the
claims layer's ``source_group`` when it sets one; otherwise the source's name with
case and a leading article folded, so "Critics" and "critics", "The ministry" and
"ministry" are one source) and types them (``source_type`` when set; otherwise named,
unnamed, or a document such as "a report" — a document is not a speaker). Figures show
shares of all claims and of all articles, not raw counts.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from fivews.plots._style import PALETTE, new_figure

#: Distinct palette colours for one line per actor.
LINE_COLOURS: tuple[str, ...] = tuple(
    PALETTE[k] for k in ("PERSON", "ORG", "GPE", "NORP", "DATE", "LOC", "FAC", "distancing")
)
#: Leading words folded away when sources are grouped ("The ministry" = "ministry").
LEADING_WORDS: frozenset[str] = frozenset({"the", "a", "an", "some"})
#: Head nouns of sources that are documents or data rather than speakers (general English).
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "report",
        "reports",
        "statement",
        "statements",
        "data",
        "study",
        "survey",
        "document",
        "documents",
        "letter",
        "poll",
        "figures",
        "records",
        "filing",
        "analysis",
        "assessment",
        "footage",
        "video",
        "memo",
        "website",
        "release",
    }
)
#: Source types -> colour and legend text.
SOURCE_TYPES: dict[str, tuple[str, str]] = {
    "named": (PALETTE["ORG"], "named person or institution"),
    "unnamed": (PALETTE["warning"], "unnamed source (a description: 'officials', 'one resident')"),
    "document": (PALETTE["OTHER"], "document or data ('a report', 'a statement')"),
}


def _without_leading_words(name: str) -> str:
    """``name`` with its spaces collapsed and its leading :data:`LEADING_WORDS` dropped."""
    words = " ".join(str(name).split()).split(" ")
    while len(words) > 1 and words[0].lower() in LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


def canonical_source(name: str) -> str:
    """The grouping key of a source name: case folded, a leading article dropped."""
    return _without_leading_words(name).casefold()


def _source_type(row: Mapping[str, object]) -> str:
    given = row.get("source_type")
    if isinstance(given, str) and given:
        return given if given in SOURCE_TYPES else ("named" if given == "person" else given)
    head = str(row.get("key") or "").rsplit(" ", 1)[-1]
    if head in DOCUMENT_NOUNS:
        return "document"
    return "named" if row.get("source_kind") == "named" else "unnamed"


def source_shares(tables: Mapping[str, pd.DataFrame], n: int = 15) -> pd.DataFrame:
    """The ``n`` sources with most claims across the corpus, as canonical sources.

    Returns:
        Columns ``source`` (the most frequent spelling), ``type`` (``named``,
        ``unnamed``, ``document``, or the claims layer's ``source_type``), ``claims``,
        ``share`` (of all claims), ``articles`` and ``article_share`` (of all articles),
        most claims first.
    """
    columns = {
        "source": "string",
        "type": "string",
        "claims": "Int64",
        "share": "float64",
        "articles": "Int64",
        "article_share": "float64",
    }
    claims = tables["claims"]
    documents = tables.get("documents")
    n_docs = len(documents) if documents is not None and len(documents) else None
    if claims.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    spelled = claims.get("source_group")
    if spelled is None:
        spelled = pd.Series(pd.NA, index=claims.index, dtype="string")
    for column in ("source_name", "source_text"):
        if column in claims:
            spelled = spelled.fillna(claims[column])
    frame = claims.assign(spelled=spelled).dropna(subset=["spelled"])
    frame = frame.assign(key=frame["spelled"].map(canonical_source))
    frame = frame.assign(type=[_source_type(r) for r in frame.to_dict("records")])
    rows = []
    for _key, group in frame.groupby("key", sort=True):
        spellings = group["spelled"].value_counts()
        best = sorted(spellings.index, key=lambda s: (-spellings[s], s))[0]
        rows.append(
            {
                "source": canonical_display(best),
                "type": group["type"].value_counts().index[0],
                "claims": len(group),
                "share": len(group) / len(frame),
                "articles": group["doc_id"].nunique(),
                "article_share": group["doc_id"].nunique() / (n_docs or frame["doc_id"].nunique()),
            }
        )
    out = pd.DataFrame(rows, columns=list(columns))
    out = out.sort_values(["claims", "articles", "source"], ascending=[False, False, True])
    return out.head(n).reset_index(drop=True).astype(columns)


def canonical_display(name: str) -> str:
    """A source's spelling for display: a leading article dropped, first letter kept."""
    text = _without_leading_words(name)
    return text[:1].upper() + text[1:]


def plot_top_actors(
    actors: pd.DataFrame, title: str | None = None, *, total_articles: int | None = None
) -> Figure:
    """Horizontal bars: share of articles naming each actor, coloured by entity label.

    Args:
        actors: :func:`fivews.corpus.top_actors` (``name``, ``label``, ``articles``).
        title: default a sentence naming the actor in most articles.
        total_articles: the corpus size, for shares; default counts are shown.
    """
    fig, ax = new_figure(9.0, max(2.5, 0.35 * len(actors) + 1.6))
    rows = actors.iloc[::-1]
    colours = [PALETTE.get(str(label), PALETTE["OTHER"]) for label in rows["label"]]
    values = list(rows["articles"])
    if total_articles:
        values = [v / total_articles for v in values]
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda x, _pos: f"{x:.0%}")
        ax.set_xlabel(f"share of the {total_articles} articles that name the actor")
    else:
        ax.set_xlabel("articles naming the actor")
    ax.barh(list(rows["name"]), values, color=colours)
    labels = list(dict.fromkeys(str(label) for label in actors["label"]))
    if len(actors):
        ax.legend(
            handles=[Patch(color=PALETTE.get(lab, PALETTE["OTHER"]), label=lab) for lab in labels],
            loc="lower right",
            frameon=False,
            title="entity type (small spaCy model;\nit can tag a person as ORG)",
            title_fontsize=8,
            fontsize=8,
        )
        first = actors.iloc[0]
        share = (
            f"{first['articles'] / total_articles:.0%} of articles"
            if total_articles
            else f"{first['articles']} articles"
        )
        default = f"{canonical_display(str(first['name']))} is named in most articles ({share})"
    else:
        default = "No actors"
    ax.set_title(title or default, loc="left")
    fig.tight_layout()
    return fig


def plot_top_sources(sources: pd.DataFrame, title: str | None = None) -> Figure:
    """Horizontal bars: each source's share of all claims, coloured by source type, with
    the share of articles citing it.

    Takes :func:`source_shares` (shares of the whole corpus). A plain
    :func:`fivews.corpus.top_sources` table (``source``, ``claims``, ``articles``) is
    drawn as shares of the claims it lists, and says so.
    """
    fig, ax = new_figure(9.0, max(2.5, 0.35 * len(sources) + 1.6))
    if sources.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no attributed claims", ha="center", va="center")
        return fig
    if "share" in sources:
        shares = sources["share"]
        xlabel = "share of all claims in the corpus"
    else:
        shares = sources["claims"] / sources["claims"].sum()
        xlabel = "share of the claims of the sources shown"
    kinds = sources["type"] if "type" in sources else pd.Series("named", index=sources.index)
    rows = list(zip(sources["source"], shares, kinds, sources["articles"], strict=True))[::-1]
    ax.barh(
        [r[0] for r in rows],
        [r[1] for r in rows],
        color=[SOURCE_TYPES.get(str(r[2]), (PALETTE["OTHER"], ""))[0] for r in rows],
    )
    for y, (_, share, _, articles) in enumerate(rows):
        note = (
            f"  {share:.0%} · in {sources['article_share'].iloc[len(rows) - 1 - y]:.0%} of articles"
            if "article_share" in sources
            else f"  {share:.0%} · {articles} art."
        )
        ax.text(share, y, note, va="center", fontsize=8, color="#555555")
    ax.xaxis.set_major_formatter(lambda x, _pos: f"{x:.0%}")
    ax.set_xlim(0, max(shares) * 1.45)
    ax.set_xlabel(xlabel)
    present = [k for k in SOURCE_TYPES if k in set(kinds)]
    if "type" in sources:
        ax.legend(
            handles=[Patch(color=SOURCE_TYPES[k][0], label=SOURCE_TYPES[k][1]) for k in present],
            loc="lower right",
            frameon=False,
            fontsize=8,
            title="source type",
            title_fontsize=8,
        )
    if "type" in sources:
        unnamed = float(shares[kinds != "named"].sum())
        default = f"Sources without a name give at least {unnamed:.0%} of all claims"
    else:
        default = f"{sources['source'].iloc[0]} is cited most"
    ax.set_title(title or default, loc="left")
    fig.tight_layout()
    return fig


def plot_mentions_over_time(by_month: pd.DataFrame, title: str | None = None) -> Figure:
    """One line per actor: articles naming it per month of publication.

    The default title names the actor named in most articles in the most months."""
    fig, ax = new_figure(9.0, 4.5)
    table = by_month.pivot_table(
        index="month", columns="name", values="articles", aggfunc="sum", fill_value=0
    ).sort_index()
    for i, name in enumerate(table.columns):
        ax.plot(
            list(table.index),
            list(table[name]),
            marker="o",
            label=str(name),
            color=LINE_COLOURS[i % len(LINE_COLOURS)],
        )
    ax.set_ylabel("articles naming the actor")
    ax.set_xlabel("month of publication")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylim(bottom=0)
    default = "Articles naming each actor, by month"
    if len(table.columns) and len(table.index):
        leaders = table.idxmax(axis=1).value_counts()
        best = sorted(leaders.index, key=lambda k: (-leaders[k], str(k)))[0]
        default = (
            f"{canonical_display(str(best))} is named in most articles in "
            f"{leaders[best]} of {len(table.index)} months"
        )
    ax.set_title(title or default, loc="left")
    ax.tick_params(axis="x", labelrotation=60, labelsize=8)
    if len(table.columns):
        ax.legend(frameon=False, fontsize=8, ncol=2, title="actor", title_fontsize=8)
    fig.tight_layout()
    return fig
