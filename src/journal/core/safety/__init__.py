"""The safety page's working parts without Qt: the pointer rules, their dismissal, and the person's own numbers."""
