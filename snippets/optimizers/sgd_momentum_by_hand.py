import torch

p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
lr, mu = 0.1, 0.9
opt = torch.optim.SGD([p], lr=lr, momentum=mu)

buf = None
for step in (1, 2):
    opt.zero_grad()
    ((p - 0.5) ** 2).sum().backward()
    g = p.grad
    # PyTorch: the first buffer is g itself, later ones b = mu * b + g
    buf = g.clone() if buf is None else mu * buf + g
    by_hand = p.detach() - lr * buf
    opt.step()
    print(f"step {step}: grad       ", g)
    print("        buffer     ", buf)
    print("        opt's state", opt.state[p]["momentum_buffer"])
    print("        by hand    ", by_hand)
    print("        opt.step() ", p.detach())
    print("        allclose:", torch.allclose(p, by_hand))
