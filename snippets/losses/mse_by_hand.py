import torch
from torch import nn

pred = torch.tensor([2.5, 0.0, 2.0, 8.0])
target = torch.tensor([3.0, -0.5, 2.0, 7.0])

# Mean squared error: average the squared differences.
by_hand = ((pred - target) ** 2).mean()
print("by hand:          ", round(by_hand.item(), 4))
print("nn.MSELoss():     ", round(nn.MSELoss()(pred, target).item(), 4))

# reduction picks what happens to the per-element losses.
for reduction in ["mean", "sum", "none"]:
    loss = nn.MSELoss(reduction=reduction)(pred, target)
    print(f"reduction={reduction!r}:", loss)
