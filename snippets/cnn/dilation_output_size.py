import torch
from torch import nn


def formula(size, k, p, s, d):
    # A dilated kernel spans d * (k - 1) + 1 pixels.
    return (size + 2 * p - d * (k - 1) - 1) // s + 1


# One 3x3 kernel with dilation 2 covers a 5x5 area.
conv = nn.Conv2d(1, 1, 3, dilation=2)
print("dilation=2 on 9x9:", tuple(conv(torch.rand(1, 1, 9, 9)).shape[-2:]))

checked = matched = 0
for size in (9, 10, 11, 12):
    for k, p, s, d in [(3, 0, 1, 2), (3, 2, 1, 2), (3, 1, 2, 3), (2, 1, 1, 4)]:
        conv = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)
        h = conv(torch.rand(1, 1, size, size)).shape[-1]
        checked += 1
        matched += h == formula(size, k, p, s, d)
print("combinations checked:", checked)
print("all matched:", matched == checked)
