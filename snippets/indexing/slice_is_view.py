import torch

x = torch.arange(6)
s = x[1:4]  # basic slicing: s is a view into x's memory
s[0] = 100
print("x after s[0] = 100:", x)

x[3] = -3  # it works the other way round too
print("s after x[3] = -3: ", s)

# clone() gives an independent copy when you need one.
c = x[1:4].clone()
c[0] = 0
print("x after c[0] = 0:  ", x)
print("c =", c)
