"""The safety page in the app: the page on when to contact a clinician, support lines, and the person's own numbers."""
