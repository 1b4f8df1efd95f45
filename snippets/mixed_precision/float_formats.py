import math

import torch

print(f"{'dtype':9} {'bits':>4} {'exp':>3} {'mant':>4} {'bytes':>5}", end="")
print(f" {'max':>11} {'tiny':>11} {'eps':>11}")
for dtype in (torch.float32, torch.float16, torch.bfloat16):
    fi = torch.finfo(dtype)
    mant = int(-math.log2(fi.eps))  # eps = 2**-(stored mantissa bits)
    exp = fi.bits - 1 - mant  # what is left after the sign bit
    size = torch.empty(0, dtype=dtype).element_size()
    name = str(dtype).removeprefix("torch.")
    print(f"{name:9} {fi.bits:4} {exp:3} {mant:4} {size:5}", end="")
    print(f" {fi.max:11.5g} {fi.tiny:11.5g} {fi.eps:11.5g}")
