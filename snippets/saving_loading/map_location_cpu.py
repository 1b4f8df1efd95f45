import torch
from torch import nn

torch.manual_seed(0)
torch.save(nn.Linear(3, 2).state_dict(), "weights.pt")

# map_location decides where the loaded tensors are created.
for where in ("cpu", torch.device("cpu"), {"cuda:0": "cpu"}):
    state = torch.load("weights.pt", map_location=where, weights_only=True)
    devices = {t.device.type for t in state.values()}
    print(f"map_location={where!r}: devices {devices}")

# load_state_dict copies values into the model's own tensors, so the
# model keeps its device and dtype (here float64).
model = nn.Linear(3, 2).double()
model.load_state_dict(state)
print("saved dtype:", state["weight"].dtype)
print("model dtype after loading:", model.weight.dtype)
print("same values:", torch.equal(model.weight.float(), state["weight"]))
