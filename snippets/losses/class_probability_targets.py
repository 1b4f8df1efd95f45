import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
index_target = torch.tensor([0, 2, 1, 2])

# A float target with the logits' shape is read as class probabilities.
soft = torch.tensor(
    [[0.8, 0.1, 0.1], [0.0, 0.5, 0.5], [0.2, 0.6, 0.2], [0.0, 0.0, 1.0]]
)
by_hand = -(soft * F.log_softmax(logits, dim=1)).sum(dim=1).mean()
print("soft targets:  ", round(F.cross_entropy(logits, soft).item(), 4))
print("by hand:       ", round(by_hand.item(), 4))

# One-hot rows put all probability on one class: same loss as indices.
one_hot = F.one_hot(index_target, num_classes=3).float()
print("one-hot float: ", round(F.cross_entropy(logits, one_hot).item(), 4))
print("class indices: ", round(F.cross_entropy(logits, index_target).item(), 4))
