"""One journal on several computers, through a folder the person already syncs.

The live journal file is never synced. Each computer writes immutable, encrypted change packs
into the folder and reads the others'. Every change is a *version* of one record, stamped with a
hybrid logical clock and the computer that made it; a computer's journal is a deterministic
function of the set of versions it holds, and sets only grow by union, so every computer that
has seen the same packs shows the same journal, whatever order they arrived in.

Modules: `clock` (the hybrid logical clock), `versions` (a version and its plain-data form),
`merge` (resolving the versions of one record), `kinds` (the per-kind table: how each kind of
record is read from and written to a journal, and merged), `ledger` (the sealed local state),
`packs` (the files in the folder), `rounds` (one sync round), `joining` and `copies` (a second
computer; merging a backup or copy), `stopping` (this computer stops syncing).
"""
