import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(p=0.5), nn.Linear(8, 2))
x = torch.randn(16, 4)


def validate():
    model.eval()
    with torch.no_grad():
        model(x)


def run(fixed):
    modes = []
    for _ in range(3):
        if fixed:
            model.train()  # the line the buggy loop forgot
        modes.append(model.training)  # the mode training runs in
        validate()
    return modes


print("model.training per epoch, buggy:", run(fixed=False))
print("model.training per epoch, fixed:", run(fixed=True))
