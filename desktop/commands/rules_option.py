"""`--rules DIR` of the commands that check (check, review, second-round): a region's rule folder merged over
the bundled rules (README, "Regional rule data")."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.core.checker import Checker
from desktop.core.rule_data import load_rule_data


def add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules", type=Path, metavar="DIR", help="a region's rule folder, merged over the bundled rules"
    )


def checker_for(args: argparse.Namespace) -> Checker:
    """A checker with the rule data the command line asked for (raises RuleDataError for an unusable folder)."""
    return Checker(rules=load_rule_data(args.rules))
