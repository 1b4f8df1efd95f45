import torch

p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
q = p.detach().clone()  # our hand-updated copy
lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
opt = torch.optim.Adam([p], lr=lr, betas=(b1, b2), eps=eps)
scale = torch.tensor([100.0, 0.01, 1.0])
m = torch.zeros(3)
v = torch.zeros(3)

for t in range(1, 6):
    opt.zero_grad()
    (scale * p**2).sum().backward()
    g = p.grad
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g**2
    m_hat = m / (1 - b1**t)
    v_hat = v / (1 - b2**t)
    q = q - lr * m_hat / (v_hat.sqrt() + eps)
    opt.step()
    print(f"step {t}: p = {p.detach()}  matches: {torch.allclose(p, q)}")
print("state step:", opt.state[p]["step"])
