import torch

MiB = 2**20
shape = (64, 3, 224, 224)  # 64 RGB images of 224 x 224 pixels

for dtype in (torch.float32, torch.float16, torch.bfloat16):
    t = torch.empty(shape, dtype=dtype)  # memory only, values never read
    mib = t.numel() * t.element_size() / MiB
    print(f"{str(dtype):15} {t.element_size()} bytes each, {mib} MiB")
