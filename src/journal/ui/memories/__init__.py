"""Memory pages, pictures and letters in the app: previews, the viewer and the memory page."""
