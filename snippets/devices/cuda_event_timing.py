# snippet: requires=cuda
import torch

a = torch.randn(2048, 2048, device="cuda")
a @ a  # warm-up

# Events are recorded into the GPU's queue, so they time the GPU work itself.
start = torch.cuda.Event(enable_timing=True)
end = torch.cuda.Event(enable_timing=True)
start.record()
c = a @ a
end.record()
end.synchronize()  # wait until the GPU has reached `end`

ms = start.elapsed_time(end)  # milliseconds, as a Python float
print("elapsed time is positive:", ms > 0)
print("result device:", c.device)
