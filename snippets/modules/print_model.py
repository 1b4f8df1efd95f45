from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
        self.head = nn.Linear(8, 3)
        self.depth = 2  # a plain attribute: not shown

    def forward(self, x):
        return self.head(self.features(x))


model = Classifier()
print(model)  # submodules in the order they were assigned in __init__
