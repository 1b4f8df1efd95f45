import torch
from torch import nn

logits = torch.tensor([[4.0, 1.0, -2.0], [0.5, 3.0, 0.0]])
labels = torch.tensor([0, 1])
loss_fn = nn.CrossEntropyLoss()

right = loss_fn(logits, labels)  # raw scores, as the loss expects
wrong = loss_fn(logits.softmax(dim=1), labels)  # runs without an error
print("loss from logits:", round(right.item(), 4))
print("loss from probabilities:", round(wrong.item(), 4))

# CrossEntropyLoss = log_softmax + NLLLoss, applied to what you pass.
manual = nn.functional.nll_loss(logits.log_softmax(dim=1), labels)
print("log_softmax + nll_loss:", round(manual.item(), 4))

# Probabilities in [0, 1] can never push the loss close to 0.
perfect = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
print("best possible 'wrong' loss:", round(loss_fn(perfect, labels).item(), 4))
