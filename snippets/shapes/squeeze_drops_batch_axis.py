import torch

# Pooled CNN features have shape (batch, channels, 1, 1).
feats = torch.zeros(2, 5, 1, 1)
one = torch.zeros(1, 5, 1, 1)  # the same, for a batch of one image

print("batch of 2, squeeze():", tuple(feats.squeeze().shape))
print("batch of 1, squeeze():", tuple(one.squeeze().shape))

# Name the axes to drop, and the batch axis survives.
print("batch of 1, squeeze((2, 3)):", tuple(one.squeeze((2, 3)).shape))
print("batch of 1, flatten(1):", tuple(one.flatten(1).shape))
