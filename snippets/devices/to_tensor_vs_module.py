import torch
from torch import nn

# dtype stands in for device here: .to() treats both the same way.
x = torch.ones(2)
x.to(torch.float64)  # returns a new tensor, which is thrown away
print("tensor after x.to(...):", x.dtype)
x = x.to(torch.float64)  # keep the result
print("tensor after x = x.to(...):", x.dtype)

model = nn.Linear(2, 1)
weight = model.weight
returned = model.to(torch.float64)  # changes the module itself
print("module after model.to(...):", model.weight.dtype)
print("returns the same module:", returned is model)
print("same Parameter object:", model.weight is weight)
