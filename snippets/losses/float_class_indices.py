import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)
# Class indices that ended up as floats, e.g. read from a float array.
target = torch.tensor([0.0, 2.0, 1.0, 2.0])
print("logits shape:", tuple(logits.shape))
print("target shape:", tuple(target.shape), target.dtype)

nn.CrossEntropyLoss()(logits, target)  # raises RuntimeError
