"""Two builds of one commit are byte-identical, every file of the site:
pages, search index, sitemap.xml(.gz) and chapter notebooks. MkDocs dates
the sitemap with SOURCE_DATE_EPOCH, which guide.py sets to the commit's time
(else it takes the day of the build)."""

import gzip
import os
import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from guide import build_env
from verifier.snippets import REPO
from verifier.throwaway_site import build_guide


def contents(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def commit_time() -> datetime:
    seconds = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True, text=True
    ).stdout
    return datetime.fromtimestamp(int(seconds), timezone.utc)


def test_builds_are_dated_by_the_commit(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert build_env() == {"SOURCE_DATE_EPOCH": str(int(commit_time().timestamp()))}


def test_two_builds_of_one_commit_are_byte_identical(site, tmp_path):
    first, second = contents(site), contents(build_guide(tmp_path / "again"))
    assert sorted(first) == sorted(second), "the two builds wrote different files"
    differ = sorted(name for name in first if first[name] != second[name])
    assert not differ, f"{len(differ)} of {len(first)} files differ: {differ}"
    # Not the day of the build: the commit's (or the one given), in the
    # entries and in the gzip header.
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", commit_time().timestamp()))
    day = datetime.fromtimestamp(epoch, timezone.utc).date()
    sitemap = first["sitemap.xml"].decode()
    assert set(re.findall(r"<lastmod>(.*?)</lastmod>", sitemap)) == {day.isoformat()}
    gz_mtime = int.from_bytes(first["sitemap.xml.gz"][4:8], "little")
    assert datetime.fromtimestamp(gz_mtime, timezone.utc).date() == day
    assert gzip.decompress(first["sitemap.xml.gz"]).decode() == sitemap
