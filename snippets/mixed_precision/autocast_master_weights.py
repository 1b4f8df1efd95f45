import torch
from torch.nn import functional as F

torch.manual_seed(0)
model = torch.nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 4), torch.randn(8, 1)

with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    out = model(x)  # bfloat16
    loss = F.mse_loss(out, y)  # float32
loss.backward()  # outside the context, as the docs recommend
opt.step()

print("out:", out.dtype, "| loss:", loss.dtype)
print("weight:", model.weight.dtype, "| grad:", model.weight.grad.dtype)

# The cast of the weight is an ordinary op in the graph: its backward
# (ToCopyBackward0) turns the gradient back into float32.
node, chain = out.grad_fn.next_functions[2][0], []  # the weight's branch
while node is not None:
    chain.append(type(node).__name__)
    node = node.next_functions[0][0] if node.next_functions else None
print("weight branch:", " -> ".join(chain))
