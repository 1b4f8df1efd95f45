# snippet: requires=cuda
import torch
from torch.utils.data import DataLoader, TensorDataset

x = torch.randn(1000, 100)
p = x.pin_memory()  # a page-locked copy of x
print("x pinned:", x.is_pinned(), "| p pinned:", p.is_pinned())

# From pinned memory, non_blocking=True returns before the copy finishes.
y = p.to("cuda", non_blocking=True)
torch.cuda.synchronize()  # wait before reusing p or trusting the timing
print("y.device:", y.device)
print("same values:", torch.equal(y.cpu(), x))

# A DataLoader can hand out every batch in pinned memory.
data = TensorDataset(torch.randn(8, 3), torch.arange(8))
loader = DataLoader(data, batch_size=4, pin_memory=True)
xb, yb = next(iter(loader))
print("batch pinned:", xb.is_pinned(), yb.is_pinned())
