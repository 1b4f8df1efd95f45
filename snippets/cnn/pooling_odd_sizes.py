import torch
from torch import nn

pool = nn.MaxPool2d(2)
print("stride defaults to kernel_size:", pool.stride)

# The output size follows the conv formula with p=0, k=2, s=2.
for size in (8, 7, 6, 5):
    x = torch.rand(1, 1, size, size)
    ceil = nn.MaxPool2d(2, ceil_mode=True)(x)
    print(f"{size}x{size} -> {tuple(pool(x).shape[-2:])}", end="  ")
    print("ceil_mode=True ->", tuple(ceil.shape[-2:]))

# Overlapping windows: kernel 3, stride 2 (used by many ImageNet models).
x = torch.rand(1, 1, 8, 8)
print("k=3 s=2 on 8x8:", tuple(nn.MaxPool2d(3, stride=2)(x).shape[-2:]))
