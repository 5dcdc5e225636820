"""The frozen app's entry point: the same `journal` command as the pip-installed one."""

import sys

from journal.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
