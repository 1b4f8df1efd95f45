import torch
from einops import reduce

m = torch.tensor([[1, 5, 2], [7, 3, 4]])

print("a =", torch.einsum("ij->i", m))
print("b =", torch.einsum("ij,ij->", m, m))
print("c =", reduce(m, "r c -> c", "max"))
print("d =", reduce(m, "r c -> r", "min"))
