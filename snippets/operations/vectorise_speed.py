# snippet: measured
import statistics
import time

import torch

torch.manual_seed(0)
a = torch.randn(100, 3)  # 100 points
b = torch.randn(100, 3)  # 100 more: 10,000 pairs


def with_loops():
    out = torch.empty(100, 100)
    for i in range(100):
        for j in range(100):
            out[i, j] = ((a[i] - b[j]) ** 2).sum()
    return out


def vectorised():
    return ((a[:, None, :] - b[None, :, :]) ** 2).sum(dim=-1)


def median_seconds(fn, repeats):
    fn()  # warm-up: the first call pays one-off costs
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


print("same values:", torch.allclose(with_loops(), vectorised()))
loop_s = median_seconds(with_loops, repeats=5)
vec_s = median_seconds(vectorised, repeats=200)
print(f"loops:      {loop_s * 1e3:8.3f} ms")
print(f"vectorised: {vec_s * 1e3:8.3f} ms")
print(f"the loops take {loop_s / vec_s:.0f} times as long")
