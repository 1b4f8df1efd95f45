import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])

# Indexing itself is happy with int32 indices.
log_probs = F.log_softmax(logits, dim=1)
rows = torch.arange(4, dtype=torch.int32)
picked = log_probs[rows, target.int()]
print("by hand, int32 indices:", round(-picked.mean().item(), 4))

# The loss checks the dtype of its target before computing anything.
for dtype in [torch.int64, torch.uint8]:
    loss = F.cross_entropy(logits, target.to(dtype))
    print(f"target {dtype}:    ", round(loss.item(), 4))

F.cross_entropy(logits, target.int())  # raises RuntimeError
