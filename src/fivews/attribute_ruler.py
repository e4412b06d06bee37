"""spaCy's attribute ruler, answering each kind of token once (``fivews_attribute_ruler``).

The English pipelines map every fine-grained tag to its coarse part of speech and
morphology with an ``attribute_ruler`` of some 180 Matcher patterns (the old tag map and
morph rules, plus exceptions such as ``"n't"`` → ``PART``). Running that Matcher over
every token costs as much as the tok2vec layer: about a sixth of the whole parse. Yet
almost every pattern looks at one token only, so its answer depends only on a few of
that token's attributes (its tag, lower-cased form, dependency label…), and a news
article repeats those combinations over and over.

:class:`MemoAttributeRuler` is spaCy's :class:`~spacy.pipeline.AttributeRuler` (same
patterns, same serialisation, same ``match``), with a faster ``__call__``:

1. every token's *signature* — the values of the attributes the one-token patterns read —
   is taken in one ``Doc.to_array`` call;
2. a signature not seen before is matched once, by a Matcher holding only the one-token
   patterns, on that token alone; the attributes its matches assign are composed in the
   ruler's precedence order (later rules win) and remembered;
3. the few patterns longer than one token (``"gon" "na"``, ``there`` + ``is``) run as a
   normal Matcher, but only from the tokens whose signature can start one, and a token
   they touch gets all its matches applied in the ruler's order;
4. each token's composed attributes are written with spaCy's own ``set_token_attrs``.

Every signature is matched before anything is written, so — as in spaCy — all patterns
see the Doc as the tagger and parser left it. The answer is the same as spaCy's; the
tests compare the two token by token. When a ruler has something this scheme cannot
prove equal (a pattern on an extension attribute or with an operator, or a rule that
writes an attribute shared through the vocabulary, like ``NORM`` or a flag), the ruler
runs spaCy's code unchanged.

No library offers this: spaCy's ruler is the reference, and the speed-up rests on a
property of its patterns (one token each) that only the caller can check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

#: Name of the component in the English pipelines that :func:`use_memo_attribute_ruler`
#: replaces.
STOCK_NAME = "attribute_ruler"

#: Pattern keys whose value is a property of the token alone, so that one-token
#: patterns on them can be answered from the token's signature.
TOKEN_KEYS: frozenset[str] = frozenset(
    {
        "ORTH",
        "TEXT",
        "LOWER",
        "NORM",
        "LENGTH",
        "SHAPE",
        "PREFIX",
        "SUFFIX",
        "POS",
        "TAG",
        "MORPH",
        "DEP",
        "LEMMA",
        "ENT_TYPE",
        "ENT_IOB",
        "SPACY",
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_UPPER",
        "IS_TITLE",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_STOP",
        "IS_BRACKET",
        "IS_QUOTE",
        "IS_LEFT_PUNCT",
        "IS_RIGHT_PUNCT",
        "IS_CURRENCY",
        "LIKE_NUM",
        "LIKE_URL",
        "LIKE_EMAIL",
    }
)

#: Word-form keys whose values are folded before they enter a signature: a form no
#: pattern names (as a value, in an ``IN``/``NOT_IN`` list, or by a ``REGEX``) answers
#: every pattern like any other such form, so all of them share one signature. Without
#: this a corpus would meet a new signature with nearly every new word.
FOLDED_KEYS: frozenset[str] = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "LEMMA"})

#: The signature value standing for "a form no pattern names".
UNNAMED = -1

#: Signatures (and folded forms) remembered at most; past this a memo starts again, so
#: memory stays flat however long the corpus is.
MAX_MEMO = 50_000

#: Attributes a rule may write for the memoised path: each lives on the token only
#: (spaCy's ``Lexeme.set_struct_attr`` ignores them), so one token's writes cannot
#: change another token.
TOKEN_WRITES: frozenset[int] = frozenset({POS, TAG, MORPH, LEMMA, DEP})


class _Answer(NamedTuple):
    """What the one-token patterns say about a token signature."""

    rules: tuple[int, ...]  # matching rules, in the ruler's precedence order
    attrs: dict[int, Any]  # the attributes they write, composed (later rules win)
    starts: bool  # whether a longer pattern may start at such a token


class _Fold:
    """How one word-form column of the signature is folded (see :data:`FOLDED_KEYS`).

    Attributes:
        column: the column's position in the signature.
        named: the string hashes the patterns name for this key.
        regexes: a Matcher holding the key's ``REGEX`` predicates, one per pattern, or
            None; a form any of them matches is kept.
        memo: form hash → whether the form is kept (a value a REGEX may match).
    """

    def __init__(self, column: int, named: frozenset[int], regexes: Matcher | None) -> None:
        self.column = column
        self.named = named
        self.regexes = regexes
        self.memo: dict[int, bool] = {}


class _Plan:
    """What :class:`MemoAttributeRuler` compiles from its patterns.

    Attributes:
        key_ids: attribute ids making up a token's signature.
        folds: the signature's word-form columns and how each is folded.
        single: Matcher holding the one-token patterns, under the ruler's keys.
        heads: Matcher holding the first token of every longer pattern.
        multi: Matcher holding the longer patterns, or None when there are none.
        longest: the length of the longest pattern in ``multi``.
        answers: signature → :class:`_Answer` (equal answers are one object, through
            ``shared``).
    """

    def __init__(
        self,
        key_ids: list[int],
        folds: list[_Fold],
        single: Matcher,
        heads: Matcher,
        multi: Matcher | None,
        longest: int,
    ) -> None:
        self.key_ids = key_ids
        self.folds = folds
        self.single = single
        self.heads = heads
        self.multi = multi
        self.longest = longest
        self.answers: dict[tuple[int, ...], _Answer] = {}
        self.shared: dict[tuple[tuple[int, ...], bool], _Answer] = {}


@Language.factory(
    "fivews_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_memo_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> MemoAttributeRuler:
    """spaCy factory for :class:`MemoAttributeRuler` (the config of ``attribute_ruler``)."""
    return MemoAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


class MemoAttributeRuler(AttributeRuler):
    """:class:`~spacy.pipeline.AttributeRuler` that answers each token signature once.

    Args:
        vocab: the pipeline's vocabulary.
        name: the component's name (default ``"attribute_ruler"``, as spaCy's).
        validate: validate patterns when they are added (spaCy's option).
        scorer: spaCy's attribute-ruler scorer by default.
    """

    def __init__(self, vocab: Vocab, name: str = STOCK_NAME, **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        # None: not compiled yet; False: these patterns need spaCy's own code.
        self._plan: _Plan | bool | None = None

    # Every way patterns change goes through ``clear`` or ``add``.
    def clear(self) -> None:
        """Remove all patterns (and the compiled plan)."""
        super().clear()
        self._plan = None

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        """Add patterns as spaCy's ``AttributeRuler.add`` does (and drop the plan)."""
        super().add(patterns, attrs, index)
        self._plan = None

    def __reduce__(self) -> tuple[Any, ...]:
        # The plan (Matchers and memos) is rebuilt where the ruler is unpickled. (spaCy's
        # Pipe is a Cython class whose own __reduce__ would copy it.)
        return _unpickle, (type(self), {**self.__dict__, "_plan": None})

    @property
    def memoised(self) -> bool:
        """Whether the patterns allow the memoised path (else spaCy's code runs)."""
        return isinstance(self._compiled(), _Plan)

    def __call__(self, doc: Doc) -> Doc:
        """Set the rules' attributes on ``doc``, as ``AttributeRuler.__call__`` does."""
        plan = self._compiled()
        if not isinstance(plan, _Plan):
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            self._apply(doc, plan)
            return doc
        except Exception as exc:  # spaCy's components hand errors to the handler
            return error_handler(self.name, self, [doc], exc)

    # ------------------------------------------------------------------ compiling

    def _compiled(self) -> _Plan | bool:
        if self._plan is None:
            self._plan = self._compile()
        return self._plan

    def _compile(self) -> _Plan | bool:
        """Split the patterns into one-token and longer ones; False if not memoisable."""
        if any(not set(attrs) <= TOKEN_WRITES for attrs in self.attrs):
            return False
        single, heads, multi = Matcher(self.vocab), Matcher(self.vocab), Matcher(self.vocab)
        keys: set[str] = set()
        single_patterns: list[list[dict[str, Any]]] = []
        head_patterns: list[list[dict[str, Any]]] = []
        longest = 0
        for i, index in enumerate(self.indices):
            key = str(i)
            ones: list[list[dict[str, Any]]] = []
            longer: list[list[dict[str, Any]]] = []
            for pattern in self.matcher.get(key)[1]:
                names = {str(name).upper() for token in pattern for name in token}
                if not pattern or not names <= TOKEN_KEYS:
                    return False  # an extension attribute, an operator, a sentence start
                if len(pattern) == 1 and index in (0, -1):
                    ones.append(pattern)
                    keys |= names
                else:
                    # Fixed length (no operators): it can only start where its first
                    # token matches on its own, which the signature then tells.
                    longer.append(pattern)
                    keys |= {str(name).upper() for name in pattern[0]}
                    longest = max(longest, len(pattern))
            if ones:
                single.add(key, ones)
                single_patterns += ones
            if longer:
                heads.add(key, [pattern[:1] for pattern in longer])
                head_patterns += [pattern[:1] for pattern in longer]
                multi.add(key, longer)
        names = sorted({"ORTH" if k == "TEXT" else k for k in keys})
        folds = [
            self._fold(column, name, [*single_patterns, *head_patterns])
            for column, name in enumerate(names)
            if name in FOLDED_KEYS
        ]
        return _Plan(
            [IDS[name] for name in names],
            [f for f in folds if f is not None],
            single,
            heads,
            multi if len(multi) else None,
            longest,
        )

    def _fold(self, column: int, name: str, patterns: list[list[dict[str, Any]]]) -> _Fold | None:
        """How column ``name`` can be folded, or None if a predicate does not allow it."""
        named: set[int] = set()
        regexes: list[list[dict[str, Any]]] = []
        for pattern in patterns:
            for token in pattern:
                for key, value in token.items():
                    if ("ORTH" if str(key).upper() == "TEXT" else str(key).upper()) != name:
                        continue
                    if isinstance(value, str):
                        named.add(self.vocab.strings.add(value))
                    elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"}:
                        for op, arg in value.items():
                            if op == "REGEX":
                                regexes.append([{name: {"REGEX": arg}}])
                            elif not all(isinstance(v, str) for v in arg):
                                return None
                            else:
                                named.update(self.vocab.strings.add(v) for v in arg)
                    else:
                        return None  # a number, a comparison, FUZZY…: keep the raw value
        probe = None
        if regexes:
            probe = Matcher(self.vocab)
            probe.add("regex", regexes)
        return _Fold(column, frozenset(named), probe)

    # ------------------------------------------------------------------ applying

    def _answer(self, plan: _Plan, doc: Doc, i: int) -> _Answer:
        """What the one-token patterns say about token ``i`` (matched on its own)."""
        alone = doc[i : i + 1]
        found = plan.single(alone, allow_missing=True, as_spans=False) if len(plan.single) else []
        rules = tuple(sorted(int(self.vocab.strings[match_id]) for match_id, _, _ in found))
        starts = plan.multi is not None and bool(
            plan.heads(alone, allow_missing=True, as_spans=False)
        )
        answer = plan.shared.get((rules, starts))
        if answer is None:
            composed: dict[int, Any] = {}
            for rule in rules:
                composed.update(self.attrs[rule])
            answer = plan.shared[rules, starts] = _Answer(rules, composed, starts)
        return answer

    def _apply(self, doc: Doc, plan: _Plan) -> None:
        n = len(doc)
        if n == 0:
            return
        # 1. Every token's signature, answered before anything is written.
        if plan.key_ids:
            rows = doc.to_array(plan.key_ids).reshape(n, len(plan.key_ids)).tolist()
            for fold in plan.folds:
                self._fold_column(doc, rows, fold)
            signatures: Sequence[tuple[int, ...]] = [tuple(row) for row in rows]
        else:
            signatures = [()] * n
        answers = plan.answers
        if len(answers) > MAX_MEMO:
            answers.clear()
        found: list[_Answer] = []
        for i, signature in enumerate(signatures):
            answer = answers.get(signature)
            if answer is None:
                answer = answers[signature] = self._answer(plan, doc, i)
            found.append(answer)
        # 2. The longer patterns (on the still unchanged Doc), tried only where one may
        # start; the window's matches are kept only if they start at its first token.
        extra: dict[int, list[tuple[int, int, int, int]]] = {}
        if plan.multi is not None:
            for i, answer in enumerate(found):
                if not answer.starts:
                    continue
                window = doc[i : min(n, i + plan.longest)]
                for match_id, start, end in plan.multi(window, allow_missing=True, as_spans=False):
                    if start == 0:
                        rule = int(self.vocab.strings[match_id])
                        target = self._target(doc, match_id, i, i + end, rule)
                        extra.setdefault(target, []).append((rule, match_id, i, i + end))
        # 3. Write: composed attributes, or (where a longer pattern hit) every match in
        # the ruler's order (rule, match id, start, end), as AttributeRuler.match sorts.
        for i, answer in enumerate(found):
            if i in extra:
                matches = extra[i] + [(r, self._match_id(r), i, i + 1) for r in answer.rules]
                token = doc[i]
                for rule, _, _, _ in sorted(matches):
                    set_token_attrs(token, self.attrs[rule])
            elif answer.attrs:
                set_token_attrs(doc[i], answer.attrs)

    @staticmethod
    def _fold_column(doc: Doc, rows: list[list[int]], fold: _Fold) -> None:
        """Replace, in place, the forms of ``fold.column`` that no pattern names by UNNAMED."""
        memo, named, column = fold.memo, fold.named, fold.column
        if len(memo) > MAX_MEMO:
            memo.clear()
        for i, row in enumerate(rows):
            value = row[column]
            if value in named:
                continue
            kept = memo.get(value)
            if kept is None:
                kept = memo[value] = fold.regexes is not None and bool(
                    fold.regexes(doc[i : i + 1], allow_missing=True, as_spans=False)
                )
            if not kept:
                row[column] = UNNAMED

    def _match_id(self, rule: int) -> int:
        return self.vocab.strings[str(rule)]

    def _target(self, doc: Doc, match_id: int, start: int, end: int, rule: int) -> int:
        """The index of the token a longer match writes to (spaCy's error if none)."""
        span = Span(doc, start, end, label=match_id)
        index = self.indices[rule]
        try:
            return span[index].i
        except IndexError:
            # The error AttributeRuler.set_annotations raises for an index outside a match.
            raise ValueError(
                Errors.E1001.format(
                    patterns=self.matcher.get(str(rule)),
                    span=[t.text for t in span],
                    index=index,
                )
            ) from None


def _unpickle(cls: type[MemoAttributeRuler], state: dict[str, Any]) -> MemoAttributeRuler:
    ruler = cls.__new__(cls)
    ruler.__dict__.update(state)
    return ruler


def use_memo_attribute_ruler(nlp: Language, name: str = STOCK_NAME) -> bool:
    """Replace spaCy's ``AttributeRuler`` called ``name`` by a :class:`MemoAttributeRuler`.

    The new component gets the same patterns, in the same order, at the same place in the
    pipeline. A component of another class (a user's own) is left alone.

    Returns:
        True if the component was replaced.
    """
    if name not in nlp.pipe_names:  # absent, or disabled by the user
        return False
    stock = nlp.get_pipe(name)
    if type(stock) is not AttributeRuler:
        return False
    patterns = stock.patterns
    config = {"validate": stock.validate}
    memo = nlp.replace_pipe(name, "fivews_attribute_ruler", config=config)
    memo.add_patterns(patterns)
    return True
