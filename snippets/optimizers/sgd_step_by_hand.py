import torch

p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
lr = 0.1
opt = torch.optim.SGD([p], lr=lr)

loss = ((p - 0.5) ** 2).sum()
loss.backward()
g = p.grad
print("p:   ", p.detach())
print("grad:", g)

# Plain SGD: p <- p - lr * g
by_hand = p.detach() - lr * g
opt.step()
print("by hand:   ", by_hand)
print("opt.step():", p.detach())
print("allclose:", torch.allclose(p, by_hand))
