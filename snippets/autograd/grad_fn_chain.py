import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
x = torch.tensor(4.0, requires_grad=True)

y = a + b  # recorded as an AddBackward0 node
z = x * y  # recorded as a MulBackward0 node
print("z =", z)


def name(fn):
    return type(fn).__name__


# grad_fn is the node that will compute z's gradient in backward.
print("z.grad_fn:", name(z.grad_fn))

# next_functions links a node to the nodes of its inputs, in order (x, y).
for fn, _ in z.grad_fn.next_functions:
    print("  input of Mul:", name(fn))

# One level down: the Add node's inputs end at the leaves a and b.
add_node = z.grad_fn.next_functions[1][0]
for fn, _ in add_node.next_functions:
    print("  input of Add:", name(fn), "for", fn.variable)
print("same node as y.grad_fn:", add_node is y.grad_fn)

# Leaves were created by us, not by an operation.
print("a.grad_fn:", a.grad_fn)
