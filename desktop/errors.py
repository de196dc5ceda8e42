"""The error shape every layer uses for the user: a Chinese message saying what to do, English for logs/CLI."""

from __future__ import annotations


class UserFacingError(Exception):
    """`message` is Chinese and shown to the user as is; `english` goes to logs and the command line."""

    def __init__(self, message: str, english: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.english = english

    def __str__(self) -> str:
        return f"{self.message} ({self.english})" if self.english else self.message
