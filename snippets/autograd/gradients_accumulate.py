import torch

x = torch.tensor(3.0, requires_grad=True)

for step in (1, 2):
    y = x**2  # a fresh graph each time: dy/dx = 2x
    y.backward()
    print(f"after backward #{step}: x.grad =", x.grad)

# backward adds into .grad instead of overwriting it. Reset in place:
x.grad.zero_()
print("after x.grad.zero_():", x.grad)

# ... or drop the tensor; the next backward then creates a new one.
x.grad = None
print("after x.grad = None:", x.grad)
(x**2).backward()
print("after one more backward:", x.grad)
