import torch
from torch import nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.25)
x = torch.ones(8)

out = drop(x)
print("train:", out)
print("distinct values:", out.unique())
drop.eval()
print("eval: ", drop(x))
