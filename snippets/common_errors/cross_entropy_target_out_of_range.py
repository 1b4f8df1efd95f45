import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 3 classes: valid targets are 0, 1 and 2
labels = torch.tensor([1, 3, 2, 2])  # counted from 1 by mistake
loss_fn = nn.CrossEntropyLoss()

# Fix: shift labels so that they count from 0.
print("loss:", loss_fn(logits, labels - 1))

loss_fn(logits, labels)  # raises IndexError
