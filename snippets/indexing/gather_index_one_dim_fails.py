import torch

probs = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3]])
labels = torch.tensor([1, 0])
print("probs.ndim:", probs.ndim, " labels.ndim:", labels.ndim)

# Forgetting unsqueeze(1): gather does not add the missing axis for you.
picked = probs.gather(1, labels)  # raises RuntimeError
