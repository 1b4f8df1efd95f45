import torch
from torch import nn

torch.manual_seed(0)
features = torch.randn(3, 4, 2, 2)  # 3 samples, each 4 maps of 2x2
labels = torch.tensor([0, 2, 1])
loss_fn = nn.CrossEntropyLoss()

# Fix: flatten(1) keeps axis 0, the samples, and joins the rest: 4*2*2.
flat = features.flatten(1)
print("flatten(1):", tuple(flat.shape))
logits = nn.Linear(16, 3)(flat)
print("logits:", tuple(logits.shape), f"loss: {loss_fn(logits, labels):.2f}")

# The bug: view(-1, 12) assumes 12 values per sample, so the 48 values
# are cut into 4 rows, and a row is no longer a sample.
wrong = features.view(-1, 12)
print("view(-1, 12):", tuple(wrong.shape))
logits = nn.Linear(12, 3)(wrong)
loss_fn(logits, labels)  # raises ValueError
