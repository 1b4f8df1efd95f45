import torch
from torch import nn

x = torch.tensor([[1.0, 10.0], [2.0, 20.0], [5.0, 40.0], [8.0, 50.0]])
bn = nn.BatchNorm1d(2)
bn(x)  # one training batch fills the running statistics

bn.eval()
out = bn(x).detach()
mean, var = bn.running_mean, bn.running_var
print("eval out =")
print(out)
by_hand = (x - mean) / torch.sqrt(var + bn.eps)
print("uses running stats:", torch.allclose(out, by_hand))

# In eval mode a row's output no longer depends on the rest of the batch.
print("row 0 alone, eval: ", bn(x[:1]).detach())
bn.train()
print("row 0 with row 1, train:", bn(x[:2]).detach()[0])
print("row 0 with rows 1-3, train:", bn(x).detach()[0])
