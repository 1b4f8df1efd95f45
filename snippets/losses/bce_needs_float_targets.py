import torch
from torch import nn

logits = torch.tensor([1.5, -0.5, 2.0])
loss_fn = nn.BCEWithLogitsLoss()

# Binary targets are probabilities, so they must be floats.
labels = torch.tensor([1, 0, 1])
print("labels dtype:", labels.dtype)
print("loss with .float():", round(loss_fn(logits, labels.float()).item(), 4))

loss_fn(logits, labels)  # raises RuntimeError
