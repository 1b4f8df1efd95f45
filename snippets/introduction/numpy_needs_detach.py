import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 3

# NumPy has no autograd: drop the graph first, then convert.
print("y.detach().numpy() =", y.detach().numpy())

y.numpy()  # raises RuntimeError
