"""The Today view: the day's check-in form, moving between days, and saving without a save button."""
