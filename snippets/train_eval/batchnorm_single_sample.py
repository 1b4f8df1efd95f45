import torch
from torch import nn

bn = nn.BatchNorm1d(3)
one = torch.tensor([[1.0, 2.0, 3.0]])  # a batch of one sample

bn.eval()  # running statistics need no batch
print("eval, one sample:", bn(one).detach())

bn.train()  # a variance over one value tells nothing
bn(one)  # raises ValueError
