import torch
from einops import rearrange, reduce

# RGBA images, 4x4 pixels: b h w c with h == w == c == 4.
torch.manual_seed(0)
x = torch.rand(2, 4, 4, 4)

# Channels first should be permute(0, 3, 1, 2); (0, 3, 2, 1) also
# swaps height and width, and the shape cannot tell.
right = x.permute(0, 3, 1, 2)
wrong = x.permute(0, 3, 2, 1)
print("permute shapes:", tuple(right.shape), tuple(wrong.shape))
print("same values:", torch.equal(right, wrong))

# Global average pool over h and w is dim=(1, 2) for b h w c.
# dim=(2, 3) is right for b c h w, but here it averages w and c.
good = x.mean(dim=(1, 2))
bad = x.mean(dim=(2, 3))
print("mean shapes:", tuple(good.shape), tuple(bad.shape))
print("close:", torch.allclose(good, bad))

# With names, the pattern states which axis is which.
named = rearrange(x, "b h w c -> b c h w")
print("rearrange equal right:", torch.equal(named, right))
pooled = reduce(x, "b h w c -> b c", "mean")
print("reduce equal good:", torch.equal(pooled, good))
