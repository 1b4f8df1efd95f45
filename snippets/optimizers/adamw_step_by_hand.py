import torch

p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
p0 = p.detach().clone()
lr, wd, b1, b2, eps = 0.1, 0.5, 0.9, 0.999, 1e-8
opt = torch.optim.AdamW([p], lr=lr, weight_decay=wd)

((p - 0.5) ** 2).sum().backward()
g, t = p.grad, 1
# AdamW: shrink the weights first, then take the plain Adam step
# (computed from g alone: the decay never enters m or v).
decayed = p0 * (1 - lr * wd)
m_hat = (1 - b1) * g / (1 - b1**t)
v_hat = (1 - b2) * g**2 / (1 - b2**t)
by_hand = decayed - lr * m_hat / (v_hat.sqrt() + eps)
opt.step()

print("grad:      ", g)
print("decayed:   ", decayed)
print("by hand:   ", by_hand)
print("opt.step():", p.detach())
print("allclose:", torch.allclose(p, by_hand))
