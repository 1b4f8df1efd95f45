"""Every snippet, run in isolation and compared with its recorded output.

Parametrized by verifier/pytest_plugin.py, one test per (snippet, device,
variant) run: adding a snippet needs no test code. What passes is decided by
verifier.check.judge, the rule every command shares.
"""


def test_snippet(snippet_run, verify_snippet):
    verify_snippet(snippet_run)
