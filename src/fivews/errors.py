"""The fivews error catalogue: one place for every user-facing error and warning.

Each error carries a short code (``E0xx``) so tests and callers can match on it without
depending on the wording. The CLI prints ``fivews: <path>: <message>`` and exits 2.
"""

from __future__ import annotations


class FivewsError(Exception):
    """Base class of all errors fivews reports to users."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(FivewsError):
    """The input cannot be read as a news article (missing, empty, binary, not UTF-8…)."""

    code = "E001"


class MissingFileError(InputError):
    """The input path does not exist or is not a file."""

    code = "E002"


class EmptyInputError(InputError):
    """The input has no text (empty or whitespace only)."""

    code = "E003"


class BinaryInputError(InputError):
    """The input looks like a binary file (NUL or many control bytes)."""

    code = "E004"


class EncodingInputError(InputError):
    """The input is not valid in the declared encoding (UTF-8 unless told otherwise)."""

    code = "E005"


class RecordError(InputError):
    """A JSONL record is not a JSON object with a non-empty ``text``."""

    code = "E006"


class DateError(InputError):
    """A publication date given by the caller is not an ISO date (YYYY-MM-DD)."""

    code = "E007"


class ModelNotFoundError(FivewsError):
    """No spaCy pipeline could be loaded."""

    code = "E010"


class NotEnglishWarning(UserWarning):
    """The article does not look like English; it is still processed."""


class LinkWarning(UserWarning):
    """Rows of a corpus that could not be linked across articles (they keep no corpus
    id; the other rows are linked), or links older than the corpus tables."""
