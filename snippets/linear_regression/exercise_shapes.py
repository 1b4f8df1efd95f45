import torch

torch.manual_seed(0)
X = torch.randn(50, 3)  # 50 rows, 3 features
y = torch.randn(50)
w = torch.zeros(3, requires_grad=True)
b = torch.zeros((), requires_grad=True)

pred = X @ w + b
loss = ((pred - y) ** 2).mean()
loss.backward()
print("pred:  ", tuple(pred.shape))
print("loss:  ", tuple(loss.shape))
print("w.grad:", tuple(w.grad.shape))
print("b.grad:", tuple(b.grad.shape))
