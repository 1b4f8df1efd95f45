import torch

torch.manual_seed(0)
w = torch.zeros(3, requires_grad=True)
x = torch.randn(8, 3)
y = x @ torch.tensor([1.0, -2.0, 0.5])
opt = torch.optim.SGD([w], lr=0.1)


def mse():
    return ((x @ w - y) ** 2).mean()


# Fixed: a fresh forward pass in every step, so the loss goes down.
for step in range(3):
    opt.zero_grad()
    loss = mse()
    loss.backward()
    opt.step()
    print(f"step {step}: loss {loss.item():.4f}")

loss = mse()  # the bug: one forward pass, before the loop
for _ in range(3):
    opt.zero_grad()
    loss.backward()  # raises RuntimeError
    opt.step()
