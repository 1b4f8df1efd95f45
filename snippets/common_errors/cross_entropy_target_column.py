import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 4 samples, 3 classes
# A table whose last column holds each sample's class.
table = torch.tensor([[5, 1, 0], [3, 2, 2], [4, 4, 1], [1, 0, 1]])
loss_fn = nn.CrossEntropyLoss()

# Fix: an integer index drops the column axis: one class per sample.
labels = table[:, -1]
print("table[:, -1] shape:", tuple(labels.shape))
print("loss:", loss_fn(logits, labels))
# A column that already has shape (4, 1) loses its axis with squeeze(1).
print("squeeze(1) shape:", tuple(table[:, -1:].squeeze(1).shape))

labels = table[:, -1:]  # the bug: a slice keeps the axis
print("table[:, -1:] shape:", tuple(labels.shape))
loss_fn(logits, labels)  # raises RuntimeError
