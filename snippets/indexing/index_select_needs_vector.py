import torch

x = torch.arange(12).reshape(3, 4)
idx = torch.tensor([[2, 0], [1, 1]])  # a 2-D index
print("x shape:", tuple(x.shape), " idx shape:", tuple(idx.shape))

# Fancy indexing puts idx's shape in front of the remaining axes.
print("x[idx] shape:", tuple(x[idx].shape))
print("x[idx][0] =")
print(x[idx][0])

rows = x.index_select(0, idx)  # raises IndexError
