import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 4), nn.BatchNorm1d(4), nn.Dropout(0.5))
x = torch.randn(8, 2)
model(x)  # one training step's forward pass fills the running statistics


def evaluate(model, x):
    model.eval()  # dropout off, BatchNorm uses (and keeps) running stats
    with torch.no_grad():  # no graph is recorded
        out = model(x)
    model.train()  # back to training mode for the next step
    return out


stats = model[1].running_mean.clone()
first, second = evaluate(model, x), evaluate(model, x)
print("requires_grad:", first.requires_grad)
print("two evaluations equal:", torch.equal(first, second))
print("running_mean unchanged:", torch.equal(stats, model[1].running_mean))
print("training after evaluate:", model.training)
