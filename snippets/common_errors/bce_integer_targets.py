import torch
from torch import nn

logits = torch.tensor([1.5, -0.5, 0.2, -2.0])
labels = torch.tensor([1, 0, 1, 0])  # int64, as labels usually are
loss_fn = nn.BCEWithLogitsLoss()

# Fix: the targets of a binary loss are probabilities, so floats.
print("loss:", loss_fn(logits, labels.float()))

loss_fn(logits, labels)  # raises RuntimeError
