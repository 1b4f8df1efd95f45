import torch
from torch import nn

torch.manual_seed(0)
# A batch of 4 RGB images, 32 pixels high and 32 wide: (N, C, H, W).
images = torch.rand(4, 3, 32, 32)
conv = nn.Conv2d(in_channels=3, out_channels=8, kernel_size=3)

out = conv(images)
print("input shape: ", tuple(images.shape))
print("output shape:", tuple(out.shape))
# One 3x3 filter per output channel, each spanning all 3 input channels.
print("weight shape:", tuple(conv.weight.shape))
print("bias shape:  ", tuple(conv.bias.shape))

# A single image without the batch axis, (C, H, W), is accepted too.
print("unbatched output shape:", tuple(conv(images[0]).shape))
