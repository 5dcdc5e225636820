"""What many tests share, as plain functions and constants (fixtures live in the conftest.py beside their tests).

`tests/` is on the import path (pytest puts the root conftest's folder there), so tests import these as
`from helpers.journals import PASSPHRASE`. Never `from conftest import …`: with a conftest.py in a test
package, which module answers to `conftest` depends on the order pytest loaded them.
"""
