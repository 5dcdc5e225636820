"""The encrypted SQLite store: one file, sealed rows, and nothing personal in clear."""
