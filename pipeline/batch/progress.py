"""The progress bar of a run: ``tqdm`` on stderr (rate, ETA; a widget in notebooks).

Shown when asked, or by default only when stderr is a terminal, so CI logs and
redirected output stay quiet.
"""

from __future__ import annotations

import sys
from typing import TextIO

from tqdm.auto import tqdm


class Progress:
    def __init__(
        self, total: int, label: str, enabled: bool | None = None, stream: TextIO | None = None
    ) -> None:
        stream = stream or sys.stderr
        shown = stream.isatty() if enabled is None else enabled
        self._bar = tqdm(total=total, desc=label, unit="doc", file=stream, disable=not shown or total == 0)

    def advance(self, n: int = 1) -> None:
        self._bar.update(n)

    def close(self) -> None:
        self._bar.close()
