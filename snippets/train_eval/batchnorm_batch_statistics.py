import torch
from torch import nn

x = torch.tensor([[1.0, 10.0], [2.0, 20.0], [5.0, 40.0], [8.0, 50.0]])
bn = nn.BatchNorm1d(2)  # 2 features; weight starts at 1, bias at 0

out = bn(x).detach()  # train mode: normalise with this batch's statistics
mean = x.mean(dim=0)
var = x.var(dim=0, unbiased=False)  # divides by n, not n - 1
by_hand = (x - mean) / torch.sqrt(var + bn.eps)

print("batch mean:", mean)
print("batch var (divide by n):", var)
print("out =")
print(out)
print("matches by hand:", torch.allclose(out, by_hand, atol=1e-6))
zero_mean = torch.allclose(out.mean(dim=0), torch.zeros(2), atol=1e-6)
print("each column has mean 0:", zero_mean)
print("each column has std 1: ", out.std(dim=0, unbiased=False))
