import torch

t = torch.zeros(4, 3, 28, 28)  # B x C x H x W

print("t[:, 0]          ", tuple(t[:, 0].shape))
print("t[:, :1]         ", tuple(t[:, :1].shape))
print("t[0, ..., ::2]   ", tuple(t[0, ..., ::2].shape))
print("t[[0, 2], 1]     ", tuple(t[[0, 2], 1].shape))
print("t[-1, None]      ", tuple(t[-1, None].shape))
print("t[..., 5, 5]     ", tuple(t[..., 5, 5].shape))
