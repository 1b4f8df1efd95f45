import textwrap
import warnings

import torch
from torch.autograd import gradcheck


def double(x):
    return 2 * x  # the derivative is exactly 2 everywhere


x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)  # float32
print("autograd:", torch.autograd.grad(double(x).sum(), x)[0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ok = gradcheck(double, (x,), raise_exception=False)
first = str(caught[0].message).split(". ")[0] + "."
print(textwrap.fill("warning: " + first, width=72))
print("gradcheck(..., raise_exception=False):", ok)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the same warning as above
    gradcheck(double, (x,))  # raises GradcheckError
