from torch import nn


class Forgetful(nn.Module):
    def __init__(self):
        # super().__init__() is missing: nn.Module has not yet set up the
        # dictionaries that record layers and parameters.
        self.layer = nn.Linear(4, 2)

    def forward(self, x):
        return self.layer(x)


print("building the model...")
model = Forgetful()  # raises AttributeError
