import torch
from einops import rearrange

flat = torch.arange(48)  # e.g. 48 numbers read from a file

# Split one axis into four; w is inferred, like -1 in view.
x = rearrange(flat, "(b c h w) -> b c h w", b=2, c=3, h=2)
print("split shape:", tuple(x.shape))
print("same as view:", torch.equal(x, flat.view(2, 3, 2, -1)))

# Merge batch and channels into one axis, e.g. to treat each
# channel of each image as a separate single-channel image.
m = rearrange(x, "b c h w -> (b c) h w")
print("merged shape:", tuple(m.shape))
print("same as reshape:", torch.equal(m, x.reshape(6, 2, 4)))

# Merging everything back restores the original order exactly.
back = rearrange(x, "b c h w -> (b c h w)")
print("round trip equal:", torch.equal(back, flat))
