import torch
import torch.nn.functional as F
from einops import reduce

x = torch.arange(25.0).reshape(1, 1, 5, 5)  # 5 is not divisible by 2

# max_pool2d quietly drops the last row and column.
p = F.max_pool2d(x, 2)
print("max_pool2d shape:", tuple(p.shape))
print("p[0, 0] =")
print(p[0, 0])

# einops refuses to split 5 into blocks of 2.
reduce(x, "b c (h 2) (w 2) -> b c h w", "max")  # raises EinopsError
