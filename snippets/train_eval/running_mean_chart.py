import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(1)
steps, batch_means, running = [], [], []
for step in range(1, 31):
    x = 5.0 + torch.randn(16, 1)  # data whose true mean is 5
    bn(x)
    steps.append(step)
    batch_means.append(round(x.mean().item(), 2))
    running.append(round(bn.running_mean.item(), 2))

print("xychart-beta")
print('  title "Batch means and running_mean (data mean 5.0, momentum 0.1)"')
print(f'  x-axis "step" {steps}')
print('  y-axis "mean" 0 --> 6')
print(f'  line "batch mean" {batch_means}')
print(f'  line "running_mean" {running}')
