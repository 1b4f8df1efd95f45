# snippet: measured timeout=300
import statistics
import time

import torch
from torch import nn
from torch.nn import functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"
gpu = device == "cuda"
n = 8192 if gpu else 512  # matrix size for the matmul column
width, batch = (4096, 8192) if gpu else (256, 512)  # the model's size


def wait():
    if gpu:
        torch.cuda.synchronize()  # GPU calls only queue work: wait for it


def setup(dtype):
    """The work to time in one dtype: a matrix product and a training step;
    and a function that returns results to compare."""
    torch.manual_seed(0)  # the same matrices and weights in every dtype
    a = torch.randn(n, n, device=device, dtype=dtype)
    b = torch.randn(n, n, device=device, dtype=dtype)
    model = nn.Sequential(
        *[m for _ in range(4) for m in (nn.Linear(width, width), nn.ReLU())]
    ).to(device)  # float32 weights: autocast does the lowering
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    x = torch.randn(batch, width, device=device)
    low = dtype if dtype != torch.float32 else None
    scaler = torch.amp.GradScaler(device, enabled=dtype == torch.float16)

    def results():
        with torch.no_grad():
            return (a @ b).cpu(), model(x).cpu()

    def matmul():
        a @ b

    def step():
        opt.zero_grad(set_to_none=True)
        with torch.autocast(device, dtype=low, enabled=low is not None):
            loss = F.mse_loss(model(x), x)
        scaler.scale(loss).backward()
        scaler.step(opt)
        scaler.update()

    return matmul, step, results


def timings(fn, budget_s=0.03):
    """Seconds taken by each call made in budget_s seconds (one at least)."""
    times, start = [], time.perf_counter()
    while not times or time.perf_counter() - start < budget_s:
        t0 = time.perf_counter()
        fn()
        wait()
        times.append(time.perf_counter() - t0)
    return times


rows = {  # name: (dtype, float32 matmul precision)
    "fp32": (torch.float32, "highest"),
    "tf32": (torch.float32, "high"),  # the same work as fp32, switch on
    "bf16": (torch.bfloat16, "highest"),
    "fp16": (torch.float16, "highest"),
}
work = {dtype: setup(dtype) for dtype, _ in rows.values()}

# Does the TF32 switch change the results? Compared before any training.
_, _, float32_results = work[torch.float32]
torch.set_float32_matmul_precision("high")
tf32 = float32_results()
torch.set_float32_matmul_precision("highest")  # the default
# A count, not True/False: where PyTorch has a reduced-precision CPU
# kernel, allowing TF32 may use it, and the answer would vary by CPU.
pairs = zip(tf32, float32_results(), strict=True)
differ = sum(int((t != f).sum()) for t, f in pairs)
total = sum(t.numel() for t in tf32)

matmul_s = {name: [] for name in rows}
step_s = {name: [] for name in rows}
# The rows take turns, ten times over: a spell in which other programs
# slow the machine down slows every row, not only the one being timed.
for turn in range(10):
    for name, (dtype, precision) in rows.items():
        torch.set_float32_matmul_precision(precision)
        matmul, step, _ = work[dtype]
        if turn == 0:  # warm-up: the first calls pay for setting up
            for fn in (matmul, matmul, step, step):
                fn()
            wait()
        matmul_s[name] += timings(matmul)
        step_s[name] += timings(step)
torch.set_float32_matmul_precision("highest")

print(f"device: {device}, threads: {torch.get_num_threads()}")
print(f"matmul {n}x{n}, training step on a batch of {batch}x{width}")
print("each time: the median of all calls, taken in turns with other rows")
print(f"{'format':<6} {'TFLOP/s':>8} {'step ms':>8} {'speed-up':>8} {'MiB':>6}")
base = statistics.median(step_s["fp32"])
for name, (dtype, precision) in rows.items():
    tflops = 2 * n**3 / statistics.median(matmul_s[name]) / 1e12
    step_time = statistics.median(step_s[name])
    peak = "-"
    if gpu:  # memory one step allocates beyond what already exists
        torch.set_float32_matmul_precision(precision)
        before = torch.cuda.memory_allocated()
        torch.cuda.reset_peak_memory_stats()
        _, step, _ = work[dtype]
        step()
        peak = f"{(torch.cuda.max_memory_allocated() - before) / 2**20:.0f}"
        torch.set_float32_matmul_precision("highest")
    print(
        f"{name:<6} {tflops:8.4f} {step_time * 1000:8.1f} "
        f"{base / step_time:7.2f}x {peak:>6}"
    )

print(f"tf32 values that differ from fp32's: {differ} of {total}")

# The float16 product once more, computed in float32 and rounded back.
a = torch.randn(n, n, device=device, dtype=torch.float16)
b = torch.randn(n, n, device=device, dtype=torch.float16)
via_s = statistics.median(timings(lambda: (a.float() @ b.float()).half(), 1))
tflops = 2 * n**3 / via_s / 1e12
print(f"fp16 matmul via float32 and back: {tflops:.4f} TFLOP/s")
