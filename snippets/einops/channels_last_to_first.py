import torch
from einops import rearrange

# Images as NumPy/PIL store them: batch, height, width, channels.
torch.manual_seed(0)
nhwc = torch.rand(2, 4, 5, 3)

# PyTorch layers want channels first: batch, channels, height, width.
nchw = rearrange(nhwc, "b h w c -> b c h w")
print("einops shape: ", tuple(nchw.shape))
print("permute shape:", tuple(nhwc.permute(0, 3, 1, 2).shape))
print("equal:", torch.equal(nchw, nhwc.permute(0, 3, 1, 2)))

# Pixel (row 1, col 2) of image 0 keeps its 3 channel values.
print("nhwc[0, 1, 2, :]  =", nhwc[0, 1, 2, :])
print("nchw[0, :, 1, 2]  =", nchw[0, :, 1, 2])

# And back again for plotting or saving.
again = rearrange(nchw, "b c h w -> b h w c")
print("round trip equal:", torch.equal(again, nhwc))
