import torch
from torch import nn

x = torch.tensor([[1.0, 10.0], [2.0, 20.0], [5.0, 40.0], [8.0, 50.0]])
bn = nn.BatchNorm1d(2)
print("momentum:", bn.momentum)
print("before: running_mean", bn.running_mean, "running_var", bn.running_var)

bn(x)  # one forward pass in train mode updates the buffers
print("after:  running_mean", bn.running_mean, "running_var", bn.running_var)
print("batches tracked:", bn.num_batches_tracked.item())

# new = (1 - momentum) * old + momentum * batch statistic
m = bn.momentum
print("formula mean:", (1 - m) * 0.0 + m * x.mean(dim=0))
print("formula var (n - 1):", (1 - m) * 1.0 + m * x.var(dim=0))
print("same with var (n):  ", (1 - m) * 1.0 + m * x.var(dim=0, unbiased=False))
