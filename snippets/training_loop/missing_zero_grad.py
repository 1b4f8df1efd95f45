import torch
from torch import nn

torch.manual_seed(0)
centers = torch.tensor([[0.0, 1.5], [-1.5, -1.0], [1.5, -1.0]])
y = torch.randint(0, 3, (300,))
X = centers[y] + torch.randn(300, 2)


def train(clear_grads, steps=14):
    torch.manual_seed(1)  # the same starting weights for both runs
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    history = []
    for _ in range(steps):
        loss = nn.functional.cross_entropy(model(X), y)
        if clear_grads:
            opt.zero_grad()
        loss.backward()
        grads = torch.cat([p.grad.flatten() for p in model.parameters()])
        history.append((loss.item(), grads.norm().item()))  # what step uses
        opt.step()
    return history


good, bad = train(clear_grads=True), train(clear_grads=False)
print("      with zero_grad      | without zero_grad")
print("step  loss    grad norm   | loss    grad norm")
for step, (g, b) in enumerate(zip(good, bad, strict=True), 1):
    print(f"{step:>4}  {g[0]:.4f}  {g[1]:.4f}      | {b[0]:.4f}  {b[1]:.4f}")
