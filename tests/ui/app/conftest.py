"""Fixtures for the app-window tests: the app's settings file in tmp, and controllers closed after each test."""

from helpers.app_window import app_settings, make_controller

__all__ = ["app_settings", "make_controller"]
