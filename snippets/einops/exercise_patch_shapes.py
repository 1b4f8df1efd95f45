import torch
from einops import rearrange

x = torch.zeros(2, 3, 8, 12)  # b c h w

# Cut each image into 4x4 patches and list them, as vision
# transformers do: one row per patch, one column per pixel value.
patches = rearrange(x, "b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=4, p2=4)
print("patches:", tuple(patches.shape))

# Put all patches of the batch side by side as one long image strip.
strip = rearrange(x, "b c (h p1) (w p2) -> c p1 (b h w p2)", p1=4, p2=4)
print("strip:  ", tuple(strip.shape))
