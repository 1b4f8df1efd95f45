import torch

# A tensor: a block of numbers with a shape, a dtype and a device.
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print("x =")
print(x)
print("shape:", tuple(x.shape))
print("dtype:", x.dtype)
print("device:", x.device)

# Operations run at once (eagerly): the result is there to print.
w = torch.tensor([0.5, -1.0, 2.0])
y = x @ w
print("x @ w =", y)
