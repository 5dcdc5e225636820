"""Large freed buffers go back to the system: glibc must not start keeping them on its heap."""

from __future__ import annotations

import subprocess
import sys

import pytest

_SCRIPT = """
import ctypes, sys

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd",
                                                     "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "set":
    from journal.ui.memory import return_large_blocks
    assert return_large_blocks()
big = ctypes.create_string_buffer(8 * 1024 * 1024)  # a journal image's size: its own mapping
del big  # freeing it is what raises glibc's threshold, unless it was fixed
before = libc.mallinfo2().hblks
block = ctypes.create_string_buffer(1024 * 1024)
print(libc.mallinfo2().hblks - before)
"""


def _mapped_blocks_added(mode: str) -> int:
    result = subprocess.run([sys.executable, "-c", _SCRIPT, mode], capture_output=True, text=True, check=True)
    return int(result.stdout.strip())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_a_megabyte_block_after_a_large_free_gets_its_own_mapping():
    assert _mapped_blocks_added("set") == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_without_the_setting_glibc_would_keep_it_on_the_heap():
    assert _mapped_blocks_added("unset") == 0  # what the setting prevents: this run shows it is needed
