import torch

probs = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3], [0.3, 0.3, 0.4]])
labels = torch.tensor([1, 0, 0])  # the correct class of each sample
print("labels:", labels, "shape:", tuple(labels.shape))

# gather wants an index with as many dims as probs: (3,) becomes (3, 1).
idx = labels.unsqueeze(1)
picked = probs.gather(1, idx)
print("idx shape:   ", tuple(idx.shape))
print("picked shape:", tuple(picked.shape))
print("picked =")
print(picked)

# The same values, as a vector, by pairing row numbers with labels.
print("squeezed:  ", picked.squeeze(1))
print("fancy form:", probs[torch.arange(3), labels])
