import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.ones(2, 3)

model.double()  # a Module converts its own parameters
x.double()  # a tensor method returns a new tensor; x itself is unchanged
print("weight dtype:", model.weight.dtype)
print("x dtype:     ", x.dtype)

# Fix: keep the converted tensor.
x64 = x.double()
print("output dtype:", model(x64).dtype)

model(x)  # raises RuntimeError
