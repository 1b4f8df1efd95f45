import copy

import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(32, 10), torch.randn(32, 1)
model = nn.Sequential(nn.Linear(10, 16), nn.ReLU(), nn.Linear(16, 1))
twin = copy.deepcopy(model)  # same starting weights

# One big batch of 32
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = nn.functional.mse_loss(model(X), y)
opt.zero_grad()
loss.backward()
opt.step()

# The same 32 rows as k = 4 micro-batches of 8, then one step
k = 4
opt_twin = torch.optim.SGD(twin.parameters(), lr=0.1)
opt_twin.zero_grad()
for xb, yb in zip(X.chunk(k), y.chunk(k), strict=True):
    micro_loss = nn.functional.mse_loss(twin(xb), yb)
    (micro_loss / k).backward()  # gradients add up in .grad
opt_twin.step()

pairs = list(zip(model.parameters(), twin.parameters(), strict=True))
close = all(torch.allclose(p, q, atol=1e-6) for p, q in pairs)
diff = max((p - q).abs().max().item() for p, q in pairs)
print("parameters allclose:", close)
print("max abs difference < 1e-6:", diff < 1e-6)

# Why not bit-identical: a float sum depends on the order of its terms
a, b, c = torch.tensor([1.0, 1e-8, -1.0])
print("(a + b) + c:", ((a + b) + c).item())
print(f"(a + c) + b: {((a + c) + b).item():.1e}")
