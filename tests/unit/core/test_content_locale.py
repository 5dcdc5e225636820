"""A locale name picks content folders most specific first, always ending in English, never a path."""

import pytest

from journal.core.content_locale import locale_chain


@pytest.mark.parametrize(
    ("name", "chain"),
    [
        ("en_GB", ("en_GB", "en")),
        ("en-NZ", ("en_NZ", "en")),
        ("de_AT.UTF-8", ("de_AT", "de", "en")),
        ("pt_BR@euro", ("pt_BR", "pt", "en")),
        ("DE", ("de", "en")),
        ("en", ("en",)),
        ("C", ("en",)),
        ("POSIX", ("en",)),
        ("", ("en",)),
        ("../etc", ("en",)),
        ("en_GB/../../x", ("en",)),
    ],
)
def test_locale_chain(name: str, chain: tuple[str, ...]) -> None:
    assert locale_chain(name) == chain
