import torch
from torch import nn


def formula(size, k, p, s):
    return (size + 2 * p - k) // s + 1  # // floors, like the formula


torch.manual_seed(0)
show = {(7, 3, 0, 1), (7, 3, 1, 1), (7, 3, 1, 2), (8, 3, 1, 2), (12, 5, 0, 3)}
checked, matched = 0, 0
print("H  k p s | Conv2d formula")
for size in range(5, 13):
    for k in (1, 2, 3, 4, 5):
        for p in (0, 1, 2):
            for s in (1, 2, 3):
                conv = nn.Conv2d(1, 1, k, stride=s, padding=p)
                h = conv(torch.rand(1, 1, size, size)).shape[-1]
                f = formula(size, k, p, s)
                checked += 1
                matched += h == f
                if (size, k, p, s) in show:
                    print(f"{size:<2} {k} {p} {s} | {h:>6} {f:>7}")

print("combinations checked:", checked)
print("all matched:", matched == checked)
