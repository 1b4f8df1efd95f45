from torch import nn


class Net(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(4, 2)  # too early: Module is not set up yet
        super().__init__()

    def forward(self, x):
        return self.fc(x)


Net()  # raises AttributeError
