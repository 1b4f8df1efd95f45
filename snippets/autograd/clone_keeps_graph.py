import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.clone()  # new memory, but still connected to x
print("y =", y)
print("y.is_leaf:", y.is_leaf)

# Writing into the clone leaves x alone and is recorded in the graph.
y[0] = 100.0
print("y after y[0] = 100:", y)
print("x unchanged:", x)

# Gradients flow back through the clone to x, except for the overwritten
# element, whose value no longer depends on x.
y.sum().backward()
print("x.grad =", x.grad)

# A detached copy is cut off: nothing downstream of it is tracked.
d = x.clone().detach()
print("(d * 2).requires_grad:", (d * 2).requires_grad)
