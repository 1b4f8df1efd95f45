import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
labels = torch.tensor([0, 2, 1, 2])
one_hot = F.one_hot(labels, num_classes=3)  # int64, shape (4, 3)

# Either fix works: class indices, or one-hot rows as float probabilities.
by_index = F.cross_entropy(logits, labels)
by_probs = F.cross_entropy(logits, one_hot.float())
print("with labels:         ", round(by_index.item(), 4))
print("with one_hot.float():", round(by_probs.item(), 4))
print("one_hot dtype:", one_hot.dtype)

F.cross_entropy(logits, one_hot)  # raises RuntimeError
