import torch

x = torch.tensor([65504.0, 70000.0, 1e-4, 1e-7, 1e-8])
print("float32: ", x)
print("float16: ", x.half())  # above max -> inf, far below tiny -> 0
print("bfloat16:", x.bfloat16())  # same values, fp32's range

# Overflow also happens inside a computation, not only in a cast.
h = torch.tensor([300.0], dtype=torch.float16)
print("300*300 in float16:", h * h)
print("300*300 in float32:", h.float() * h.float())
