import torch
from torch import nn

pred = torch.tensor([1.5, 2.5, 2.0])
target = torch.tensor([1, 3, 2])  # int64

# No error here: the int64 target is promoted to float32.
print("long target: ", nn.MSELoss()(pred, target))
print("float target:", nn.MSELoss()(pred, target.float()))
