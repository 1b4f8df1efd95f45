import torch

probs = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3]])
labels = torch.tensor([[1], [0]])
print("labels.dtype:", labels.dtype)
print("int64 index:", probs.gather(1, labels).squeeze(1))
print("int32 index:", probs.gather(1, labels.int()).squeeze(1))

# Labels stored as floats (parsed from a CSV file, say) are refused.
picked = probs.gather(1, labels.float())  # raises RuntimeError
