import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)

y = x.sigmoid()
y.sum().backward()
print("correct x.grad:       ", x.grad)

# The same in-place change as before, but made through .data.
x.grad = None
y = x.sigmoid()
y.data.mul_(2)  # .data skips the version counter autograd checks
print("y._version:", y._version)
y.sum().backward()  # no error this time
print("silently wrong x.grad:", x.grad)
