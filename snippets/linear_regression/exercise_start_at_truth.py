import torch

torch.manual_seed(0)
X = torch.randn(100, 2)
y = X @ torch.tensor([2.0, -3.0]) + 0.5  # no noise this time

# Start exactly at the parameters that generated the data.
w = torch.tensor([2.0, -3.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
loss = ((X @ w + b - y) ** 2).mean()
loss.backward()
print("loss:", loss.item())
print("w.grad:", w.grad)
print("b.grad:", b.grad)
