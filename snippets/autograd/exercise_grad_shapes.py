import torch

torch.manual_seed(0)
x = torch.randn(4, 3)  # a batch of 4 samples with 3 features
W = torch.randn(3, 2, requires_grad=True)
b = torch.zeros(2, requires_grad=True)

print("x shape:", tuple(x.shape))
out = x @ W + b  # (4, 3) @ (3, 2) -> (4, 2); b broadcasts over the rows
print("out shape:", tuple(out.shape))
out.sum().backward()

print("W.grad shape:", tuple(W.grad.shape))
print("b.grad shape:", tuple(b.grad.shape))
print("b.grad =", b.grad)
# Each column of W.grad is the sum of x over the batch.
print("W.grad =")
print(W.grad)
print("x.sum(0) =", x.sum(0))
