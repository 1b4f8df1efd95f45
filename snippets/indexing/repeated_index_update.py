import torch

idx = torch.tensor([0, 2, 2, 2])  # position 2 appears three times

counts = torch.zeros(4)
counts[idx] += 1  # reads all four, adds 1, then writes each position
print("counts[idx] += 1:", counts)

# index_add_ accumulates every occurrence of a repeated index.
counts = torch.zeros(4)
counts.index_add_(0, idx, torch.ones(4))
print("index_add_:      ", counts)
print("bincount:        ", torch.bincount(idx, minlength=4))
