"""The app-window helpers' old name, for tests written before `tests/helpers/app_window.py`.

New tests import `helpers.app_window` and get the fixtures from this folder's conftest.py. This module
goes once no test imports it (tests still on other branches do).
"""

import pytest

from helpers.app_window import *  # noqa: F403
from helpers.app_window import app_settings, make_controller

__all__ = ["OFFSCREEN_NOISE", "app_settings", "make_controller"]

# No longer needed (pyproject.toml's qt_log_ignore covers it); kept so the older tests still import.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support")
