import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 4 samples, 3 classes, raw scores
target = torch.tensor([0, 2, 1, 2])  # one class index per sample

ce = nn.CrossEntropyLoss()(logits, target)

# Step 1: log-probabilities. Step 2: NLLLoss picks -log p[target].
log_probs = nn.LogSoftmax(dim=1)(logits)
nll = nn.NLLLoss()(log_probs, target)

# NLLLoss by hand: the log-probability of the right class, row by row.
picked = log_probs[torch.arange(4), target]
print("log p[target]:       ", picked)
print("CrossEntropyLoss:    ", round(ce.item(), 4))
print("LogSoftmax + NLLLoss:", round(nll.item(), 4))
print("-mean(log p[target]):", round(-picked.mean().item(), 4))
