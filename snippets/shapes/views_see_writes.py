import torch

base = torch.arange(6)
sliced = base[1:4]  # basic slicing: a view
viewed = base.view(2, 3)
transposed = viewed.t()
picked = base[[0, 2]]  # a list of indices gathers a copy

base[2] = 100  # one write into the shared storage
print("sliced =", sliced)
print("viewed =")
print(viewed)
print("transposed =")
print(transposed)
print("picked =", picked)
