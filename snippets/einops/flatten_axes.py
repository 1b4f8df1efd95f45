import torch
from einops import rearrange

torch.manual_seed(0)
x = torch.randn(2, 3, 4, 5)  # b c h w

# Flatten the spatial axes: one row of h*w values per channel.
s = rearrange(x, "b c h w -> b c (h w)")
print("b c (h w):", tuple(s.shape))
print("equal flatten(2):", torch.equal(s, x.flatten(2)))
print("equal reshape:   ", torch.equal(s, x.reshape(2, 3, -1)))

# Flatten all but batch: one feature vector per image, as a
# linear layer after convolutions expects.
f = rearrange(x, "b c h w -> b (c h w)")
print("b (c h w):", tuple(f.shape))
print("equal flatten(1):", torch.equal(f, x.flatten(1)))
print("equal view:      ", torch.equal(f, x.view(2, -1)))
