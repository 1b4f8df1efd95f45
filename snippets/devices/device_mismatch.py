# snippet: requires=cuda
import torch
from torch import nn

model = nn.Linear(784, 10)  # still on the CPU: .to("cuda") was forgotten
x = torch.randn(32, 784).to("cuda")
print("x.device:", x.device)
print("weight device:", model.weight.device)

model(x)  # raises RuntimeError
