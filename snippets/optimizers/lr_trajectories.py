import torch

torch.manual_seed(0)
X = torch.randn(100, 2)
y = X @ torch.tensor([2.0, -3.0]) + 0.5 + 0.1 * torch.randn(100)


def losses(lr, steps=30):
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    opt = torch.optim.SGD([w, b], lr=lr)
    out = []
    for _ in range(steps):
        loss = ((X @ w + b - y) ** 2).mean()
        out.append(loss.item())
        opt.zero_grad()
        loss.backward()
        opt.step()
    return out


print("step     " + "".join(f"{s:>10}" for s in range(0, 30, 5)))
for lr in (0.001, 0.1, 0.5, 0.9, 1.2):
    row = "".join(f"{v:>10.4g}" for v in losses(lr)[::5])
    print(f"lr={lr:<5}" + row)
