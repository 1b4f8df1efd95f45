import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
calls = []
# A forward hook runs after every forward pass that goes through __call__.
layer.register_forward_hook(lambda mod, inp, out: calls.append("hook"))

x = torch.randn(4, 3)
a = layer(x)  # the normal way: __call__ runs hooks, then forward
print("hook calls after layer(x):        ", len(calls))
b = layer.forward(x)  # bypasses __call__, so the hook is skipped
print("hook calls after layer.forward(x):", len(calls))
print("same numbers:", torch.equal(a, b))
