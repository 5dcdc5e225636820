"""The arithmetic behind "Am I getting better?": daily series, rolling averages, summaries, search filters.

Everything here is pure: it takes entries (oldest first) and returns values; the review view and the
clinician PDF render the results.
"""
