import torch

p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
p0 = p.detach().clone()
lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
opt = torch.optim.Adam([p], lr=lr, betas=(b1, b2), eps=eps)

scale = torch.tensor([100.0, 0.01, 1.0])  # very different steepness
(scale * p**2).sum().backward()
g, t = p.grad, 1  # t counts steps from 1
m = (1 - b1) * g  # both moments start at zero
v = (1 - b2) * g**2
m_hat = m / (1 - b1**t)  # bias corrections
v_hat = v / (1 - b2**t)
by_hand = p0 - lr * m_hat / (v_hat.sqrt() + eps)
opt.step()

print("grad:            ", g)
print("m:               ", m)
print("state exp_avg:   ", opt.state[p]["exp_avg"])
print("v:               ", v)
print("state exp_avg_sq:", opt.state[p]["exp_avg_sq"])
print("by hand:   ", by_hand)
print("opt.step():", p.detach())
print("allclose:", torch.allclose(p, by_hand))
print("moved by:", p.detach() - p0)
