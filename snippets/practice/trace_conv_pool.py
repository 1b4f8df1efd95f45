import torch
from torch import nn

x = torch.randn(1, 3, 32, 32)
same = nn.Conv2d(3, 8, kernel_size=3, padding=1)
pool = nn.MaxPool2d(kernel_size=2, stride=2)
strided = nn.Conv2d(3, 8, kernel_size=5, stride=2, padding=1)

print("input:", tuple(x.shape))
print("conv k=3 p=1:", tuple(same(x).shape))
print("then pool 2x2:", tuple(pool(same(x)).shape))
print("conv k=5 s=2 p=1:", tuple(strided(x).shape))

# H_out = floor((H_in + 2P - K) / S) + 1
print("formula:", (32 + 2 * 1 - 5) // 2 + 1)
