import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3]])
labels = torch.tensor([0, 1], dtype=torch.int32)  # e.g. from a NumPy int32
loss_fn = nn.CrossEntropyLoss()

print("labels dtype:", labels.dtype)
print("with .long():", round(loss_fn(logits, labels.long()).item(), 4))

loss_fn(logits, labels)  # raises RuntimeError
