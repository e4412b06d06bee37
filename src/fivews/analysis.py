"""Run the fivews pipeline on articles and shape the result (the output contract).

:func:`analyze` reads one article and returns an :class:`Analysis`: the article, the
annotated spaCy Doc, ``to_dict()`` for the JSON output and DataFrame accessors.
:func:`analyze_records` streams many records through ``nlp.pipe`` in input order, so
memory does not grow with their number; a bad record becomes a :class:`RecordFailure`
in the stream instead of stopping it.

Articles longer than :data:`CHUNK_CHARS` are parsed in chunks cut at block boundaries
(spaCy's parser needs memory roughly linear in the text it sees at once) and joined with
``Doc.from_docs``; the document-level fivews components then run on the joined Doc, so
the output is the same shape and every offset still points into the input.

Long articles: given a ``progress`` callback, an article over :data:`PROGRESS_CHARS`
reports each chunk parsed and each document-level step (the CLI prints these on stderr);
``max_chars`` refuses an article longer than that with an :class:`InputError` before any
parsing (the CLI's limit is :data:`MAX_CHARS`, raised with ``--max-chars``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from fivews import structure  # noqa: F401  (registers the Doc extensions)
from fivews.article import Article, read_article
from fivews.errors import FivewsError, InputError
from fivews.gcpolicy import fewer_collections
from fivews.nlp import load_pipeline
from fivews.structure import DOCUMENT_LEVEL_FROM
from fivews.structure.blocks import remember_text
from fivews.tokencache import fill_cache
from fivews.workers import msgpack_hooks_frozen, released_tensors

if TYPE_CHECKING:
    import pandas as pd

#: Longest text parsed in one piece; longer articles are parsed in chunks.
CHUNK_CHARS = 100_000
#: Articles longer than this are parsed with one process per core (up to two).
PARALLEL_CHARS = 1_000_000
#: Articles longer than this report their progress to a ``progress`` callback.
PROGRESS_CHARS = 200_000
#: The command line's default size limit (characters): time and memory grow linearly
#: with the text (about 1 GB at 1 MB), so a larger input must be asked for explicitly.
MAX_CHARS = 5_000_000
#: The layers of the output, each a list (``main_event`` is an object).
LAYERS: tuple[str, ...] = ("entities", "timexes", "claims", "events")


@dataclass
class Analysis:
    """The result of analysing one article.

    Attributes:
        article: the article as read (text, blocks, publication date, title, id).
        doc: the spaCy Doc with the fivews extensions set.
    """

    article: Article
    doc: Doc

    @property
    def text(self) -> str:
        """The exact input text every offset refers to."""
        return self.article.text

    @property
    def document(self) -> Article:
        """Alias of :attr:`article`."""
        return self.article

    def sentences(self) -> list[dict[str, int]]:
        """Sentence spans ``{start, end}``, trimmed of surrounding white space."""
        out = []
        for sent in self.doc.sents:
            words = [t for t in sent if not t.is_space]
            if words:
                out.append({"start": words[0].idx, "end": words[-1].idx + len(words[-1].text)})
        return out

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON output (see ``data/output.schema.json``)."""
        sentences = self.sentences()
        blocks = self.article.block_dicts(with_text=True)
        starts = [s["start"] for s in sentences]
        j = 0
        for block in blocks:
            ids = []
            while j < len(starts) and starts[j] < block["start"]:
                j += 1
            k = j
            while k < len(starts) and starts[k] < block["end"]:
                ids.append(k)
                k += 1
            block["sentence_ids"] = ids
        document: dict[str, Any] = {
            "id": self.article.id,
            "title": self.article.title,
            "url": self.article.url,
            "published": self.article.published.to_dict(),
            "language": self.article.language,
            "source_format": self.article.source_format,
            "warnings": list(self.article.warnings),
            "blocks": blocks,
            "sentences": sentences,
        }
        if self.article.source_format == "html":
            document["text"] = self.article.text
        out: dict[str, Any] = {"document": document}
        for layer in LAYERS:
            out[layer] = list(getattr(self.doc._, layer, None) or [])
        out["main_event"] = dict(self.doc._.main_event or {})
        if Doc.has_extension("assertions"):
            out["assertions"] = list(self.doc._.assertions or [])
        return out

    # ------------------------------------------------------------ DataFrame accessors

    def blocks_df(self) -> pd.DataFrame:
        """One row per block: index, kind, label, duplicate_of, start, end, words, text."""
        import pandas as pd  # imported on use: the CLI does not need it

        rows = [
            {
                "block": i,
                "kind": b.kind,
                "label": b.label or "",
                "duplicate_of": b.duplicate_of,
                "start": b.start,
                "end": b.end,
                "words": len(b.text.split()),
                "text": b.text,
            }
            for i, b in enumerate(self.article.blocks)
        ]
        df = pd.DataFrame(
            rows,
            columns=["block", "kind", "label", "duplicate_of", "start", "end", "words", "text"],
        )
        return df.astype(
            {"duplicate_of": "Int64", "kind": "string", "label": "string", "text": "string"}
        )

    def sentences_df(self) -> pd.DataFrame:
        """One row per sentence: index, block, block kind, start, end, text."""
        import pandas as pd

        blocks = self.article.blocks
        rows = []
        b = 0
        for i, s in enumerate(self.sentences()):
            while b + 1 < len(blocks) and blocks[b + 1].start <= s["start"]:
                b += 1
            rows.append(
                {
                    "sentence": i,
                    "block": b,
                    "kind": blocks[b].kind if blocks else "",
                    "start": s["start"],
                    "end": s["end"],
                    "text": self.text[s["start"] : s["end"]],
                }
            )
        return pd.DataFrame(rows, columns=["sentence", "block", "kind", "start", "end", "text"])

    def layer_df(self, layer: str) -> pd.DataFrame:
        """A layer (``entities``, ``timexes``, ``claims``, ``events``) as a flat table.

        Nested fields become dotted columns (``source.text``); lists stay lists.
        """
        import pandas as pd

        records = list(getattr(self.doc._, layer, None) or [])
        if not records:
            return pd.DataFrame()
        return pd.json_normalize(records)

    def entities_df(self) -> pd.DataFrame:
        """Entities as a table (see :meth:`layer_df`)."""
        return self.layer_df("entities")

    def timexes_df(self) -> pd.DataFrame:
        """Time expressions as a table (see :meth:`layer_df`)."""
        return self.layer_df("timexes")

    def claims_df(self) -> pd.DataFrame:
        """Claims as a table (see :meth:`layer_df`)."""
        return self.layer_df("claims")

    def events_df(self) -> pd.DataFrame:
        """Events as a table (see :meth:`layer_df`)."""
        return self.layer_df("events")


@dataclass
class RecordFailure:
    """A record of a stream that could not be analysed.

    Attributes:
        index: 0-based position of the record in the stream.
        id: the record's id, when it had one.
        message: what was wrong, in one line.
    """

    index: int
    id: str | None
    message: str


def analyze(
    source: str | os.PathLike[str] | Mapping[str, Any],
    published: str | dt.date | None = None,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    encoding: str = "utf-8",
    title: str | None = None,
    max_chars: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> Analysis:
    """Analyse one article: a path (``.txt``/``.html``), a record, or the text itself.

    Args:
        source: what to read (see :func:`fivews.article.read_article`).
        published: the publication date (``YYYY-MM-DD``); inferred when absent.
        nlp: a pipeline from :func:`fivews.nlp.load_pipeline`; loaded when absent.
        model: spaCy pipeline name, when ``nlp`` is not given.
        encoding: the file's encoding.
        title: the headline, if known.
        max_chars: refuse an article longer than this (characters); None: no limit.
        progress: called with a short message at each step of an article longer than
            :data:`PROGRESS_CHARS` (each chunk parsed, each document-level component).

    Raises:
        InputError: unusable input, or longer than ``max_chars``.
        ModelNotFoundError: no spaCy pipeline installed.
    """
    article = read_article(source, published=published, encoding=encoding, title=title)
    check_length(article, max_chars)
    pipeline = nlp if nlp is not None else load_pipeline(model)
    with fewer_collections():
        return Analysis(article, parse_article(pipeline, article, progress=progress))


def check_length(article: Article, max_chars: int | None) -> None:
    """Raise :class:`InputError` when the article is longer than ``max_chars`` characters."""
    if max_chars is not None and len(article.text) > max_chars:
        raise InputError(
            f"the article is {len(article.text):,} characters long, over the limit of "
            f"{max_chars:,}; time and memory grow with the length (about 1 GB per million "
            "characters): raise the limit with --max-chars N, or split the text"
        )


def make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise the article and attach its blocks, date and id to the Doc.

    The tokenizer's cache is filled with the article's words first
    (:func:`fivews.tokencache.fill_cache`: the same tokens, split once)."""
    fill_cache(nlp.tokenizer, article.text)
    doc = nlp.make_doc(article.text)
    remember_text(doc, article.text)
    _attach(doc, _metadata(article))
    return doc


_Metadata = tuple[list[dict[str, Any]], str | None, str | None, str | None]


def _metadata(article: Article) -> _Metadata:
    """What :func:`make_doc` attaches to the Doc: blocks, publication date, id, and the
    title when it is given apart from the text."""
    blocks = article.block_dicts(with_text=False)
    return blocks, article.published.value, article.id, article.title_apart


def _attach(doc: Doc, meta: _Metadata) -> None:
    doc._.blocks, doc._.published, doc._.doc_id, doc._.title = meta


class ArticleText(str):
    """An article's text that carries its :func:`_metadata`, for tokenising in a worker.

    ``nlp.pipe(n_process=N)`` sends strings to its workers and Docs as bytes; a Doc made
    here would be tokenised and serialised by the main process, which then cannot keep
    two workers busy. This string pickles with its metadata, and :class:`_MetadataTokenizer`
    attaches the metadata to the Doc in the worker.
    """

    meta: _Metadata

    def __new__(cls, article: Article) -> ArticleText:
        return cls._make(article.text, _metadata(article))

    @classmethod
    def _make(cls, text: str, meta: tuple[Any, ...]) -> ArticleText:
        obj = str.__new__(cls, text)
        obj.meta = meta  # type: ignore[assignment]
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return ArticleText._make, (str(self), self.meta)


class _MetadataTokenizer:
    """The pipeline's tokenizer, plus: an :class:`ArticleText`'s metadata set on its Doc."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        fill_cache(self.tokenizer, str(text))
        doc = self.tokenizer(str(text))  # spaCy's Tokenizer takes exact str only
        remember_text(doc, str(text))
        meta = getattr(text, "meta", None)
        if meta is not None:
            _attach(doc, meta)
        return doc


def parse_article(
    nlp: Language, article: Article, progress: Callable[[str], None] | None = None
) -> Doc:
    """Run the pipeline on an article, in chunks when it is long.

    ``progress`` hears of each step of an article over :data:`PROGRESS_CHARS`.
    """
    if len(article.text) <= PROGRESS_CHARS:
        progress = None
    if len(article.text) <= CHUNK_CHARS:
        return nlp(make_doc(nlp, article))
    return _parse_in_chunks(nlp, article, progress)


def _chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive pieces of at most ``limit`` characters.

    Cuts fall after a blank line if possible, else after a line break, a sentence end or
    a space, so no word is split; the pieces concatenate to the whole text.
    """
    bounds = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            pos = window.rfind(sep)
            if pos > limit // 4:
                cut = start + pos + len(sep)
                break
        if cut <= start:
            cut = start + limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _parse_in_chunks(
    nlp: Language, article: Article, progress: Callable[[str], None] | None = None
) -> Doc:
    names = nlp.pipe_names
    split = names.index(DOCUMENT_LEVEL_FROM) if DOCUMENT_LEVEL_FROM in names else len(names)
    token_level, document_level = names[:split], names[split:]
    blocks = article.block_dicts(with_text=False)
    pieces = []
    fill_cache(nlp.tokenizer, article.text)
    for start, end in _chunk_bounds(article.text, CHUNK_CHARS):
        doc = nlp.make_doc(article.text[start:end])
        doc._.blocks = [
            {**b, "start": max(b["start"], start) - start, "end": min(b["end"], end) - start}
            for b in blocks
            if b["start"] < end and b["end"] > start
        ]
        pieces.append(doc)
    # A very long article is parsed on two cores: the chunks are independent.
    n_process = 2 if len(article.text) > PARALLEL_CHARS and (os.cpu_count() or 1) >= 2 else 1
    total = len(pieces)
    parsed = []
    with nlp.select_pipes(enable=token_level):
        # One chunk at a time: the parser's working memory grows with the tokens it
        # holds at once, and a chunk is already a large batch.
        for n, piece in enumerate(nlp.pipe(pieces, batch_size=1, n_process=n_process), 1):
            parsed.append(piece)
            if progress is not None:
                progress(f"parsed {n}/{total} chunks")
    del pieces
    # (no tensor: the tok2vec output is read by nothing after the parse, see
    # fivews.structure.release_tensor, and would be copied whole)
    doc = Doc.from_docs(parsed, ensure_whitespace=False, exclude=["user_data", "tensor"])
    del parsed  # the chunks' own Docs: the joined Doc holds all that is read from here on
    if doc.text != article.text:  # pragma: no cover - guards the offset contract
        raise FivewsError("internal error: chunked parse changed the text")
    remember_text(doc, article.text)
    doc._.blocks = blocks
    doc._.published = article.published.value
    doc._.doc_id = article.id
    doc._.title = article.title_apart
    for name in document_level:
        if progress is not None:
            progress(name.removeprefix("fivews_"))
        doc = nlp.get_pipe(name)(doc)
    return doc


def analyze_records(
    records: Iterable[Mapping[str, Any]],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    max_chars: int | None = None,
) -> Iterator[Analysis | RecordFailure]:
    """Analyse a stream of records, yielding results in input order.

    Records are read lazily and parsed through ``nlp.pipe`` in batches; long articles are
    parsed on their own in chunks. A record that cannot be read, or longer than
    ``max_chars`` characters, yields a :class:`RecordFailure` at its position, and the
    stream goes on. While the stream runs, the garbage collector passes less often
    (:func:`fivews.gcpolicy.fewer_collections`).
    """
    pipeline = nlp if nlp is not None else load_pipeline(model)
    pending: dict[int, Article | RecordFailure] = {}
    # Articles in flight, by position, in the order they were sent: nlp.pipe returns the
    # Docs in that order.
    in_flight: dict[int, Article] = {}
    parallel = n_process > 1

    def docs() -> Iterator[Doc | str]:
        for index, record in enumerate(records):
            try:
                article = read_article(record)
                check_length(article, max_chars)
            except FivewsError as exc:
                rid = record.get("id") if isinstance(record, Mapping) else None
                pending[index] = RecordFailure(
                    index, None if rid is None else str(rid), exc.message
                )
                continue
            if len(article.text) > CHUNK_CHARS:
                pending[index] = article
                continue
            in_flight[index] = article
            # With workers, the text goes out untokenised and is tokenised there.
            yield ArticleText(article) if parallel else make_doc(pipeline, article)

    def flush(before: int) -> Iterator[Analysis | RecordFailure]:
        for index in sorted(i for i in pending if i < before):
            item = pending.pop(index)
            if isinstance(item, RecordFailure):
                yield item
            else:
                yield Analysis(item, _parse_in_chunks(pipeline, item))

    with (
        fewer_collections(),
        released_tensors(pipeline, parallel),
        _tokenized_in_workers(pipeline, parallel),
        msgpack_hooks_frozen(parallel),
    ):
        for doc in pipeline.pipe(docs(), batch_size=batch_size, n_process=n_process):
            index = next(iter(in_flight))
            yield from flush(index)
            yield Analysis(in_flight.pop(index), doc)
    with fewer_collections():
        yield from flush(float("inf"))  # type: ignore[arg-type]


@contextlib.contextmanager
def _tokenized_in_workers(nlp: Language, active: bool) -> Iterator[None]:
    """While active, ``nlp.tokenizer`` also attaches an :class:`ArticleText`'s metadata."""
    if not active:
        yield
        return
    original = nlp.tokenizer
    nlp.tokenizer = _MetadataTokenizer(original)
    try:
        yield
    finally:
        nlp.tokenizer = original
