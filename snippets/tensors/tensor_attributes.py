import torch

x = torch.zeros(4, 3, 28, 28)

# The big three: how it is laid out, what it stores, where it lives.
print("shape: ", x.shape)
print("dtype: ", x.dtype)
print("device:", x.device)

# Derived facts: number of axes and total element count.
print("ndim:  ", x.ndim)
print("numel: ", x.numel())
print("4*3*28*28 =", 4 * 3 * 28 * 28)

# torch.Size behaves like a tuple; size(d) reads one axis.
print("shape[1]:", x.shape[1], "size(-1):", x.size(-1))
print("is a tuple:", isinstance(x.shape, tuple))
