import textwrap
import warnings

import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
h = w * 3  # not a leaf, and no retain_grad() this time
(h * h).sum().backward()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("h.grad =", h.grad)  # reading it warns
print("w.grad =", w.grad)

warning = caught[0]
text = str(warning.message).split(" (Triggered internally")[0]
print("warning:", warning.category.__name__)
print(textwrap.fill(text, width=72))
