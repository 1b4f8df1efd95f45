import torch
from torch import nn

torch.manual_seed(0)
l1, l2 = nn.Linear(4, 6), nn.Linear(6, 3)

# W2 (W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2): one Linear(4, 3).
single = nn.Linear(4, 3)
with torch.no_grad():
    single.weight.copy_(l2.weight @ l1.weight)
    single.bias.copy_(l2.weight @ l1.bias + l2.bias)
print("W = W2 W1 shape:", tuple(single.weight.shape))

x = torch.randn(10, 4)
stacked = l2(l1(x))
print("two Linear layers == one:", torch.allclose(stacked, single(x)))
diff = (stacked - single(x)).abs().max().item()
print("largest difference below 1e-6:", diff < 1e-6)

# A ReLU in between breaks the collapse.
bent = l2(torch.relu(l1(x)))
print("with ReLU in between:    ", torch.allclose(bent, single(x)))
