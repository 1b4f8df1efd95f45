import torch

print("p =", torch.tensor([100.0, 0.05]))
print("q =", torch.tensor([0.0, 0.001, 0.5]))
print("r =", torch.tensor([2.0, 3.0]))
