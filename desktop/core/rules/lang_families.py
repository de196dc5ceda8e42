"""The language and year-consistency families of issue 4, in the order the checker runs them."""

from __future__ import annotations

from types import ModuleType

from desktop.core.rules import (
    lang_duplicate,
    lang_formulation,
    lang_numbering,
    lang_outdated,
    lang_punctuation,
    lang_stray,
    lang_typo,
    years,
)

LANGUAGE_FAMILIES: list[ModuleType] = [
    lang_outdated,
    lang_formulation,
    lang_typo,
    lang_duplicate,
    lang_stray,
    lang_punctuation,
    lang_numbering,
    years,
]
