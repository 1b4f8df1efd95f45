import torch
from einops import rearrange

# This batch is already channels first (b c h w), but the code below
# was written for channels-last input (b h w c).
torch.manual_seed(0)
x = torch.rand(2, 3, 4, 4)

# permute runs and returns a plausible 4-D shape.
print("permute shape:   ", tuple(x.permute(0, 3, 1, 2).shape))

# einops without lengths trusts the names just as much.
y = rearrange(x, "b h w c -> b c h w")
print("no lengths shape:", tuple(y.shape))

# With c=3 it checks the last axis, finds 4, and refuses.
rearrange(x, "b h w c -> b c h w", c=3)  # raises EinopsError
