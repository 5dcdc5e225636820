"""The command line: a thin layer over `journal.core` for scripts, export and backup."""
