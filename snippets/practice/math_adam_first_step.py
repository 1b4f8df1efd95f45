import torch

lr, eps = 0.1, 1e-8
print(f"lr: {lr}, eps: {eps:g}, start w: 0.0")
for g in (100.0, 1.0, 1e-8):
    w = torch.tensor(0.0, requires_grad=True)
    opt = torch.optim.Adam([w], lr=lr, eps=eps)
    (g * w).backward()  # the gradient of g * w is g
    opt.step()
    # After one step the bias-corrected moments are m = g and v = g**2.
    outside = lr * g / ((g**2) ** 0.5 + eps)  # eps added after the sqrt
    inside = lr * g / (g**2 + eps) ** 0.5  # eps under the sqrt
    print(f"g = {g:g}: Adam moved w by {-w.item():.6f}")
    print(f"  formula, eps outside: {outside:.6f}, inside: {inside:.6f}")
