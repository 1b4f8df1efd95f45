import torch
import torch.nn.functional as F

# A confident, wrong model: large positive logits for class 0 samples.
logits = torch.tensor([10.0, 16.0, 17.0, 30.0])
target = torch.zeros(4)

probs = torch.sigmoid(logits)
print("sigmoid == 1.0:", (probs == 1.0).tolist())
print("1 - sigmoid:   ", 1 - probs)

# BCE takes log(1 - p); PyTorch clamps each log at -100 instead of -inf.
bce = F.binary_cross_entropy(probs, target, reduction="none")
exact = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
print("BCELoss:          ", bce)
print("BCEWithLogitsLoss:", exact)
