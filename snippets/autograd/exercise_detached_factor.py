import torch

x = torch.tensor(3.0, requires_grad=True)
print("x =", x)
(x * x).backward()
print("grad of x * x:         ", x.grad)

x.grad = None
(x * x.detach()).backward()  # the second factor counts as a constant
print("grad of x * x.detach():", x.grad)
