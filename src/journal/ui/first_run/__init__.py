"""The short first-run wizard: welcome, passphrase, recovery key, and optional dates and symptoms."""
