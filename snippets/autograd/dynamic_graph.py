import torch


def f(x):
    # Ordinary Python control flow decides which operations run.
    if x.sum() > 0:
        return (x * x).sum()
    return x.exp().sum()


for values in ([1.0, 2.0], [-1.0, -2.0]):
    x = torch.tensor(values, requires_grad=True)
    out = f(x)
    out.backward()
    # The graph records only the branch that actually ran.
    print("x =", x)
    print("  out.grad_fn:", type(out.grad_fn).__name__)
    print("  first op:", type(out.grad_fn.next_functions[0][0]).__name__)
    print("  x.grad =", x.grad)
