import torch
from torch import nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
norm = nn.BatchNorm1d(1)
ones = torch.ones(8)
x = torch.tensor([[1.0], [3.0], [5.0], [7.0]])

with torch.no_grad():  # only the modes matter here, not gradients
    for training in (True, False):
        drop.train(training)  # model.train() / model.eval() do this
        norm.train(training)  # for every submodule of a model
        print("training =", training)
        print("  dropout:", drop(ones))
        print("  batchnorm:", norm(x).flatten())
print("running_mean:", norm.running_mean, "running_var:", norm.running_var)
