# snippet: requires=cuda
import time

import torch

a = torch.randn(4096, 4096, device="cuda")
a @ a  # warm-up: the first call pays one-time setup costs
torch.cuda.synchronize()

start = time.perf_counter()
for _ in range(10):
    c = a @ a  # queues the work on the GPU and returns at once
queued = time.perf_counter() - start
busy = not torch.cuda.current_stream().query()  # work still pending?
torch.cuda.synchronize()  # block until the GPU has finished
finished = time.perf_counter() - start

print("GPU still busy after the loop:", busy)
print("done after synchronize:", torch.cuda.current_stream().query())
print("finished > 5x the queueing time:", finished > 5 * queued)
