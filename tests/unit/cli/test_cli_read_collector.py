"""A read command holds every day it built until it ends, so it runs with the cycle collector paused
(a pass meanwhile walks them all and frees nothing), and hands the collector back as it found it."""

from __future__ import annotations

import gc

import pytest

from journal.core.journal import Journal


@pytest.mark.parametrize("argv", [["show", "--date", "2026-10-13"], ["list"], ["search", "cafe"]])
def test_read_commands_pause_the_collector_and_give_it_back(cli, monkeypatch, argv: list[str]) -> None:
    cli("init")
    assert cli("add", "--date", "2026-10-13", "--mood", "2", "--note", "Café with my sister.")[0] == 0
    seen: list[bool] = []
    for name in ("day", "days_between", "search"):
        real = getattr(Journal, name)

        def watched(self, *args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(gc.isenabled())
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Journal, name, watched)
    assert gc.isenabled()
    code, out, _ = cli(*argv)
    assert code == 0 and ("2026-10-13" in out or "13 October 2026" in out)
    assert seen and not any(seen)
    assert gc.isenabled()
    gc.disable()
    try:  # a caller that had paused it keeps it paused
        assert cli(*argv)[0] == 0 and not gc.isenabled()
    finally:
        gc.enable()
