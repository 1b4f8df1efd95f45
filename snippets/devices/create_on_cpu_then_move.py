import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

# Draw on the CPU, then move: the numbers are the CPU's on every machine.
torch.manual_seed(0)
x = torch.rand(4).to(device)
model = nn.Linear(2, 1).to(device)  # initialised on the CPU, then moved

# .cpu() before printing, so the printout does not name the device.
print("x:     ", x.cpu())
print("weight:", model.weight.detach().cpu())
