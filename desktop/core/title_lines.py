"""Line breaks of a 公文 title (GB/T 9704 §7.3.1: 回行时要做到词意完整，排列对称，长短适宜，间距恰当; the lines
form a 梯形 or 菱形): breaks only between words (jieba, plus phrases kept whole) and never inside 《》 or “”,
top lines not longer than the line under them (正梯形), or a 菱形 with the longest line in the middle.

    title_lines(title, per_line=20) -> list[str]
"""

from __future__ import annotations

from itertools import combinations

from desktop.core import text as segmenter

# Phrases a break must not cut, though jieba splits them (法治政府/建设 is the classic bad break).
KEEP_WHOLE = (
    "法治政府建设", "法治建设", "依法行政", "年度报告", "工作报告", "情况报告", "的报告", "人民政府", "办事处",
    "党委", "依法治县", "依法治区", "依法治市", "第一责任人",
)  # fmt: skip
NO_LINE_START = "的了和与及、，。：；）》”"
PAIRS = {"《": "》", "“": "”", "（": "）", "(": ")"}
MAX_LINES = 4
SPACE_BONUS = 20  # breaking where the title has a space (联合行文: 中共××镇委 ××镇人民政府) reads best
OVERHANG = 1  # a line may be this much longer than the one under it (a near-rectangle still reads well)


def _width(text: str) -> float:
    text = text.strip()  # a space left at a line's end is not seen
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)


def _inside_pairs(title: str, per_line: float) -> set[int]:
    """Offsets inside a 《》/“”/（） pair short enough for one line: no break there."""
    blocked: set[int] = set()
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(title):
        if ch in PAIRS:
            stack.append((PAIRS[ch], i))
        elif stack and ch == stack[-1][0]:
            _, start = stack.pop()
            if _width(title[start : i + 1]) <= per_line:
                blocked.update(range(start + 1, i + 1))
    return blocked


def break_points(title: str, per_line: float = 20) -> list[int]:
    """Offsets where the title may break: word boundaries outside pairs and kept phrases."""
    points = segmenter.boundaries(title) - {0, len(title)}
    blocked = _inside_pairs(title, per_line)
    for phrase in KEEP_WHOLE:
        start = title.find(phrase)
        while start >= 0:
            blocked.update(range(start + 1, start + len(phrase)))
            start = title.find(phrase, start + 1)
    points |= {i + 1 for i, ch in enumerate(title[:-1]) if ch.isspace()}  # a space between two organs' names
    for i in list(points):
        if title[i].isspace() or title[i] in NO_LINE_START or (title[i] == "年" and title[i - 1].isdigit()):
            blocked.add(i)
        if title[i - 1].isdigit() and title[i].isdigit():
            blocked.add(i)
    return sorted(points - blocked)


def _score(widths: list[float]) -> float | None:
    """Lower is better; None when the shape is neither 梯形 nor 菱形."""
    rising = all(a <= b + OVERHANG for a, b in zip(widths, widths[1:], strict=False))
    peak = widths.index(max(widths))
    diamond = len(widths) >= 3 and 0 < peak < len(widths) - 1 and widths[0] <= widths[peak] >= widths[-1]
    if not (rising or diamond):
        return None
    mean = sum(widths) / len(widths)
    overhang = sum(max(a - b, 0) for a, b in zip(widths, widths[1:], strict=False))
    return sum((w - mean) ** 2 for w in widths) + 2 * overhang + (0 if rising else 1)


def title_lines(title: str, per_line: float = 20) -> list[str]:
    """The title split into centred lines of at most `per_line` 2号 characters, shaped 梯形 or 菱形."""
    title = title.strip()
    if _width(title) <= per_line:
        return [title] if title else []
    points = break_points(title, per_line)
    for count in range(2, MAX_LINES + 1):
        best: tuple[float, list[str]] | None = None
        for cuts in combinations(points, count - 1):
            edges = [0, *cuts, len(title)]
            lines = [title[a:b] for a, b in zip(edges, edges[1:], strict=False)]
            widths = [_width(line) for line in lines]
            if max(widths) > per_line:
                continue
            score = _score(widths)
            if score is not None:
                score -= SPACE_BONUS * sum(title[c - 1].isspace() for c in cuts)
            if score is not None and (best is None or score < best[0]):
                best = (score, lines)
        if best:
            return best[1]
    return _fallback(title, per_line)


def _fallback(title: str, per_line: float) -> list[str]:
    """No shaped split exists: fill lines in order, breaking where allowed when possible."""
    lines, start = [], 0
    points = break_points(title, per_line) + [len(title)]
    while start < len(title):
        fits = [p for p in points if p > start and _width(title[start:p]) <= per_line]
        end = fits[-1] if fits else start + int(per_line)
        lines.append(title[start:end])
        start = end
    return lines
