import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# The browser fixtures, for every test file that drives Chromium.
from tests.browser import browser, published_url, site_pass  # noqa: E402, F401
from verifier.throwaway_site import build_guide  # noqa: E402


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built once per session with --strict."""
    return build_guide(tmp_path_factory.mktemp("site"))
