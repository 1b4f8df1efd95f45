import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# Plain assignment copies nothing: y is a second name for the same tensor.
y = x
print("y is x:", y is x)

# So writing into y is an in-place write into the leaf x.
y[0] = 100.0  # raises RuntimeError
