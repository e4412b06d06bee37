"""Framing: the hedges and approximators in a statement.

Hedges come from ``data/claim_hedges.json``: approximators count only right before a
number, modals only as modal auxiliaries. (A claim's ``stance``, the cue's class in the
lexicon, is set in :func:`fivews.claims.serialize.claim_record`.)
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from fivews.claims.lexicon import ClaimLexicon, _match_phrases
from fivews.claims.quantities import NON_QUANTITY_LABELS, _is_number
from fivews.claims.records import HedgeRecord
from fivews.structure import doc_text


def find_hedges(tokens: Sequence[Token], lexicon: ClaimLexicon) -> list[HedgeRecord]:
    """Hedges and approximators among ``tokens`` as ``{text, start, end, kind}``."""
    out: list[HedgeRecord] = []
    # Most token lists hold no word that starts a hedge: look for one by its hash
    # (``Token.lower``) before reading the tokens' text.
    if not any(t.lower in lexicon.hedge_first_ids for t in tokens):
        return out
    lowers = [t.lower_ for t in tokens]
    for kind, index in lexicon.hedge_index.items():
        for i, j in _match_phrases(lowers, index):
            first, last = tokens[i], tokens[j - 1]
            if kind == "approximator":
                # "about 16", "less than 300": only directly before a number.
                nxt = tokens[j] if j < len(tokens) else None
                if (
                    nxt is None
                    or not _is_number(nxt, lexicon)
                    or nxt.ent_type_ in NON_QUANTITY_LABELS
                ):
                    continue
            if kind == "modal" and first.tag_ != "MD":
                continue
            out.append(
                {
                    "text": doc_text(first.doc)[first.idx : last.idx + len(last.text)],
                    "start": first.idx,
                    "end": last.idx + len(last.text),
                    "kind": kind,
                }
            )
    out.sort(key=lambda h: h["start"])
    return out
