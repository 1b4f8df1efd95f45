import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)

best = model.state_dict()  # the bug: tensors that share the live weights
best_copy = copy.deepcopy(model.state_dict())  # the fix: a snapshot
print("weight when 'best' was taken:", model.weight.detach())

# Training goes on and keeps updating the weights in place.
model(torch.ones(1, 2)).sum().backward()
optimizer.step()
print("weight now:                  ", model.weight.detach())
print("best['weight']:              ", best["weight"])
print("best_copy['weight']:         ", best_copy["weight"])
