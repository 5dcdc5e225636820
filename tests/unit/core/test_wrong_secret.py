"""A wrong secret says which secret failed, so the app and the command line word it without guessing."""

from __future__ import annotations

import pytest

from journal.core.errors import WrongSecretError
from journal.core.opening import unlock_with_passphrase, unlock_with_recovery_key


def test_the_error_names_the_passphrase_or_the_recovery_key(make_journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    journal, _ = make_journal()
    _, another_key = make_journal(directory=tmp_path / "another")
    files = journal.files
    journal.close()
    files.release()
    with pytest.raises(WrongSecretError) as wrong:
        unlock_with_passphrase(files, "not it")
    assert wrong.value.secret == "passphrase" and not wrong.value.is_recovery_key
    files.release()
    with pytest.raises(WrongSecretError) as wrong:
        unlock_with_recovery_key(files, another_key)
    assert wrong.value.secret == "recovery key" and wrong.value.is_recovery_key
