import torch
from torch import nn

torch.manual_seed(0)
small = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
state = small.state_dict()

# strict=False loads what fits and reports the rest.
bigger = nn.Sequential(
    nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2), nn.ReLU(), nn.Linear(2, 1)
)
print("strict=False:", bigger.load_state_dict(state, strict=False))

# A tensor whose shape differs is an error even with strict=False.
wider = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
wider.load_state_dict(state, strict=False)  # raises RuntimeError
