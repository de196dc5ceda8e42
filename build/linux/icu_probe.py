"""What Qt computes with ICU data, as JSON on stdout: run with the full and the trimmed libicudata and compare.

Chinese (pinyin) and English collation of ~7,000 dictionary words, zh_CN/en_US dates, month and day names,
numbers and currency, time-zone display names, and which Chinese code pages Qt can open. The last key says
which libicudata the process loaded (from /proc/self/maps), so a preload that did not take is noticed.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QStringDecoder, QTime, QTimeZone


def words() -> list[str]:
    spec = importlib.util.find_spec("jieba")
    lines = (Path(spec.origin).parent / "dict.txt").read_text(encoding="utf-8").splitlines()
    chosen = [line.split()[0] for line in lines[::50]]
    return chosen + [
        "城关镇",
        "司法所",
        "法治政府",
        "2025年",
        "Ａ类",
        "abc",
        "ABC",
        "第十二条",
        "〇一二",
        "（一）",
    ]


def collation(locale: str, items: list[str]) -> list[str]:
    collator = QCollator(QLocale(locale))
    return sorted(items, key=functools.cmp_to_key(collator.compare))


def dates(name: str) -> dict:
    locale = QLocale(name)
    day = QDate(2025, 12, 31)
    moment = QDateTime(day, QTime(8, 30, 5), QTimeZone(b"Asia/Shanghai"))
    shanghai = QTimeZone(b"Asia/Shanghai")
    long_name, short_name = QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName
    standard = QTimeZone.TimeType.StandardTime
    return {
        "long": locale.toString(day, QLocale.FormatType.LongFormat),
        "short": locale.toString(day, QLocale.FormatType.ShortFormat),
        "moment": locale.toString(moment, QLocale.FormatType.LongFormat),
        "custom": locale.toString(day, "yyyy年M月d日 dddd"),
        "months": [locale.monthName(m) for m in range(1, 13)],
        "days": [locale.dayName(d) for d in range(1, 8)],
        "number": locale.toString(1234567.891, "f", 2),
        "currency": locale.toCurrencyString(1234.5),
        "zone": [shanghai.displayName(standard, kind, locale) for kind in (long_name, short_name)],
        "language": locale.nativeLanguageName(),
        "territory": locale.nativeTerritoryName(),
    }


def loaded_icudata() -> str:
    maps = Path("/proc/self/maps").read_text().splitlines()
    return next((line.split()[-1] for line in maps if "libicudata" in line), "")


def main() -> None:
    items = words()
    result = {
        "collation_zh": collation("zh_CN", items),
        "collation_en": collation("en_US", items[:500]),
        "zh_CN": dates("zh_CN"),
        "en_US": dates("en_US"),
        "codecs": {
            n: QStringDecoder(n).isValid() for n in ("GB18030", "GBK", "GB2312", "Big5", "windows-1252")
        },
    }
    result["icudata"] = loaded_icudata()
    print(json.dumps(result, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
