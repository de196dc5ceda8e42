"""Chinese word segmentation for the language rules: jieba, initialised once, lazily and thread-safely.

Nothing here runs at import time. The first call to `tokens()` (or `warm_up()`, which the GUI may call on a
worker thread) imports jieba, silences its logging, points its model cache into the user cache folder (never
the working directory) and loads the domain dictionary from resources/dict/*.txt.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop import DESKTOP_ID
from desktop.core.resources import resources_dir

_lock = threading.Lock()
_tokenizer: Any = None
HAN = re.compile(r"[\u4e00-\u9fff]")


def cache_dir() -> Path:
    """The writable per-user cache folder (XDG_CACHE_HOME / LOCALAPPDATA aware), created on demand."""
    import platformdirs

    path = Path(platformdirs.user_cache_dir(DESKTOP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def dictionary_files() -> list[Path]:
    """The user dictionaries (jieba format: word [freq] [tag] per line), in name order."""
    folder = resources_dir() / "dict"
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


@lru_cache(maxsize=1)
def domain_words() -> frozenset[str]:
    """Every word of the domain dictionary (comment lines starting with # are skipped)."""
    words: set[str] = set()
    for path in dictionary_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line.split()[0])
    return frozenset(words)


def _build() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    try:
        tokenizer.tmp_dir = str(cache_dir())
    except OSError:  # a read-only profile: jieba then uses the system temp folder
        tokenizer.tmp_dir = None
    tokenizer.initialize()
    for path in dictionary_files():
        with path.open("rb") as fh:
            lines = [ln for ln in fh.read().decode("utf-8").splitlines() if ln.strip() and ln[0] != "#"]
        for line in lines:
            parts = line.split()
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tokenizer.add_word(parts[0], freq)
    return tokenizer


def tokenizer() -> Any:
    """The shared jieba tokenizer, built on first use (thread-safe; later calls return at once)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _build()
    return _tokenizer


def is_ready() -> bool:
    """True once the tokenizer is built (the GUI can show "词典加载中" until then)."""
    return _tokenizer is not None


def warm_up() -> None:
    """Build the tokenizer now; meant for a worker thread at start-up so the first check is fast."""
    tokenizer()


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for each jieba token of `text`; offsets index into `text`."""
    if not text:
        return []
    return list(tokenizer().tokenize(text, HMM=False))


def boundaries(text: str) -> set[int]:
    """The offsets in `text` where a jieba token starts or ends."""
    out = {0, len(text)}
    for _, start, end in tokens(text):
        out.add(start)
        out.add(end)
    return out


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (between 。！？；\\n) that contains text[start:end]."""
    left = max(text.rfind(ch, 0, start) for ch in "。！？；\n") + 1
    rights = [p for p in (text.find(ch, end) for ch in "。！？；\n") if p >= 0]
    return left, (min(rights) + 1 if rights else len(text))


def is_han(ch: str) -> bool:
    """True for a CJK unified ideograph."""
    return bool(HAN.match(ch))
