import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x)


torch.manual_seed(0)
x = torch.ones(1, 2)
model = Net()
print("output before saving:", round(model(x).item(), 4))
torch.save(model, "whole_model.pt")  # pickles the whole object


# Edit the class after saving, as a later version of the code might.
def new_forward(self, x):
    return self.fc(x) * 100


Net.forward = new_forward

# weights_only=False runs the full unpickler: only for files you trust.
loaded = torch.load("whole_model.pt", weights_only=False)
print("loaded type:", type(loaded).__name__)
print("output after loading:", round(loaded(x).item(), 4))
