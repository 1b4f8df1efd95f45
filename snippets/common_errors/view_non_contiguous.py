import torch

x = torch.arange(6).reshape(2, 3)
xt = x.T  # a transposed view: same memory, columns now read as rows
print("xt is contiguous:", xt.is_contiguous())

# Fixes: reshape (copies when it must), or make a contiguous copy first.
print("reshape:          ", xt.reshape(6))
print("contiguous().view:", xt.contiguous().view(6))

xt.view(6)  # raises RuntimeError
