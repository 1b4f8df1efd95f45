import math

import torch
from torch import nn

# The default: kaiming_uniform_ with a=sqrt(5), replayed with the same seed
torch.manual_seed(0)
layer = nn.Linear(100, 50)
torch.manual_seed(0)
w = torch.empty(50, 100)
nn.init.kaiming_uniform_(w, a=math.sqrt(5))
print("same as the default:", torch.equal(w, layer.weight))


# Your own scheme: a function that model.apply calls on every submodule
def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        nn.init.zeros_(m.bias)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(400, 300), nn.ReLU(), nn.Linear(300, 10))
model.apply(init_weights)
w0 = model[0].weight
print(f"std of layer 0:  {w0.std().item():.3f}")
print(f"sqrt(2/fan_in):  {math.sqrt(2 / 400):.3f}")
print("biases all zero:", bool((model[0].bias == 0).all()))

nn.init.xavier_uniform_(model[2].weight)
bound = math.sqrt(6 / (300 + 10))  # sqrt(6 / (fan_in + fan_out))
w2_max = model[2].weight.abs().max().item()
print(f"xavier bound:    {bound:.3f}")
print(f"largest |w|:     {w2_max:.3f}")
