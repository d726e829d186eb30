"""Is this text, or binary data decoded as text?  A cheap test on decoded characters.

Random bytes, an ELF program or a compressed file saved as ``.txt`` (or served
as ``text/html``) decode to text full of control characters and U+FFFD
replacement marks; real text in any language has almost none.  Counting them in
a bounded sample refuses binary data with a one-line reason instead of briefing
it into a garbage "summary".
"""

from __future__ import annotations

import re

__all__ = ["looks_binary"]

#: Characters looked at: enough to judge, bounded so the check costs the same on a 5 MB page.
SAMPLE_CHARS = 65_536
#: Share of suspicious characters above which the sample is binary (text has ~0; random bytes ~15-50%).
BINARY_SHARE = 0.02
#: Below this many suspicious characters a sample is never binary (a stray control code in a short file).
MIN_SUSPICIOUS = 8
#: C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; U+FFFD.
_SUSPICIOUS = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def looks_binary(text: str) -> bool:
    """Whether ``text`` (already decoded) is really binary data: NULs, control codes, undecodable bytes."""
    sample = text[:SAMPLE_CHARS]
    suspicious = len(_SUSPICIOUS.findall(sample))
    return suspicious >= MIN_SUSPICIOUS and suspicious > BINARY_SHARE * len(sample)
