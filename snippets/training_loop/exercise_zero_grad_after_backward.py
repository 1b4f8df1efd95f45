import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(64, 2)
y = (X[:, 0] > 0).long()


def losses(fixed):
    torch.manual_seed(1)
    model = nn.Linear(2, 2)
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    history = []
    for _ in range(5):
        loss = nn.functional.cross_entropy(model(X), y)
        if fixed:
            opt.zero_grad()  # clear *before* backward
        loss.backward()
        if not fixed:
            opt.zero_grad()  # the bug: wipes the gradients just computed
        opt.step()
        history.append(round(loss.item(), 4))
    return history


print("buggy:", losses(fixed=False))
print("fixed:", losses(fixed=True))
