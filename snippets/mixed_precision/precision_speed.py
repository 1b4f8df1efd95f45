# snippet: measured timeout=300
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


def ms_per_call(fn, repeat=10 if gpu else 3):
    fn()  # warm-up: the first call pays for setup
    wait()
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    wait()
    return (time.perf_counter() - start) / repeat * 1000


def measure(dtype, precision):
    torch.set_float32_matmul_precision(precision)
    a = torch.randn(n, n, device=device, dtype=dtype)
    b = torch.randn(n, n, device=device, dtype=dtype)
    tflops = 2 * n**3 / ms_per_call(lambda: a @ b) / 1e9

    model = nn.Sequential(
        *[m for _ in range(4) for m in (nn.Linear(width, width), nn.ReLU())]
    ).to(device)  # float32 weights: autocast does the lowering
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    x = torch.randn(batch, width, device=device)
    low = dtype if dtype != torch.float32 else None
    scaler = torch.amp.GradScaler(device, enabled=dtype == torch.float16)

    def step():
        opt.zero_grad(set_to_none=True)
        with torch.autocast(device, dtype=low, enabled=low is not None):
            loss = F.mse_loss(model(x), x)
        scaler.scale(loss).backward()
        scaler.step(opt)
        scaler.update()

    step_ms = ms_per_call(step)
    peak = "-"
    if gpu:
        torch.cuda.reset_peak_memory_stats()
        step()
        peak = f"{torch.cuda.max_memory_allocated() / 2**20:.0f}"
    torch.set_float32_matmul_precision("highest")  # the default again
    return tflops, step_ms, peak


print(f"device: {device}, matmul {n}x{n}, step on {batch}x{width}")
print(f"{'format':<6} {'TFLOP/s':>8} {'step ms':>8} {'speed-up':>8} {'MiB':>6}")
rows = [
    ("fp32", torch.float32, "highest"),
    ("tf32", torch.float32, "high"),
    ("bf16", torch.bfloat16, "highest"),
    ("fp16", torch.float16, "highest"),
]
base = None
for name, dtype, precision in rows:
    tflops, step_ms, peak = measure(dtype, precision)
    base = base or step_ms
    speed_up = base / step_ms
    print(f"{name:<6} {tflops:8.3f} {step_ms:8.1f} {speed_up:7.2f}x {peak:>6}")
