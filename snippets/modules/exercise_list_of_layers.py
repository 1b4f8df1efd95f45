import torch
from torch import nn


class Buggy(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4), nn.Linear(4, 2)]  # a plain list

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class Fixed(Buggy):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList(self.layers)  # registers each layer


buggy, fixed = Buggy(), Fixed()
print("buggy forward works:", tuple(buggy(torch.zeros(3, 4)).shape))
print("fixed parameters:", len(list(fixed.parameters())))
print("buggy parameters:", len(list(buggy.parameters())))
opt = torch.optim.SGD(buggy.parameters(), lr=0.1)  # raises ValueError
