import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print("x          =", x)
print("F.relu(x)  =", F.relu(x))  # max(0, x), element by element

# Four more spellings, same values (at 0 not all the same gradient).
same = [nn.ReLU()(x), torch.relu(x), x.clamp(min=0), torch.where(x > 0, x, 0)]
print("all equal:", all(torch.equal(F.relu(x), y) for y in same))
print("as a module:", nn.ReLU())  # a layer with no parameters
print("parameters: ", len(list(nn.ReLU().parameters())))
