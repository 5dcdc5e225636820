"""Moving the person's days in and out of the journal: exports they asked for, imports from other apps.

Exports are the one place the app writes plaintext on purpose; every file goes through
`journal.core.private_files`, so a failure never leaves half a file. Imports build an `ImportPlan` that is
checked whole before anything is written.
"""
