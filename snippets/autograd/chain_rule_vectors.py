import torch
from torch.autograd.functional import jacobian

A = torch.tensor([[1.0, 2.0, 0.0], [0.0, -1.0, 1.0]])
w = torch.tensor([3.0, -1.0])


def h(x):  # R^3 -> R^2
    return A @ x


def g(u):  # R^2 -> R^2, element by element
    return u**2


def f(v):  # R^2 -> a scalar
    return w @ v


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
f(g(h(x))).backward()
print("x.grad:", x.grad)

# The same gradient by hand: one Jacobian per step.
x0 = x.detach()
u = h(x0)
v = g(u)
J_h, J_g, J_f = jacobian(h, x0), jacobian(g, u), jacobian(f, v)
print("Jacobian shapes:", tuple(J_h.shape), tuple(J_g.shape), tuple(J_f.shape))
print("J_g:", J_g)  # diagonal: each output depends on its own input only

# Vector-Jacobian products, from the output back to the input.
grad_v = J_f  # dy/dv
grad_u = grad_v @ J_g  # dy/du
grad_x = grad_u @ J_h  # dy/dx
print("dy/dv:", grad_v, "| dy/du:", grad_u)
print("dy/dx:", grad_x)
print("equal to x.grad:", torch.equal(grad_x, x.grad))
