import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x = torch.randn(4, 3)


def features():
    return (x * w).tanh()  # tanh saves its output for the backward pass


# Fix: recompute the shared part in every step, so each step has a graph.
for _ in range(2):
    w.grad = None  # each step starts from a clean gradient
    loss = (features() ** 2).sum()
    loss.backward()
print("w.grad:", w.grad)

h = features()  # the bug: computed once, outside the loop
for _ in range(2):
    loss = (h**2).sum()
    loss.backward()  # raises RuntimeError
