"""Text in, facts out: sources, normalisation, articles, extraction. Never imports graph or api."""

from functools import lru_cache
from hashlib import sha1
from pathlib import Path


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of the extraction code and lexicons: a document loaded by an older
    extractor is read again on the next build; one loaded by this one is skipped."""
    here = Path(__file__).parent
    digest = sha1()
    # the runtime settings change no extraction: a new variable must not re-read every document
    runtime = here / "settings.py"
    for f in sorted(p for p in here.rglob("*")
                    if p.is_file() and p.suffix in (".py", ".txt", ".tsv", ".yaml") and p != runtime):
        digest.update(f.relative_to(here).as_posix().encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()[:12]
