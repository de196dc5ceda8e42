"""Sub-commands of `python -m desktop` beyond `check`, one module per area (store, exchange …).

Each module defines register(subparsers) and is listed in desktop.cli.COMMAND_MODULES.
"""
