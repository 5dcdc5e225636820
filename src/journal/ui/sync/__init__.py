"""Using the journal on more than one computer: the sync service, its settings page, a day's history."""
