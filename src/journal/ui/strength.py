"""A kind estimate of how hard a passphrase is to guess, from zxcvbn (a real estimator, not length rules).

zxcvbn is imported on first use so it never slows the start. Weak passphrases are described,
never refused; only an empty one cannot be used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_LONGEST_CHECKED = 64  # zxcvbn slows down on long input; beyond this the estimate no longer changes


def strength_score(passphrase: str) -> int:
    """0 (easy to guess) to 4 (very hard to guess)."""
    if not passphrase:
        return 0
    from zxcvbn import zxcvbn  # lazily: only the first-run and change-passphrase screens need it

    return int(zxcvbn(passphrase[:_LONGEST_CHECKED])["score"])


def strength_words(score: int) -> str:
    words = (
        QCoreApplication.translate("Strength", "Easy to guess — a few more words would help."),
        QCoreApplication.translate("Strength", "Still fairly easy to guess — another word or two would help."),
        QCoreApplication.translate("Strength", "Getting there — one more unusual word would make it stronger."),
        QCoreApplication.translate("Strength", "Good — this would be hard to guess."),
        QCoreApplication.translate("Strength", "Very strong — this would be very hard to guess."),
    )
    return words[max(0, min(4, score))]
