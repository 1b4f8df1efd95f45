import torch

# 2**-8 is half of bfloat16's eps: the sum falls exactly between two
# neighbours, and rounding to even lands on 1.
for dtype in (torch.float32, torch.float16, torch.bfloat16):
    one = torch.tensor(1.0, dtype=dtype)
    big = torch.tensor(257.0, dtype=dtype)
    print(f"{str(dtype):15} 1 + 2**-8 -> {(one + 2**-8).item():<11}", end="")
    print(f" 257 -> {big.item()}")

# Adding many small numbers: each addition rounds, and in a
# low-precision running total the small steps get lost.
for dtype in (torch.float32, torch.float16, torch.bfloat16):
    total = torch.tensor(0.0, dtype=dtype)
    for _ in range(1000):
        total += 0.01
    print(f"{str(dtype):15} 1000 x 0.01 = {total.item():.4f}")
