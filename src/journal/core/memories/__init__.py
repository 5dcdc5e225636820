"""Memory pages for each loss, and pictures and documents kept on a day, a key date or a memory page.

Records (`memory_records`, sealed like every other row and listed in the manifest) hold the words
and each attachment's description; the attachment's bytes live in `attachment_chunks`, sealed in
chunks that are read only when a picture is shown, so unlocking never grows with their size.
"""
