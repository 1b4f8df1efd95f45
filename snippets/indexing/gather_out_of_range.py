import torch

probs = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3]])
labels = torch.tensor([[2], [3]])  # counted from 1: class 3 does not exist
print("classes:", probs.shape[1], " largest label:", labels.max().item())

picked = probs.gather(1, labels)  # raises RuntimeError
