import torch

x = torch.tensor([1, 2, 3])
y = x  # no copy at all: a second name for the same tensor
print("y is x:", y is x)

y[0] = 100
print("x after y[0] = 100:", x)
