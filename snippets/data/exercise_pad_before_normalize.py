import torch
import torch.nn.functional as F

mean, std = 0.3, 0.4  # measured on the training images
image = torch.zeros(1, 2, 2)  # black background (0.0) ...
image[0, 0, 0] = 1.0  # ... and one white pixel


def normalize(t):
    return (t - mean) / std


pad_first = normalize(F.pad(image, [1] * 4))
print("pad, then normalize:", pad_first[0].tolist())
normalize_first = F.pad(normalize(image), [1] * 4)
print("normalize, then pad:", normalize_first[0].tolist())
# Fix for a fixed order: pad with the value that black becomes.
fixed = F.pad(normalize(image), [1] * 4, value=normalize(torch.tensor(0.0)))
print("same as pad first:", torch.equal(fixed, pad_first))
