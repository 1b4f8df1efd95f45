import torch
from einops import rearrange


def shares(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


x = torch.zeros(2, 3, 4)  # b h w

# Splitting an axis only needs new strides: a view, like x.view.
split = rearrange(x, "b h (w2 k) -> b h w2 k", k=2)
print("split shares memory:  ", shares(split, x))

# Reordering axes is also a view, like x.permute ...
perm = rearrange(x, "b h w -> b w h")
print("permute shares memory:", shares(perm, x))

# ... but merging axes after a reorder has to copy the data.
merged = rearrange(x, "b h w -> b (w h)")
print("merged shares memory: ", shares(merged, x))

# A write through the view reaches x; a write to the copy does not.
split[0, 0, 0, 0] = 1.0
merged[0, 1] = 2.0
print("x[0] =")
print(x[0])
