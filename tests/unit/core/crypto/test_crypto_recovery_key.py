"""The recovery key reads back however it is typed, and a copying mistake is caught by its check."""

import pytest

from helpers.worded import raises_worded
from journal.core.crypto.recovery_key import generate_recovery_key, recovery_key_bytes
from journal.core.errors import BadInputError


def test_recovery_key_is_thirteen_groups_of_four() -> None:
    key = generate_recovery_key()
    groups = key.split("-")
    assert len(groups) == 13 and all(len(group) == 4 for group in groups)
    assert generate_recovery_key() != key


def test_recovery_key_reads_back_in_lower_case_with_spaces_and_lookalikes() -> None:
    key = generate_recovery_key()
    typed = key.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert recovery_key_bytes(typed) == recovery_key_bytes(key)


def test_a_single_wrong_character_is_reported_as_a_typo() -> None:
    key = generate_recovery_key()
    position = 6
    wrong = "2" if key[position] != "2" else "3"
    mistyped = key[:position] + wrong + key[position + 1 :]
    with raises_worded(BadInputError, "not right"):
        recovery_key_bytes(mistyped)


@pytest.mark.parametrize("typed", ["", "ABCD", "!" * 52, "A" * 60])
def test_malformed_recovery_keys_get_a_clear_message(typed: str) -> None:
    with raises_worded(BadInputError, "recovery key"):
        recovery_key_bytes(typed)
