"""Encryption for the journal: key derivation, key slots, the recovery key and sealed records."""
