import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.0]), 0.5
X = torch.randn(100, 2)
y = X @ true_w + true_b + 0.1 * torch.randn(100)
w = torch.zeros(2, requires_grad=True)
b = torch.zeros((), requires_grad=True)
lr = 0.1

losses = []
for _ in range(40):
    loss = ((X @ w + b - y) ** 2).mean()
    losses.append(loss.item())
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()

steps = list(range(0, 40, 2))  # every second step keeps the chart light
print("xychart-beta")
print('  title "Linear regression, lr = 0.1"')
print(f'  x-axis "step" [{", ".join(str(s) for s in steps)}]')
print('  y-axis "MSE loss" 0 --> 12')
print(f'  line "MSE loss" [{", ".join(f"{losses[s]:.3f}" for s in steps)}]')
