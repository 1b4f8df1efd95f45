import torch
from einops import reduce

torch.manual_seed(0)
x = torch.randn(8, 16, 7, 7)  # feature maps: b c h w

# Global average pooling: the axes missing on the right are reduced.
gap = reduce(x, "b c h w -> b c", "mean")
print("gap shape:", tuple(gap.shape))
print("mean equal:", torch.equal(gap, x.mean(dim=(2, 3))))

# The same pattern with other reductions.
gmp = reduce(x, "b c h w -> b c", "max")
print("max equal: ", torch.equal(gmp, x.amax(dim=(2, 3))))
tot = reduce(x, "b c h w -> b c", "sum")
print("sum equal: ", torch.equal(tot, x.sum(dim=(2, 3))))

# Per-channel statistics over batch and space, as batch norm uses.
per_c = reduce(x, "b c h w -> c", "mean")
print("per-channel shape:", tuple(per_c.shape))
print("equal:", torch.equal(per_c, x.mean(dim=(0, 2, 3))))

# Keep reduced axes as length 1, like keepdim=True.
keep = reduce(x, "b c h w -> b c 1 1", "mean")
print("keepdim equal:", torch.equal(keep, x.mean(dim=(2, 3), keepdim=True)))
