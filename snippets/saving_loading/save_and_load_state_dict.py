import torch
from torch import nn


def build():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
model = build()
torch.save(model.state_dict(), "weights.pt")

torch.manual_seed(1)
restored = build()  # same architecture, different random weights
x = torch.rand(3, 4)
print("same output before loading:", torch.equal(model(x), restored(x)))

state = torch.load("weights.pt", weights_only=True)
print("torch.load returned:", type(state).__name__, "with keys", list(state))
result = restored.load_state_dict(state)
print("load_state_dict returned:", result)
restored.eval()  # inference mode for dropout/batch norm, if the model had any
print("same output after loading:", torch.equal(model(x), restored(x)))
