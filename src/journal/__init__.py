"""Recovery Journal: a private, encrypted desktop journal for recovery after a pregnancy loss."""

__version__ = "0.1.0"
