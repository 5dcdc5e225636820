"""The review view: "Am I getting better?" answered with charts, a calendar, summaries and search."""

from journal.ui.review.review_view import ReviewView

__all__ = ["ReviewView"]
