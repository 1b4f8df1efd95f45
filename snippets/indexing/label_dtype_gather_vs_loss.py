import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, 0.1], [0.2, 1.5, 0.3]])
labels = torch.tensor([0, 1])  # int64, the default for Python integers

# gather reads each row's labelled score with int64 or int32 labels.
print("gather, int64:", logits.gather(1, labels[:, None]).squeeze(1))
print("gather, int32:", logits.gather(1, labels.int()[:, None]).squeeze(1))

# cross_entropy takes int64 class indices, or float probabilities
# shaped like the logits (here one-hot rows).
by_index = F.cross_entropy(logits, labels)
by_probs = F.cross_entropy(logits, F.one_hot(labels, 3).float())
print("cross_entropy, int64 indices:", round(by_index.item(), 4))
print("cross_entropy, probabilities:", round(by_probs.item(), 4))

# The loss checks the dtype of its target and refuses int32 indices.
F.cross_entropy(logits, labels.int())  # raises RuntimeError
