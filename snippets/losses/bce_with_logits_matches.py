import torch
from torch import nn

logits = torch.tensor([-2.0, 0.5, 3.0])  # raw model outputs, any real value
target = torch.tensor([0.0, 1.0, 1.0])  # float 0/1 labels

# BCELoss wants probabilities, so the sigmoid is applied first.
probs = torch.sigmoid(logits)
bce = nn.BCELoss()(probs, target)
# BCEWithLogitsLoss takes the logits and applies the sigmoid itself.
bce_logits = nn.BCEWithLogitsLoss()(logits, target)

# The formula, written out: -[y log p + (1 - y) log(1 - p)], averaged.
terms = target * probs.log() + (1 - target) * (1 - probs).log()
by_hand = -terms.mean()

print("probs:             ", probs)
print("BCELoss:           ", round(bce.item(), 4))
print("BCEWithLogitsLoss: ", round(bce_logits.item(), 4))
print("by hand:           ", round(by_hand.item(), 4))
