"""Milestones in the app: test results, questions for appointments, the facts card."""
