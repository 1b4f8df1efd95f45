import torch

m = torch.arange(12).view(3, 4)
row = m[1]  # second row
col = m[:, 1]  # second column
t = m.t()  # transpose: 4 x 3

for name, v in [("m", m), ("row", row), ("col", col), ("t", t)]:
    print(
        f"{name:>3}: shape={tuple(v.shape)} stride={v.stride()}"
        f" offset={v.storage_offset()} contiguous={v.is_contiguous()}"
    )

# All four read the one storage that arange allocated.
base = m.untyped_storage().data_ptr()
for name, v in [("row", row), ("col", col), ("t", t)]:
    print(f"{name} uses m's storage:", v.untyped_storage().data_ptr() == base)
