import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 4), nn.BatchNorm1d(4), nn.Linear(4, 2))
x, y = torch.randn(16, 2), torch.randint(0, 2, (16,))


def evaluate():
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


model.train()  # the bug: called once, before the loop
for epoch in range(3):
    before = model[1].running_mean.clone()
    F.cross_entropy(model(x), y).backward()
    with torch.no_grad():  # a plain gradient step
        for p in model.parameters():
            p -= 0.1 * p.grad
            p.grad = None
    updated = not torch.equal(before, model[1].running_mean)
    print(f"epoch {epoch}: training={model.training}, stats updated={updated}")
    evaluate()
