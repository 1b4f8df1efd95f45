import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])
print("x              =", x)
print("leaky_relu(x)  =", F.leaky_relu(x))  # negative side scaled down
print("slope 0.2      =", F.leaky_relu(x, negative_slope=0.2))
print("gelu(x)        =", F.gelu(x))
print("gelu tanh form =", F.gelu(x, approximate="tanh"))
phi = 0.5 * (1 + torch.erf(x / 2**0.5))  # standard normal CDF
print("gelu(x) == x * Phi(x):", torch.allclose(F.gelu(x), x * phi))

# The defaults, as the module reprs show them.
print(nn.LeakyReLU(), nn.GELU())
