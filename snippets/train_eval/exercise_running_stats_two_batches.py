import torch
from torch import nn

bn = nn.BatchNorm1d(1)
for batch in [[[9.0], [11.0]], [[19.0], [21.0]]]:
    x = torch.tensor(batch)
    bn(x)
    print("batch mean:", x.mean().item(), " batch var (n - 1):", x.var().item())
    mean = round(bn.running_mean.item(), 4)
    var = round(bn.running_var.item(), 4)
    print("  running_mean:", mean, " running_var:", var)
