import torch

lr, eps = 0.01, 1e-8  # Adam's default eps

for g0 in (1.0, 1e-4):  # an ordinary gradient and a tiny one
    p = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([p], lr=lr, eps=eps)
    p.grad = torch.tensor([g0])
    opt.step()
    # After one step the bias-corrected moments are m_hat = g, v_hat = g**2.
    g = torch.tensor([g0])
    pytorch = -lr * g / ((g**2).sqrt() + eps)  # eps outside the root
    inside = -lr * g / ((g**2 + eps).sqrt())  # eps inside the root
    print(f"grad {g0:g}:")
    print(f"  opt.step()           {p.item():.6f}")
    print(f"  sqrt(v_hat) + eps    {pytorch.item():.6f}")
    print(f"  sqrt(v_hat + eps)    {inside.item():.6f}")
