"""Recovery milestones: test results, periods, questions for appointments and the medical facts card.

Values and dates only: nothing here interprets a result or predicts a cycle.
"""
