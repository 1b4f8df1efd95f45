import torch
from torch import nn

x = torch.rand(1, 1, 8, 8)

# k=3, padding=1 keeps 8x8 only while the stride is 1.
for s in (1, 2):
    conv = nn.Conv2d(1, 1, 3, stride=s, padding=1)
    print(f"k=3 p=1 stride={s}:", tuple(conv(x).shape[-2:]))

# padding="same" works out the padding for you (stride 1 only).
for k in (3, 5, 7):
    conv = nn.Conv2d(1, 1, k, padding="same")
    print(f"k={k} padding='same':", tuple(conv(x).shape[-2:]))

nn.Conv2d(1, 1, 3, stride=2, padding="same")  # raises ValueError
