"""Encrypted backups of the whole journal: the file format, writing, reading, restoring and rotation.

`docs/RECOVERY.md` describes the format for people (and for `tools/decrypt_backup.py`, which reads
it with nothing but `cryptography` and the standard library).
"""
