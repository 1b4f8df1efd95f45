import torch

x = torch.tensor([[10, 11, 12], [20, 21, 22]])
print("x =")
print(x)

# dim=1: out[i][j] = x[i][idx[i][j]], and out takes idx's shape.
idx = torch.tensor([[2, 0], [1, 1]])
print("x.gather(1, idx) with idx (2, 2) =")
print(x.gather(1, idx))

idx = torch.tensor([[0, 2, 1, 0]])  # (1, 4): row 0 only, four picks
print("x.gather(1, idx) with idx (1, 4) =", x.gather(1, idx))

# dim=0: out[i][j] = x[idx[i][j]][j], one row chosen per column.
idx = torch.tensor([[1, 0, 1]])
print("x.gather(0, idx) with idx (1, 3) =", x.gather(0, idx))
