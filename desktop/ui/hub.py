"""One signal hub: the only way panels talk to each other (as novelWriter's shared.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SignalHub(QObject):
    """Cross-panel events. Panels emit and connect here instead of reaching into each other."""

    section_selected = Signal(str)  # section key, or "header" / "indicators"
    findings_changed = Signal(list)  # the new list of Findings
    finding_activated = Signal(object)  # a Finding the user clicked
    jump_to_offset = Signal(str, int)  # section key, character offset (sub-item navigation)
    status_message = Signal(str)
