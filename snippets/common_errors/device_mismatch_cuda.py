# snippet: requires=cuda
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2).to("cuda")  # Module.to moves the parameters
x = torch.randn(4, 3)  # the data is still on the CPU

# Fix: move the data to the model's device; tensor.to returns a copy.
device = next(model.parameters()).device
print("output device:", model(x.to(device)).device)

model(x)  # raises RuntimeError
