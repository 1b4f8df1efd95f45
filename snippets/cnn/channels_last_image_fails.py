import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 8, kernel_size=3)

# Image libraries and NumPy usually store pixels as (H, W, C).
hwc = torch.rand(32, 32, 3)

# permute reorders the axes to (C, H, W); unsqueeze adds the batch axis.
chw = hwc.permute(2, 0, 1)
print("after permute:", tuple(chw.shape))
print("conv output:  ", tuple(conv(chw.unsqueeze(0)).shape))

# Fed as is, the last axis is read as width and the 32 rows as channels.
conv(hwc.unsqueeze(0))  # raises RuntimeError
