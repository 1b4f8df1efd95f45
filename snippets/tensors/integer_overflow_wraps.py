import torch

info = torch.iinfo(torch.int8)
print("int8 holds:", info.min, "to", info.max)

i8 = torch.tensor([1, 2], dtype=torch.int8)
# 200 is a Python int: the result stays int8, and 201, 202 do not fit.
print("i8 + 200:", i8 + 200)
# Widening first gives the true sums.
print("i8.to(int16) + 200:", i8.to(torch.int16) + 200)

# uint8 pixels (0 to 255) wrap the same way.
px = torch.tensor([250, 100], dtype=torch.uint8)
print("px + 10:", px + 10)
print("px.float() + 10:", px.float() + 10)
