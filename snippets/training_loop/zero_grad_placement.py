import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(64, 2)
y = (X[:, 0] > 0).long()


def losses(where):
    torch.manual_seed(1)  # identical starting weights for every run
    model = nn.Linear(2, 2)
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    history = []
    for _ in range(5):
        if where == "first":
            opt.zero_grad()
        loss = nn.functional.cross_entropy(model(X), y)
        if where == "after loss":
            opt.zero_grad()
        loss.backward()
        opt.step()
        if where == "last":
            opt.zero_grad()
        history.append(round(loss.item(), 4))
    return history


for where in ("first", "after loss", "last"):
    print(f"zero_grad {where:>10}:", losses(where))
