import torch

x = torch.arange(10, 20)  # positions 0 to 9 hold the values 10 to 19
print("x =", x)

# One integer picks one element, as a 0-D tensor.
print("x[0] =", x[0], "ndim:", x[0].ndim)
print("x[-1] =", x[-1])  # negative positions count from the end
print("x[-2] =", x[-2])

# start:stop:step works like Python lists, and stop is excluded.
print("x[2:5] =", x[2:5])
print("x[:3] =", x[:3])
print("x[-3:] =", x[-3:])
print("x[::3] =", x[::3])
print("x[1::2] =", x[1::2])
