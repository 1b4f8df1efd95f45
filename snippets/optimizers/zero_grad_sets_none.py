import torch

p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
opt = torch.optim.SGD([p], lr=0.1)

(p**2).sum().backward()
print("after backward:         ", p.grad)
opt.zero_grad()  # default set_to_none=True
print("after zero_grad():      ", p.grad)

(p**2).sum().backward()
opt.zero_grad(set_to_none=False)  # keep the tensor, fill it with zeros
print("after set_to_none=False:", p.grad)
