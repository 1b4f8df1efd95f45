"""What `update` records, and never records: only good runs that a second
run in a fresh process repeats, a GPU output only where it differs from the
CPU's, a measurement again only when named, reshaped or unfingerprinted, a
CPU output only with the pinned torch's CPU build. And what `verify` says of
a recording update did not make (issue 15, items 2, 3 and 7).

The snippets here are written into a temporary tree, never into snippets/.
"""

import hashlib
import json
import subprocess

from tests.harness_fixtures import CPU_FACTS, GPU_FACTS, make, verdict
from verifier.check import measurement_problem
from verifier.commands import python_command
from verifier.facts import FINGERPRINT
from verifier.failure_gallery import RUNS
from verifier.pages import orphan_files
from verifier.recording import record
from verifier.update import fingerprint_committed, record_all, review_advice

# The broken snippets CONTRIBUTING.md shows (verifier/failure_gallery.py).
UNSEEDED = "import torch\n" + RUNS["unseeded-snippet"].source
# A measurement: its numbers differ from run to run, its text must not.
MEASURED = RUNS["edited-measurement"].source
# ...and one whose text depends on unseeded random numbers.
RANDOM_LABEL = 'print("label:", "".join(chr(97 + int(v * 26)) for v in torch.rand(8)))\n'


def commit(repo):
    """Make ``repo`` a git repository whose last commit holds all its files."""
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "recorded"], check=True)


def files(folder):
    """Every file in ``folder`` with its bytes: what a refusal must leave as it was."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# Item 2: a snippet whose two runs differ is never recorded ------------------


def test_update_refuses_unseeded_randomness_naming_the_lines_and_the_seed(runner, tmp_path, capsys):
    s = make(tmp_path, UNSEEDED, out="weights: tensor([0.1000, 0.2000, 0.3000])\ndone\n")
    before = files(s.path.parent)
    written, failed = record_all(runner, [s], "cpu", CPU_FACTS)
    assert (written, failed) == ([], [s])
    assert files(s.path.parent) == before  # the old recording, untouched
    message = capsys.readouterr().err
    assert message.startswith("NOT RECORDED snippets/demo/example.py:1: printed something else")
    first = message.split("snippets/demo/example.out:1: first run:  weights: tensor([")[1]
    second = message.split("snippets/demo/example.out:1: second run: weights: tensor([")[1]
    assert first.split("]")[0] != second.split("]")[0]  # both versions, as printed
    assert "example.out:2:" not in message  # "done" did not change
    assert "torch.manual_seed(0) at the snippet's top" in message
    assert "python3 guide.py update snippets/demo/example.py" in message

    # A new snippet: refused, and no file of it appears.
    new = make(tmp_path, UNSEEDED, name="demo/new.py")
    assert record_all(runner, [new], "cpu", CPU_FACTS) == ([], [new])
    assert not new.output_path("cpu").exists()

    seeded = make(tmp_path, "import torch\ntorch.manual_seed(0)\n" + UNSEEDED, name="demo/new.py")
    assert record_all(runner, [seeded], "cpu", CPU_FACTS) == (["snippets/demo/new.out"], [])


def test_a_measurement_may_differ_between_runs_only_in_its_numbers(runner, tmp_path, capsys):
    s = make(tmp_path, MEASURED)
    assert record_all(runner, [s], "cpu", CPU_FACTS) == (["snippets/demo/example.out"], [])
    before = files(s.path.parent)
    assert sorted(before) == ["example.json", "example.out", "example.py"]

    s = make(tmp_path, MEASURED + RANDOM_LABEL)
    capsys.readouterr()
    assert record_all(runner, [s], "cpu", CPU_FACTS) == ([], [s])
    assert files(s.path.parent) == dict(before, **{"example.py": s.path.read_bytes()})
    message = capsys.readouterr().err
    # Compared, and shown, as the recording is: numbers masked.
    assert "example.out:2: first run:  label: " in message
    assert "example.out:1:" not in message  # the timing line: only its number changed
    assert "torch.manual_seed(0)" in message


# Item 3: a measurement carries a fingerprint; an edited one fails ----------


def test_a_hand_edited_measurement_fails_verify_until_update_measures_it(runner, tmp_path):
    s = make(tmp_path, MEASURED)
    record_all(runner, [s], "cpu", CPU_FACTS)
    out, facts = s.output_path("cpu"), s.facts_path("cpu")
    assert (
        json.loads(facts.read_text())[FINGERPRINT] == hashlib.sha256(out.read_bytes()).hexdigest()
    )
    assert verdict(runner, s) == ""

    hand_edit = RUNS["edited-measurement"].edited
    out.write_text(hand_edit)  # same shape, better number
    message = verdict(runner, s)
    assert message == (
        f"snippets/demo/example.out:1: changed since update measured it: its sha256 is "
        f"not the {FINGERPRINT} in snippets/demo/example.json. The page publishes its "
        "numbers as measured on the machine named there, so they may only come from a "
        "run, never from an edit.\n"
        "Re-measure with: python3 guide.py update snippets/demo/example.py"
    )
    # A plain `update` (no path, which keeps measurements of the same shape)
    # measures it again rather than keep the edit.
    assert record_all(runner, [s], "cpu", CPU_FACTS, remeasure=False)[0] == [
        "snippets/demo/example.out"
    ]
    assert out.read_text() != hand_edit
    assert verdict(runner, s) == ""

    label = json.loads(facts.read_text())
    del label[FINGERPRINT]  # as recordings made before fingerprints were
    facts.write_text(json.dumps(label))
    assert "example.out:1: a measurement without its fingerprint (snippets/demo/example.json" in (
        verdict(runner, s)
    )


def test_a_measurement_recorded_before_fingerprints_gets_one_only_as_committed(tmp_path):
    """The one-off path (update --fingerprint-committed) hashes, measures nothing."""
    s = make(tmp_path, MEASURED, out="matmul took 0.5 s\n")
    s.facts_path("cpu").write_text(json.dumps(CPU_FACTS))  # a label from before fingerprints
    commit(tmp_path)
    s.output_path("cpu").write_text("matmul took 0.1 s\n")  # edited since
    assert fingerprint_committed([s], "cpu", tmp_path) == (
        [],
        [
            "snippets/demo/example.out:1: is not the file the last commit holds; only a "
            "measurement committed as update recorded it can be fingerprinted without "
            "measuring. Re-measure with: python3 guide.py update snippets/demo/example.py"
        ],
    )
    assert "without its fingerprint" in measurement_problem(s, "cpu")
    s.output_path("cpu").write_text("matmul took 0.5 s\n")
    assert fingerprint_committed([s], "cpu", tmp_path) == (["snippets/demo/example.json"], [])
    assert measurement_problem(s, "cpu") is None
    assert json.loads(s.facts_path("cpu").read_text()) == dict(
        CPU_FACTS, **{FINGERPRINT: hashlib.sha256(b"matmul took 0.5 s\n").hexdigest()}
    )
    assert fingerprint_committed([s], "cpu", tmp_path) == ([], [])  # done already
    s.output_path("cpu").write_text("matmul took 0.1 s\n")
    assert (
        "has a fingerprint, and the file no longer matches it"
        in (fingerprint_committed([s], "cpu", tmp_path)[1][0])
    )


def test_a_gpu_measurement_is_checked_where_a_gpu_can_measure_it_again(tmp_path):
    s = make(tmp_path, MEASURED)
    record(s, "cpu", "matmul took 0.5 s\n", CPU_FACTS)
    gpu_facts = dict(CPU_FACTS, torch="2.13.0+cu130", cuda_version="13.0", gpu="NVIDIA H200")
    record(s, "cuda", "matmul took 0.001 s\n", gpu_facts)
    assert measurement_problem(s, "cpu") is None
    assert measurement_problem(s, "cuda") is None
    s.output_path("cuda").write_text("matmul took 0.0001 s\n")
    problem = measurement_problem(s, "cuda")
    assert problem.startswith("snippets/demo/example.cuda.out:1: changed since update measured")
    assert problem.endswith(
        "Re-measure on a machine with a CUDA GPU with: "
        "python3 guide.py update --gpu snippets/demo/example.py"
    )
    assert measurement_problem(s, "cpu") is None  # the CPU recording is intact


# Item 7: messages that show what changed -----------------------------------


def test_a_whitespace_only_drift_shows_the_whitespace(runner, tmp_path):
    s = make(tmp_path, "print('x: 1  ')\nprint('y:\\t2')\n", out="x: 1\ny: 2\n")
    message = verdict(runner, s)
    assert "printed other whitespace on cpu than this recording. Only whitespace differs" in message
    assert "\n-'x: 1\\n'\n-'y: 2\\n'\n+'x: 1  \\n'\n+'y:\\t2\\n'\n" in message


def test_update_advice_names_new_files_which_git_diff_does_not_show(tmp_path):
    make(tmp_path, "print(1)\n", name="demo/old.py", out="1\n")
    commit(tmp_path)
    new = make(tmp_path, "print(2)\n", name="demo/new.py", out="2\n")
    new.facts_path("cpu").write_text("{}")
    old_out, new_out = "snippets/demo/old.out", "snippets/demo/new.out"
    assert review_advice([new_out], tmp_path) == (
        "New files, which git diff does not show; read them whole: "
        "snippets/demo/new.out snippets/demo/new.json"
    )
    assert review_advice([old_out], tmp_path) == "Review the changes with: git diff -- snippets/"
    both = review_advice([new_out, old_out], tmp_path).splitlines()
    assert [line.split(":")[0] for line in both] == [
        "New files, which git diff does not show; read them whole",
        "Review the changes with",
    ]


# Recording: what update writes, keeps and refuses -----------------------


def test_update_records_good_runs_and_never_records_bad_ones(runner, tmp_path):
    good = make(tmp_path, "print('fine')\n", name="demo/good.py")
    bad = make(tmp_path, "1 / 0\n", name="demo/bad.py", out="kept\n")
    written, failed = record_all(runner, [good, bad], "cpu", CPU_FACTS)
    assert written == ["snippets/demo/good.out"]
    assert failed == [bad]
    assert good.output_path("cpu").read_text() == "fine\n"
    assert bad.output_path("cpu").read_text() == "kept\n"
    assert sorted(p.name for p in good.path.parent.iterdir()) == [
        "bad.out",
        "bad.py",
        "good.out",
        "good.py",
    ]  # no temporary file left behind


def test_gpu_output_is_kept_only_where_it_differs_and_names_its_machine(tmp_path):
    s = make(tmp_path, "", out="same\n")
    cuda, facts = s.output_path("cuda"), s.facts_path("cuda")
    assert record(s, "cuda", "same\n", GPU_FACTS, same_as_cpu=True) is None
    assert not cuda.exists()
    record(s, "cuda", "device='cuda:0'\n", GPU_FACTS)
    assert cuda.read_text() == "device='cuda:0'\n"
    label = json.loads(facts.read_text())
    assert (label["device"], label["torch"]) == ("NVIDIA H200", "2.11.0+cu130")
    assert s.expected_output_path("cuda") == cuda
    assert "removed" in record(s, "cuda", "same\n", GPU_FACTS, same_as_cpu=True)
    assert not cuda.exists() and not facts.exists()
    assert s.expected_output_path("cuda") == s.output_path("cpu")
    facts.write_text("{}")  # facts of a recording that is gone
    assert orphan_files(tmp_path / "snippets") == [facts]


def test_a_measurement_is_kept_until_its_shape_changes_or_it_is_named(tmp_path):
    s = make(tmp_path, "# snippet: measured\n", out="t 1.0 s\n")
    assert record(s, "cpu", "t 2.0 s\n", CPU_FACTS, remeasure=False) == "snippets/demo/example.out"
    assert s.facts_path("cpu").exists()  # a measurement always says where
    assert record(s, "cpu", "t 3.0 s\n", CPU_FACTS, remeasure=False) is None
    assert s.output_path("cpu").read_text() == "t 2.0 s\n"
    assert record(s, "cpu", "t 3.0 s\n", CPU_FACTS, remeasure=True)
    assert record(s, "cpu", "t 3.0 h\n", CPU_FACTS, remeasure=False)
    assert s.output_path("cpu").read_text() == "t 3.0 h\n"


def test_cpu_outputs_are_recorded_only_by_the_cpu_build_of_the_pin():
    from verifier.pins import pinned_torch
    from verifier.update import cpu_recording_refusal

    pin = pinned_torch()
    assert cpu_recording_refusal({"torch": f"{pin}+cpu", "cuda_version": None}) is None
    other = cpu_recording_refusal({"torch": "2.11.0+cpu", "cuda_version": None})
    assert f"recorded with torch {pin} (the pin in requirements.txt)" in other
    cuda_build = cpu_recording_refusal({"torch": pin, "cuda_version": "13.0"})
    assert "this is a CUDA 13.0 build" in cuda_build
    install = f"{python_command()} -m pip install torch=={pin} --index-url"
    assert f"{install} https://download.pytorch.org/whl/cpu" in cuda_build
