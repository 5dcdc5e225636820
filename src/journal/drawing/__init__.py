"""Qt drawing that the app and the clinician PDF share: charts and dates in the person's locale.

It sits below both `journal.ui` and `journal.report`, so neither has to import the other to draw
the same chart; it may use `journal.core`, never the layers above it.
"""
