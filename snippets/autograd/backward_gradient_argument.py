import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2  # y_i = x_i^2, so the Jacobian is diagonal with entries 2 x_i

v = torch.tensor([1.0, 0.1, 0.01])  # one weight per output element
print("v =", v)
y.backward(gradient=v)
print("x.grad (gradient=v):", x.grad)

# The same numbers by hand: v^T J, a vector-Jacobian product.
J = torch.autograd.functional.jacobian(lambda t: t**2, x.detach())
print("J =")
print(J)
print("v @ J:", v @ J)

# gradient=ones gives the same result as backward on y.sum().
x.grad = None
(x**2).backward(gradient=torch.ones(3))
print("x.grad (gradient=ones):", x.grad)
