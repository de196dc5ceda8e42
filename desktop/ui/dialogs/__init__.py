"""Dialogs of the main window: unit profile, export, revisions, recycle bin, search, settings, about."""
