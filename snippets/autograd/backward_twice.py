import torch

x = torch.tensor(2.0, requires_grad=True)
y = x.exp()  # exp saves its result for the backward pass

# retain_graph=True keeps the saved values for another backward.
y.backward(retain_graph=True)
print("after 1st backward:", x.grad)
y.backward()  # allowed; this one frees the saved values
print("after 2nd backward:", x.grad)

# The graph's buffers are gone now, so a third pass fails.
y.backward()  # raises RuntimeError
