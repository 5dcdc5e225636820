"""The Qt desktop app: windows, dialogs and widgets over `journal.core`."""
