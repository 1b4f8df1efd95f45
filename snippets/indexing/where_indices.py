import torch

x = torch.tensor([[0, 7, 0], [4, 0, 9]])

# With only a condition, where returns one index tensor per axis.
rows, cols = torch.where(x > 0)
print("rows:", rows)
print("cols:", cols)
print("x[rows, cols] =", x[rows, cols])

# nonzero lists the same positions as one (hits x axes) tensor.
pos = torch.nonzero(x > 0)
print("nonzero(x > 0) =")
print(pos)
print("shape:", tuple(pos.shape))
print("same as where:", torch.equal(pos.T, torch.stack([rows, cols])))
