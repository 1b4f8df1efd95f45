import torch

p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
lr, wd = 0.1, 0.5
opt = torch.optim.SGD([p], lr=lr, weight_decay=wd)

((p - 0.5) ** 2).sum().backward()
g = p.grad
print("grad:", g)

# SGD folds weight decay into the gradient: g' = g + wd * p
g_decayed = g + wd * p.detach()
by_hand = p.detach() - lr * g_decayed
opt.step()
print("g + wd * p:", g_decayed)
print("by hand:   ", by_hand)
print("opt.step():", p.detach())
print("allclose:", torch.allclose(p, by_hand))
print("p.grad after step:", p.grad)
