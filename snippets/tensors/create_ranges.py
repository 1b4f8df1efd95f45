import torch

# arange: start, stop (excluded), step -- like Python's range.
print("arange(5)       =", torch.arange(5))
print("arange(0,10,2)  =", torch.arange(0, 10, 2))
# Any float argument makes the result floating point.
print("arange(0,1,.25) =", torch.arange(0, 1, 0.25))

# linspace: start, end (included), number of points.
print("linspace(0,1,5) =", torch.linspace(0, 1, 5))

print("arange dtypes:", torch.arange(5).dtype, torch.arange(0.0, 5).dtype)
print("linspace dtype:", torch.linspace(0, 4, 5).dtype)
