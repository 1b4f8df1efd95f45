import torch

w = torch.tensor([0.0, 0.0], requires_grad=True)
target = torch.tensor([1.0, -1.0])
opt = torch.optim.SGD([w], lr=0.1)

for step in range(3):
    loss = ((w - target) ** 2).sum()
    loss.backward()
    opt.zero_grad()  # the bug: clears the gradient before step() uses it
    opt.step()
    print(f"step {step}: loss {loss.item():.4f}  w = {w.detach()}")
