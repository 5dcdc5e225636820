"""The a11y tests open the app's windows as the app-window tests do, with the same fixtures."""

from helpers.app_window import app_settings, make_controller

__all__ = ["app_settings", "make_controller"]
