"""PySide6 widgets. Only this package imports Qt; it calls core, store and exchange for everything else."""
