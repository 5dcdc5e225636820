"""Everything the journal knows and does, with no Qt: the GUI and the command line both stand on this."""
