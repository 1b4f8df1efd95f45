import torch
from torch import nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
x = torch.ones(10)

print("training:", drop.training)  # a new module starts in train mode
first = drop(x)
second = drop(x)  # a fresh random mask on every call
print("train, call 1:", first)
print("train, call 2:", second)
print("zeros in call 1:", int((first == 0).sum()))

drop.eval()
print("training:", drop.training)
print("eval:         ", drop(x))
