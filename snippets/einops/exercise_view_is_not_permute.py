import torch
from einops import rearrange

torch.manual_seed(0)
nhwc = torch.rand(2, 4, 4, 3)
b, h, w, c = nhwc.shape

# The bug: view keeps the memory order, so it relabels the numbers
# instead of moving them. The shape looks right, the pixels are not.
buggy = nhwc.view(b, c, h, w)
fixed = rearrange(nhwc, "b h w c -> b c h w", c=3)
print("shapes:", tuple(buggy.shape), tuple(fixed.shape))
print("buggy equal fixed:", torch.equal(buggy, fixed))
print("fixed equal permute:", torch.equal(fixed, nhwc.permute(0, 3, 1, 2)))
print("pixel (0, 0) of image 0:", nhwc[0, 0, 0])
print("buggy channels there:   ", buggy[0, :, 0, 0])
print("fixed channels there:   ", fixed[0, :, 0, 0])
