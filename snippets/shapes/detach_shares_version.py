import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x * x).sum()  # the backward of x * x needs the values of x

d = x.detach()
print("x._version before:", x._version)
d[0] = 100.0  # changes x's memory, and autograd counts it
print("x._version after d[0] = 100:", x._version)
print("d._version:", d._version)

# backward would need the old x[0] = 1.0, which is gone.
y.backward()  # raises RuntimeError
