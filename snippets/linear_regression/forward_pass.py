import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.0]), 0.5
X = torch.randn(100, 2)
y = X @ true_w + true_b + 0.1 * torch.randn(100)

# The parameters we will learn: plain tensors that ask for gradients.
w = torch.zeros(2, requires_grad=True)
b = torch.zeros((), requires_grad=True)

# Forward pass: one prediction per row, (100, 2) @ (2,) -> (100,).
pred = X @ w + b
print("w:", w)
print("b:", b)
print("pred shape:", tuple(pred.shape))
print("first 3 predictions:", pred[:3])
print("first 3 targets:    ", y[:3])
