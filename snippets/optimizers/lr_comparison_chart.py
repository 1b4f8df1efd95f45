import math

import torch

torch.manual_seed(0)
X = torch.randn(100, 2)
y = X @ torch.tensor([2.0, -3.0]) + 0.5 + 0.1 * torch.randn(100)


def log_losses(lr, steps=31):
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    opt = torch.optim.SGD([w, b], lr=lr)
    out = []
    for _ in range(steps):
        loss = ((X @ w + b - y) ** 2).mean()
        out.append(math.log10(loss.item()))  # log scale: 1 unit = 10x
        opt.zero_grad()
        loss.backward()
        opt.step()
    return out[::2]  # every second step


print("xychart-beta")
print('  title "SGD on one problem, four learning rates"')
print(f'  x-axis "step" [{", ".join(str(s) for s in range(0, 31, 2))}]')
print('  y-axis "log10(loss)" -3 --> 4')
for lr in (0.001, 0.1, 0.5, 0.9):
    values = ", ".join(f"{v:.3f}" for v in log_losses(lr))
    print(f'  line "lr = {lr}" [{values}]')
