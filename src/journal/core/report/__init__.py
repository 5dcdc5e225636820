"""What the clinician report says, computed without Qt: ranges, summary numbers and day rows.

The PDF renderer in `journal.report` only lays these out; every number is worked out here,
where it is tested without a display.
"""
