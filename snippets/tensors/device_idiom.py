import torch

# The usual idiom: use a CUDA GPU when one is visible, else the CPU.
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.ones(2, 3)  # factories create on the CPU unless told otherwise
y = x.to(device)  # a copy on `device` (x itself when it is already there)
print("x.device:", x.device)
print("y.device:", y.device)
print("y is x:", y is x)
print("y =", y)
