import torch
from torch import nn


def build(hidden, data_gen=None):
    torch.manual_seed(0)
    nn.Linear(4, hidden)  # initialising weights draws from the global stream
    return torch.randn(3, generator=data_gen)  # stands in for the data


# Data drawn from the global stream depends on what was drawn before it.
print("global,  hidden=8: ", build(8))
print("global,  hidden=16:", build(16))

# A private generator is untouched by the model, whatever its size.
print("own gen, hidden=8: ", build(8, torch.Generator().manual_seed(0)))
print("own gen, hidden=16:", build(16, torch.Generator().manual_seed(0)))
