import torch

x = torch.tensor([2.7, -2.7, 2.5, 3.5])

# .to(dtype) and the shorthands return a new tensor; x is unchanged.
print("to(int32):", x.to(torch.int32))
print("long():   ", x.long())
print("x still:  ", x, x.dtype)

# float -> int truncates toward zero; round first to get nearest.
# Exact halves round to the even neighbour.
print("round().long():", x.round().long())

# int -> float and anything -> bool (nonzero means True).
n = torch.tensor([0, 1, 2])
print("float(): ", n.float())
print("bool():  ", n.bool())

# Casting to the dtype it already has returns the very same tensor.
print("no-op cast is x:", x.to(torch.float32) is x)
