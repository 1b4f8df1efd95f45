import torch
import torch.nn.functional as F
from einops import reduce

x = torch.arange(16.0).reshape(1, 1, 4, 4)  # one 4x4 single-channel image
print("x[0, 0] =")
print(x[0, 0])

# (h 2) splits each spatial axis into blocks of 2; the 2s are reduced.
pooled = reduce(x, "b c (h 2) (w 2) -> b c h w", "max")
print("pooled[0, 0] =")
print(pooled[0, 0])
print("equal max_pool2d:", torch.equal(pooled, F.max_pool2d(x, 2)))

# Swap "max" for "mean" and the same pattern is 2x2 average pooling.
avg = reduce(x, "b c (h 2) (w 2) -> b c h w", "mean")
print("avg[0, 0] =")
print(avg[0, 0])
print("close to avg_pool2d:", torch.allclose(avg, F.avg_pool2d(x, 2)))
