"""Help people can act on: support and crisis lines chosen by where the person lives."""
