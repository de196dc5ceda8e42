"""Where the end of a 公文 goes, decided from a measured rendering (LibreOffice's or the Qt layout's):

- §7.3.5.5: the 署名/成文日期/附注 never stand on a page without 正文 — first the blank lines above the 署名 shrink
  (the seal may press on the text's last line), then the closing lines' pitch is tightened, and when spacing
  cannot pull the block back, the last 正文 paragraph (with a heading right above it) goes over to its page;
- §7.4.1 and §7.5: the 版记's last rule lies on the bottom edge of the type area of an EVEN page — it stays on the
  last page when that page is even and has room, else it moves to the next even page, with an unnumbered blank
  page before it when the next page would be odd;
- lines where LibreOffice hung a punctuation mark past the right margin get a slightly wider character pitch.

    plan_from(measured, plan) -> PagePlan     (a plan for the next rendering)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from desktop.exchange.gongwen_geometry import LINE, LINE_PT, LINES_PER_PAGE, TEXT_H, pt

SEAL_GAP = 3  # blank lines above the 署名 in the sealed layout (room for the seal, §7.3.5.1)
MIN_SEAL_GAP = 1  # the seal's top stays within one line of the text above (§7.3.5.1)
MIN_CLOSING_LINE = 440  # tightest pitch for the 署名/日期/附注 lines, twips (22 pt: 三号 text still clear)
SAFETY_PT = 2.0  # the 版记 stops this short of the bottom edge, so rounding never pushes it onto a new page


@dataclass(frozen=True)
class PagePlan:
    """Layout decisions one rendering hands to the next; the defaults are the plain layout."""

    seal_gap: int = SEAL_GAP
    closing_line: int = LINE  # twips
    loose: frozenset[int] = frozenset()  # body paragraph numbers set with the LOOSE character pitch
    record_gap: float = 0.0  # points of empty space above the 版记 on its page
    record_new_page: bool = False  # the 版记 starts a page of its own
    blank_page: bool = False  # an unnumbered blank page, then the 版记 page (also unnumbered)
    carry: bool = (
        False  # the last 正文 paragraph is kept with the 署名 block (spacing could not pull it back)
    )

    @property
    def record_placed(self) -> bool:
        return bool(self.record_gap or self.record_new_page or self.blank_page)


@dataclass
class Measured:
    """What a rendering of the plain (unpadded) layout shows; positions are points from the paper's top edge."""

    pages: int
    body_page: int  # page of the last 正文 or 附件说明 line
    body_bottom: float  # bottom of that line's box
    closing_page: int | None = None  # page of the first 署名/成文日期/附注 line, None without them
    closing_lines: int = 0  # lines of the 署名/成文日期/附注 block (its blank lines not counted)
    end_page: int = 0  # page of the last line before the 版记
    end_bottom: float = 0.0  # bottom of that line's box
    record_height: float = 0.0  # points the 版记 takes (rules included); 0 without a 版记
    hanging: set[int] = field(default_factory=set)  # body paragraph numbers with a line past the margin


def _fit_closing(measured: Measured, plan: PagePlan, type_bottom: float) -> PagePlan:
    """§7.3.5.5: pull a 署名 block that starts a page of its own back under the last 正文 line."""
    together = measured.closing_page == measured.body_page == measured.end_page
    if measured.closing_page is None or together:
        return plan
    room = type_bottom - measured.body_bottom  # points left under the last 正文 line
    lines = measured.closing_lines
    for gap in range(plan.seal_gap - 1, MIN_SEAL_GAP - 1, -1):
        if (gap + lines) * LINE_PT <= room:
            return replace(plan, seal_gap=gap)
    pitch = int(room * 20 / (MIN_SEAL_GAP + lines))
    if pitch >= MIN_CLOSING_LINE:
        return replace(plan, seal_gap=MIN_SEAL_GAP, closing_line=min(pitch, LINE))
    # Spacing cannot help: 正文 goes over to the 署名's page instead (the last paragraph kept with the block).
    return replace(plan, seal_gap=SEAL_GAP, closing_line=LINE, carry=True)


def _place_record(measured: Measured, plan: PagePlan, type_top: float, type_bottom: float) -> PagePlan:
    if not measured.record_height:
        return plan
    room = type_bottom - measured.end_bottom - SAFETY_PT
    fits = measured.record_height + LINE_PT <= room + SAFETY_PT  # one line at least between 落款 and 版记
    page = measured.end_page
    if fits and page % 2 == 0:
        return replace(plan, record_gap=room - measured.record_height)
    full = pt(TEXT_H) - SAFETY_PT - measured.record_height
    if page % 2 == 1:
        return replace(plan, record_gap=full, record_new_page=True)  # the next page is even
    return replace(plan, record_gap=full, blank_page=True)  # next page odd: blank it, 版记 on the one after


def plan_from(measured: Measured, plan: PagePlan, type_top: float, type_bottom: float) -> PagePlan:
    """The plan for the next rendering, given what the plain rendering with `plan` showed."""
    better = replace(plan, loose=plan.loose | frozenset(measured.hanging))
    better = _fit_closing(measured, better, type_bottom)
    if better != plan:
        return better  # lines moved: measure again before placing the 版记
    return _place_record(measured, plan, type_top, type_bottom)


__all__ = ["LINES_PER_PAGE", "Measured", "PagePlan", "plan_from"]
