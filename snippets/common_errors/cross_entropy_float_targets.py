import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 4 samples, 3 classes
labels = torch.tensor([0, 2, 1, 1])
loss_fn = nn.CrossEntropyLoss()

# Class indices: int64 (or uint8), shape (4,).
print("int64 indices:   ", loss_fn(logits, labels))
print("uint8 indices:   ", loss_fn(logits, labels.to(torch.uint8)))
# Class probabilities: float, the same shape as the logits.
print("one-hot as float:", loss_fn(logits, F.one_hot(labels, 3).float()))

loss_fn(logits, labels.float())  # raises RuntimeError
