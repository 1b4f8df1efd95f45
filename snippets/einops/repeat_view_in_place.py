import torch
from einops import repeat

bias = torch.tensor([0.5, -1.0, 2.0])  # one value per channel

# A new axis becomes an expanded view: stride 0, no data copied.
rows = repeat(bias, "c -> b c", b=4)
print("rows shape:", tuple(rows.shape), "stride:", rows.stride())
same = rows.untyped_storage().data_ptr() == bias.untyped_storage().data_ptr()
print("shares memory with bias:", same)

# A copy is safe to modify; clone() gives one.
own = rows.clone()
own[0, 0] = 9.0
print("own[:, 0] =", own[:, 0])

# All 4 rows are the same 3 numbers, so an in-place write is refused.
rows.add_(1)  # raises RuntimeError
