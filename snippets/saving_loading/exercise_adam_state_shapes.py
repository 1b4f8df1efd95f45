import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
optimizer = torch.optim.Adam(model.parameters())
model(torch.randn(5, 3)).sum().backward()
optimizer.step()

state = optimizer.state_dict()
print("param_groups[0]['params']:", state["param_groups"][0]["params"])
for index, entry in state["state"].items():
    shapes = {name: tuple(t.shape) for name, t in entry.items()}
    print(f"state[{index}]:", shapes)
